"""A coloured state badge that also says its state in words (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from secguard.core.checklist import CheckState
from secguard.i18n import STATE_LABELS

# White text on each of these has a contrast ratio of at least 4.5:1 (WCAG AA).
STATE_COLOURS: dict[CheckState, str] = {
    CheckState.OK: "#1b7f3b",
    CheckState.ATTENTION: "#a35200",
    CheckState.RISK: "#b3261e",
    CheckState.UNKNOWN: "#5f6368",
}


def state_text(state: CheckState) -> str:
    return QCoreApplication.translate("States", STATE_LABELS[state])


def state_icon(state: CheckState, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(STATE_COLOURS[state]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class StateBadge(QLabel):
    def __init__(
        self, state: CheckState = CheckState.UNKNOWN, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(88)
        self.set_state(state)

    @property
    def state(self) -> CheckState:
        return self._state

    def set_state(self, state: CheckState) -> None:
        self._state = state
        self.setStyleSheet(
            f"QLabel {{ background: {STATE_COLOURS[state]}; color: white; "
            "border-radius: 10px; padding: 3px 10px; font-weight: bold; }"
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(state_text(self._state))
        self.setAccessibleName(state_text(self._state))
