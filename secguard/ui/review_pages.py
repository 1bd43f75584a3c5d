"""Step 5's page, the playbook and the report page, and what they share: built for the window.

Kept out of ``main_window.py`` (shared by the whole team, and near its size limit):
the window creates one ``ReviewPages`` and asks it for the pages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from secguard.core.checklist import PRECAUTIONS
from secguard.core.review import parse_time
from secguard.core.stored import StorageState, StoredData
from secguard.ui.parts.actions import secondary
from secguard.ui.review_keeper import Notifier, ReviewReminder, RoutineKeeper

if TYPE_CHECKING:
    from secguard.core.system.probes import SystemReport
    from secguard.ui.main_window import MainWindow
    from secguard.ui.pages.playbook import PlaybookPage
    from secguard.ui.pages.report import ReportPage
    from secguard.ui.pages.review import ReviewPage


class ReviewPages(QObject):
    def __init__(
        self,
        window: MainWindow,
        clock: Callable[[], str],
        save: Callable[[], None],
        notifier: Notifier | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._clock = clock
        self._save = save
        self.routine = RoutineKeeper(lambda: window.progress, clock, self)
        self.routine.changed.connect(self._on_routine_changed)
        self.reminder = ReviewReminder(self.routine, window.messages, notifier, self)
        self.reminder.open_requested.connect(lambda: window.open_precaution(5))
        self.button = secondary()  # "Something looks wrong", under the steps
        self.button.clicked.connect(lambda: self.open_playbook(None))
        # Steps 6 and 7 for the report; tests put recorded findings here instead.
        self.probe: Callable[[], SystemReport] = _probe_this_machine
        self.playbook: PlaybookPage | None = None
        self.report: ReportPage | None = None

    def _language(self) -> str:
        return self._window.language.value

    def _on_routine_changed(self) -> None:
        self._save()
        self._window.refresh_results()

    def stored_changed(self, stored: StoredData) -> None:
        """What the window knows of the keyring now; once read, say whether a review is due."""
        self.routine.set_stored(stored)
        if stored.state is not StorageState.LOADING:
            self.reminder.storage_read()

    def make_review_page(self) -> ReviewPage:
        from secguard.resources import broker_directory
        from secguard.ui.pages.review import ReviewPage  # built on first visit only

        page = ReviewPage(PRECAUTIONS[4], self.routine, broker_directory(), language=self._language)
        page.playbook_requested.connect(self.open_playbook)
        page.refresh()
        return page

    def open_playbook(self, broker_id: str | None = None) -> PlaybookPage:
        from secguard.resources import broker_directory, help_desks
        from secguard.ui.pages.playbook import PlaybookPage

        if self.playbook is None:
            self.playbook = PlaybookPage(
                self.routine, broker_directory(), help_desks(), language=self._language
            )
        self.playbook.show_for(broker_id)
        self._window.show_extra_page(self.playbook)
        return self.playbook

    def open_report(self) -> ReportPage:
        from secguard.resources import broker_directory
        from secguard.ui.pages.report import ReportPage

        if self.report is None:
            window = self._window
            self.report = ReportPage(
                lambda: (window.progress, window.stored_data()),
                broker_directory(),
                language=self._language,
                clock=lambda: parse_time(self._clock()).astimezone(),
                probe=lambda: self.probe(),  # noqa: PLW0108 - read when the report is made
            )
        self._window.show_extra_page(self.report)
        return self.report


def _probe_this_machine() -> SystemReport:
    """For the report: imported when a report is made, not at start-up."""
    from secguard.reporting.this_machine import probe_this_machine

    return probe_this_machine()
