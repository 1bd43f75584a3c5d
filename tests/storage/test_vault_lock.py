"""The lock around vault writes, and imports that stop part-way."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from secguard.core.bookmarks import new_bookmark
from secguard.storage.errors import LockUnavailable, StorageUnavailable, VaultBusy
from secguard.storage.vault import KeyringVault
from secguard.storage.vault_lock import VaultLock
from tests.storage.fakes import FaultyKeyring, MemoryKeyring


def test_a_second_writer_waits_with_a_bound_then_says_busy_and_writes_nothing(tmp_path: Path):
    backend = MemoryKeyring()
    holder = VaultLock(tmp_path, "secguard")
    # Another process's lock: a second lock object has its own file handle,
    # and flock excludes it exactly as it would another process.
    waiting = KeyringVault(backend, lock=VaultLock(tmp_path, "secguard", wait_seconds=0.05))
    with holder.held():
        with pytest.raises(VaultBusy) as info:
            waiting.add_bookmark(new_bookmark("https://www.sbisec.co.jp/"))
        assert info.value.params["seconds"] == "0.05"
    assert [call for call in backend.calls if call[0] == "set"] == []
    assert waiting.add_bookmark(new_bookmark("https://www.sbisec.co.jp/")).id == 1


def test_services_have_separate_locks(tmp_path: Path):
    other = VaultLock(tmp_path, "a-brokerage-preset", wait_seconds=0.05)
    with VaultLock(tmp_path, "secguard").held(), other.held():
        assert other.path != VaultLock(tmp_path, "secguard").path


def test_no_lock_file_means_no_write(tmp_path: Path):
    (tmp_path / "not-a-directory").write_text("", encoding="utf-8")
    backend = MemoryKeyring()
    vault = KeyringVault(backend, lock=VaultLock(tmp_path / "not-a-directory", "secguard"))
    with pytest.raises(LockUnavailable):
        vault.add_bookmark(new_bookmark("https://www.sbisec.co.jp/"))
    assert backend.entries == {}
    assert vault.load().bookmarks == [], "reading needs no lock"


def test_an_import_cut_short_reports_exactly_what_is_stored_and_a_rerun_completes_it():
    backend = FaultyKeyring()
    vault = KeyringVault(backend, service="secguard-test")
    incoming = [new_bookmark(f"https://www{n}.example.co.jp/") for n in range(50)]
    seen: list[tuple[int, int]] = []
    backend.fail_on_set = 31  # within the second chunk (21 record + index sets come first)
    with pytest.raises(StorageUnavailable):
        vault.import_bookmarks(incoming, progress=lambda done, total: seen.append((done, total)))
    done = seen[-1][0]
    assert seen[-1][1] == 50
    assert len(vault.load().bookmarks) == done, "the count said is the count stored"
    backend.fail_on_set = None
    added, skipped = vault.import_bookmarks(incoming)
    assert (len(added), skipped) == (50 - done, done)
    urls = [b.url for b in vault.load().bookmarks]
    assert sorted(urls) == sorted(b.url for b in incoming), "all 50, none twice"


def test_a_stop_request_ends_an_import_between_two_entries():
    vault = KeyringVault(MemoryKeyring())
    stop = threading.Event()
    incoming = [new_bookmark(f"https://www{n}.example.co.jp/") for n in range(30)]

    def progress(done: int, _total: int) -> None:
        if done == 7:
            stop.set()

    added, _ = vault.import_bookmarks(incoming, progress=progress, stop=stop)
    assert len(added) == 7
    assert len(vault.load().bookmarks) == 7
