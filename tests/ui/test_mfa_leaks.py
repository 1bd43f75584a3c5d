"""The whole step 3 flow with a planted set-up key: afterwards it is found nowhere.

Not in the widgets (cleared when the page is left and when the window stays
minimised), the clipboard, the log, the progress file, any keyring entry
(the real gnome-keyring under `make test`), the request the clock check
sent, or any file under the test's temporary and data directories.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from secguard.core.checklist import CheckState, PrecautionId
from secguard.core.progress import Progress
from secguard.core.totp import code_at, read_key
from secguard.core.totp.clock import check_clock
from secguard.storage.paths import AppPaths
from secguard.storage.progress import ProgressStore
from secguard.storage.vault import KeyringVault
from secguard.ui.crash import setup_logging
from secguard.ui.language import LanguageController
from secguard.ui.main_window import MainWindow
from secguard.ui.pages.mfa import MfaPage
from secguard.ui.vault_client import VaultClient
from tests.range_server import head_server
from tests.storage.fakes import MemoryKeyring
from tests.ui.test_totp_assistant import PLANTED_SECRET, PLANTED_URI

SERVER_TIME = datetime(2026, 12, 2, 9, 0, 0, tzinfo=UTC)


def _needles() -> dict[str, bytes]:
    key = read_key(PLANTED_URI)
    return {
        "base32": PLANTED_SECRET.encode(),
        "base32 lower case": PLANTED_SECRET.lower().encode(),
        "uri secret part": f"secret={PLANTED_SECRET}".encode(),
        "raw bytes": key.secret,
        "hex": key.secret.hex().encode(),
    }


@pytest.fixture(params=["memory", pytest.param("secret_service", marks=pytest.mark.secret_service)])
def keyring_and_entries(request: pytest.FixtureRequest) -> Iterator[tuple[Any, Any]]:
    """A keyring backend, and a function returning every entry it holds, as text."""
    if request.param == "memory":
        memory = MemoryKeyring()
        yield memory, lambda: json.dumps({f"{s}/{k}": v for (s, k), v in memory.entries.items()})
        return
    if not os.environ.get("SECGUARD_TEST_SECRET_SERVICE"):
        pytest.skip("no private gnome-keyring (run the suite with `make test`)")
    from keyring.backends import SecretService

    real = SecretService.Keyring()

    def every_entry() -> str:
        # The whole private collection, not only secguard's service: a leak may hide anywhere.
        collection = real.get_preferred_collection()
        with closing(collection.connection):
            return json.dumps(
                [
                    # Other tests leave entries that are not UTF-8 on purpose.
                    [
                        item.get_label(),
                        item.get_attributes(),
                        item.get_secret().decode("utf-8", "backslashreplace"),
                    ]
                    for item in collection.get_all_items()
                ]
            )

    yield real, every_entry


def _files_holding(root: Path, needles: dict[str, bytes]) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path}: {name}" for name, needle in needles.items() if needle in data]
    return found


def test_a_planted_key_is_found_nowhere_afterwards(  # noqa: PLR0915 - one flow, end to end
    qtbot,
    languages: LanguageController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    keyring_and_entries: tuple[Any, Any],
):
    backend, every_entry = keyring_and_entries
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # recomputed from TMPDIR
    paths = AppPaths(data_dir=tmp_path / "data", log_dir=tmp_path / "log")
    setup_logging(paths.log_file)
    logging.getLogger("secguard").info("step 3 flow starts")
    store = ProgressStore(paths.data_dir)
    service = f"secguard-test-{uuid.uuid4().hex[:12]}"
    vault = KeyringVault(backend, service)
    window = MainWindow(languages, VaultClient(vault), store, Progress())
    qtbot.addWidget(window)
    window.show()
    date = format_datetime(SERVER_TIME, usegmt=True)
    key = read_key(PLANTED_URI)
    try:
        with head_server({"Date": date}) as (base, sent):
            window.load_storage()
            qtbot.waitUntil(lambda: window._contents is not None, timeout=10000)
            window.open_precaution(3)
            page = window.page_for(PrecautionId.MFA)
            assert isinstance(page, MfaPage)
            clock = page.assistant.clock
            clock._check = lambda _url: check_clock(
                requests.Session(), base, clock=SERVER_TIME.timestamp, user_agent="t"
            )
            answers = page.answers
            answers.picker.new_account_label.setText("My SBI")
            broker = answers.picker.new_account_broker
            broker.setCurrentIndex(broker.findData("sbi"))
            answers.picker.add_account_button.click()
            qtbot.waitUntil(lambda: len(answers.cards) == 1, timeout=10000)
            card = answers.cards[0]
            card.enabled_combo.setCurrentIndex(card.enabled_combo.findData("yes"))
            card.enabled_combo.activated.emit(card.enabled_combo.currentIndex())
            card.method_combo.setCurrentIndex(card.method_combo.findData("passkey"))
            card.method_combo.activated.emit(card.method_combo.currentIndex())
            qtbot.waitUntil(lambda: "answers" in page.messages.visible_texts(), timeout=10000)

            assistant = page.assistant
            assistant._now = SERVER_TIME.timestamp
            assistant.key_field.setText(PLANTED_URI)
            assistant.check_key_button.click()
            QGuiApplication.clipboard().clear()
            assistant.key_field.selectAll()
            assistant.key_field.copy()  # Ctrl+C in the hidden field copies nothing
            assistant.show_key.setChecked(True)  # shown in clear, for a moment
            assistant.show_qr_button.click()
            assert assistant.qr_label.isVisible()
            assistant.code_field.setText(code_at(key, SERVER_TIME.timestamp()))
            assistant.verify_button.click()
            assert assistant.verify_banner.state is CheckState.OK
            clock.check_button.click()
            qtbot.waitUntil(lambda: clock.result is not None, timeout=10000)
            assert clock.banner.state is CheckState.OK

            window.open_precaution(0)  # leaving the page forgets the key
            assert assistant.key is None
            assert assistant.key_field.text() == ""
            assert assistant.code_field.text() == ""
            assert assistant.qr_label.pixmap().isNull()
            assert assistant.qr_label.isHidden()
            assert assistant.key_field.echoMode() is assistant.key_field.EchoMode.Password

            # Back on the page with the key, then the window is minimised: forgotten too (the
            # page gets a spontaneous hide event; the window's timer is a second line).
            window.open_precaution(3)
            assistant.key_field.setText(PLANTED_URI)
            assistant.check_key_button.click()
            assert assistant.key is not None
            window._forget_timer.setInterval(10)
            window.setWindowState(Qt.WindowState.WindowMinimized)
            qtbot.waitUntil(lambda: assistant.key is None, timeout=3000)
            assert assistant.key_field.text() == ""
            window.setWindowState(Qt.WindowState.WindowNoState)

            window.switch_language(languages.language)  # saves progress
            store.save(window.progress)
            assert window.overview.row_states()[2] is CheckState.ATTENTION  # notifications?
    finally:
        for handler in list(logging.getLogger("secguard").handlers):
            logging.getLogger("secguard").removeHandler(handler)
            handler.close()

    needles = _needles()
    mime = QGuiApplication.clipboard().mimeData()
    formats = mime.formats() if mime is not None else []
    haystacks = {
        "clipboard": "\n".join(
            bytes(mime.data(f)).decode("utf-8", "replace") for f in formats if mime is not None
        ),
        "requests": "\n".join(sent),
        "log": paths.log_file.read_text(encoding="utf-8"),
        "progress": (paths.data_dir / "progress.json").read_text(encoding="utf-8"),
        "keyring": every_entry(),
    }
    assert len(sent) == 1
    assert sent[0].startswith("HEAD / ")
    assert "step 3 flow starts" in haystacks["log"]
    assert '"mfa_enabled":"yes"' in haystacks["keyring"].replace('\\"', '"')
    for name, text in haystacks.items():
        for needle_name, needle in needles.items():
            assert needle.decode("latin-1") not in text, (name, needle_name)
    assert _files_holding(tmp_path, needles) == []
    if hasattr(backend, "get_preferred_collection"):
        collection = backend.get_preferred_collection()
        with closing(collection.connection):
            for item in collection.search_items({"service": service}):
                item.delete()
