"""The UI's way to the keyring: calls run on the serial worker, results come back as signals."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from secguard.storage.errors import StorageError, StorageSlow, StorageState

if TYPE_CHECKING:
    from concurrent.futures import Future

    from secguard.storage.vault import KeyringVault
    from secguard.storage.worker import SerialWorker

DEFAULT_SLOW_AFTER_MS = 5000


class VaultClient(QObject):
    """Runs vault calls off the UI thread, in order, and reports back.

    A call that has not finished after ``slow_after_ms`` is reported as slow
    (often an unlock prompt the person has not seen); its result is still
    delivered if it comes later.  A long call that reports progress (an
    import) restarts that wait with every report: it is slow only when the
    keyring stops answering, not because the file is large.

    Signals:
    succeeded(int, object): request id and the call's result.
    failed(int, object): request id and the ``StorageError`` (or other exception).
    slow(int, object): request id and a ``StorageSlow`` for the banner.
    state_changed(str): the storage state after a call ("available", "locked", ...).

    ``vault`` is the vault itself or a function that opens it: the app passes
    the function, which runs on the worker at the first call, so neither the
    vault's modules nor the worker thread are paid for before the window is
    first painted (the first call comes after it).
    """

    succeeded = Signal(int, object)
    failed = Signal(int, object)
    slow = Signal(int, object)
    state_changed = Signal(str)
    _finished = Signal(int, object)  # from the worker thread, queued to this one
    _progressed = Signal(int, int, int)  # request id, done, total; from the worker thread

    def __init__(
        self,
        vault: KeyringVault | Callable[[], KeyringVault],
        worker: SerialWorker | None = None,
        slow_after_ms: int = DEFAULT_SLOW_AFTER_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault: KeyringVault | None = None if callable(vault) else vault
        self._open_vault = vault if callable(vault) else None
        self._worker = worker
        self._slow_after_ms = slow_after_ms
        self._ids = itertools.count(1)
        self._timers: dict[int, QTimer] = {}
        self._callbacks: dict[
            int, tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None]
        ] = {}
        self._progress_callbacks: dict[int, Callable[[int, int], None]] = {}
        self.state = StorageState.AVAILABLE
        self._finished.connect(self._on_finished)
        self._progressed.connect(self._on_progressed)

    def request(
        self,
        call: Callable[[KeyringVault], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> int:
        """Queue ``call(vault)``; the callbacks run on the UI thread when it ends."""
        return self._queue(next(self._ids), call, on_success, on_failure)

    def _queue(
        self,
        request_id: int,
        call: Callable[[KeyringVault], Any],
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None] | None,
    ) -> int:
        self._callbacks[request_id] = (on_success, on_failure)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._on_slow(request_id))
        timer.start(self._slow_after_ms)
        self._timers[request_id] = timer
        if self._worker is None:
            from secguard.storage.worker import SerialWorker

            self._worker = SerialWorker()
        future = self._worker.submit(lambda: call(self._opened_vault()))
        future.add_done_callback(lambda done: self._finished.emit(request_id, done))
        return request_id

    def _opened_vault(self) -> KeyringVault:
        # On the worker thread, which runs one call at a time: opened once.
        if self._vault is None and self._open_vault is not None:
            self._vault = self._open_vault()
        if self._vault is None:
            raise RuntimeError("VaultClient has neither a vault nor a way to open one")
        return self._vault

    def request_with_progress(
        self,
        call: Callable[[KeyringVault, Callable[[int, int], None]], Any],
        on_progress: Callable[[int, int], None],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> int:
        """Like ``request``; ``call`` also gets a ``report(done, total)`` to call on the
        worker, and ``on_progress(done, total)`` runs on the UI thread for each report."""
        request_id = next(self._ids)  # reserved here so reports can name it
        self._progress_callbacks[request_id] = on_progress

        def report(done: int, total: int) -> None:
            self._progressed.emit(request_id, done, total)

        return self._queue(request_id, lambda vault: call(vault, report), on_success, on_failure)

    @Slot(int, int, int)
    def _on_progressed(self, request_id: int, done: int, total: int) -> None:
        timer = self._timers.get(request_id)
        if timer is not None:
            timer.start(self._slow_after_ms)  # the keyring is answering
        if self.state is StorageState.SLOW:
            self._set_state(StorageState.AVAILABLE)
        callback = self._progress_callbacks.get(request_id)
        if callback is not None:
            callback(done, total)

    def _set_state(self, state: StorageState) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state.value)

    def _on_slow(self, request_id: int) -> None:
        if request_id in self._timers:
            self._set_state(StorageState.SLOW)
            self.slow.emit(request_id, StorageSlow(seconds=f"{self._slow_after_ms / 1000:g}"))

    @Slot(int, object)
    def _on_finished(self, request_id: int, future: Future[Any]) -> None:
        timer = self._timers.pop(request_id, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()
        on_success, on_failure = self._callbacks.pop(request_id, (None, None))
        # Reports still queued behind this result are delivered first.
        QTimer.singleShot(0, self, lambda: self._progress_callbacks.pop(request_id, None))
        error = future.exception()
        if error is None:
            self._set_state(StorageState.AVAILABLE)
            if on_success is not None:
                on_success(future.result())
            self.succeeded.emit(request_id, future.result())
            return
        # Too large / not found are about the entry, not the keyring's state.
        if isinstance(error, StorageError) and error.state is not StorageState.AVAILABLE:
            self._set_state(error.state)
        if on_failure is not None:
            on_failure(error)
        self.failed.emit(request_id, error)
