"""One serial worker thread for keyring calls, with a timeout.

Keyring calls can block for minutes (an unlock prompt the person has not
seen), so they never run on the UI thread.  One thread, in order, because
the Secret Service and Windows Credential Manager are not built for
concurrent writers and the vault's record-then-index writes must not
interleave.  The thread is a daemon: a call stuck in a prompt must not keep
the process alive after the person quits.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

from secguard.storage.errors import StorageSlow

T = TypeVar("T")

DEFAULT_TIMEOUT_SECONDS = 20.0

_Job = tuple[Future[Any], Callable[[], Any]]


class SerialWorker:
    def __init__(self, name: str = "secguard-keyring") -> None:
        self._jobs: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self._name = name
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, function: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        self._jobs.put((future, function))
        self._ensure_thread()
        return future

    def call(self, function: Callable[[], T], timeout: float = DEFAULT_TIMEOUT_SECONDS) -> T:
        """Run ``function`` on the worker and wait for it (CLI only: never from the UI thread)."""
        future = self.submit(function)
        try:
            return future.result(timeout=timeout)
        except FutureTimeout as exc:
            raise StorageSlow(seconds=f"{timeout:g}") from exc

    def _ensure_thread(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            future, function = self._jobs.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(function())
            except BaseException as exc:  # noqa: BLE001 - handed to the caller
                future.set_exception(exc)
