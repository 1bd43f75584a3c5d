"""One crash handler: unexpected errors go to the log and to one dialog.

Expected problems are shown on a page's banner instead; this is for bugs.
The report never contains secrets (see ``core.crash_report``).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler, qVersion
from PySide6.QtWidgets import QApplication

from secguard import __version__
from secguard.core.crash_report import crash_report

if TYPE_CHECKING:
    from secguard.ui.crash_dialog import CrashDialog

log = logging.getLogger("secguard")
LOG_ROTATE_BYTES = 1_000_000


def setup_logging(log_file: Path) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    # Rotate once at start-up: enough for a desktop app, and it spares
    # start-up the import of logging.handlers (which pulls in socket, pickle).
    if log_file.exists() and log_file.stat().st_size > LOG_ROTATE_BYTES:
        log_file.replace(log_file.with_suffix(".log.1"))
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("secguard")
    root.setLevel(logging.INFO)
    root.addHandler(handler)


class CrashHandler:
    def __init__(self, log_file: Path) -> None:
        self._log_file = log_file
        self._dialog: CrashDialog | None = None

    def install(self) -> None:
        setup_logging(self._log_file)
        sys.excepthook = self.handle_exception
        qInstallMessageHandler(self.handle_qt_message)

    def handle_exception(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        report = crash_report(exc_type, exc, tb, version=__version__, qt_version=qVersion())
        log.error("%s", report)
        if QApplication.instance() is None or self._dialog is not None:
            sys.stderr.write(report + "\n")
            return
        try:
            # Imported when something has gone wrong: the first paint does not
            # wait for dialog classes it never shows.
            from secguard.ui.crash_dialog import CrashDialog
        except ImportError:  # the report is in the log already; the hook must not fail
            sys.stderr.write(report + "\n")
            return
        # open(), not exec(): no nested event loop.  One dialog at a time;
        # later crashes while it is up only go to the log.
        self._dialog = CrashDialog(report, self._log_file)
        self._dialog.finished.connect(self._forget_dialog)
        self._dialog.open()

    def handle_qt_message(
        self, msg_type: QtMsgType, _context: QMessageLogContext, message: str
    ) -> None:
        level = {
            QtMsgType.QtDebugMsg: logging.DEBUG,
            QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING,
            QtMsgType.QtCriticalMsg: logging.ERROR,
            QtMsgType.QtFatalMsg: logging.CRITICAL,
        }.get(msg_type, logging.WARNING)
        logging.getLogger("secguard.qt").log(level, "%s", message)

    def _forget_dialog(self) -> None:
        self._dialog = None
