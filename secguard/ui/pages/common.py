"""Pieces every step page shares."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def page_title() -> QLabel:
    """A step page's big, bold, wrapping title."""
    title = QLabel()
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    title.setFont(font)
    title.setWordWrap(True)
    return title
