from __future__ import annotations

import threading

import pytest

from secguard.core.bookmarks import new_bookmark
from secguard.storage.errors import StorageSlow
from secguard.storage.vault import KeyringVault
from secguard.storage.worker import SerialWorker
from tests.storage.fakes import FaultyKeyring


def test_calls_run_in_order_on_one_thread():
    worker = SerialWorker()
    seen: list[tuple[int, str]] = []
    futures = [
        worker.submit(lambda n=n: seen.append((n, threading.current_thread().name)))
        for n in range(20)
    ]
    for future in futures:
        future.result(timeout=5)
    assert [n for n, _ in seen] == list(range(20))
    assert {name for _, name in seen} == {"secguard-keyring"}
    assert threading.current_thread().name != "secguard-keyring"


def test_exceptions_reach_the_caller():
    worker = SerialWorker()
    with pytest.raises(ZeroDivisionError):
        worker.call(lambda: 1 / 0, timeout=5)


def test_a_hanging_keyring_is_slow_not_a_hang():
    backend = FaultyKeyring()
    backend.hanging = True
    worker = SerialWorker()
    vault = KeyringVault(backend)
    try:
        with pytest.raises(StorageSlow) as info:
            worker.call(vault.load, timeout=0.2)
        assert info.value.params["seconds"] == "0.2"
    finally:
        backend.hang.set()  # the prompt is finally answered
    # The worker then carries on with the next call.
    backend.hanging = False
    stored = worker.call(lambda: vault.add_bookmark(new_bookmark("https://www.sbisec.co.jp/")))
    assert stored.id == 1
