"""What the first paint waits for: nothing a person has not asked for yet.

The window is started through its real entry point in a child process, and at
the first paint of the main window the child reports which modules are loaded
and which Qt classes PySide6 has created (it creates each class, with its
enums, on first use: QStyle alone cost 47 M of 1,135 M instructions).  Everything listed here
is work for later: the keyring after the first paint, the link judge and the
step pages on first visit, the crash dialog only after a crash, the tray icon
only for a reminder.  tests/benchmarks/bench_startup.py measures the time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.benchmarks.bench_startup import first_paint_hook

REPO = Path(__file__).resolve().parents[2]

# What the child writes at the first paint: the modules loaded and the Qt classes created.
REPORT = """
import json, linecache
import PySide6.QtCore as core, PySide6.QtGui as gui, PySide6.QtWidgets as widgets
created = sorted(
    name for module in (core, gui, widgets)
    for name, value in vars(module).items() if isinstance(value, type)
)
read = sorted(path for path in linecache.cache if "secguard" in path)
sys.stdout.write(json.dumps({"modules": sorted(sys.modules), "qt": created, "read": read}) + "\\n")
"""
CHILD = first_paint_hook(REPORT) + "from secguard.cli import main\nmain([])\n"

NOT_BEFORE_FIRST_PAINT = (
    "keyring",  # the storage starts after the first paint
    "secguard.storage.vault",  # opened on the worker at the first call, after it
    "secguard.storage.worker",
    "secguard.core.accounts",  # no account is known before the keyring answers
    "secguard.core.mfa",
    "secguard.core.emergency",  # (the playbook page's; core.playbook keeps only the runs)
    "secguard.core.review_items",  # (step 5's page; core.review keeps the reviews)
    "hashlib",  # (OpenSSL)
    "platform",  # the crash report names the system only when there is a crash
    "secguard.core.links",  # the judge is built when page 1 or a scan needs it
    "secguard.ui.pages.links",
    "secguard.ui.pages.bookmarks",
    "secguard.ui.pages.passwords",
    "secguard.ui.pages.mfa",
    "secguard.ui.crash_dialog",  # only after an unexpected error
    "secguard.ui.about",
    "zxcvbn",
    "requests",
    "pyotp",
    "logging.handlers",
    "calendar",  # (and locale: step 5's month arithmetic needs only datetime)
)
QT_CLASSES_NOT_BEFORE_FIRST_PAINT = (
    "QDialog",
    "QMessageBox",
    "QSystemTrayIcon",
    "QFileDialog",
    # 566 enumeration members: the action buttons leave the style to QPushButton.
    "QStyle",
    # A (text, parent) call that could also mean (QIcon, text) makes PySide build QIcon.
    "QIcon",
    "QToolButton",  # a banner's close button: no banner before the first message
    "QFileSystemWatcher",  # the single-instance watcher listens after the first paint
    "QEventLoop",  # the self-test's wait only
    "QKeySequence",  # the menus' shortcuts come on the turn after the first paint
    "QCryptographicHash",  # (the lock file in the person's own folder needs no user digest)
)


@pytest.fixture(scope="module")
def at_first_paint(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    home = tmp_path_factory.mktemp("home")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    child = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env=env,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    loaded: dict[str, list[str]] = json.loads(child.stdout.splitlines()[0])
    return loaded


@pytest.mark.parametrize("module", NOT_BEFORE_FIRST_PAINT)
def test_the_first_paint_does_not_wait_for(module: str, at_first_paint: dict[str, list[str]]):
    assert module not in at_first_paint["modules"]


@pytest.mark.parametrize("name", QT_CLASSES_NOT_BEFORE_FIRST_PAINT)
def test_the_first_paint_creates_no(name: str, at_first_paint: dict[str, list[str]]):
    assert name not in at_first_paint["qt"]


def test_the_report_is_read_at_the_first_paint(at_first_paint: dict[str, list[str]]):
    """The child really reached the painted window (not an empty report)."""
    assert "secguard.ui.main_window" in at_first_paint["modules"]
    assert "QMainWindow" in at_first_paint["qt"]


def test_no_source_is_read_after_qt_enters(at_first_paint: dict[str, list[str]]):
    """PySide's ``__feature__`` hook reads the source of every module imported after
    QtCore; secguard.qt_imports takes it out where Qt enters (secguard.i18n), so of
    secguard's own files only those imported before that point have been read."""
    read = {Path(path).relative_to(REPO).as_posix() for path in at_first_paint["read"]}
    assert read <= {
        "secguard/__init__.py",
        "secguard/cli/__init__.py",
        "secguard/i18n.py",
        "secguard/cli/exits.py",
        "secguard/core/errors.py",
        "secguard/qt_imports.py",
    }
    assert "secguard/ui/main_window.py" not in read
