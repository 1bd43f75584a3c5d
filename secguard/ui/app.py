"""Starting the GUI, for real or as the packaged app's self-test."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from secguard import APP_NAME, __version__
from secguard.core.checks import current_results
from secguard.core.errors import SecguardError
from secguard.core.stored import StoredData
from secguard.i18n import Language, load_translators, render_message, system_language
from secguard.storage.paths import AppPaths
from secguard.storage.progress import ProgressStore
from secguard.ui.crash import CrashHandler
from secguard.ui.language import LanguageController
from secguard.ui.main_window import MainWindow
from secguard.ui.single_instance import SingleInstance
from secguard.ui.vault_client import VaultClient

if TYPE_CHECKING:
    from secguard.storage.vault import KeyringVault
    from secguard.ui.brand import Brand


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    return app


def build_main_window(
    app: QApplication,
    language: Language | None,
    paths: AppPaths,
    vault: KeyringVault | None = None,
    brand: Brand | None = None,
) -> MainWindow:
    """The window in the language asked for, else the one saved, else the OS's;
    with the brokerage's brand in a branded bundle."""
    store = ProgressStore(paths.data_dir)
    loaded = store.load()
    saved = loaded.progress.language
    chosen = language or (Language(saved) if saved in {"ja", "en"} else system_language())
    languages = LanguageController(app, chosen)
    client = VaultClient(vault or (lambda: _keyring_vault(paths)))
    if brand is not None:
        brand.apply_accent(app)
    window = MainWindow(languages, client, store, loaded.progress, brand=brand)
    if loaded.set_aside is not None:
        window.show_progress_set_aside(loaded.set_aside.name)
    now = datetime.now(UTC)
    window.set_results(current_results(loaded.progress, StoredData.loading(), at=now))
    return window


def _keyring_vault(paths: AppPaths) -> KeyringVault:
    """The person's keyring vault, opened on the worker thread at the first call
    (after the first paint): its modules are no start-up work."""
    from secguard.storage.vault import KeyringVault, service_name
    from secguard.storage.vault_lock import VaultLock

    service = service_name()
    lock = VaultLock(paths.data_dir, service)  # shared with every other secguard process
    return KeyringVault(_LazyBackend(), service, lock=lock)


class _LazyBackend:
    """The OS keyring, looked up on the worker thread at first use.

    keyring's backend discovery imports several modules and may talk to
    D-Bus: that is start-up work the window should not wait for.  An
    unusable backend raises ``StorageUnavailable`` from ``default_backend``
    on every call, so it is never used (nor cached).
    """

    def __init__(self) -> None:
        self._backend: Any = None

    def _resolve(self) -> Any:
        if self._backend is None:
            from secguard.storage.vault import default_backend

            self._backend = default_backend()
        return self._backend

    def get_password(self, service: str, key: str) -> str | None:
        return self._resolve().get_password(service, key)  # type: ignore[no-any-return]

    def set_password(self, service: str, key: str, value: str) -> None:
        self._resolve().set_password(service, key, value)

    def delete_password(self, service: str, key: str) -> None:
        self._resolve().delete_password(service, key)


def _bundled_brand() -> Brand | None:
    from secguard.ui.brand import bundled_brand

    return bundled_brand()


def run_gui(language: Language | None = None, paths: AppPaths | None = None) -> int:
    paths = paths or AppPaths.default()
    app = create_application()
    CrashHandler(paths.log_file).install()
    instance = SingleInstance(paths.data_dir, parent=app)
    if not instance.claim():
        print("secguard is already running; its window was brought forward.")
        return 0
    from secguard.resources import bundled_preset_dir

    try:
        # Only a branded bundle has a preset: the plain app imports none of it.
        brand = None if bundled_preset_dir() is None else _bundled_brand()
    except SecguardError as error:
        return _damaged_bundle(error)
    window = build_main_window(app, language, paths, brand=brand)
    instance.activation_requested.connect(lambda: _bring_forward(window))
    after_first_paint = start_after_first_paint(window, instance)
    window.show()
    exit_code = app.exec()
    after_first_paint.deleteLater()
    instance.release()
    return exit_code


def start_after_first_paint(window: MainWindow, instance: SingleInstance) -> QObject:
    """The start-up work that waits until ``window`` has been painted once.

    Reading the keyring imports keyring and its backend (about 80 ms and
    20 MiB) on the worker thread; starting it only once the window has been
    painted keeps it from competing with the first paint for the GIL.  The
    single-instance request watcher waits for the first paint too, and so
    do the probes of steps 6 and 7 (apt-get -s alone takes seconds; they run
    on a worker thread and the overview says "checking" meanwhile), and the
    menus' keyboard shortcuts.
    """
    return _AfterFirstPaint(
        window,
        window.install_shortcuts,
        window.load_storage,
        instance.listen,
        window.system_check.run,
    )


