"""Saving the report from the window: off the UI thread, and nothing typed gets into it."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from secguard.core.accounts import AccountRecord
from secguard.core.bookmarks import Bookmark
from secguard.core.checklist import PrecautionId
from secguard.reporting.formats import ReportFormat
from secguard.storage.vault import KeyringVault
from secguard.ui.language import LanguageController
from secguard.ui.main_window import MainWindow
from secguard.ui.pages.passwords import PasswordsPage
from secguard.ui.vault_client import VaultClient
from tests.reporting.known_state import IDENTITY, PLANTED_LOGIN_ID, system_report
from tests.storage.fakes import MemoryKeyring

TYPED_PASSWORD = "Typed-Into-Step-4-Planted!"
ADDRESS = "https://www.sbisec.co.jp/ETGate/?OutSide=on"


@pytest.fixture
def loaded_window(qtbot, languages: LanguageController) -> MainWindow:
    vault = KeyringVault(MemoryKeyring(), "secguard-test")
    vault.add_bookmark(Bookmark(ADDRESS, "SBI", "sbi"))
    vault.add_account(AccountRecord("SBI", "sbi", login_id=PLANTED_LOGIN_ID))
    window = MainWindow(languages, VaultClient(vault))
    qtbot.addWidget(window)
    window.show()
    window.load_storage()
    qtbot.waitUntil(lambda: window.stored_data().is_read, timeout=5000)
    window.review.probe = system_report
    return window


def test_the_report_is_saved_off_the_ui_thread(qtbot, loaded_window: MainWindow, tmp_path: Path):
    release = threading.Event()
    ran_on: list[threading.Thread] = []

    def slow_probe():
        ran_on.append(threading.current_thread())
        release.wait(10)
        return system_report()

    loaded_window.review.probe = slow_probe
    page = loaded_window.review.open_report()
    target = tmp_path / "report.json"
    page.format_buttons[ReportFormat.JSON].setChecked(True)
    page.save_to(target, page.chosen_format())
    # save_to returned while the probe still runs: the window is not waiting for it.
    assert page.busy.isVisibleTo(page)
    assert not page.save_button.isEnabled()
    assert not target.exists()
    release.set()
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=10000)
    assert ran_on[0] is not threading.main_thread()
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["report"]["check_id"] == page.last_report.check_id
    assert page.last_report.check_id in page.result.body.text()
    assert document["report"]["os"]["name"] == IDENTITY.name
    assert [p["number"] for p in document["precautions"]] == [1, 2, 3, 4, 5, 6, 7]
    assert not page.busy.isVisibleTo(page)


@pytest.mark.parametrize("report_format", list(ReportFormat))
def test_nothing_typed_or_stored_as_a_secret_reaches_the_report(
    qtbot, loaded_window: MainWindow, tmp_path: Path, report_format: ReportFormat
):
    passwords = loaded_window.page_for(PrecautionId.PASSWORDS)
    assert isinstance(passwords, PasswordsPage)
    passwords.field.setText(TYPED_PASSWORD)
    page = loaded_window.review.open_report()
    target = tmp_path / f"report{report_format.suffix}"
    page.save_to(target, report_format)
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=10000)
    data = target.read_bytes()
    for planted in (TYPED_PASSWORD, PLANTED_LOGIN_ID, "sbisec.co.jp"):
        assert planted.encode() not in data
    if report_format is not ReportFormat.PDF:
        assert b"SBI" in data  # the broker's name is there


def test_ticking_include_adds_the_addresses(qtbot, loaded_window: MainWindow, tmp_path: Path):
    page = loaded_window.review.open_report()
    page.addresses.box.click()
    target = tmp_path / "report.html"
    page.save_to(target, ReportFormat.HTML)
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=10000)
    assert "sbisec.co.jp/ETGate/?OutSide=on" in target.read_text(encoding="utf-8")


def test_a_place_that_cannot_be_written_says_so(qtbot, loaded_window: MainWindow, tmp_path: Path):
    (tmp_path / "a-file").write_text("x")
    page = loaded_window.review.open_report()
    page.save_to(tmp_path / "a-file" / "report.html", ReportFormat.HTML)
    qtbot.waitUntil(lambda: page.result.isVisibleTo(page), timeout=10000)
    assert "could not be saved as report.html" in page.result.headline.text()
    assert page.save_button.isEnabled()


def test_the_file_menu_opens_the_report_page(loaded_window: MainWindow):
    loaded_window._report_action.trigger()
    assert loaded_window.current_page() is loaded_window.review.report
