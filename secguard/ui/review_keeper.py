"""Step 5's routine in the window: one object every page changes it through, and the reminder.

``RoutineKeeper`` holds no state of its own: it replaces ``progress.review_routine``
(core's frozen record) and says so; the window saves the progress file and
recomputes the overview.  ``ReviewReminder`` says at start-up when a review is due,
and, if the person asked for it, shows an OS notification at most once a day while
secguard runs.  Both take the clock as an argument; nothing here waits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from secguard.core.checklist import CheckState
from secguard.core.playbook import PlaybookRun, PlaybookStep
from secguard.core.progress import Progress
from secguard.core.review import (
    Cadence,
    Outcome,
    ReviewRecord,
    ReviewRoutine,
    ReviewStanding,
    parse_time,
    reminder_due,
    review_standing,
    review_targets,
    targets_with_records,
)
from secguard.core.stored import StoredData
from secguard.ui.badge import state_dot
from secguard.ui.banner import BannerKind, MessageArea

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

# How often a running secguard looks whether a reminder is due.
REMINDER_CHECK_MS = 30 * 60 * 1000


class RoutineKeeper(QObject):
    """Signals:
    changed(): the routine changed (a review, a cadence, a tick); save and recompute.
    """

    changed = Signal()

    def __init__(
        self,
        progress: Callable[[], Progress],
        clock: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._progress = progress
        self._clock = clock
        self._stored = StoredData.loading()

    @property
    def routine(self) -> ReviewRoutine:
        return self._progress().review_routine

    def now(self) -> datetime:
        """Now, in this computer's time zone (calendar days and shown dates are local)."""
        return parse_time(self._clock()).astimezone()

    def set_stored(self, stored: StoredData) -> None:
        self._stored = stored

    @property
    def stored(self) -> StoredData:
        return self._stored

    def standing(self) -> ReviewStanding:
        stored = self._stored
        if stored.is_read:
            targets = review_targets(stored.accounts, stored.bookmarks)
        else:
            targets = targets_with_records(self.routine)
        return review_standing(targets, self.routine, self.now())

    def _replace(self, routine: ReviewRoutine) -> None:
        self._progress().review_routine = routine
        self.changed.emit()

    def record_review(self, target: str, broker_id: str | None, outcome: Outcome) -> None:
        record = ReviewRecord(self._clock(), target, broker_id, outcome)
        self._replace(self.routine.with_review(record))

    def set_cadence(self, target: str, cadence: Cadence) -> None:
        if self.routine.cadence(target) is not cadence:
            self._replace(self.routine.with_cadence(target, cadence))

    def set_step_done(self, step: PlaybookStep, done: bool, broker_id: str | None) -> None:
        """Tick a step off (starting a run if none is open) or take the tick back."""
        run = self.routine.open_run()
        if run is None:
            if not done:
                return
            run = PlaybookRun(self._clock(), broker_id)
        changed = run.tick(step, self._clock()) if done else run.untick(step)
        self._replace(self.routine.with_run(changed))

    def set_reminders(self, on: bool) -> None:
        if self.routine.reminders is not on:
            self._replace(replace(self.routine, reminders=on))

    def mark_reminded(self) -> None:
        self._replace(replace(self.routine, last_reminded=self._clock()))


Notifier = Callable[[str, str], bool]


class TrayNotifier:
    """An OS notification through a tray icon, shown only while reminders are on.

    The tray classes are imported at first use: the first paint does not wait for them.
    """

    def __init__(self) -> None:
        self._tray: QSystemTrayIcon | None = None

    @staticmethod
    def available() -> bool:
        from PySide6.QtWidgets import QSystemTrayIcon

        return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()

    def __call__(self, title: str, body: str) -> bool:
        if not self.available():
            return False
        if self._tray is None:
            from PySide6.QtGui import QIcon
            from PySide6.QtWidgets import QSystemTrayIcon

            self._tray = QSystemTrayIcon(QIcon(state_dot(CheckState.ATTENTION, 32)))
        self._tray.show()
        self._tray.showMessage(title, body)
        return True


class ReviewReminder(QObject):
    """The start-up banner and the opt-in daily notification.

    Signals:
    open_requested(): the person pressed the banner's button (open step 5).
    """

    open_requested = Signal()

    def __init__(
        self,
        keeper: RoutineKeeper,
        messages: MessageArea,
        notify: Notifier | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._keeper = keeper
        self._messages = messages
        self._notify = notify or TrayNotifier()
        self._said_at_start = False
        self.timer = QTimer(self)
        self.timer.setInterval(REMINDER_CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def storage_read(self) -> None:
        """Once the keyring was read (or could not be): say at start-up if a review is due."""
        if self._said_at_start:
            return
        self._said_at_start = True
        standing = self._keeper.standing()
        if standing.state not in {CheckState.ATTENTION, CheckState.RISK}:
            return
        banner = self._messages.show_message(
            "review", self._banner_text(standing), BannerKind.WARNING, action_text=self._open_text()
        )
        banner.action_triggered.connect(self.open_requested)
        self.check()

    def check(self) -> bool:
        """Show the OS notification if one is due now; True when it was shown."""
        keeper = self._keeper
        standing = keeper.standing()
        if not reminder_due(keeper.routine, standing, keeper.now()):
            return False
        title = QCoreApplication.translate("ReviewReminder", "secguard: time to check your account")
        if not self._notify(title, self._banner_text(standing)):
            return False
        keeper.mark_reminded()
        return True

    @staticmethod
    def _open_text() -> str:
        return QCoreApplication.translate("ReviewReminder", "Open step 5")

    @staticmethod
    def _banner_text(standing: ReviewStanding) -> str:
        if standing.state is CheckState.RISK:
            return QCoreApplication.translate(
                "ReviewReminder",
                "Something looked wrong in your account and the steps for it are not finished.",
            )
        return QCoreApplication.translate(
            "ReviewReminder",
            "It is time to look over your broker account (step 5): it takes a few minutes.",
        )
