"""The overview's steps come from real data, never a guess."""

from __future__ import annotations

import dataclasses

import pytest

from secguard.core.accounts import AccountRecord, PasswordCheck, check_state, passwords_state
from secguard.core.bookmarks import new_bookmark
from secguard.core.breach import BreachStatus
from secguard.core.checklist import CheckState
from secguard.core.checks import (
    bookmarks_result,
    current_results,
    links_result,
    passwords_result,
)
from secguard.core.progress import Progress, ScanSummary
from secguard.core.stored import StorageState, StoredData

SBI = new_bookmark("https://www.sbisec.co.jp/", "SBI", "sbi")
CUSTOM = new_bookmark("https://example.co.jp/", "custom")
AT = "2026-12-02T09:00:00+00:00"
CLEAN_SCAN = ScanSummary(at=AT, bookmarks=40, lookalikes=0, suspicious=0)


def test_step_1_is_ok_only_after_the_promise():
    assert links_result(Progress()).state is CheckState.UNKNOWN
    promised = Progress(completed_steps=["no-links-in-messages"])
    assert links_result(promised).state is CheckState.OK


def test_step_2_says_it_is_reading_before_the_keyring_has_answered():
    loading = bookmarks_result(StoredData.loading(), Progress())
    assert (loading.state, loading.message_id) == (CheckState.UNKNOWN, "check.bookmarks_loading")


def test_step_2_names_the_keyring_only_when_it_failed():
    failed = StoredData.failed(StorageState.UNAVAILABLE, "storage.no_backend")
    result = bookmarks_result(failed, Progress())
    assert (result.state, result.message_id) == (CheckState.UNKNOWN, "check.bookmarks_storage")
    assert result.details == {"storage": "storage.no_backend"}


def test_step_2_states_once_read():
    def state(bookmarks, progress):
        return bookmarks_result(StoredData.read(bookmarks), progress)

    assert state([], Progress()).message_id == "check.bookmarks_none"
    assert state([CUSTOM], Progress()).state is CheckState.ATTENTION
    assert state([SBI], Progress()).message_id == "check.bookmarks_not_scanned"
    ok = state([SBI], Progress(browser_scan=CLEAN_SCAN))
    assert (ok.state, ok.params["count"]) == (CheckState.OK, "1")
    suspicious_scan = dataclasses.replace(CLEAN_SCAN, suspicious=2)
    assert state([SBI], Progress(browser_scan=suspicious_scan)).state is CheckState.ATTENTION
    risky = state([SBI], Progress(browser_scan=dataclasses.replace(CLEAN_SCAN, lookalikes=1)))
    assert (risky.state, risky.params["count"]) == (CheckState.RISK, "1")


def test_a_lookalike_in_the_browser_is_a_risk_even_before_the_keyring_answers():
    scan = dataclasses.replace(CLEAN_SCAN, lookalikes=1)
    result = bookmarks_result(StoredData.loading(), Progress(browser_scan=scan))
    assert result.state is CheckState.RISK


def test_the_steps_not_built_stay_not_checked():
    results = current_results(Progress(), StoredData.read([SBI]))
    assert [r.state for r in results[4:]] == [CheckState.UNKNOWN] * 3
    assert {r.message_id for r in results[4:]} == {"check.not_checked_yet"}


# --- step 4 --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "breach", "reused", "expected"),
    [
        (4, BreachStatus.NOT_FOUND, False, CheckState.OK),
        (3, BreachStatus.NOT_FOUND, False, CheckState.OK),
        (2, BreachStatus.NOT_FOUND, False, CheckState.ATTENTION),
        (4, BreachStatus.UNKNOWN, False, CheckState.ATTENTION),  # a failed check is not safe
        (4, BreachStatus.SKIPPED, False, CheckState.ATTENTION),
        (1, BreachStatus.NOT_FOUND, False, CheckState.RISK),
        (4, BreachStatus.BREACHED, False, CheckState.RISK),
        (4, BreachStatus.NOT_FOUND, True, CheckState.RISK),
    ],
)
def test_one_check_state(score, breach, reused, expected):
    assert check_state(score, breach, reused=reused) is expected


def _checked(label: str, state: CheckState, account_id: int) -> AccountRecord:
    check = PasswordCheck(state, 3, BreachStatus.NOT_FOUND, reused=False, at=AT)
    return AccountRecord(label, password_check=check, id=account_id)


@pytest.mark.parametrize(
    ("states", "worst"),
    [
        ([CheckState.OK, CheckState.ATTENTION], CheckState.ATTENTION),
        ([CheckState.ATTENTION, CheckState.OK], CheckState.ATTENTION),
        ([CheckState.OK, CheckState.RISK, CheckState.ATTENTION], CheckState.RISK),
        ([CheckState.OK, CheckState.OK], CheckState.OK),
    ],
)
def test_step_4_is_the_worst_account(states, worst):
    accounts = [_checked(f"a{i}", state, i) for i, state in enumerate(states, 1)]
    assert passwords_state(accounts) == (worst, len(states))
    result = passwords_result(StoredData.read(accounts=accounts))
    assert result.state is worst
    assert result.details == {"accounts": len(states), "checked": len(states)}


def test_step_4_counts_only_checked_accounts_and_is_unknown_with_none():
    unchecked = AccountRecord("never checked", id=9)
    assert passwords_result(StoredData.read(accounts=[unchecked])).state is CheckState.UNKNOWN
    mixed = [unchecked, _checked("a", CheckState.OK, 1)]
    result = passwords_result(StoredData.read(accounts=mixed))
    assert (result.state, result.params) == (CheckState.OK, {"checked": "1"})
    assert passwords_result(StoredData.loading()).state is CheckState.UNKNOWN


def test_a_stored_check_is_read_back_typed_and_a_damaged_one_is_dropped():
    check = PasswordCheck.of(4, BreachStatus.UNKNOWN, reused=False, at=AT)
    document = dataclasses.asdict(AccountRecord("x", password_check=check, id=3))
    assert AccountRecord.from_fields(3, document).password_check == check
    assert check.state is CheckState.ATTENTION
    for damaged in ({"state": "fine"}, {**document["password_check"], "score": "4"}, [1]):
        assert AccountRecord.from_fields(3, {**document, "password_check": damaged}) == (
            AccountRecord("x", id=3)
        )
