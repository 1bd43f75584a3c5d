"""A coloured state badge that also says its state in words (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from secguard.core.checklist import CheckState
from secguard.i18n import NOT_CHECKED_LABEL, STATE_LABELS

# White text on each of these has a contrast ratio of at least 4.5:1 (WCAG AA).
STATE_COLOURS: dict[CheckState, str] = {
    CheckState.OK: "#1b7f3b",
    CheckState.ATTENTION: "#a35200",
    CheckState.RISK: "#b3261e",
    CheckState.UNKNOWN: "#5f6368",
}


def state_text(state: CheckState) -> str:
    return QCoreApplication.translate("States", STATE_LABELS[state])


def state_dot(state: CheckState, size: int = 14) -> QPixmap:
    """A small coloured dot for lists, beside the state's name in words."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(STATE_COLOURS[state]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return pixmap


class PillLabel(QLabel):
    """White bold words on a rounded pill of one colour, painted directly.

    Not a style sheet: the overview has one per precaution, and Qt's
    style-sheet engine would slow the first paint.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setContentsMargins(10, 3, 10, 3)
        bold = QFont(self.font())
        bold.setBold(True)
        self.setFont(bold)
        self._colour = STATE_COLOURS[CheckState.UNKNOWN]

    def set_pill(self, colour: str, text: str) -> None:
        self._colour = colour
        self.setText(text)
        self.setAccessibleName(text)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return super().sizeHint().expandedTo(QSize(88, 24))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()  # a state word is never cut

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self._colour))
        painter.drawRoundedRect(self.rect(), 10, 10)
        painter.setPen(QColor("white"))
        painter.setFont(self.font())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()


class StateBadge(PillLabel):
    """A precaution's state, in its colour and in words (never colour alone)."""

    def __init__(
        self, state: CheckState = CheckState.UNKNOWN, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(88)
        self._not_checked = False
        self.set_state(state)

    @property
    def state(self) -> CheckState:
        return self._state

    def set_state(self, state: CheckState, *, not_checked: bool = False) -> None:
        """``not_checked``: unknown because the person has not done the step yet, which
        reads "Not checked", not "Unknown" (a probe that could not tell)."""
        self._state = state
        self._not_checked = not_checked and state is CheckState.UNKNOWN
        self.retranslate()

    def retranslate(self) -> None:
        text = (
            QCoreApplication.translate("States", NOT_CHECKED_LABEL)
            if self._not_checked
            else state_text(self._state)
        )
        self.set_pill(STATE_COLOURS[self._state], text)


# A verdict's colour is the state it puts the person in.
VERDICT_STATES = {
    "official": CheckState.OK,
    "bookmarked": CheckState.OK,
    "lookalike": CheckState.RISK,
    "suspicious": CheckState.ATTENTION,
    "unknown": CheckState.UNKNOWN,
}
