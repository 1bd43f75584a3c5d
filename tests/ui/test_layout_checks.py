"""The layout and keyboard checks themselves, on small windows built to pass or fail.

The page tests (test_layout.py, test_tab_chain.py) trust these checks; here
each one is shown to find what it looks for and to stay quiet otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tests.ui.keyboard import text_boxes_keeping_tab, unnamed_tab_stops, unreachable_by_tab
from tests.ui.layout import (
    clipped_labels,
    controls_out_of_reach,
    cut_sidebar_items,
    horizontal_scrolling,
    window_too_large,
)

LONG_TEXT = "A sentence long enough to need several lines in a narrow window. " * 4


def _shown(qtbot, widget: QWidget, size: QSize | None = None) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(size or QSize(300, 200))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_wrapped_label_given_less_height_than_its_text_needs_is_reported(qtbot):
    window = QWidget()
    label = QLabel(LONG_TEXT, window)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 200, 20)
    _shown(qtbot, window)
    problems = clipped_labels(window)
    assert len(problems) == 1
    assert "is cut off: 20 of the" in problems[0]
    label.setFixedHeight(label.heightForWidth(200))
    assert clipped_labels(window) == []


def test_a_squashed_button_is_reported(qtbot):
    window = QWidget()
    button = QPushButton("Save this check for the account", window)
    button.setGeometry(0, 0, 40, 10)
    _shown(qtbot, window)
    assert "is squashed" in clipped_labels(window)[0]


def test_a_control_outside_its_window_is_reported_unless_a_scroll_area_holds_it(qtbot):
    window = QWidget()
    button = QPushButton("Open", window)
    button.move(280, 0)  # 300 px wide window: the button sticks out
    _shown(qtbot, window)
    assert "is cut off by QWidget" in controls_out_of_reach(window)[0]

    scrolled = QWidget()
    area = QScrollArea(scrolled)
    area.setGeometry(0, 0, 300, 200)
    content = QWidget()
    column = QVBoxLayout(content)
    for _ in range(20):
        column.addWidget(QPushButton("Open"))
    area.setWidget(content)
    area.setWidgetResizable(True)
    _shown(qtbot, scrolled)
    assert controls_out_of_reach(scrolled) == [], "below the fold but scrollable to"


def test_a_scroll_area_that_needs_a_sideways_scroll_bar_is_reported(qtbot):
    window = QWidget()
    area = QScrollArea(window)
    area.setGeometry(0, 0, 300, 200)
    content = QWidget()
    content.setMinimumWidth(600)
    area.setWidget(content)
    area.setWidgetResizable(True)
    _shown(qtbot, window)
    assert "scrolls sideways" in horizontal_scrolling(window)[0]
    content.setMinimumWidth(100)
    qtbot.waitUntil(lambda: horizontal_scrolling(window) == [])


def test_a_sidebar_item_wider_than_the_list_is_reported(qtbot):
    sidebar = QListWidget()
    sidebar.addItems(["1. Links", "3. Multi-factor authentication and log-in notifications"])
    _shown(qtbot, sidebar, QSize(120, 200))
    problems = cut_sidebar_items(sidebar)
    assert len(problems) == 1
    assert "Multi-factor" in problems[0]


def test_a_window_larger_than_asked_is_reported(qtbot):
    window = _shown(qtbot, QWidget(), QSize(300, 200))
    window.setMinimumSize(400, 250)
    assert "larger than the 300x200 asked for" in window_too_large(window, QSize(300, 200))[0]
    assert window_too_large(window, QSize(500, 300)) == []


def _form(*, tab_moves_on: bool) -> tuple[QWidget, QListWidget, QPushButton]:
    window = QWidget()
    column = QVBoxLayout(window)
    first = QListWidget()
    first.setAccessibleName("Steps")
    paste = QPlainTextEdit()
    paste.setAccessibleName("Paste here")
    paste.setTabChangesFocus(tab_moves_on)
    check = QPushButton("&Check")
    for widget in (first, paste, check):
        column.addWidget(widget)
    return window, first, check


def test_a_text_box_keeping_tab_makes_the_controls_after_it_unreachable(qtbot):
    window, first, _check = _form(tab_moves_on=False)
    _shown(qtbot, window)
    problems = unreachable_by_tab(qtbot, window, first)
    assert "QPushButton '&Check' cannot be reached with Tab" in problems
    assert "Tab stays in QPlainTextEdit" in problems[-1]
    assert len(text_boxes_keeping_tab(window)) == 1


def test_tab_reaches_everything_once_the_text_box_lets_it_go(qtbot):
    window, first, _check = _form(tab_moves_on=True)
    _shown(qtbot, window)
    assert unreachable_by_tab(qtbot, window, first) == []
    assert text_boxes_keeping_tab(window) == []


def test_a_field_is_named_by_its_buddy_label_not_by_its_placeholder(qtbot):
    window = QWidget()
    form = QFormLayout(window)
    named = QLineEdit()
    label = QLabel("&Address:")
    label.setBuddy(named)
    form.addRow(label, named)
    unnamed = QLineEdit()
    unnamed.setPlaceholderText("a name, e.g. My SBI account")
    form.addRow(unnamed)
    _shown(qtbot, window)
    assert unnamed_tab_stops(window) == ["QLineEdit has no accessible name"]
