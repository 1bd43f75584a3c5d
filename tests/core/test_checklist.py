from __future__ import annotations

import pytest

from secguard.core.checklist import (
    CHECK_FAILED,
    NOT_CHECKED_YET,
    PRECAUTIONS,
    CheckResult,
    CheckState,
    PrecautionId,
    precaution,
    run_checklist,
)


def test_seven_precautions_in_the_fsa_order():
    assert [item.number for item in PRECAUTIONS] == [1, 2, 3, 4, 5, 6, 7]
    assert [item.id.value for item in PRECAUTIONS] == [
        "no-links-in-messages",
        "use-bookmarks",
        "mfa-and-notifications",
        "strong-unique-passwords",
        "review-account",
        "keep-software-updated",
        "anti-malware",
    ]


def test_states_are_the_four_documented_ones():
    assert [state.value for state in CheckState] == ["ok", "attention", "risk", "unknown"]


def test_precaution_lookup_by_id():
    assert precaution(PrecautionId.PASSWORDS).number == 4


def test_a_precaution_without_a_check_is_unknown_not_ok():
    results = run_checklist({})
    assert len(results) == 7
    assert all(result.state is CheckState.UNKNOWN for result in results)
    assert all(result.message_id == NOT_CHECKED_YET for result in results)


def test_a_check_result_is_returned_in_its_place():
    def passwords_ok() -> CheckResult:
        return CheckResult(precaution(PrecautionId.PASSWORDS), CheckState.OK, "passwords.ok")

    results = run_checklist({PrecautionId.PASSWORDS: passwords_ok})
    assert results[3].state is CheckState.OK
    assert results[3].message_id == "passwords.ok"
    assert results[0].state is CheckState.UNKNOWN


def test_a_failing_check_is_unknown_and_the_others_still_run():
    def broken() -> CheckResult:
        raise RuntimeError("probe crashed with secret hunter2")

    def updates_ok() -> CheckResult:
        return CheckResult(precaution(PrecautionId.UPDATES), CheckState.OK, "updates.ok")

    results = run_checklist({PrecautionId.ANTI_MALWARE: broken, PrecautionId.UPDATES: updates_ok})
    assert results[6].state is CheckState.UNKNOWN
    assert results[6].message_id == CHECK_FAILED
    assert results[6].details == {"error": "RuntimeError"}
    assert "hunter2" not in repr(results[6])
    assert results[5].state is CheckState.OK


def test_results_are_immutable():
    result = CheckResult(PRECAUTIONS[0], CheckState.OK, "x", params={"a": "1"}, details={"b": 2})
    with pytest.raises(TypeError):
        result.details["b"] = 3  # type: ignore[index]
    with pytest.raises(TypeError):
        result.params["a"] = "2"  # type: ignore[index]
