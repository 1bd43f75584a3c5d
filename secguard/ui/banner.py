"""An inline, non-blocking message at the top of a page, for expected problems.

Modelled on KeePassXC's ``MessageWidget``: the page keeps working, the
person can close the banner, and information banners may hide themselves.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class BannerKind(enum.Enum):
    INFO = ("#e8f0fe", "#174ea6")
    WARNING = ("#fef7e0", "#7a4700")
    ERROR = ("#fce8e6", "#a50e0e")
    SUCCESS = ("#e6f4ea", "#0d652d")


class MessageBanner(QFrame):
    """Signals:
    action_triggered(): the optional action button was pressed.
    """

    action_triggered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        # A banner is made for its topic's first message (most starts have none before the
        # first paint); imported here, PySide builds QToolButton's Python type only then.
        from PySide6.QtWidgets import QToolButton

        super().__init__(parent)
        self.setObjectName("messageBanner")
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._action = QPushButton()
        self._action.hide()
        self._action.clicked.connect(self.action_triggered)
        self._close = QToolButton()
        self._close.setText("✕")
        self._close.setAutoRaise(True)
        self._close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._action)
        layout.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.hide)
        self._kind = BannerKind.INFO
        self._retranslate()
        self.hide()

    @property
    def kind(self) -> BannerKind:
        return self._kind

    def text(self) -> str:
        return self._text.text()

    def show_message(
        self,
        text: str,
        kind: BannerKind = BannerKind.INFO,
        *,
        action_text: str | None = None,
        hide_after_ms: int | None = None,
    ) -> None:
        """Show ``text``.  Errors and warnings stay until closed; they matter."""
        self._kind = kind
        background, foreground = kind.value
        self.setStyleSheet(
            f"QFrame#messageBanner {{ background: {background}; border: 1px solid {foreground};"
            f" border-radius: 6px; }} QFrame#messageBanner QLabel {{ color: {foreground}; }}"
        )
        self._text.setText(text)
        self._action.setVisible(action_text is not None)
        if action_text is not None:
            self._action.setText(action_text)
        self._hide_timer.stop()
        if hide_after_ms is not None:
            self._hide_timer.start(hide_after_ms)
        self.show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._close.setToolTip(self.tr("Close this message"))
        self._close.setAccessibleName(self.tr("Close this message"))


class MessageArea(QWidget):
    """Several banners, one per topic ("storage", "progress", ...), stacked.

    A topic's new message replaces its old one; topics do not hide each other.

    Signals:
    message_shown(object): a banner (the MessageBanner) was just shown.
    """

    message_shown = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._banners: dict[str, MessageBanner] = {}

    def banner(self, topic: str) -> MessageBanner:
        if topic not in self._banners:
            banner = MessageBanner(self)
            banner.setObjectName("messageBanner")
            banner.setProperty("topic", topic)
            self._layout.addWidget(banner)
            self._banners[topic] = banner
        return self._banners[topic]

    def show_message(
        self,
        topic: str,
        text: str,
        kind: BannerKind = BannerKind.INFO,
        *,
        action_text: str | None = None,
        hide_after_ms: int | None = None,
    ) -> MessageBanner:
        banner = self.banner(topic)
        banner.show_message(text, kind, action_text=action_text, hide_after_ms=hide_after_ms)
        self.message_shown.emit(banner)
        return banner

    def show_undo(self, topic: str, text: str, undo: Callable[[], None]) -> MessageBanner:
        """A message about something just removed, with an Undo button calling ``undo``."""
        banner = self.show_message(topic, text, BannerKind.INFO, action_text=self.tr("Undo"))
        banner.action_triggered.connect(undo, Qt.ConnectionType.UniqueConnection)
        return banner

    def clear(self, topic: str) -> None:
        if topic in self._banners:
            self._banners[topic].hide()

    def visible_texts(self) -> dict[str, str]:
        return {
            topic: banner.text() for topic, banner in self._banners.items() if not banner.isHidden()
        }
