"""Entries that another program (or a damaged keyring) left under secguard's service name.

Each is set aside and reported, never deleted, and never stops the other
entries from being read.  Both against memory and the real gnome-keyring.
"""

from __future__ import annotations

import json
from contextlib import closing
from typing import Any

import pytest

from secguard.core.bookmarks import new_bookmark
from secguard.storage.vault import INDEX_KEY, KeyringVault


def _raw(vault: KeyringVault, backend: Any, key: str, value: str) -> None:
    backend.set_password(vault.service, key, value)


def _record(record_id: int, **data: Any) -> str:
    return json.dumps({"schema": 1, "kind": "bookmark", "id": record_id, "data": data})


@pytest.mark.parametrize(
    "stored",
    [
        "[" * 100_000,
        _record(2, url=12345, label="x"),
        _record(2, url=["https://www.monex.co.jp/"], label="x"),
        _record(2, url="https://www.monex.co.jp/", label={"a": 1}),
        _record(2, url="https://www.monex.co.jp/", label="x", broker_id="\x1b[2J\x1b[31mmonex"),
        _record(2, url="javascript:alert(1)", label="x"),
        _record(2, url="https://www.monex.co.jp/", label="x", created=10**30),
        '{"schema": 1, "kind": "bookmark", "id": 2, "data": {"url": ' + "9" * 5000 + "}}",
    ],
    ids=["nested", "url-number", "url-list", "label-object", "ansi-broker", "js", "big", "digits"],
)
def test_a_hostile_record_is_set_aside_and_the_rest_is_read(
    vault: KeyringVault, backend: Any, stored: str
):
    good = vault.add_bookmark(new_bookmark("https://www.sbisec.co.jp/", "SBI"))
    bad = vault.add_bookmark(new_bookmark("https://www.monex.co.jp/"))
    _raw(vault, backend, f"record:{bad.id}", stored)
    contents = vault.load()
    assert [b.id for b in contents.bookmarks] == [good.id]
    assert all(isinstance(b.url, str) for b in contents.bookmarks)
    assert [(s.key, s.reason) for s in contents.set_aside] == [
        (f"record:{bad.id}", "storage.record_unreadable")
    ]
    assert backend.get_password(vault.service, f"record:{bad.id}") == stored, "kept"


def test_a_deeply_nested_index_is_damaged_not_a_recursion_error(vault: KeyringVault, backend: Any):
    vault.add_bookmark(new_bookmark("https://www.sbisec.co.jp/"))
    _raw(vault, backend, INDEX_KEY, "[" * 100_000)
    assert [s.reason for s in vault.load().set_aside] == ["storage.index_damaged"]


def test_an_index_that_would_list_millions_of_ids_is_damaged(vault: KeyringVault, backend: Any):
    ranges = [[n * 100_000 + 1, (n + 1) * 100_000] for n in range(50)]
    _raw(vault, backend, INDEX_KEY, json.dumps({"schema": 1, "next_id": 1, "bookmark": ranges}))
    assert [s.reason for s in vault.load().set_aside] == ["storage.index_damaged"]


def test_a_nested_orphan_is_skipped_and_never_overwritten(vault: KeyringVault, backend: Any):
    vault.add_bookmark(new_bookmark("https://www.sbisec.co.jp/"))
    _raw(vault, backend, "record:2", "[" * 100_000)  # where the next add would go
    contents = vault.load()
    assert [(s.key, s.reason) for s in contents.set_aside] == [
        ("record:2", "storage.record_unreadable")
    ]
    assert vault.add_bookmark(new_bookmark("https://www.monex.co.jp/")).id == 3
    assert backend.get_password(vault.service, "record:2") == "[" * 100_000


# --- a secret that is not UTF-8 (only the Secret Service can hold raw bytes) --------------


def _store_bytes(service: str, key: str, secret: bytes) -> None:
    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        collection.create_item(key, {"service": service, "username": key}, secret, replace=True)


@pytest.mark.secret_service
@pytest.mark.parametrize("bulk_read", [True, False])
def test_a_non_utf8_secret_is_one_unreadable_entry(backend: Any, vault: KeyringVault, bulk_read):
    if not hasattr(backend, "get_preferred_collection"):
        pytest.skip("raw bytes need the Secret Service")
    good = vault.add_bookmark(new_bookmark("https://www.sbisec.co.jp/", "SBI"))
    bad = vault.add_bookmark(new_bookmark("https://www.monex.co.jp/"))
    _store_bytes(vault.service, f"record:{bad.id}", b"\xff\xfe not text")
    _store_bytes(vault.service, "an unrelated name", b"\x80\x81")
    reader = KeyringVault(backend, service=vault.service, bulk_read=bulk_read)
    contents = reader.load()
    assert [b.id for b in contents.bookmarks] == [good.id]
    assert [(s.key, s.reason) for s in contents.set_aside] == [
        (f"record:{bad.id}", "storage.record_unreadable")
    ]
    # Writing still works, and the unreadable entry is still there.
    assert reader.add_bookmark(new_bookmark("https://www.matsui.co.jp/")).id == 3
    assert len(reader.load().bookmarks) == 2
