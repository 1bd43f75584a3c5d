"""Precaution 5: a routine for looking over each broker account, and a log of the reviews.

The FSA asks investors to check their accounts often and to call the broker as
soon as anything looks wrong.  A review is a short checklist per account; each
finished one is kept (when, which account, all fine or something wrong) in the
progress file, together with the cadence the person chose and the runs of the
"something looks wrong" playbook.  Time is always passed in: nothing here reads
the clock.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from secguard.core.checklist import CheckState
from secguard.core.playbook import MAX_RUNS, PlaybookRun

if TYPE_CHECKING:
    from secguard.core.accounts import AccountRecord
    from secguard.core.bookmarks import Bookmark

# Enough for two years of weekly reviews of a few accounts; older ones are dropped.
MAX_RECORDS = 200


class Cadence(enum.StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    # secguard cannot see when the person logs in, so "after every log-in" counts as
    # overdue after a week, like WEEKLY: it is never looser than the default.
    EVERY_LOGIN = "every-login"


DEFAULT_CADENCE = Cadence.WEEKLY
CADENCE_NAMES: Mapping[Cadence, str] = {
    c: f"review.cadence_{c.value.replace('-', '_')}" for c in Cadence
}


class Outcome(enum.StrEnum):
    ALL_FINE = "all-fine"
    SOMETHING_WRONG = "something-wrong"


@dataclass(frozen=True)
class ReviewRecord:
    """One finished review: when (ISO 8601), which account (``target``), what was found."""

    at: str
    target: str
    broker_id: str | None
    outcome: Outcome

    @classmethod
    def from_document(cls, data: object) -> ReviewRecord:
        if not isinstance(data, Mapping):
            raise TypeError("review record")
        at, target, broker_id = data.get("at"), data.get("target"), data.get("broker_id")
        if not isinstance(at, str) or not isinstance(target, str):
            raise TypeError("review record")
        if not isinstance(broker_id, str | None):
            raise TypeError("review record")
        try:
            return cls(at, target, broker_id, Outcome(str(data.get("outcome"))))
        except ValueError as exc:
            raise TypeError("review record") from exc


@dataclass(frozen=True)
class ReviewTarget:
    """An account to review: a stored account record, or a broker the person only has a
    bookmark for.  ``key`` is what the progress file keeps (never the label)."""

    key: str
    broker_id: str | None
    label: str = ""


def review_targets(
    accounts: Sequence[AccountRecord], bookmarks: Sequence[Bookmark] = ()
) -> list[ReviewTarget]:
    """The person's accounts, then each bookmarked broker that has no account record."""
    targets = [ReviewTarget(f"account-{a.id}", a.broker_id, a.label) for a in accounts]
    covered = {a.broker_id for a in accounts if a.broker_id}
    for bookmark in bookmarks:
        broker_id = bookmark.broker_id
        if broker_id and broker_id not in covered:
            covered.add(broker_id)
            targets.append(ReviewTarget(f"broker-{broker_id}", broker_id))
    return targets


@dataclass(frozen=True)
class ReviewRoutine:
    """Everything the progress file keeps for step 5 and the playbook."""

    cadences: Mapping[str, Cadence] = field(default_factory=dict)
    records: tuple[ReviewRecord, ...] = ()
    playbooks: tuple[PlaybookRun, ...] = ()
    reminders: bool = False  # the opt-in OS notification while secguard runs
    last_reminded: str | None = None

    @classmethod
    def from_document(cls, data: object) -> ReviewRoutine:
        """The routine a progress file holds (absent: a fresh one); TypeError if damaged."""
        if data is None:
            return cls()
        if not isinstance(data, Mapping):
            raise TypeError("review_routine")
        cadences, records, runs = (
            data.get("cadences", {}),
            data.get("records", []),
            data.get("playbooks", []),
        )
        reminders, last = data.get("reminders", False), data.get("last_reminded")
        if not isinstance(cadences, Mapping) or not isinstance(records, list | tuple):
            raise TypeError("review_routine")
        if not isinstance(runs, list | tuple) or not isinstance(reminders, bool):
            raise TypeError("review_routine")
        if not isinstance(last, str | None):
            raise TypeError("review_routine")
        try:
            chosen = {str(k): Cadence(v) for k, v in cadences.items()}
        except ValueError as exc:
            raise TypeError("review_routine") from exc
        return cls(
            chosen,
            tuple(ReviewRecord.from_document(r) for r in records),
            tuple(PlaybookRun.from_document(r) for r in runs),
            reminders,
            last,
        )

    def cadence(self, key: str) -> Cadence:
        return self.cadences.get(key, DEFAULT_CADENCE)

    def with_cadence(self, key: str, cadence: Cadence) -> ReviewRoutine:
        return replace(self, cadences={**self.cadences, key: cadence})

    def last_review(self, key: str) -> ReviewRecord | None:
        mine = [r for r in self.records if r.target == key]
        return max(mine, key=lambda r: parse_time(r.at)) if mine else None

    def with_review(self, record: ReviewRecord) -> ReviewRoutine:
        """The routine with ``record``; a review that found something wrong starts a run
        of the playbook (unless one is already open)."""
        records = (*self.records, record)[-MAX_RECORDS:]
        routine = replace(self, records=records)
        if record.outcome is Outcome.SOMETHING_WRONG and self.open_run() is None:
            routine = routine.with_run(PlaybookRun(record.at, record.broker_id))
        return routine

    def open_run(self) -> PlaybookRun | None:
        """The playbook run not yet completed, if there is one (the latest run)."""
        if self.playbooks and not self.playbooks[-1].completed:
            return self.playbooks[-1]
        return None

    def with_run(self, run: PlaybookRun) -> ReviewRoutine:
        """``run`` as the open run (replacing the open one, else added)."""
        runs = self.playbooks[:-1] if self.open_run() is not None else self.playbooks
        return replace(self, playbooks=(*runs, run)[-MAX_RUNS:])

    def latest_run(self) -> PlaybookRun | None:
        return self.playbooks[-1] if self.playbooks else None


