"""The keyring vault, against an in-memory backend and the real gnome-keyring."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import pytest

from secguard.core.accounts import new_account
from secguard.core.bookmarks import new_bookmark
from secguard.storage.errors import (
    RecordNotFound,
    RecordTooLarge,
    StorageLocked,
    StorageUnavailable,
)
from secguard.storage.vault import (
    INDEX_KEY,
    MAX_ENTRY_BYTES,
    KeyringVault,
    unusable_backend_reason,
)
from tests.storage.fakes import FaultyKeyring, MemoryKeyring

AT = "2026-12-02T09:00:00+00:00"


def test_empty_vault_loads_empty(vault: KeyringVault):
    contents = vault.load()
    assert contents.bookmarks == []
    assert contents.accounts == []
    assert contents.set_aside == []


def test_bookmarks_round_trip(vault: KeyringVault):
    first = vault.add_bookmark(new_bookmark("https://www.sbisec.co.jp/", "SBI", "sbi"))
    second = vault.add_bookmark(new_bookmark("www.rakuten-sec.co.jp", None, "rakuten"))
    assert (first.id, second.id) == (1, 2)
    loaded = vault.load().bookmarks
    assert [b.url for b in loaded] == [
        "https://www.sbisec.co.jp/",
        "https://www.rakuten-sec.co.jp/",
    ]
    assert loaded[0].label == "SBI"
    assert loaded[0].broker_id == "sbi"
    assert loaded[1].label == "www.rakuten-sec.co.jp"
    assert loaded[0].created


def test_update_and_remove(vault: KeyringVault):
    stored = vault.add_bookmark(new_bookmark("https://www.matsui.co.jp/", "Matsui"))
    vault.update_bookmark(stored.__class__(**{**stored.__dict__, "label": "松井証券"}))
    assert vault.load().bookmarks[0].label == "松井証券"
    vault.remove_bookmark(stored.id)
    assert vault.load().bookmarks == []
    with pytest.raises(RecordNotFound):
        vault.remove_bookmark(stored.id)


def test_accounts_are_kept_apart_from_bookmarks(vault: KeyringVault):
    vault.add_bookmark(new_bookmark("https://www.monex.co.jp/"))
    account = vault.add_account(new_account("My Monex", "monex", login_id="user01", at=AT))
    contents = vault.load()
    assert [a.label for a in contents.accounts] == ["My Monex"]
    assert contents.accounts[0].login_id == "user01"
    assert contents.accounts[0].id == account.id
    assert len(contents.bookmarks) == 1
    with pytest.raises(RecordNotFound):
        vault.remove_bookmark(account.id)


def test_record_too_large_is_refused_before_anything_is_written(vault: KeyringVault):
    vault.add_bookmark(new_bookmark("https://www.daiwa.jp/"))
    long_url = "https://www.daiwa.jp/" + "a" * 1500
    with pytest.raises(RecordTooLarge) as info:
        vault.add_bookmark(new_bookmark(long_url))
    assert int(info.value.params["size"]) > MAX_ENTRY_BYTES
    contents = vault.load()
    assert [b.url for b in contents.bookmarks] == ["https://www.daiwa.jp/"]
    assert contents.set_aside == []


def test_two_hundred_ids_stay_a_small_index(vault: KeyringVault, backend: Any):
    if not isinstance(backend, MemoryKeyring):
        pytest.skip("size bookkeeping only; the real keyring is covered by the benchmark")
    for number in range(200):
        vault.add_bookmark(new_bookmark(f"https://example{number}.co.jp/"))
    index = backend.entries[(vault.service, INDEX_KEY)]
    assert json.loads(index)["bookmark"] == [[1, 200]]
    assert len(vault.load().bookmarks) == 200


# --- damaged and interrupted -------------------------------------------------------


def _raw(vault: KeyringVault, backend: Any, key: str, value: str) -> None:
    backend.set_password(vault.service, key, value)


def test_unreadable_record_is_set_aside_and_kept(vault: KeyringVault, backend: Any):
    good = vault.add_bookmark(new_bookmark("https://www.nomura.co.jp/"))
    bad = vault.add_bookmark(new_bookmark("https://www.smbcnikko.co.jp/"))
    _raw(vault, backend, f"record:{bad.id}", "{not json")
    contents = vault.load()
    assert [b.id for b in contents.bookmarks] == [good.id]
    assert [(s.key, s.reason) for s in contents.set_aside] == [
        (f"record:{bad.id}", "storage.record_unreadable")
    ]
    assert backend.get_password(vault.service, f"record:{bad.id}") == "{not json"


def test_unknown_schema_version_is_set_aside_not_deleted(vault: KeyringVault, backend: Any):
    record = vault.add_bookmark(new_bookmark("https://www.nomura.co.jp/"))
    future = json.dumps({"schema": 99, "kind": "bookmark", "id": record.id, "data": {}})
    _raw(vault, backend, f"record:{record.id}", future)
    contents = vault.load()
    assert contents.bookmarks == []
    assert contents.set_aside[0].reason == "storage.record_unreadable"
    assert backend.get_password(vault.service, f"record:{record.id}") == future


def test_index_entry_without_record_is_reported(vault: KeyringVault, backend: Any):
    record = vault.add_bookmark(new_bookmark("https://www.nomura.co.jp/"))
    backend.delete_password(vault.service, f"record:{record.id}")
    contents = vault.load()
    assert [(s.key, s.reason) for s in contents.set_aside] == [
        (f"record:{record.id}", "storage.record_missing")
    ]


def test_damaged_index_refuses_writes_and_rebuild_loses_nothing(vault: KeyringVault, backend: Any):
    vault.add_bookmark(new_bookmark("https://www.nomura.co.jp/"))
    vault.add_account(new_account("Nomura", at=AT))
    _raw(vault, backend, INDEX_KEY, "garbage")
    contents = vault.load()
    assert [s.reason for s in contents.set_aside] == ["storage.index_damaged"]
    with pytest.raises(Exception, match=r"storage\.index_damaged"):
        vault.add_bookmark(new_bookmark("https://www.daiwa.jp/"))
    rebuilt = vault.rebuild_index()
    assert [b.url for b in rebuilt.bookmarks] == ["https://www.nomura.co.jp/"]
    assert [a.label for a in rebuilt.accounts] == ["Nomura"]
    assert backend.get_password(vault.service, "index.damaged") == "garbage"


def test_write_interrupted_between_record_and_index_is_repaired():
    backend = FaultyKeyring()
    vault = KeyringVault(backend, service="secguard-test")
    vault.add_bookmark(new_bookmark("https://www.sbisec.co.jp/"))
    backend.fail_on_set = 4  # 3rd set writes record 2; the 4th, its index, fails
    with pytest.raises(StorageUnavailable):
        vault.add_bookmark(new_bookmark("https://www.monex.co.jp/"))
    contents = vault.load()  # "next start"
    assert [b.url for b in contents.bookmarks] == [
        "https://www.sbisec.co.jp/",
        "https://www.monex.co.jp/",
    ]
    assert contents.repaired == ["record:2"]
    # The next add does not overwrite the repaired record.
    third = vault.add_bookmark(new_bookmark("https://www.matsui.co.jp/"))
    assert third.id == 3
    assert len(vault.load().bookmarks) == 3


# --- states --------------------------------------------------------------------------


def test_locked_keyring_is_a_locked_state_and_nothing_is_lost():
    backend = FaultyKeyring()
    vault = KeyringVault(backend, service="secguard-test")
    vault.add_bookmark(new_bookmark("https://www.sbisec.co.jp/"))
    before = dict(backend.entries)
    backend.locked = True
    with pytest.raises(StorageLocked):
        vault.load()
    with pytest.raises(StorageLocked):
        vault.add_bookmark(new_bookmark("https://www.monex.co.jp/"))
    assert backend.entries == before
    backend.locked = False
    assert len(vault.load().bookmarks) == 1


def test_prompt_dismissed_init_error_means_locked():
    from keyring.errors import InitError

    class Dismissed(MemoryKeyring):
        def get_password(self, service: str, key: str) -> str | None:
            raise InitError("Failed to create the collection: Prompt dismissed..")

    with pytest.raises(StorageLocked):
        KeyringVault(Dismissed()).load()


@pytest.mark.parametrize(
    ("backend_path", "reason"),
    [
        ("keyring.backends.fail.Keyring", "storage.no_backend"),
        ("keyring.backends.null.Keyring", "storage.no_backend"),
    ],
)
def test_fail_and_null_backends_are_unavailable(backend_path: str, reason: str):
    module_name, class_name = backend_path.rsplit(".", 1)
    module = __import__(module_name, fromlist=[class_name])
    backend = getattr(module, class_name)()
    assert unusable_backend_reason(backend) == reason
    with pytest.raises(StorageUnavailable) as info:
        KeyringVault(backend).add_bookmark(new_bookmark("https://www.sbisec.co.jp/"))
    assert info.value.message_id == reason


def test_keyrings_alt_and_a_real_chainer_member_are_judged_by_their_class():
    # keyring's ChainerBackend tries each member in turn: every one must be usable.
    from keyring.backends import fail

    from secguard.storage.backends import _chainer_reason

    assert _chainer_reason(SimpleNamespace(backends=[])) == "storage.no_backend"
    assert _chainer_reason(SimpleNamespace(backends=[fail.Keyring()])) == "storage.no_backend"


def test_objects_that_are_not_keyring_backends_are_the_programs_own():
    # The tests' and the self-test's in-memory keyrings; keyring's own plug-ins
    # are judged in tests/cli/test_keyring_backends.py, in a child process.
    assert unusable_backend_reason(MemoryKeyring()) is None


def test_unexpected_backend_exception_is_unavailable_with_its_type():
    class Broken(MemoryKeyring):
        def get_password(self, service: str, key: str) -> str | None:
            raise RuntimeError("dbus went away")

    with pytest.raises(StorageUnavailable) as info:
        KeyringVault(Broken()).load()
    assert info.value.params["detail"] == "RuntimeError"


def test_bulk_and_per_entry_reads_agree(vault: KeyringVault, backend: Any):
    """On the real Secret Service load() reads everything in one session; same answer."""
    vault.add_bookmark(new_bookmark("https://www.sbisec.co.jp/", "SBI"))
    vault.add_account(new_account("SBI account", "sbi", at=AT))
    broken = vault.add_bookmark(new_bookmark("https://www.monex.co.jp/"))
    _raw(vault, backend, f"record:{broken.id}", "{broken")
    per_entry = KeyringVault(backend, service=vault.service, bulk_read=False).load()
    assert vault.load() == per_entry
    assert len(per_entry.bookmarks) == 1
    assert len(per_entry.set_aside) == 1


def test_fingerprint_key_is_created_once_and_never_replaced(vault: KeyringVault, backend: Any):
    first = vault.fingerprint_key()
    assert len(first) == 32
    assert vault.fingerprint_key() == first
    _raw(vault, backend, "fingerprint-key", "not hex")
    with pytest.raises(Exception, match=r"storage\.fingerprint_key_damaged"):
        vault.fingerprint_key()
    assert backend.get_password(vault.service, "fingerprint-key") == "not hex"
