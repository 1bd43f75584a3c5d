"""Checks that a shown window fits: nothing clipped, nothing out of reach.

Each check takes a shown top-level window (or a list view) and returns the
problems it finds as sentences a person can act on, naming the widget and
the pixels involved; an empty list means the check passed.  They measure
what Qt laid out, so they hold for any page built from any parts.

What counts as clipped:

- a word-wrapped label (or a button whose label wraps) shorter than
  ``heightForWidth(width)``: its last lines are cut off (the squashed warning
  of issue 12);
- a label without word wrap, or a button, smaller than its minimum size
  hint: its text is cut;
- a control that lies outside its parent, unless the parent scrolls it: a
  control inside a ``QScrollArea`` (or any scroll area's viewport) is
  reachable if it lies inside the scrolled widget; from there on the scroll
  area itself must fit;
- a window that could not take the size asked for (its layouts' minimum is
  larger): on a screen of that size its edges would be off-screen;
- a scroll area that needs a horizontal scroll bar: pages scroll up and
  down only;
- a sidebar item wider than the list's viewport.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QScrollArea,
    QScrollBar,
    QSizePolicy,
    QStyleOptionViewItem,
    QWidget,
)

# What a person reads or operates; Qt's own inner parts (scroll bars, a
# combo box's line edit, viewports) are checked through their owner.
CONTROL_TYPES = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractScrollArea,
    QLabel,
    QProgressBar,
)


def describe(widget: QWidget) -> str:
    """A widget as a person finds it again: its class, name and the start of its text."""
    parts = [type(widget).__name__]
    if widget.objectName():
        parts.append(f"#{widget.objectName()}")
    text = _visible_text(widget)
    if text:
        short = " ".join(text.split())
        parts.append(repr(short if len(short) <= 40 else short[:39] + "…"))
    return " ".join(parts)


def _visible_text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit) and widget.echoMode() is not QLineEdit.EchoMode.Normal:
        return widget.accessibleName()  # never what was typed in a password field
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.accessibleName()


def visible_controls(root: QWidget) -> Iterator[QWidget]:
    """Every control under ``root`` that is shown now, leaving out Qt's inner parts."""
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROL_TYPES) or isinstance(widget, QScrollBar):
            continue
        if not widget.isVisible() or _is_inner_part(widget):
            continue
        yield widget


