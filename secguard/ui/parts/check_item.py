"""A tick box whose words wrap: a QCheckBox's own text never wraps, and a checklist item
("My registered e-mail, phone, address and withdrawal bank account are unchanged")
would push the page wider than a small screen at 150 % text.

The box carries the accessible name (the title); clicking the title ticks it too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from secguard.ui.parts.text import Body, ScaledLabel


class _Title(ScaledLabel):
    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class CheckItem(QWidget):
    """A box, a title beside it and an optional explanation under the title.

    Signals:
    toggled(bool): the box was ticked or unticked (by the person or by ``set_checked``).
    """

    toggled = Signal(bool)

    def __init__(self, *, bold: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.title = _Title(1.0, bold=bold)
        self.title.setBuddy(self.box)
        self.explanation = Body()
        self.explanation.hide()
        self.title.clicked.connect(self._click)
        self.box.toggled.connect(self.toggled)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.box, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.explanation, 1, 1)
        grid.setColumnStretch(1, 1)

    def _click(self) -> None:
        if self.box.isEnabled():
            self.box.toggle()

    def set_text(self, title: str, explanation: str = "") -> None:
        self.title.setText(title)
        self.box.setAccessibleName(title)
        self.explanation.setText(explanation)
        self.explanation.setVisible(bool(explanation))
        if explanation:
            self.box.setAccessibleDescription(explanation)

    def is_checked(self) -> bool:
        return self.box.isChecked()

    def set_checked(self, checked: bool) -> None:
        self.box.setChecked(checked)
