"""Step 5: look over each broker account on a routine, and keep a log of each review.

Per account the person picks how often (weekly by default), sees when the next
review is due, opens the broker from their own bookmark (never a link), goes
through the checklist and says "all fine" or "something is wrong" (which opens
the playbook).  Every change goes through the window's ``RoutineKeeper``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QWidget

from secguard.core.bookmarks import address_for
from secguard.core.brokers import Directory
from secguard.core.checklist import Precaution
from secguard.core.review import (
    CADENCE_NAMES,
    Cadence,
    Outcome,
    ReviewTarget,
    TargetStanding,
)
from secguard.core.review_items import REVIEW_ITEMS
from secguard.i18n import broker_params, render_message
from secguard.ui.badge import state_text
from secguard.ui.browser import Browser
from secguard.ui.pages.common import StepPage
from secguard.ui.parts.actions import primary, secondary
from secguard.ui.parts.check_item import CheckItem
from secguard.ui.parts.dropdown import Dropdown
from secguard.ui.parts.scaffold import action_row
from secguard.ui.parts.state_banner import StateBanner
from secguard.ui.parts.text import Body
from secguard.ui.review_keeper import RoutineKeeper, TrayNotifier

RECENT_REVIEWS = 5


def shown_date(moment_iso: str) -> str:
    """A stored time as this computer's local date and time, the way a person reads it."""
    from secguard.core.review import parse_time

    return f"{parse_time(moment_iso).astimezone():%Y-%m-%d %H:%M}"


