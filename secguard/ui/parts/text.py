"""Headings and body text that wrap, and follow the person's text size.

A size is kept as a factor of the application's font, not as points: when
the text size changes (the OS setting, or QApplication.setFont), every
heading grows with it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

HEADING_FACTORS = {1: 1.6, 2: 1.3, 3: 1.12}


_HEIGHTS_KEPT = 64  # (widths x texts) a label remembers; a layout asks for a few widths


class ScaledLabel(QLabel):
    """A word-wrapping label whose font is ``factor`` times the application's.

    It remembers its height for each width it was asked about.  A layout
    asks a wrapping label the same question many times while a window
    settles (192 times for 39 different answers on the overview), and QLabel
    lays its text out afresh for every one (twice for selectable text): most
    of a page's start-up time went there.  What the height depends on is in
    the key (width, words) or forgets the answers when it changes (font,
    style, margins, alignment, wrapping, format).
    """

    def __init__(
        self, factor: float = 1.0, *, bold: bool = False, parent: QWidget | None = None
    ) -> None:
        self._heights: dict[tuple[int, str], int] = {}
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

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        key = (width, self.text())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= _HEIGHTS_KEPT:
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # Font, style, margins (ContentsRectChange), direction...: any change may move a line.
        self._heights.clear()
        super().changeEvent(event)

    # QLabel's own setters that change how the words wrap (not virtual: these are
    # the ones Python code calls).
    def setWordWrap(self, on: bool) -> None:  # noqa: N802 - Qt name
        self._heights.clear()
        super().setWordWrap(on)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:  # noqa: N802 - Qt name
        self._heights.clear()
        super().setTextFormat(text_format)

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:  # noqa: N802 - Qt name
        self._heights.clear()
        super().setAlignment(alignment)

    def setIndent(self, indent: int) -> None:  # noqa: N802 - Qt name
        self._heights.clear()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:  # noqa: N802 - Qt name
        self._heights.clear()
        super().setMargin(margin)


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
