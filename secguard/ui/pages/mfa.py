"""Step 3: multi-factor authentication and log-in notifications, broker by broker.

Three parts, each in a file of its own: what each of the person's brokers
offers (``mfa_guidance``), the person's answers per account, stored in the
account record (``mfa_answers``), and the authenticator-app assistant
(``totp_assistant``), which holds a set-up key only while it is used.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QWidget

from secguard.core.accounts import AccountRecord
from secguard.core.bookmarks import Bookmark
from secguard.core.brokers import Directory
from secguard.core.checklist import Precaution
from secguard.core.clock import now_iso
from secguard.core.mfa import guidance_for, persons_broker_ids
from secguard.core.totp.clock import clock_source
from secguard.ui.browser import Browser
from secguard.ui.pages.common import StepPage
from secguard.ui.pages.mfa_answers import AnswersPanel
from secguard.ui.pages.mfa_guidance import GuidancePanel
from secguard.ui.pages.totp_assistant import IDLE_FORGET_MS, TotpAssistant
from secguard.ui.pages.totp_clock import ClockChecker, official_clock
from secguard.ui.vault_client import VaultClient


class MfaPage(StepPage):
    """Signals:
    accounts_changed(object): the account list after an answer was stored or an account
        added, renamed or removed.
    """

    accounts_changed = Signal(object)

    def __init__(
        self,
        precaution: Precaution,
        client: VaultClient,
        directory: Directory,
        *,
        language: Callable[[], str] = lambda: "en",
        browser: Browser | None = None,
        clock: Callable[[], str] = now_iso,
        now: Callable[[], float] = time.time,
        clock_check: ClockChecker = official_clock,
        idle_forget_ms: int = IDLE_FORGET_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(precaution, parent)
        self._directory = directory
        self._bookmarks: list[Bookmark] = []
        self._guidance_section = self.add_section()
        self.guidance = GuidancePanel(directory, browser or Browser(), language)
        self._guidance_section.add(self.guidance)
        self._answers_section = self.add_section()
        self.answers = AnswersPanel(
            client, self.messages, directory, language=language, clock=clock
        )
        self.answers.accounts_changed.connect(self._accounts_edited)
        self._answers_section.add(self.answers)
        self._totp_section = self.add_section()
        self.assistant = TotpAssistant(
            self.messages,
            now=now,
            clock_check=clock_check,
            clock_url=self._clock_url,
            idle_forget_ms=idle_forget_ms,
        )
        self._totp_section.add(self.assistant)
        self.end()
        self._order_tab_stops()
        self._retranslate()

    # --- data ----------------------------------------------------------------------

    def set_bookmarks(self, bookmarks: Sequence[Bookmark]) -> None:
        self._bookmarks = list(bookmarks)
        self._show_guidance()

    def set_accounts(self, accounts: Sequence[AccountRecord]) -> None:
        self.answers.set_accounts(accounts)
        self._show_guidance()

    def _accounts_edited(self, accounts: list[AccountRecord]) -> None:
        self._show_guidance()
        self.accounts_changed.emit(accounts)

    def _show_guidance(self) -> None:
        self.guidance.set_guidance(
            guidance_for(self._directory, self.answers.accounts, self._bookmarks)
        )
        self._order_tab_stops()

    def _order_tab_stops(self) -> None:
        """Tab follows the reading order, also through the cards made after the rest."""
        chain: list[QWidget] = [
            *self.guidance.buttons(),
            *self.answers.tab_stops(),
            *self.assistant.tab_stops(),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _clock_url(self) -> str | None:
        """One of the person's brokers' official sites, else the directory's first."""
        ids = persons_broker_ids(self.answers.accounts, self._bookmarks)
        return clock_source(self._directory, ids)

    # --- secrets -----------------------------------------------------------------------

    def clear_secrets(self) -> None:
        self.assistant.clear_secrets()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.clear_secrets()
        super().hideEvent(event)

    # --- language ------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "A password alone is not enough: with multi-factor authentication a thief "
                "also needs something only you have. Below you see what each of your brokers "
                "offers, strongest first, then you answer for each account what you use. "
                "Last, you can set up an authenticator app and check that it works."
            )
        )
        self._guidance_section.heading.setText(self.tr("What your brokers offer"))
        self._answers_section.heading.setText(self.tr("Your accounts"))
        self._totp_section.heading.setText(self.tr("Authenticator app: set it up and check it"))
