"""One serial worker thread for keyring calls, with a timeout.

Keyring calls can block for minutes (an unlock prompt the person has not
seen), so they never run on the UI thread.  One thread, in order, because
the Secret Service and Windows Credential Manager are not built for
concurrent writers and the vault's record-then-index writes must not
interleave.  The thread is a daemon: a call stuck in a prompt must not keep
the process alive after the person quits.

The timeout bounds one keyring call, not a whole job: a job that makes many
calls (an import of 500 bookmarks) passes a ``Heartbeat`` that the vault
beats after every answer, and the wait restarts with each beat.
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


class Heartbeat:
    """Beaten from the worker each time the keyring answers; thread-safe."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._beats = 0

    def beat(self) -> None:
        with self._condition:
            self._beats += 1
            self._condition.notify_all()

    def wait_until(self, done: Callable[[], bool], quiet_seconds: float) -> bool:
        """Wait until ``done()``; False once ``quiet_seconds`` pass without a beat."""
        with self._condition:
            while not done():
                seen = self._beats
                if not self._condition.wait_for(
                    lambda seen=seen: done() or self._beats != seen,  # type: ignore[misc]
                    timeout=quiet_seconds,
                ):
                    return False
        return True


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

    def call(
        self,
        function: Callable[[], T],
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        *,
        heartbeat: Heartbeat | None = None,
    ) -> T:
        """Run ``function`` on the worker and wait for it (CLI only: never from the UI thread).

        ``StorageSlow`` once ``timeout`` passes, counted from the start or,
        with a ``heartbeat``, from its last beat.
        """
        future = self.submit(function)
        if heartbeat is None:
            try:
                return future.result(timeout=timeout)
            except FutureTimeout as exc:
                raise StorageSlow(seconds=f"{timeout:g}") from exc
        future.add_done_callback(lambda _done: heartbeat.beat())
        if not heartbeat.wait_until(future.done, timeout):
            raise StorageSlow(seconds=f"{timeout:g}")
        return future.result()

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
