"""Step 5: cadences, due dates and the step's state, with the time passed in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from secguard.core.accounts import AccountRecord
from secguard.core.bookmarks import Bookmark
from secguard.core.checklist import CheckState, PrecautionId
from secguard.core.checks import current_results
from secguard.core.playbook import PlaybookRun, PlaybookStep
from secguard.core.progress import Progress
from secguard.core.review import (
    Cadence,
    Outcome,
    ReviewRecord,
    ReviewRoutine,
    ReviewTarget,
    next_due,
    reminder_due,
    review_standing,
    review_targets,
)
from secguard.core.review_items import REVIEW_ITEMS
from secguard.core.stored import StorageState, StoredData

MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
SBI = ReviewTarget("account-1", "sbi", "SBI")
RAKUTEN = ReviewTarget("account-2", "rakuten", "楽天")


def _fine(target: ReviewTarget, at: datetime) -> ReviewRecord:
    return ReviewRecord(at.isoformat(), target.key, target.broker_id, Outcome.ALL_FINE)


def _wrong(target: ReviewTarget, at: datetime) -> ReviewRecord:
    return ReviewRecord(at.isoformat(), target.key, target.broker_id, Outcome.SOMETHING_WRONG)


def _routine(*records: ReviewRecord, **cadences: Cadence) -> ReviewRoutine:
    routine = ReviewRoutine(cadences={k.replace("_", "-"): v for k, v in cadences.items()})
    for record in records:
        routine = routine.with_review(record)
    return routine


def test_weekly_is_the_default_and_due_seven_days_later():
    routine = _routine(_fine(SBI, MONDAY))
    assert routine.cadence(SBI.key) is Cadence.WEEKLY
    just_before = MONDAY + timedelta(days=7) - timedelta(seconds=1)
    assert review_standing([SBI], routine, just_before).state is CheckState.OK
    on_the_day = review_standing([SBI], routine, MONDAY + timedelta(days=7))
    assert on_the_day.state is CheckState.ATTENTION
    assert on_the_day.message_id == "check.review_due"
    assert on_the_day.params == {"count": "1"}


def test_monthly_is_the_same_day_next_month_or_its_last_day():
    assert next_due(datetime(2026, 1, 31, tzinfo=UTC), Cadence.MONTHLY) == datetime(
        2026, 2, 28, tzinfo=UTC
    )
    assert next_due(datetime(2026, 12, 15, tzinfo=UTC), Cadence.MONTHLY) == datetime(
        2027, 1, 15, tzinfo=UTC
    )
    for (year, month, day), due in (
        ((2028, 1, 31), (2028, 2, 29)),  # a leap year
        ((2026, 10, 31), (2026, 11, 30)),
        ((2026, 11, 30), (2026, 12, 30)),
        ((2026, 12, 31), (2027, 1, 31)),
    ):
        moment = datetime(year, month, day, 9, 30, tzinfo=UTC)
        assert next_due(moment, Cadence.MONTHLY) == datetime(*due, 9, 30, tzinfo=UTC)
    routine = _routine(_fine(SBI, MONDAY), account_1=Cadence.MONTHLY)
    assert review_standing([SBI], routine, MONDAY + timedelta(days=20)).state is CheckState.OK
    assert review_standing([SBI], routine, MONDAY + timedelta(days=31)).state is (
        CheckState.ATTENTION
    )


def test_after_every_log_in_is_never_looser_than_weekly():
    routine = _routine(_fine(SBI, MONDAY), account_1=Cadence.EVERY_LOGIN)
    assert review_standing([SBI], routine, MONDAY + timedelta(days=8)).state is (
        CheckState.ATTENTION
    )


def test_never_reviewed_is_unknown_not_ok():
    standing = review_standing([SBI, RAKUTEN], ReviewRoutine(), MONDAY)
    assert standing.state is CheckState.UNKNOWN
    assert standing.message_id == "check.review_never"


def test_every_account_counts_one_unreviewed_account_is_attention():
    routine = _routine(_fine(SBI, MONDAY))
    standing = review_standing([SBI, RAKUTEN], routine, MONDAY + timedelta(days=1))
    assert standing.state is CheckState.ATTENTION
    assert [s.state for s in standing.accounts] == [CheckState.OK, CheckState.UNKNOWN]
    both = routine.with_review(_fine(RAKUTEN, MONDAY))
    assert review_standing([SBI, RAKUTEN], both, MONDAY + timedelta(days=1)).params == {
        "count": "2"
    }


def test_something_wrong_is_risk_until_the_playbook_is_completed():
    later = MONDAY + timedelta(hours=1)
    routine = _routine(_fine(SBI, MONDAY), _wrong(SBI, later))
    standing = review_standing([SBI], routine, later)
    assert standing.state is CheckState.RISK
    assert standing.message_id == "check.review_incident"
    assert standing.params == {"broker": "sbi"}
    run = routine.open_run()
    assert run is not None
    assert run.broker_id == "sbi"
    for step in list(PlaybookStep)[:-1]:
        run = run.tick(step, later.isoformat())
    routine = routine.with_run(run)
    assert review_standing([SBI], routine, later).state is CheckState.RISK  # one step left
    routine = routine.with_run(run.tick(PlaybookStep.GET_HELP, later.isoformat()))
    assert routine.open_run() is None
    # Completed: back to the review dates (the review that found it counts as a review).
    assert review_standing([SBI], routine, later).state is CheckState.OK


def test_a_playbook_run_from_the_menu_left_unfinished_is_risk():
    started = PlaybookRun(MONDAY.isoformat(), "rakuten").tick(
        PlaybookStep.STOP_DAMAGE, MONDAY.isoformat()
    )
    routine = _routine(_fine(SBI, MONDAY)).with_run(started)
    assert review_standing([SBI], routine, MONDAY).state is CheckState.RISK


def test_a_run_completed_before_the_latest_wrong_review_does_not_close_it():
    done = PlaybookRun(MONDAY.isoformat())
    for step in PlaybookStep:
        done = done.tick(step, MONDAY.isoformat())
    routine = ReviewRoutine(records=(_wrong(SBI, MONDAY + timedelta(days=3)),), playbooks=(done,))
    assert review_standing([SBI], routine, MONDAY + timedelta(days=3)).state is CheckState.RISK


def test_targets_are_accounts_then_bookmarked_brokers_without_one():
    accounts = [AccountRecord("SBI NISA", "sbi", login_id="secret-id", id=4)]
    bookmarks = [
        Bookmark("https://www.sbisec.co.jp/", "SBI", "sbi", id=1),
        Bookmark("https://www.rakuten-sec.co.jp/", "楽天", "rakuten", id=2),
        Bookmark("https://example.com/", "other", None, id=3),
    ]
    targets = review_targets(accounts, bookmarks)
    assert [(t.key, t.broker_id) for t in targets] == [
        ("account-4", "sbi"),
        ("broker-rakuten", "rakuten"),
    ]


def test_step_five_in_the_checklist_with_a_clock():
    routine = _routine(_fine(ReviewTarget("broker-sbi", "sbi"), MONDAY))
    progress = Progress(review_routine=routine)
    stored = StoredData.read([Bookmark("https://www.sbisec.co.jp/", "SBI", "sbi", id=1)])
    step5 = current_results(progress, stored, at=MONDAY + timedelta(days=1))[4]
    assert step5.precaution.id is PrecautionId.ACCOUNT_REVIEW
    assert step5.state is CheckState.OK
    assert step5.details["accounts"][0]["next_due"] == "2026-12-07T09:00:00+00:00"
    assert step5.details["reviews"] == 1
    late = current_results(progress, stored, at=MONDAY + timedelta(days=9))[4]
    assert late.state is CheckState.ATTENTION
    # Without a clock, step 5 is honestly not checked.
    assert current_results(progress, stored)[4].message_id == "check.not_checked_yet"


def test_a_locked_keyring_still_judges_step_five_from_the_log():
    routine = _routine(_fine(SBI, MONDAY))
    progress = Progress(review_routine=routine)
    locked = StoredData.failed(StorageState.LOCKED, "storage.locked")
    step5 = current_results(progress, locked, at=MONDAY + timedelta(days=10))[4]
    assert step5.state is CheckState.ATTENTION
    assert step5.details["accounts"][0]["target"] == "account-1"


def test_reminder_opt_in_and_at_most_once_a_calendar_day():
    tokyo = timezone(timedelta(hours=9))
    routine = _routine(_fine(SBI, MONDAY))
    now = (MONDAY + timedelta(days=8)).astimezone(tokyo)
    overdue = review_standing([SBI], routine, now)
    assert not reminder_due(routine, overdue, now)  # not asked for
    routine = ReviewRoutine(records=routine.records, reminders=True)
    assert reminder_due(routine, overdue, now)
    shown = ReviewRoutine(records=routine.records, reminders=True, last_reminded=now.isoformat())
    assert not reminder_due(shown, overdue, now + timedelta(hours=5))
    # 23:59 and 00:01 the next day in Tokyo are two days, although only minutes apart.
    late_evening = now.replace(hour=23, minute=59)
    shown = ReviewRoutine(
        records=routine.records, reminders=True, last_reminded=late_evening.isoformat()
    )
    assert reminder_due(shown, overdue, late_evening + timedelta(minutes=2))
    up_to_date = review_standing([SBI], routine, MONDAY + timedelta(days=1))
    assert not reminder_due(routine, up_to_date, MONDAY + timedelta(days=1))


def test_routine_round_trips_through_its_document():
    from dataclasses import asdict

    routine = _routine(_fine(SBI, MONDAY), _wrong(RAKUTEN, MONDAY), account_2=Cadence.MONTHLY)
    routine = routine.with_run(
        routine.open_run().tick(PlaybookStep.KEEP_EVIDENCE, MONDAY.isoformat())  # type: ignore[union-attr]
    )
    assert ReviewRoutine.from_document(asdict(routine)) == routine
    assert ReviewRoutine.from_document(None) == ReviewRoutine()


@pytest.mark.parametrize(
    "damaged",
    [
        [],
        {"cadences": {"account-1": "daily"}},
        {"records": [{"at": "x", "target": "account-1", "outcome": "maybe"}]},
        {"records": [{"at": 5, "target": "account-1", "outcome": "all-fine"}]},
        {"playbooks": [{"started": "x", "ticked": {"not-a-step": "x"}}]},
        {"reminders": "yes"},
    ],
)
def test_a_damaged_routine_is_refused_not_guessed(damaged: object):
    with pytest.raises(TypeError):
        ReviewRoutine.from_document(damaged)


def test_every_checklist_item_has_its_explanation():
    from secguard.i18n import MESSAGES

    assert len(REVIEW_ITEMS) == 5
    for item in REVIEW_ITEMS:
        assert item.title_id in MESSAGES
        assert item.why_id in MESSAGES
