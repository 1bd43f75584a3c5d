"""Step 3's answers in the stored account record, against memory and the real gnome-keyring."""

from __future__ import annotations

import json
from typing import Any

from secguard.core.accounts import Answer, new_account, with_mfa_answers
from secguard.core.mfa import MfaMethod
from secguard.storage.vault import KeyringVault

AT = "2026-12-02T09:00:00+00:00"


def test_answers_round_trip(vault: KeyringVault, backend: Any):
    stored = vault.add_account(new_account("楽天", "rakuten", at=AT))
    vault.update_account(
        with_mfa_answers(stored, Answer.YES, MfaMethod.PASSKEY, Answer.UNKNOWN, at=AT)
    )
    loaded = vault.load().accounts[0]
    assert (loaded.mfa_enabled, loaded.mfa_method, loaded.login_notifications) == (
        Answer.YES,
        MfaMethod.PASSKEY,
        Answer.UNKNOWN,
    )
    raw = json.loads(backend.get_password(vault.service, f"record:{stored.id}"))
    assert raw["data"]["mfa_enabled"] == "yes"
    assert raw["data"]["mfa_method"] == "passkey"
    assert raw["data"]["login_notifications"] == "unknown"


def test_records_written_before_step_3_still_load(vault: KeyringVault, backend: Any):
    first = vault.add_account(new_account("old one", "sbi", at=AT))
    second = vault.add_account(new_account("old two", "monex", at=AT))
    # As the first schema wrote them: no method field, answers as true/false or null.
    without = {"label": "old one", "broker_id": "sbi", "login_id": None}
    booleans = {"label": "old two", "mfa_enabled": True, "login_notifications": False}
    for record_id, data in ((first.id, without), (second.id, booleans)):
        text = json.dumps({"schema": 1, "kind": "account", "id": record_id, "data": data})
        backend.set_password(vault.service, f"record:{record_id}", text)
    contents = vault.load()
    assert contents.set_aside == []
    by_label = {a.label: a for a in contents.accounts}
    assert by_label["old one"].mfa_enabled is None
    assert by_label["old one"].mfa_method is None
    assert (by_label["old two"].mfa_enabled, by_label["old two"].login_notifications) == (
        Answer.YES,
        Answer.NO,
    )