def parse_time(text: str) -> datetime:
    """A stored ISO 8601 time; one without a zone (never written by secguard) counts as UTC."""
    from datetime import UTC

    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _add_month(moment: datetime) -> datetime:
    """The same day next month, or that month's last day (31 January -> 28/29 February)."""
    year, month = (moment.year + 1, 1) if moment.month == 12 else (moment.year, moment.month + 1)
    return moment.replace(year=year, month=month, day=min(moment.day, _days_in(year, month)))


def _days_in(year: int, month: int) -> int:
    # Not calendar.monthrange: calendar imports locale, and this module is read before
    # the window's first paint (the overview shows step 5's state).
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return (following - timedelta(days=1)).day


def next_due(last: datetime, cadence: Cadence) -> datetime:
    """When the review after one at ``last`` is due (at the latest, for EVERY_LOGIN)."""
    if cadence is Cadence.MONTHLY:
        return _add_month(last)
    return last + timedelta(days=7)


@dataclass(frozen=True)
class TargetStanding:
    """How one account's reviews stand at a moment: its state and when the next is due."""

    target: ReviewTarget
    cadence: Cadence
    last: ReviewRecord | None
    due: datetime | None  # None: never reviewed, due now
    state: CheckState

    def as_details(self) -> dict[str, object]:
        return {
            "target": self.target.key,
            "broker_id": self.target.broker_id,
            "cadence": self.cadence.value,
            "last_review": self.last.at if self.last else None,
            "last_outcome": self.last.outcome.value if self.last else None,
            "next_due": self.due.isoformat() if self.due else None,
            "state": self.state.value,
        }


def target_standing(target: ReviewTarget, routine: ReviewRoutine, now: datetime) -> TargetStanding:
    cadence = routine.cadence(target.key)
    last = routine.last_review(target.key)
    if last is None:
        return TargetStanding(target, cadence, None, None, CheckState.UNKNOWN)
    due = next_due(parse_time(last.at), cadence)
    state = CheckState.OK if now < due else CheckState.ATTENTION
    return TargetStanding(target, cadence, last, due, state)


def incident_open(routine: ReviewRoutine) -> bool:
    """A review found something wrong and the playbook was not completed after it, or a
    run of the playbook (started from the menu) is still unfinished."""
    if routine.open_run() is not None:
        return True
    wrong = [r for r in routine.records if r.outcome is Outcome.SOMETHING_WRONG]
    if not wrong:
        return False
    latest_wrong = max(parse_time(r.at) for r in wrong)
    # No run is open here, so every run is completed: one started since the review counts.
    return not any(parse_time(run.started) >= latest_wrong for run in routine.playbooks)


def targets_with_records(routine: ReviewRoutine) -> list[ReviewTarget]:
    """The accounts the log knows of, for when the keyring cannot be read."""
    found: dict[str, ReviewTarget] = {}
    for record in routine.records:
        found[record.target] = ReviewTarget(record.target, record.broker_id)
    return list(found.values())


@dataclass(frozen=True)
class ReviewStanding:
    """Step 5 at a moment: the state, its message id and params, and each account's standing."""

    state: CheckState
    message_id: str
    params: Mapping[str, str]
    accounts: tuple[TargetStanding, ...]


def review_standing(
    targets: Sequence[ReviewTarget], routine: ReviewRoutine, now: datetime
) -> ReviewStanding:
    """Risk: an incident is open; unknown: nothing reviewed yet; attention: an account
    is overdue or not reviewed yet; ok: every account within its cadence."""
    standings = tuple(target_standing(t, routine, now) for t in targets)
    if incident_open(routine):
        run = routine.open_run() or routine.latest_run()
        broker = {"broker": run.broker_id} if run is not None and run.broker_id else {}
        return ReviewStanding(CheckState.RISK, "check.review_incident", broker, standings)
    if not routine.records or all(s.last is None for s in standings):
        return ReviewStanding(CheckState.UNKNOWN, "check.review_never", {}, standings)
    due = [s for s in standings if s.state is not CheckState.OK]
    if due:
        count = {"count": str(len(due))}
        return ReviewStanding(CheckState.ATTENTION, "check.review_due", count, standings)
    count = {"count": str(len(standings))}
    return ReviewStanding(CheckState.OK, "check.review_ok", count, standings)


def reminder_due(routine: ReviewRoutine, standing: ReviewStanding, now: datetime) -> bool:
    """Whether the opt-in notification should appear now: a review is due (or an incident is
    open), and none was shown yet on ``now``'s calendar day (in ``now``'s time zone)."""
    if not routine.reminders or standing.state not in {CheckState.ATTENTION, CheckState.RISK}:
        return False
    if routine.last_reminded is None:
        return True
    return parse_time(routine.last_reminded).astimezone(now.tzinfo).date() != now.date()
