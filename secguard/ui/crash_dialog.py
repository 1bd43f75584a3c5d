"""The one dialog shown after an unexpected error: what happened, and a report without secrets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


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
