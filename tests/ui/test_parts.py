"""The page parts follow the person's text size, also when it changes while secguard runs."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from secguard.ui.parts.actions import primary, secondary
from secguard.ui.parts.text import Body, Heading


def test_headings_body_and_buttons_grow_with_the_application_font(qtbot, qapp: QApplication):
    heading, body, main, plain = Heading(1), Body("x"), primary("Go"), secondary("Back")
    for widget in (heading, body, main, plain):
        qtbot.addWidget(widget)
    before = {w: w.font().pointSizeF() for w in (heading, body, main, plain)}
    original = QFont(qapp.font())
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 1.5)
    try:
        qapp.setFont(bigger)
        for widget, size in before.items():
            assert widget.font().pointSizeF() == size * 1.5, type(widget).__name__
        assert heading.font().bold()
    finally:
        qapp.setFont(original)
    assert heading.font().pointSizeF() == before[heading]
