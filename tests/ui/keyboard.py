"""Checks that a shown window works by keyboard alone and names every control.

A person who cannot use a mouse moves with Tab; a screen reader announces
each control by its accessible name.  Each check returns the problems it
finds as sentences (empty when all is well):

- a control that takes Tab focus, is enabled and shown, but that pressing
  Tab from the first stop never reaches (often because a text box before
  it keeps the Tab key for itself);
- a Tab stop without a name: ``accessibleName()``, or a button's or check
  box's own text, or for any other control a label whose buddy it is (a
  drop-down's current value or a placeholder is not a name: it changes or
  disappears);
- a multi-line text box that types a tab instead of moving on
  (``tabChangesFocus()`` false).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from tests.ui.layout import describe


def tab_stops(window: QWidget) -> list[QWidget]:
    """The controls Tab should stop at now: enabled, shown, taking Tab focus."""
    stops = []
    for widget in window.findChildren(QWidget):
        if widget.focusProxy() is not None:
            continue  # focus goes to the proxy, which is listed itself
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.isEnabled() and widget.isVisible() and widget.window() is window:
            stops.append(widget)
    return stops


@dataclass
class TabWalk:
    """Where focus went, Tab after Tab, and the control that kept it, if one did."""

    order: list[QWidget] = field(default_factory=list)
    stuck_at: QWidget | None = None


# A list or table moves from cell to cell with Tab before it lets go; a text
# box that keeps Tab never lets go.
TABS_INSIDE_ONE_CONTROL = 40


def walk_tab_chain(qtbot: object, start: QWidget, steps: int) -> TabWalk:
    """Press Tab from ``start`` until focus comes back to it, stays put, or ``steps`` run out."""
    window = start.window()
    if not window.isActiveWindow():  # keys go to the active window only
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    walk = TabWalk()
    current = QApplication.focusWidget()
    for _ in range(steps):
        following = current
        for _ in range(TABS_INSIDE_ONE_CONTROL):
            if following is not current or current is None:
                break
            qtbot.keyClick(current, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
            following = QApplication.focusWidget()
        if following is current:
            walk.stuck_at = current
            break
        if following is start or following is None:
            break
        walk.order.append(following)
        current = following
    return walk


def _reached(widget: QWidget, reached: list[QWidget]) -> bool:
    if any(widget is other for other in reached):
        return True
    # Tab stops at the chosen radio button of a group; arrows move within it.
    if isinstance(widget, QRadioButton) and widget.autoExclusive():
        group = widget.group()
        return any(
            isinstance(other, QRadioButton)
            and (other.group() is group if group is not None else other.parent() is widget.parent())
            for other in reached
        )
    return False


def unreachable_by_tab(qtbot: object, window: QWidget, start: QWidget) -> list[str]:
    """Tab stops that pressing Tab from ``start`` never reaches."""
    expected = tab_stops(window)
    walk = walk_tab_chain(qtbot, start, steps=len(expected) + 10)
    reached = [start, *walk.order]
    problems = [
        f"{describe(widget)} cannot be reached with Tab"
        for widget in expected
        if not _reached(widget, reached)
    ]
    if walk.stuck_at is not None and problems:
        problems.append(f"Tab stays in {describe(walk.stuck_at)}")
    return problems


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader gives ``widget`` by the rule above ('' if none)."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "").strip()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().replace("&", "").strip():
            return label.text().replace("&", "").strip()
    return ""


def unnamed_tab_stops(window: QWidget) -> list[str]:
    return [
        f"{describe(widget)} has no accessible name"
        for widget in tab_stops(window)
        if not accessible_name(widget)
    ]


def text_boxes_keeping_tab(window: QWidget) -> list[str]:
    return [
        f"{describe(widget)} types a tab instead of moving on (tabChangesFocus is off)"
        for widget in window.findChildren(QPlainTextEdit) + window.findChildren(QTextEdit)
        if widget.isVisible() and not widget.isReadOnly() and not widget.tabChangesFocus()
    ]