def _is_inner_part(widget: QWidget) -> bool:
    """A line edit inside a combo box or spin box, an item view's cell editor, and so on."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QComboBox | QAbstractSpinBox | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def clipped_labels(window: QWidget) -> list[str]:
    """Word-wrapped labels shorter than their text needs; other labels and buttons squashed."""
    problems = []
    for widget in visible_controls(window):
        wraps = isinstance(widget, QLabel) and widget.wordWrap()
        # A button whose words wrap (ui/parts/actions.py) needs its height for its width.
        wraps = wraps or (isinstance(widget, QAbstractButton) and widget.hasHeightForWidth())
        if wraps:
            needed = widget.heightForWidth(widget.width())
            narrowest = widget.minimumSizeHint().width()
            if widget.width() < narrowest:
                problems.append(
                    f"{describe(widget)} is squashed: {widget.width()} px wide where even "
                    f"wrapped its text needs {narrowest}"
                )
            elif widget.height() < needed:
                problems.append(
                    f"{describe(widget)} is cut off: {widget.height()} of the {needed} px "
                    f"its text needs at {widget.width()} px wide"
                )
        elif isinstance(widget, QLabel | QAbstractButton) and not _may_be_elided(widget):
            wanted = widget.minimumSizeHint()
            if widget.width() < wanted.width() or widget.height() < wanted.height():
                problems.append(
                    f"{describe(widget)} is squashed: {_size(widget.size())} where its text "
                    f"needs {_size(wanted)}"
                )
    return problems


def _may_be_elided(widget: QWidget) -> bool:
    # A widget that says it may be any size has chosen to be cut (and elides).
    policy = widget.sizePolicy()
    ignored = QSizePolicy.Policy.Ignored
    return ignored in {policy.horizontalPolicy(), policy.verticalPolicy()}


def controls_out_of_reach(window: QWidget) -> list[str]:
    """Controls lying (partly) outside their parents where no scroll area brings them in."""
    problems = []
    for widget in visible_controls(window):
        problem = _clipping_ancestor(widget, window)
        if problem:
            problems.append(f"{describe(widget)} {problem}")
    return problems


def _clipping_ancestor(widget: QWidget, window: QWidget) -> str | None:
    """Why ``widget`` cannot be fully seen or scrolled to, or None if it can."""
    rect = QRect(0, 0, widget.width(), widget.height())
    child = widget
    while child is not window:
        parent = child.parentWidget()
        if parent is None:
            return None
        scroller = _scroll_area_of_viewport(parent)
        if scroller is not None:
            # Scrolled content: reachable if inside the scrolled widget; the
            # scroll area itself must then fit where it is.
            if not child.rect().contains(rect):
                return f"lies outside the scrolled area of {describe(scroller)}"
            rect = QRect(0, 0, scroller.width(), scroller.height())
            child = scroller
            continue
        in_parent = rect.translated(child.pos())
        if not parent.rect().contains(in_parent):
            return (
                f"is cut off by {describe(parent)}: it spans {_span(in_parent)} "
                f"in a {_size(parent.size())} area"
            )
        rect, child = in_parent, parent
    return None


def _scroll_area_of_viewport(widget: QWidget) -> QAbstractScrollArea | None:
    area = widget.parentWidget()
    if isinstance(area, QAbstractScrollArea) and area.viewport() is widget:
        return area
    return None


def window_too_large(window: QWidget, asked: QSize) -> list[str]:
    """The window could not shrink to ``asked``: on such a screen its edges are off-screen."""
    if window.width() <= asked.width() and window.height() <= asked.height():
        return []
    return [
        (
            f"the window is {_size(window.size())}, larger than the {_size(asked)} asked for "
            f"(its smallest size is {_size(window.minimumSize())}): on such a screen "
            "the right or bottom edge is off-screen"
        )
    ]


def horizontal_scrolling(window: QWidget, *, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Scroll areas (the page scaffolds) that need a horizontal scroll bar."""
    problems = []
    for area in window.findChildren(QScrollArea):
        if not area.isVisible() or area in skip:
            continue
        bar = area.horizontalScrollBar()
        if bar.maximum() > 0:
            content = area.widget()
            wide = content.minimumSizeHint().width() if content is not None else 0
            problems.append(
                f"{describe(area)} scrolls sideways: its content needs {wide} px "
                f"in a {area.viewport().width()} px wide view"
            )
    return problems


def cut_sidebar_items(sidebar: QListWidget) -> list[str]:
    """Sidebar entries wider than the list's viewport (cut, or behind a sideways scroll bar)."""
    problems = []
    room = sidebar.viewport().width()
    option = QStyleOptionViewItem()
    option.initFrom(sidebar)
    option.font = sidebar.font()
    option.decorationSize = sidebar.iconSize()
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        index: QModelIndex = sidebar.indexFromItem(item)
        needed = sidebar.itemDelegate().sizeHint(option, index).width() + 2 * sidebar.spacing()
        if needed > room:
            problems.append(
                f"sidebar item {item.text()!r} is cut: it needs {needed} px, "
                f"the list shows {room} px"
            )
    if sidebar.horizontalScrollBar().maximum() > 0 and not problems:
        problems.append("the sidebar scrolls sideways")
    return problems


def layout_problems(window: QWidget, asked: QSize, sidebar: QListWidget) -> list[str]:
    """Every check above, for a shown main window asked to be ``asked`` large."""
    return [
        *window_too_large(window, asked),
        *clipped_labels(window),
        *controls_out_of_reach(window),
        *horizontal_scrolling(window, skip=(sidebar,)),
        *cut_sidebar_items(sidebar),
    ]


def _size(size: QSize) -> str:
    return f"{size.width()}x{size.height()}"


def _span(rect: QRect) -> str:
    return f"x {rect.left()}..{rect.right()}, y {rect.top()}..{rect.bottom()}"
