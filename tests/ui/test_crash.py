from __future__ import annotations

import logging
import sys
from pathlib import Path

from secguard.storage.paths import AppPaths
from secguard.ui.crash import CrashHandler

SECRET = "JBSWY3DPEHPK3PXP-hunter2"


def test_unexpected_error_goes_to_log_and_one_dialog_without_secrets(qtbot, app_paths: AppPaths):
    handler = CrashHandler(app_paths.log_file)
    previous_hook = sys.excepthook
    handler.install()
    try:
        for _ in range(2):  # a second crash while the dialog is up adds no dialog
            try:
                raise ValueError(f"failed on {SECRET}")
            except ValueError:
                handler.handle_exception(*sys.exc_info())  # type: ignore[arg-type]
        dialog = handler._dialog
        assert dialog is not None
        qtbot.addWidget(dialog)
        report = dialog.report.toPlainText()
        assert "builtins.ValueError" in report
        assert SECRET not in report
        dialog.reject()
        assert handler._dialog is None
    finally:
        sys.excepthook = previous_hook
        for log_handler in list(logging.getLogger("secguard").handlers):
            logging.getLogger("secguard").removeHandler(log_handler)
            log_handler.close()
    log_text = Path(app_paths.log_file).read_text(encoding="utf-8")
    assert log_text.count("builtins.ValueError") == 2
    assert SECRET not in log_text
