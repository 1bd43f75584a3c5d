"""Starting the GUI, for real or as the packaged app's self-test."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from secguard import APP_NAME, __version__
from secguard.checks import current_results
from secguard.i18n import Language, system_language
from secguard.storage.paths import AppPaths
from secguard.ui.crash import CrashHandler
from secguard.ui.language import LanguageController
from secguard.ui.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    return app


def build_main_window(app: QApplication, language: Language) -> MainWindow:
    languages = LanguageController(app, language)
    window = MainWindow(languages)
    window.set_results(current_results())
    return window


def run_gui(language: Language | None = None, paths: AppPaths | None = None) -> int:
    paths = paths or AppPaths.default()
    app = create_application()
    CrashHandler(paths.log_file).install()
    window = build_main_window(app, language or system_language())
    window.show()
    return app.exec()


def _self_test_messages(msg_type: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    # The offscreen plugin says it cannot do window-manager things; that is expected.
    if message.startswith("This plugin does not support"):
        return
    if msg_type != QtMsgType.QtDebugMsg:
        print(f"Qt: {message}", file=sys.stderr)


def self_test(language: Language | None = None) -> int:
    """Open every page in both languages off-screen; 0 when all went well.

    The packaged app is smoke-tested with this: it proves that Qt, the
    translations and every page load in the bundle as they do from source.
    """
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    qInstallMessageHandler(_self_test_messages)
    app = create_application([sys.argv[0], "-platform", "offscreen"])
    first = language or system_language()
    other = Language.ENGLISH if first is Language.JAPANESE else Language.JAPANESE
    window = build_main_window(app, first)
    window.show()
    visited = 0
    for lang in (first, other, first):
        window.switch_language(lang)
        for row in range(window.pages.count()):
            window.sidebar.setCurrentRow(row)
            app.processEvents()
            if window.pages.currentIndex() != row:
                print(f"self-test failed: page {row} did not open", file=sys.stderr)
                return 1
            visited += 1
    window.close()
    print(f"secguard {__version__} self-test passed: {window.pages.count()} pages in 2 languages")
    return 0
