"""Steps 1 and 2 on the overview come from real data, never a guess."""

from __future__ import annotations

from secguard.core.bookmarks import new_bookmark
from secguard.core.checklist import CheckState
from secguard.core.checks import bookmarks_result, current_results, links_result
from secguard.core.progress import Progress

SBI = new_bookmark("https://www.sbisec.co.jp/", "SBI", "sbi")
CUSTOM = new_bookmark("https://example.co.jp/", "custom")


def test_step_1_is_ok_only_after_the_promise():
    assert links_result(Progress()).state is CheckState.UNKNOWN
    promised = Progress(completed_steps=["no-links-in-messages"])
    assert links_result(promised).state is CheckState.OK


def test_step_2_states():
    clean_scan = {
        "at": "2026-11-24T00:00:00+00:00",
        "bookmarks": 40,
        "lookalikes": 0,
        "suspicious": 0,
    }
    assert bookmarks_result(None, Progress()).state is CheckState.UNKNOWN
    unavailable = bookmarks_result(None, Progress(), "storage.no_backend")
    assert (unavailable.state, unavailable.message_id) == (
        CheckState.UNKNOWN,
        "check.bookmarks_storage",
    )
    assert bookmarks_result([], Progress()).message_id == "check.bookmarks_none"
    assert bookmarks_result([CUSTOM], Progress()).state is CheckState.ATTENTION
    assert bookmarks_result([SBI], Progress()).message_id == "check.bookmarks_not_scanned"
    ok = bookmarks_result([SBI], Progress(browser_scan=clean_scan))
    assert (ok.state, ok.params["count"]) == (CheckState.OK, "1")
    suspicious = bookmarks_result([SBI], Progress(browser_scan={**clean_scan, "suspicious": 2}))
    assert suspicious.state is CheckState.ATTENTION
    risky = bookmarks_result([SBI], Progress(browser_scan={**clean_scan, "lookalikes": 1}))
    assert (risky.state, risky.params["count"]) == (CheckState.RISK, "1")


def test_the_other_five_stay_not_checked():
    results = current_results(Progress(), [SBI])
    assert [r.state for r in results[2:]] == [CheckState.UNKNOWN] * 5
    assert {r.message_id for r in results[2:]} == {"check.not_checked_yet"}
