"""The window's one probe run of steps 6 and 7: off the UI thread, once after start-up,
again when the person asks; its report feeds the overview and both pages.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, SignalInstance

from secguard.core.checklist import CheckResult, CheckState, PrecautionId
from secguard.core.errors import SecguardError

if TYPE_CHECKING:
    from secguard.core.system.probes import SystemReport
    from secguard.core.system.runner import SystemAccess

SYSTEM_STEPS = (PrecautionId.UPDATES, PrecautionId.ANTI_MALWARE)
CHECKING = "system.checking"


def _probe(system: SystemAccess | None, now: datetime) -> SystemReport:
    """On the worker thread: the imports, the support table and the probes themselves."""
    from secguard.core.system.probes import probe_system
    from secguard.core.system.runner import LocalSystem
    from secguard.resources import os_support_table

    return probe_system(system or LocalSystem(), os_support_table(), now)


class _ProbeThread(QObject):
    """One probe run on a daemon thread, its result signalled back to the UI thread.

    Not ``BackgroundCall``: Qt's thread pool keeps the process alive until
    its tasks end, and a Windows Update search may take minutes.  Closing
    secguard must not wait for it (the probes only read; a command left
    running ends at its own timeout).

    Signals:
    finished(object): the call's return value.
    failed(object): the exception it raised.
    """

    finished = Signal(object)
    failed = Signal(object)

    def start(self, function: Callable[[], Any]) -> None:
        finished, failed = self.finished, self.failed

        def run() -> None:
            try:
                result = function()
            except Exception as exc:  # noqa: BLE001 - handed to the UI as a signal
                _emit(failed, exc)
            else:
                _emit(finished, result)

        threading.Thread(target=run, name="secguard-probes", daemon=True).start()


def _emit(signal: SignalInstance, value: object) -> None:
    try:
        signal.emit(value)
    except RuntimeError:  # the window closed while the probes ran: nobody to tell
        return


class SystemCheck(QObject):
    """Runs ``probe_system`` off the UI thread; one run at a time.

    ``system`` is the machine to probe (None: this one, ``LocalSystem``);
    ``clock`` gives now as ISO 8601, like the window's.

    Signals:
    started(): a run began; ``running`` is True until ``finished``.
    finished(object): the ``SystemReport``; a run that failed is one too, unknown with why.
    """

    started = Signal()
    finished = Signal(object)

    def __init__(
        self,
        system: SystemAccess | None,
        clock: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._system = system
        self._clock = clock
        self._call: _ProbeThread | None = None
        self._now = datetime.fromisoformat(clock())
        self.report: SystemReport | None = None

    @property
    def platform(self) -> str:
        """The probed machine's ``sys.platform``: which settings its pages can open."""
        return self._system.platform if self._system is not None else sys.platform

    @property
    def running(self) -> bool:
        return self._call is not None

    def run(self) -> None:
        """Start a run unless one is running; returns at once."""
        if self._call is not None:
            return
        system, now = self._system, datetime.fromisoformat(self._clock())
        self._now = now
        call = _ProbeThread(self)
        call.finished.connect(self._done)
        call.failed.connect(self._failed)
        self._call = call
        call.start(lambda: _probe(system, now))
        self.started.emit()

    def _done(self, report: SystemReport) -> None:
        if self._call is not None:
            self._call.deleteLater()
        self._call = None
        self.report = report
        self.finished.emit(report)

    def _failed(self, error: BaseException) -> None:
        from secguard.core.system.probes import failed_run

        if isinstance(error, SecguardError):
            self._done(failed_run(self._now, error.message_id, **error.params))
        else:
            self._done(failed_run(self._now))


def while_checking(results: Sequence[CheckResult], running: bool) -> list[CheckResult]:
    """Steps 6 and 7 say "checking" while a run is under way (the overview shows it)."""
    if not running:
        return list(results)
    return [
        CheckResult(result.precaution, CheckState.UNKNOWN, CHECKING)
        if result.precaution.id in SYSTEM_STEPS
        else result
        for result in results
    ]
