"""A page that scrolls vertically, never horizontally: heading, plain intro, messages, sections.

Every page is a ``PageScaffold``: at 150 % text on an 800x600 screen its
content is taller than the window, and then it scrolls; it is never wider
than the window, because everything in it wraps (labels word-wrap, rows of
buttons are ``FlowLayout``s).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from secguard.ui.banner import MessageArea
from secguard.ui.parts.flow import FlowLayout
from secguard.ui.parts.text import Body, Heading

PAGE_MARGINS = (24, 20, 24, 20)
REVEAL_MARGIN = 12


class Section(QFrame):
    """A titled part of a page; its body is a column, ``body``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageSection")
        self.heading = Heading(2)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 8)
        column.setSpacing(6)
        column.addWidget(self.heading)
        column.addLayout(self.body)

    def add(self, item: QWidget | QLayout) -> None:
        if isinstance(item, QLayout):
            self.body.addLayout(item)
        else:
            self.body.addWidget(item)


def discard(layout: QLayout, widget: QWidget) -> None:
    """Take ``widget`` out of a page: out of sight at once, deleted when the event loop next
    runs (until then a shown widget would still be painted where it last was)."""
    layout.removeWidget(widget)
    widget.hide()
    widget.deleteLater()


def action_row(*widgets: QWidget) -> FlowLayout:
    """Buttons side by side while they fit, wrapping onto the next line when not."""
    row = FlowLayout()
    for widget in widgets:
        row.addWidget(widget)
    return row


class _Content(QWidget):
    """The scrolled column: as wide as the view, as tall as its content."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)


class PageScaffold(QWidget):
    """A page: ``heading``, ``intro``, ``messages``, then what ``add`` puts below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = Heading(1)
        self.intro = Body()
        self.messages = MessageArea()
        self._content = _Content()
        self._column = QVBoxLayout(self._content)
        self._column.setContentsMargins(*PAGE_MARGINS)
        self._column.setSpacing(10)
        self._column.addWidget(self.heading)
        self._column.addWidget(self.intro)
        self._column.addWidget(self.messages)
        self._stretch_added = False
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page's controls take Tab
        self.scroll_area.setWidget(self._content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.messages.message_shown.connect(self.reveal)

    def add(self, item: QWidget | QLayout, stretch: int = 0) -> None:
        """Put ``item`` at the bottom of the page (above the closing stretch)."""
        index = self._column.count() - (1 if self._stretch_added else 0)
        if isinstance(item, QLayout):
            self._column.insertLayout(index, item, stretch)
        else:
            self._column.insertWidget(index, item, stretch)

    def add_section(self) -> Section:
        section = Section()
        self.add(section)
        return section

    def end(self) -> None:
        """Close the column: what was added stays at the top when the page is tall."""
        if not self._stretch_added:
            self._column.addStretch(1)
            self._stretch_added = True

    def reveal(self, widget: QWidget) -> None:
        """Scroll so that ``widget`` (a result, an error) starts near the top of the view,
        once the layout has placed it (a result is read from its headline down)."""
        QTimer.singleShot(0, lambda: self._scroll_to(widget))

    def _scroll_to(self, widget: QWidget) -> None:
        if not self._content.isAncestorOf(widget):
            return
        top = widget.mapTo(self._content, QPoint(0, 0)).y()
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(min(max(top - REVEAL_MARGIN, 0), bar.maximum()))
