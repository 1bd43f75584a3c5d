"""One crash handler: unexpected errors go to the log and to one dialog.

Expected problems are shown on a page's banner instead; this is for bugs.
The report never contains secrets (see ``core.crash_report``).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secguard import __version__
from secguard.core.crash_report import crash_report

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


class CrashDialog(QDialog):
    def __init__(self, report: str, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("secguard: unexpected problem"))
        explanation = QLabel(
            self.tr(
                "secguard ran into a problem it did not expect. Nothing you stored has been "
                "lost. If you contact support, copy the report below and send it; it "
                "contains no passwords or other secrets.\n\nThe report is also saved in: {path}"
            ).format(path=log_file)
        )
        explanation.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy report"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)


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
