"""Headings and body text that wrap, and follow the person's text size.

A size is kept as a factor of the application's font, not as points: when
the text size changes (the OS setting, or QApplication.setFont), every
heading grows with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

HEADING_FACTORS = {1: 1.6, 2: 1.3, 3: 1.12}


class ScaledLabel(QLabel):
    """A word-wrapping label whose font is ``factor`` times the application's."""

    def __init__(
        self, factor: float = 1.0, *, bold: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._factor = factor
        self._bold = bold
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._apply_font()
        # QApplication.setFont reaches only widgets without a font of their own;
        # this one has one, so it follows the application's font itself.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._apply_font)

    def _apply_font(self, _font: QFont | None = None) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * self._factor)
        font.setBold(self._bold)
        self.setFont(font)


class Heading(ScaledLabel):
    """A bold heading: level 1 for a page, 2 for a section or banner, 3 for a card."""

    def __init__(self, level: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(HEADING_FACTORS[level], bold=True, parent=parent)


class Body(ScaledLabel):
    """Plain, wrapping text a person can select and copy (for a support call)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(1.0, parent=parent)
        self.setText(text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
