"""A drop-down as narrow as a short choice, whose shown choice ends in "…" where it must.

A QComboBox as wide as its longest choice would push a page wider than an
800-pixel screen at a large text size; one narrower than its choice cuts the
shown text off mid-letter ("A password I use elsewhere (not saved" at 150 %).
A Dropdown asks for room for ``characters`` characters and, when the current
choice is longer than the room it gets, paints it shortened with "…".  The open
list, the accessible name and the data keep the whole text.  Not for editable
drop-downs (their line edit shows the text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QStyleOptionComboBox


class Dropdown(QComboBox):
    def __init__(self, characters: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(characters)

    def shown_text(self) -> str:
        """The current choice as it is painted: whole, or shortened with "…"."""
        return self._fitted(self._option())

    def _option(self) -> QStyleOptionComboBox:
        # (Imported here: a page's drop-down is built on first visit, not at start-up.)
        from PySide6.QtWidgets import QStyleOptionComboBox

        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return option

    def _fitted(self, option: QStyleOptionComboBox) -> str:
        from PySide6.QtWidgets import QStyle

        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        room = field.width() - 2  # the style's margin around the label (QCommonStyle)
        if not option.currentIcon.isNull():
            room -= option.iconSize.width() + 4
        return self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(room, 0)
        )

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        from PySide6.QtWidgets import QStyle, QStylePainter

        # What QComboBox paints for a drop-down that is not editable, with the words fitted.
        painter = QStylePainter(self)
        option = self._option()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self._fitted(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
