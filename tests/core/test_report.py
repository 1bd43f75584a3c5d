"""What a report holds: its check ID, next steps, and bookmarks without addresses."""

from __future__ import annotations

import itertools
import re

from secguard.core.bookmarks import Bookmark
from secguard.core.checklist import PRECAUTIONS, CheckResult, CheckState, PrecautionId
from secguard.core.checks import current_results
from secguard.core.progress import Progress
from secguard.core.report import (
    CHECK_ID_ALPHABET,
    NEXT_STEP_INCIDENT,
    NEXT_STEP_OK,
    NEXT_STEPS,
    build_report,
    new_check_id,
    next_step,
    report_bookmarks,
)
from secguard.core.stored import StoredData


def test_check_id_is_two_and_four_unambiguous_characters():
    assert re.fullmatch(
        r"[34679ACDEFGHJKMNPQRTWXY]{2}-[34679ACDEFGHJKMNPQRTWXY]{4}", new_check_id()
    )
    for confusable in "0O1IL5S2Z8BUV":
        assert confusable not in CHECK_ID_ALPHABET
    letters = itertools.cycle("K74QX9")
    assert new_check_id(lambda _alphabet: next(letters)) == "K7-4QX9"


def test_check_ids_are_random_not_derived_from_the_machine():
    ids = {new_check_id() for _ in range(200)}
    assert len(ids) > 190


def test_next_step_per_precaution_ok_and_incident():
    for item in PRECAUTIONS:
        assert next_step(CheckResult(item, CheckState.ATTENTION, "x")) == NEXT_STEPS[item.id]
        assert next_step(CheckResult(item, CheckState.OK, "x")) == NEXT_STEP_OK
    review = PRECAUTIONS[4]
    assert review.id is PrecautionId.ACCOUNT_REVIEW
    incident = CheckResult(review, CheckState.RISK, "check.review_incident")
    assert next_step(incident) == NEXT_STEP_INCIDENT


def test_bookmarks_are_broker_names_only_unless_addresses_are_asked_for():
    bookmarks = [
        Bookmark("https://www.sbisec.co.jp/?session=abc", "my SBI", "sbi", id=1),
        Bookmark("https://m.sbisec.co.jp/", "SBI phone", "sbi", id=2),
        Bookmark("https://example.com/", "cooking", None, id=3),
    ]
    names_only = report_bookmarks(bookmarks, include_addresses=False)
    assert [(b.broker_id, b.address) for b in names_only] == [("sbi", None)]
    with_addresses = report_bookmarks(bookmarks, include_addresses=True)
    assert [b.address for b in with_addresses] == [b.url for b in bookmarks]


def test_report_keeps_the_seven_in_order_with_their_next_steps():
    results = current_results(Progress(), StoredData.read())
    report = build_report(
        results, created="2026-12-02T10:00:00+09:00", version="9", language="ja", check_id="K7-4QX9"
    )
    assert [line.result.precaution.number for line in report.lines] == [1, 2, 3, 4, 5, 6, 7]
    assert report.lines[1].next_step_id == "next.bookmarks"