class ReviewPage(StepPage):
    """Signals:
    playbook_requested(object): "something is wrong" for a broker (its id, or None).
    """

    playbook_requested = Signal(object)

    def __init__(
        self,
        precaution: Precaution,
        keeper: RoutineKeeper,
        directory: Directory,
        *,
        language: Callable[[], str],
        browser: Browser | None = None,
        tray_available: Callable[[], bool] = TrayNotifier.available,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(precaution, parent)
        self._keeper = keeper
        self._directory = directory
        self._language = language
        self._browser = browser or Browser()
        self._tray_available = tray_available
        self._targets: list[ReviewTarget] = []

        self.banner = StateBanner()
        self.problem_button = secondary()
        self.problem_button.clicked.connect(lambda: self.playbook_requested.emit(None))
        self.banner.action_row.addWidget(self.problem_button)
        self.add(self.banner)
        self._accounts_section = self.add_section()
        self.accounts_text = Body()
        self._accounts_section.add(self.accounts_text)
        self._build_review_section()
        self._build_reminder_section()
        self._log_section = self.add_section()
        self.log_text = Body()
        self._log_section.add(self.log_text)
        self.end()
        keeper.changed.connect(self.refresh)
        self._retranslate()

    def _build_review_section(self) -> None:
        self._review_section = self.add_section()
        self.account_combo = Dropdown(12)
        self.cadence_combo = Dropdown(12)
        for cadence in Cadence:
            self.cadence_combo.addItem("", cadence.value)
        self.account_combo.currentIndexChanged.connect(self._show_target)
        self.cadence_combo.activated.connect(self._cadence_chosen)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._account_label = Body()
        self._cadence_label = Body()
        form.addRow(self._account_label, self.account_combo)
        form.addRow(self._cadence_label, self.cadence_combo)
        self._review_section.add(form)
        self.due_text = Body()
        self.open_button = secondary()
        self.open_button.clicked.connect(self._open_broker)
        self._review_section.add(self.due_text)
        self._review_section.add(action_row(self.open_button))
        self._checklist_hint = Body()
        self._review_section.add(self._checklist_hint)
        self.items: list[CheckItem] = []
        for _item in REVIEW_ITEMS:
            check = CheckItem(bold=True)
            check.toggled.connect(self._update_buttons)
            self.items.append(check)
            self._review_section.add(check)
        self.fine_button = primary()
        self.fine_button.clicked.connect(lambda: self._record(Outcome.ALL_FINE))
        self.wrong_button = secondary()
        self.wrong_button.clicked.connect(lambda: self._record(Outcome.SOMETHING_WRONG))
        self._review_section.add(action_row(self.fine_button, self.wrong_button))
        self.status = Body()
        self._review_section.add(self.status)

    def _build_reminder_section(self) -> None:
        self._reminder_section = self.add_section()
        self.reminder_item = CheckItem()
        self.reminder_item.toggled.connect(self._keeper.set_reminders)
        self.reminder_note = Body()
        self._reminder_section.add(self.reminder_item)
        self._reminder_section.add(self.reminder_note)

    # --- data ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Show what the keeper knows now: accounts, due dates, the log."""
        stored = self._keeper.stored
        standing = self._keeper.standing()
        self._targets = [s.target for s in standing.accounts]
        chosen = self.current_target()
        blocked = self.account_combo.blockSignals(True)
        self.account_combo.clear()
        for target in self._targets:
            self.account_combo.addItem(self._target_name(target), target.key)
        index = self.account_combo.findData(chosen.key) if chosen else 0
        self.account_combo.setCurrentIndex(max(0, index))
        self.account_combo.blockSignals(blocked)
        self.banner.set_state(
            standing.state,
            render_message(standing.message_id, broker_params(standing.params, self._language())),
        )
        self.accounts_text.setText(
            "\n".join(self._standing_line(s) for s in standing.accounts)
            or self.tr(
                "No account yet: add a bookmark for your broker in step 2, or an account in "
                "step 4, and it appears here."
            )
        )
        if not stored.is_read and standing.accounts:
            self.accounts_text.setText(
                self.accounts_text.text()
                + "\n"
                + self.tr("(The keyring cannot be read now: only accounts already reviewed.)")
            )
        self._show_log()
        blocked = self.reminder_item.blockSignals(True)
        self.reminder_item.set_checked(self._keeper.routine.reminders)
        self.reminder_item.blockSignals(blocked)
        self._show_target()

    def current_target(self) -> ReviewTarget | None:
        key = self.account_combo.currentData()
        return next((t for t in self._targets if t.key == key), None)

    def _target_name(self, target: ReviewTarget) -> str:
        broker = self._directory.get(target.broker_id)
        name = broker.name(self._language()) if broker else ""
        if target.label and target.label != name:
            return f"{name} ({target.label})" if name else target.label
        return name or target.key

    def _standing_line(self, standing: TargetStanding) -> str:
        name = self._target_name(standing.target)
        word = state_text(standing.state)
        if standing.last is None:
            return self.tr("[{state}] {account}: not reviewed yet").format(state=word, account=name)
        return self.tr("[{state}] {account}: next review by {date}").format(
            state=word,
            account=name,
            date=f"{standing.due.astimezone():%Y-%m-%d}" if standing.due else "",
        )

    def _show_target(self) -> None:
        target = self.current_target()
        has_target = target is not None
        for widget in (self.account_combo, self.cadence_combo, *self.items):
            widget.setEnabled(has_target)
        if target is None:
            self.due_text.setText("")
            self.open_button.hide()
            self._update_buttons()
            return
        routine = self._keeper.routine
        cadence = routine.cadence(target.key)
        self.cadence_combo.setCurrentIndex(max(0, self.cadence_combo.findData(cadence.value)))
        self.due_text.setText(self._due_text(target))
        broker = self._directory.get(target.broker_id)
        self.open_button.setVisible(broker is not None)
        if broker is not None:
            self.open_button.setText(
                self.tr("Open {broker} from your bookmark").format(
                    broker=broker.name(self._language())
                )
            )
        self._update_buttons()

    def _due_text(self, target: ReviewTarget) -> str:
        standing = next(
            (s for s in self._keeper.standing().accounts if s.target.key == target.key), None
        )
        if standing is None or standing.last is None:
            return self.tr("Not reviewed yet: a review is due now.")
        outcome = (
            self.tr("all fine")
            if standing.last.outcome is Outcome.ALL_FINE
            else self.tr("something was wrong")
        )
        due = f"{standing.due.astimezone():%Y-%m-%d}" if standing.due else ""
        if standing.cadence is Cadence.EVERY_LOGIN:
            text = self.tr(
                "Last review: {last}, {outcome}. Next: after your next log-in, by {date} at the "
                "latest."
            )
        else:
            text = self.tr("Last review: {last}, {outcome}. Next review by {date}.")
        return text.format(last=shown_date(standing.last.at), outcome=outcome, date=due)

    def _show_log(self) -> None:
        records = sorted(self._keeper.routine.records, key=lambda r: r.at)[-RECENT_REVIEWS:]
        names = {t.key: self._target_name(t) for t in self._targets}
        lines = []
        for record in reversed(records):
            broker = self._directory.get(record.broker_id)
            name = names.get(record.target) or (broker.name(self._language()) if broker else "")
            outcome = (
                self.tr("all fine")
                if record.outcome is Outcome.ALL_FINE
                else self.tr("something was wrong")
            )
            lines.append(f"{shown_date(record.at)}  {name}: {outcome}")
        self.log_text.setText("\n".join(lines) or self.tr("No review yet."))

    # --- actions --------------------------------------------------------------------

    def _cadence_chosen(self) -> None:
        target = self.current_target()
        if target is not None:
            self._keeper.set_cadence(target.key, Cadence(self.cadence_combo.currentData()))

    def _open_broker(self) -> None:
        target = self.current_target()
        broker = self._directory.get(target.broker_id if target else None)
        if broker is not None:
            self._browser.open(address_for(broker, self._keeper.stored.bookmarks))

    def _update_buttons(self) -> None:
        has_target = self.current_target() is not None
        self.fine_button.setEnabled(has_target and all(i.is_checked() for i in self.items))
        self.wrong_button.setEnabled(has_target)

    def _record(self, outcome: Outcome) -> None:
        target = self.current_target()
        if target is None:
            return
        for item in self.items:
            item.set_checked(False)
        self._keeper.record_review(target.key, target.broker_id, outcome)
        saved = shown_date(self._keeper.routine.records[-1].at)
        self.status.setText(self.tr("Review saved: {date}.").format(date=saved))
        if outcome is Outcome.SOMETHING_WRONG:
            self.playbook_requested.emit(target.broker_id)

    # --- language ---------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Thieves who take over an account act within hours. Look over each of your "
                "broker accounts regularly: it takes a few minutes, and secguard keeps a log "
                "of each review. If anything looks wrong, call your broker at once."
            )
        )
        self.problem_button.setText(self.tr("Something looks &wrong"))
        self._accounts_section.heading.setText(self.tr("Your accounts"))
        self._review_section.heading.setText(self.tr("Review an account"))
        self._account_label.setText(self.tr("Account:"))
        self._cadence_label.setText(self.tr("How often:"))
        self.account_combo.setAccessibleName(self.tr("Account to review"))
        self.cadence_combo.setAccessibleName(self.tr("How often to review this account"))
        for index in range(self.cadence_combo.count()):
            cadence = Cadence(self.cadence_combo.itemData(index))
            self.cadence_combo.setItemText(index, render_message(CADENCE_NAMES[cadence], None))
        self.open_button.setAccessibleName(self.tr("Open the broker from your bookmark"))
        self._checklist_hint.setText(
            self.tr("Log in from your bookmark, then tick each item once you have looked at it:")
        )
        for check, item in zip(self.items, REVIEW_ITEMS, strict=True):
            check.set_text(render_message(item.title_id, None), render_message(item.why_id, None))
        self.fine_button.setText(self.tr("&All fine"))
        self.fine_button.setAccessibleName(self.tr("All fine: save this review"))
        self.wrong_button.setText(self.tr("Something is wrong"))
        self.wrong_button.setAccessibleName(
            self.tr("Something is wrong: save this review and open the steps for it")
        )
        self._reminder_section.heading.setText(self.tr("Reminders"))
        self.reminder_item.set_text(
            self.tr(
                "Remind me with a notification while secguard runs, at most once a day, when "
                "a review is due"
            )
        )
        self.reminder_note.setText(
            ""
            if self._tray_available()
            else self.tr(
                "This desktop shows no notifications from programs; the overview still says "
                "at start-up when a review is due."
            )
        )
        self.reminder_note.setVisible(bool(self.reminder_note.text()))
        self._log_section.heading.setText(self.tr("Recent reviews"))
        self.refresh()
