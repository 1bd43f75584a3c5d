"""Is this PC's clock right?  Asked of a broker's official site, off the UI thread.

The answer is the ``Date`` header of an HTTPS HEAD request to one of the
person's brokers (``core.totp.clock``); offline or a useless answer is
"unknown", said plainly, never "ok".  Nothing secret is involved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from secguard.core.checklist import CheckState
from secguard.core.totp.clock import ClockCheck, ClockState
from secguard.core.totp.codes import CLOCK_FIXES
from secguard.i18n import render_message
from secguard.ui.background import BackgroundCall
from secguard.ui.parts.actions import secondary
from secguard.ui.parts.scaffold import action_row
from secguard.ui.parts.state_banner import StateBanner
from secguard.ui.parts.text import Body, Heading

ClockChecker = Callable[[str], ClockCheck]
_PC_FIXES = ("windows", "macos")  # this PC's clock; the phone's fixes go with a code check
_STATES = {
    ClockState.OK: CheckState.OK,
    ClockState.OFF: CheckState.ATTENTION,
    ClockState.UNKNOWN: CheckState.UNKNOWN,
}


def official_clock(url: str) -> ClockCheck:
    """This PC's clock against ``url``'s ``Date``, in a session of its own."""
    import requests

    from secguard import __version__
    from secguard.core.totp.clock import check_clock

    with requests.Session() as session:
        return check_clock(session, url, user_agent=f"secguard/{__version__}")


class ClockCheckPanel(QWidget):
    """A button, a busy bar while the site is asked, and the answer in a state banner."""

    def __init__(
        self,
        check: ClockChecker,
        source: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._source = source
        self._call: BackgroundCall | None = None
        self.result: ClockCheck | None = None
        self.heading = Heading(3)
        self.explanation = Body()
        self.check_button = secondary()
        self.check_button.clicked.connect(self.start)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # moving: the time of the answer is not known
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(self.fontMetrics().height())
        self.busy.hide()
        self.banner = StateBanner()
        self.banner.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.explanation)
        column.addLayout(action_row(self.check_button))
        column.addWidget(self.busy)
        column.addWidget(self.banner)
        self._retranslate()

    @property
    def running(self) -> bool:
        return self._call is not None

    def start(self) -> None:
        if self._call is not None:
            return
        url = self._source()
        if url is None:
            self._show(ClockCheck(ClockState.UNKNOWN, "", reason="no_source"))
            return
        check = self._check
        call = BackgroundCall(lambda: check(url), self)
        call.finished.connect(self._finished)
        call.failed.connect(lambda _error: self._finished(None))
        self._call = call
        self.check_button.setEnabled(False)
        self.busy.show()
        self.busy.setAccessibleName(self.tr("Asking for the time…"))
        call.start()

    def _finished(self, result: Any) -> None:
        if self._call is not None:
            self._call.deleteLater()
        self._call = None
        self.check_button.setEnabled(True)
        self.busy.hide()
        self._show(
            result
            if isinstance(result, ClockCheck)
            else ClockCheck(ClockState.UNKNOWN, "", reason="offline")
        )

    def _show(self, result: ClockCheck) -> None:
        self.result = result
        self._render()

    def _render(self) -> None:
        result = self.result
        self.banner.setVisible(result is not None)
        if result is None:
            return
        headlines = {
            ClockState.OK: self.tr("This PC's clock is right"),
            ClockState.OFF: self.tr("This PC's clock is off"),
            ClockState.UNKNOWN: self.tr("The clock could not be checked"),
        }
        params = dict(result.params)
        params["host"] = params.get("host") or self.tr("a broker's site")
        lines = [render_message(result.message_id, params)]
        if result.state is ClockState.OFF:
            lines += [render_message(CLOCK_FIXES[device], None) for device in _PC_FIXES]
        self.banner.set_state(_STATES[result.state], headlines[result.state], "\n".join(lines))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("This PC's clock"))
        self.explanation.setText(
            self.tr(
                "Codes match only when the clocks agree. secguard can compare this PC's clock "
                "with the time your broker's official site gives: one short request, which "
                "sends nothing about your accounts."
            )
        )
        self.check_button.setText(self.tr("Check this PC's cl&ock"))
        self.banner.retranslate()
        self._render()