class _AfterFirstPaint(QObject):
    """Calls each callback once, on the event-loop turn after ``widget`` is first painted."""

    def __init__(self, widget: QWidget, *callbacks: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callbacks = callbacks
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            for callback in self._callbacks:
                QTimer.singleShot(0, callback)
        return False


def _damaged_bundle(error: SecguardError) -> int:
    """A branded bundle whose preset cannot be read: say so, and start nothing."""
    from PySide6.QtWidgets import QMessageBox

    text = render_message(error.message_id, error.params)
    print(f"secguard: {text}", file=sys.stderr)
    for problem in getattr(error, "problems", []):
        print(f"  {problem}", file=sys.stderr)
    QMessageBox.critical(None, APP_NAME, text)
    return 1


def _bring_forward(window: MainWindow) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def _self_test_messages(msg_type: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    # The offscreen plugin says it cannot do window-manager things; that is expected.
    if message.startswith("This plugin does not support"):
        return
    if msg_type != QtMsgType.QtDebugMsg:
        print(f"Qt: {message}", file=sys.stderr)


def self_test(language: Language | None = None) -> int:
    """Open every page in both languages off-screen; 0 when all went well.

    The packaged app is smoke-tested with this: it proves that Qt, the
    translations (secguard's and Qt's own), the broker directory, the
    brokerage preset of a branded bundle and every page load in the bundle as
    they do from source.
    """
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    qInstallMessageHandler(_self_test_messages)
    app = create_application([sys.argv[0], "-platform", "offscreen"])
    first = language or system_language()
    other = Language.ENGLISH if first is Language.JAPANESE else Language.JAPANESE
    with tempfile.TemporaryDirectory(prefix="secguard-self-test-") as scratch:
        # Its own empty data directory and an in-memory keyring: the self-test
        # must neither read nor change the person's real data.
        paths = AppPaths(data_dir=Path(scratch), log_dir=Path(scratch))
        try:
            found = _check_resources()
            brand = _bundled_brand()
        except (SecguardError, FileNotFoundError) as error:
            print(f"self-test failed: {error!r}", file=sys.stderr)
            for problem in getattr(error, "problems", []):
                print(f"  {problem}", file=sys.stderr)
            return 1
        from secguard.storage.vault import KeyringVault

        vault = KeyringVault(_MemoryBackend())
        window = build_main_window(app, first, paths, vault=vault, brand=brand)
        code = _visit_every_page(app, window, first, other)
        if code == 0 and brand is not None:
            code = _check_brand(app, window, brand)
            found.append(f"preset {brand.preset.id} (log-in page bookmarked)")
        if code == 0:
            print(f"secguard {__version__} self-test: found " + "; ".join(found))
        return code


def _check_resources() -> list[str]:
    """What the self-test found: the broker directory and both sets of Japanese translations."""
    from secguard.resources import broker_directory

    directory = broker_directory()
    if len(load_translators(Language.JAPANESE)) < 2:
        raise FileNotFoundError("Qt's own Japanese translations (qtbase_ja.qm)")
    return [f"{len(directory.brokers)} brokers", "secguard's and Qt's Japanese translations"]


def _check_brand(app: QApplication, window: MainWindow, brand: Brand) -> int:
    from secguard.core.bookmarks import normalise_url
    from secguard.resources import broker_directory

    listed = broker_directory().get(brand.preset.broker.id)
    if listed is None or not set(brand.preset.broker.registrable_domains) <= set(
        listed.registrable_domains
    ):
        print("self-test failed: the preset's domains are not in the directory", file=sys.stderr)
        return 1
    from PySide6.QtCore import QEventLoop  # (not a start-up class: the self-test only)

    wanted = normalise_url(brand.preset.login_url)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        # Waits for the keyring worker's answer instead of spinning.
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        if any(b.url == wanted for b in window.stored_bookmarks or []):
            return 0
    print("self-test failed: the brokerage's log-in page was not bookmarked", file=sys.stderr)
    return 1


class _MemoryBackend:
    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, key: str) -> str | None:
        return self._entries.get((service, key))

    def set_password(self, service: str, key: str, value: str) -> None:
        self._entries[(service, key)] = value

    def delete_password(self, service: str, key: str) -> None:
        self._entries.pop((service, key), None)


def _visit_every_page(
    app: QApplication, window: MainWindow, first: Language, other: Language
) -> int:
    window.show()
    window.load_storage()
    steps = window.sidebar.count()  # the overview and the seven
    for lang in (first, other, first):
        window.switch_language(lang)
        for row in range(steps):
            window.sidebar.setCurrentRow(row)
            app.processEvents()
            if window.pages.currentIndex() != row:
                print(f"self-test failed: page {row} did not open", file=sys.stderr)
                return 1
        # The pages without a number: the playbook and the report.
        for open_page in (window.review.open_playbook, window.review.open_report):
            page = open_page()
            app.processEvents()
            if window.pages.currentWidget() is not page:
                print("self-test failed: the playbook or report did not open", file=sys.stderr)
                return 1
    window.close()
    print(f"secguard {__version__} self-test passed: {window.pages.count()} pages in 2 languages")
    return 0
