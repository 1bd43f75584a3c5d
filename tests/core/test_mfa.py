"""Step 3: MFA answers in the account record, the per-broker guidance and the overview state."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from secguard.core.accounts import AccountRecord, Answer, new_account, with_mfa_answers
from secguard.core.bookmarks import new_bookmark
from secguard.core.brokers import parse_directory
from secguard.core.checklist import CheckState
from secguard.core.checks import current_results, mfa_result
from secguard.core.mfa import (
    METHOD_NAMES,
    METHOD_WHY,
    MfaMethod,
    broker_guidance,
    guidance_for,
    method_from,
    ranked,
)
from secguard.core.progress import Progress
from secguard.core.stored import StoredData
from secguard.i18n import MESSAGES
from secguard.resources import broker_directory

AT = "2026-12-02T09:00:00+00:00"
SOURCE = {"url": "https://example.co.jp/mfa", "kind": "official", "checked": "2026-11-24"}


def _broker(broker_id: str, mfa: dict[str, object] | None) -> dict[str, object]:
    entry: dict[str, object] = {
        "id": broker_id,
        "names": {"ja": broker_id, "en": broker_id},
        "domains": [{"domain": f"{broker_id}.co.jp", "source": SOURCE}],
        "site_url": f"https://www.{broker_id}.co.jp/",
        "contact_page": {
            "url": f"https://www.{broker_id}.co.jp/contact",
            "where": {"ja": "お問い合わせ", "en": "Contact"},
            "source": SOURCE,
        },
    }
    if mfa is not None:
        entry["mfa"] = mfa
    return entry


DIRECTORY = parse_directory(
    {
        "schema": 1,
        "brokers": [
            _broker(
                "keyed",
                {
                    "methods": ["email", "passkey", "totp"],
                    "settings_url": "https://www.keyed.co.jp/security",
                    "source": SOURCE,
                },
            ),
            _broker("codes", {"methods": ["sms", "email"], "settings_url": None, "source": SOURCE}),
            _broker("silent", None),
        ],
    }
)


def _answered(broker: str, mfa: str | None, method: str | None, notes: str | None) -> AccountRecord:
    account = new_account(f"My {broker}", broker, at=AT)
    return with_mfa_answers(
        account,
        None if mfa is None else Answer(mfa),
        None if method is None else MfaMethod(method),
        None if notes is None else Answer(notes),
        at=AT,
    )


def test_methods_rank_passkey_app_device_codes():
    assert ranked(["email", "sms", "device", "app", "passkey", "fax"]) == (
        MfaMethod.PASSKEY,
        MfaMethod.TOTP,
        MfaMethod.DEVICE,
        MfaMethod.EMAIL,
        MfaMethod.SMS,
    )
    assert method_from("app") is method_from("totp") is MfaMethod.TOTP
    for method in MfaMethod:
        assert METHOD_NAMES[method] in MESSAGES
        assert METHOD_WHY[method] in MESSAGES


def test_guidance_comes_from_the_directory_only():
    keyed = broker_guidance(DIRECTORY.by_id["keyed"], bookmark_url="https://www.keyed.co.jp/")
    assert [m.method for m in keyed.methods] == ["passkey", "totp", "email"]
    assert [m.best for m in keyed.methods] == [True, False, False]
    assert keyed.methods[0].why_id == "mfa.why_passkey"
    # The directory's settings page wins over the bookmark; neither comes from anywhere else.
    assert (keyed.settings_url, keyed.settings_from) == (
        "https://www.keyed.co.jp/security",
        "directory",
    )
    assert keyed.message_ids == ("mfa.notifications_unknown",)
    codes = broker_guidance(DIRECTORY.by_id["codes"], bookmark_url="https://www.codes.co.jp/")
    assert (codes.settings_url, codes.settings_from) == ("https://www.codes.co.jp/", "bookmark")
    assert codes.methods[0].why_id == "mfa.why_code"
    silent = broker_guidance(DIRECTORY.by_id["silent"])
    assert silent.methods == ()
    assert silent.message_ids == ("mfa.methods_unknown", "mfa.notifications_unknown")
    assert (silent.settings_url, silent.params) == (None, {"broker": "silent"})


def test_notifications_and_mandatory_date_when_the_directory_has_them():
    # The directory's optional login_notifications / mandatory fields (being added).
    facts = SimpleNamespace(
        methods=("passkey",),
        settings_url=None,
        source=None,
        notifications=SimpleNamespace(exists=True, on_by_default=False),
        mandatory=SimpleNamespace(since="2025-10-15"),
    )
    broker = SimpleNamespace(id="x", mfa=facts)
    guidance = broker_guidance(broker)  # type: ignore[arg-type]
    assert guidance.message_ids == ("mfa.notifications_off_by_default", "mfa.mandatory_since")
    assert guidance.params == {"broker": "x", "date": "2025-10-15"}
    facts.notifications = SimpleNamespace(exists=False, on_by_default=None)
    assert broker_guidance(broker).message_ids[0] == "mfa.notifications_none"  # type: ignore[arg-type]
    for message_id in ("mfa.notifications_on_by_default", "mfa.notifications_exist"):
        assert message_id in MESSAGES


def test_guidance_for_the_persons_brokers_from_accounts_and_bookmarks():
    accounts = [
        new_account("A", "codes", at=AT),
        new_account("B", None, at=AT),
        new_account("C", "nowhere", at=AT),
    ]
    bookmarks = [
        new_bookmark("https://www.keyed.co.jp/", "K", "keyed"),
        new_bookmark("https://www.codes.co.jp/", "C", "codes"),
    ]
    found = guidance_for(DIRECTORY, accounts, bookmarks)
    assert [g.broker_id for g in found] == ["codes", "keyed"]
    assert found[0].settings_url == "https://www.codes.co.jp/"


@pytest.mark.parametrize(
    ("answers", "state", "findings"),
    [
        (("codes", None, None, None), "unknown", ["mfa.finding_not_answered"]),
        (("codes", "no", None, "yes"), "risk", ["mfa.finding_off"]),
        (("codes", "yes", "sms", "yes"), "attention", ["mfa.finding_codes_only"]),
        (("codes", "yes", "email", "yes"), "attention", ["mfa.finding_codes_only"]),
        (("codes", "yes", "totp", "yes"), "ok", []),
        (("codes", "yes", "totp", "no"), "attention", ["mfa.finding_notifications_off"]),
        (("codes", "yes", "totp", None), "attention", ["mfa.finding_notifications_unanswered"]),
        (
            ("codes", "yes", "totp", "unknown"),
            "attention",
            ["mfa.finding_notifications_unanswered"],
        ),
        (
            ("codes", "unknown", None, "yes"),
            "attention",
            ["mfa.finding_unsure", "mfa.finding_method_unknown"],
        ),
        (("codes", "yes", "device", "yes"), "attention", ["mfa.finding_device_only"]),
        (("keyed", "yes", "passkey", "yes"), "ok", []),
        (("keyed", "yes", "totp", "yes"), "attention", ["mfa.finding_passkey_not_used"]),
        (
            ("keyed", "yes", "email", "yes"),
            "attention",
            ["mfa.finding_codes_only", "mfa.finding_passkey_not_used"],
        ),
        (("silent", "yes", "passkey", "yes"), "ok", []),
    ],
)
def test_one_account_standing(
    answers: tuple[str, str | None, str | None, str | None], state: str, findings: list[str]
):
    account = _answered(*answers)
    standing = mfa_result(StoredData.read(accounts=[account]), DIRECTORY).details["accounts"][0]
    assert (standing["state"], standing["findings"]) == (state, findings)
    assert all(f in MESSAGES for f in findings)


def test_step_3_over_several_accounts():
    ok = _answered("codes", "yes", "totp", "yes")
    weak = _answered("codes", "yes", "sms", "yes")
    off = _answered("keyed", "no", None, "no")
    unanswered = new_account("Later", "codes", at=AT)
    assert mfa_result(StoredData.loading()).message_id == "check.not_checked_yet"
    assert mfa_result(StoredData.read(accounts=[])).state is CheckState.UNKNOWN
    assert (
        mfa_result(StoredData.read(accounts=[unanswered])).state,
        mfa_result(StoredData.read(accounts=[unanswered])).message_id,
    ) == (
        CheckState.UNKNOWN,
        "check.mfa_not_answered",
    )
    risky = mfa_result(StoredData.read(accounts=[ok, weak, off]), DIRECTORY)
    assert (risky.state, risky.message_id, dict(risky.params)) == (
        CheckState.RISK,
        "check.mfa_risk",
        {"count": "1"},
    )
    assert mfa_result(StoredData.read(accounts=[ok, weak]), DIRECTORY).state is CheckState.ATTENTION
    assert (
        mfa_result(StoredData.read(accounts=[ok, unanswered]), DIRECTORY).state
        is CheckState.ATTENTION
    )
    good = mfa_result(
        StoredData.read(accounts=[ok, _answered("keyed", "yes", "passkey", "yes")]), DIRECTORY
    )
    assert (good.state, good.message_id, dict(good.params)) == (
        CheckState.OK,
        "check.mfa_ok",
        {"count": "2"},
    )
    for message_id in (
        "check.mfa_risk",
        "check.mfa_ok",
        "check.mfa_attention",
        "check.mfa_not_answered",
    ):
        assert message_id in MESSAGES


def test_details_hold_the_answers_and_no_secret():
    account = AccountRecord(
        label="SBI",
        broker_id="sbi",
        login_id="user-0042",
        mfa_enabled=Answer.YES,
        mfa_method=MfaMethod.PASSKEY,
        login_notifications=Answer.YES,
        password_fingerprint="scrypt$abc",
        id=7,
    )
    details = mfa_result(StoredData.read(accounts=[account]), broker_directory()).details[
        "accounts"
    ]
    text = json.dumps(details)
    assert json.loads(text) == [
        {
            "id": 7,
            "label": "SBI",
            "broker_id": "sbi",
            "mfa_enabled": "yes",
            "method": "passkey",
            "login_notifications": "yes",
            "state": "ok",
            "findings": [],
        }
    ]
    assert "user-0042" not in text
    assert "scrypt" not in text


def test_the_overview_and_check_json_see_step_3():
    account = _answered("keyed", "no", None, "yes")
    results = current_results(Progress(), StoredData.read(accounts=[account]), directory=DIRECTORY)
    assert results[2].precaution.number == 3
    assert results[2].state is CheckState.RISK


def test_answers_are_stored_and_old_records_still_load():
    answered = with_mfa_answers(
        new_account("x", at=AT), Answer.YES, MfaMethod.TOTP, Answer.NO, at=AT
    )
    assert (answered.mfa_enabled, answered.mfa_method, answered.login_notifications) == (
        "yes",
        "totp",
        "no",
    )
    # MFA off: no method is kept.
    assert with_mfa_answers(answered, Answer.NO, MfaMethod.SMS, None, at=AT).mfa_method is None
    # What storage hands back: a record from before step 3 (no fields, or true/false),
    # and values from a newer secguard, all load; unknown values read as "not answered".
    assert AccountRecord(label="old").mfa_enabled is None
    legacy = AccountRecord(label="old", mfa_enabled=True, login_notifications=False)  # type: ignore[arg-type]
    assert (legacy.mfa_enabled, legacy.login_notifications) == (Answer.YES, Answer.NO)
    newer = AccountRecord(label="new", mfa_enabled="maybe", mfa_method="fido3")  # type: ignore[arg-type]
    assert (newer.mfa_enabled, newer.mfa_method) == (None, None)
    assert AccountRecord(label="s", mfa_method="app").mfa_method is MfaMethod.TOTP  # type: ignore[arg-type]
