"""Running a pure-Python call off the UI thread and getting its result back as a signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class BackgroundCall(QObject):
    """One call on Qt's thread pool.

    Signals:
    progress(int, int): done and total, when the call reports them (``report_progress``,
        safe to call from the worker thread).
    finished(object): the call's return value, on the UI thread.
    failed(object): the exception it raised, on the UI thread.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def report_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def __init__(self, function: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function = function

    def start(self, pool: QThreadPool | None = None) -> None:
        finished, failed, function = self.finished, self.failed, self._function

        class _Task(QRunnable):
            def run(self) -> None:
                try:
                    result = function()
                except Exception as exc:  # noqa: BLE001 - handed to the UI as a signal
                    failed.emit(exc)
                else:
                    finished.emit(result)

        (pool or QThreadPool.globalInstance()).start(_Task())
