"""A state in colour, in a symbol and in words — never colour alone — large enough to
read from across a desk: the top of every result."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from secguard.core.checklist import CheckState
from secguard.ui.badge import STATE_COLOURS, state_text
from secguard.ui.parts.flow import FlowLayout
from secguard.ui.parts.text import Body, Heading, ScaledLabel

# Light backgrounds on which the state colours keep a contrast of at least 4.5:1.
STATE_TINTS: dict[CheckState, str] = {
    CheckState.OK: "#e6f4ea",
    CheckState.ATTENTION: "#fef3e0",
    CheckState.RISK: "#fce8e6",
    CheckState.UNKNOWN: "#f1f3f4",
}


def _symbol(state: CheckState, box: QRectF) -> QPainterPath:
    """A tick, an exclamation mark, a cross or a question mark, as lines (no font needed)."""
    path = QPainterPath()
    x, y, w, h = box.x(), box.y(), box.width(), box.height()

    def at(fx: float, fy: float) -> QPointF:
        return QPointF(x + fx * w, y + fy * h)

    if state is CheckState.OK:
        path.moveTo(at(0.27, 0.52))
        path.lineTo(at(0.44, 0.69))
        path.lineTo(at(0.74, 0.34))
    elif state is CheckState.RISK:
        path.moveTo(at(0.32, 0.32))
        path.lineTo(at(0.68, 0.68))
        path.moveTo(at(0.68, 0.32))
        path.lineTo(at(0.32, 0.68))
    elif state is CheckState.ATTENTION:
        path.moveTo(at(0.5, 0.24))
        path.lineTo(at(0.5, 0.58))
        path.moveTo(at(0.5, 0.74))
        path.lineTo(at(0.5, 0.76))
    else:
        path.moveTo(at(0.36, 0.36))
        path.cubicTo(at(0.36, 0.18), at(0.66, 0.18), at(0.64, 0.38))
        path.cubicTo(at(0.62, 0.5), at(0.5, 0.48), at(0.5, 0.6))
        path.moveTo(at(0.5, 0.75))
        path.lineTo(at(0.5, 0.77))
    return path


class StateIcon(QWidget):
    """A filled circle in the state's colour with its symbol in white, sized to the text."""

    def __init__(
        self, state: CheckState = CheckState.UNKNOWN, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_state(self, state: CheckState) -> None:
        self._state = state
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        side = int(self.fontMetrics().height() * 2.2)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        side = min(self.width(), self.height())
        box = QRectF(0, 0, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATE_COLOURS[self._state]))
        painter.drawEllipse(box)
        pen = QPen(QColor("white"), max(2.0, side / 9))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(_symbol(self._state, box))
        painter.end()


class StateBanner(QFrame):
    """``word`` (OK / Attention / Risk / Unknown) and a headline, a body and actions below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stateBanner")
        self._state = CheckState.UNKNOWN
        self._word: str | None = None
        self._styled: CheckState | None = None  # the state whose colours are applied
        self.icon = StateIcon()
        self.word = ScaledLabel(1.3, bold=True)
        self.headline = Heading(2)
        self.body = Body()
        self.action_row = FlowLayout()
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.word)
        text.addWidget(self.headline)
        text.addWidget(self.body)
        text.addLayout(self.action_row)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 12, 14, 12)
        row.setSpacing(14)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.set_state(CheckState.UNKNOWN, "")

    @property
    def state(self) -> CheckState:
        return self._state

    def set_state(
        self, state: CheckState, headline: str, body: str = "", *, word: str | None = None
    ) -> None:
        """Show ``state``; ``word`` replaces the state's name (a verdict names itself)."""
        self._state = state
        self._word = word
        if state is not self._styled:
            # Only on a change: a new style sheet re-polishes every widget inside and
            # makes each label lay its words out again.
            self._styled = state
            colour = STATE_COLOURS[state]
            self.setStyleSheet(
                f"QFrame#stateBanner {{ background: {STATE_TINTS[state]};"
                f" border: 1px solid {colour}; border-left: 8px solid {colour};"
                f" border-radius: 6px; }}"
                f" QFrame#stateBanner QLabel {{ color: #202124; background: transparent; }}"
            )
            self.word.setStyleSheet(f"color: {colour};")
        self.icon.set_state(state)
        self.word.setText(word or state_text(state))
        self.headline.setText(headline)
        self.body.setText(body)
        self.body.setVisible(bool(body))
        self.setAccessibleName(f"{self.word.text()}: {headline}")

    def retranslate(self) -> None:
        """The state word in the current language (the caller re-sets headline and body)."""
        self.word.setText(self._word or state_text(self._state))
