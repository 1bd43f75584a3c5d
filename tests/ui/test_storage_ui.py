"""The storage states and the bookmarks page, as the person sees them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from secguard.core.bookmarks import Bookmark, new_bookmark
from secguard.core.checklist import PrecautionId
from secguard.i18n import Language
from secguard.storage.paths import AppPaths
from secguard.storage.vault import KeyringVault
from secguard.ui.app import build_main_window
from secguard.ui.browser import Browser
from secguard.ui.language import LanguageController
from secguard.ui.main_window import MainWindow
from secguard.ui.pages.bookmarks import BookmarksPage
from secguard.ui.vault_client import VaultClient
from tests.storage.fakes import FaultyKeyring, write_half_bad_import


def _bookmarks_page(window: MainWindow) -> BookmarksPage:
    page = window.page_for(PrecautionId.BOOKMARKS)
    assert isinstance(page, BookmarksPage)
    return page


def _seed(backend: FaultyKeyring, *urls: str) -> None:
    vault = KeyringVault(backend, service="secguard-test")
    for url in urls:
        vault.add_bookmark(new_bookmark(url))


def test_bookmarks_load_off_the_ui_thread_with_a_loading_indicator(
    qtbot, window: MainWindow, keyring_backend: FaultyKeyring
):
    _seed(keyring_backend, "https://www.sbisec.co.jp/", "https://www.monex.co.jp/")
    keyring_backend.hanging = True  # the keyring takes its time
    page = _bookmarks_page(window)
    window.load_storage()  # returns at once: the UI thread never waits
    assert page.is_loading()
    assert page._loading_box.isVisibleTo(page)
    keyring_backend.hanging = False
    keyring_backend.hang.set()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)
    assert [b.url for b in page.bookmarks()] == [
        "https://www.sbisec.co.jp/",
        "https://www.monex.co.jp/",
    ]
    assert page.table.rowCount() == 2
    assert window.messages.visible_texts() == {}


def test_locked_keyring_shows_a_banner_and_try_again_recovers(
    qtbot, window: MainWindow, keyring_backend: FaultyKeyring
):
    _seed(keyring_backend, "https://www.sbisec.co.jp/")
    keyring_backend.locked = True
    window.load_storage()
    qtbot.waitUntil(lambda: "storage" in window.messages.visible_texts(), timeout=5000)
    assert "keyring is locked" in window.messages.visible_texts()["storage"]
    assert not _bookmarks_page(window)._add_box.isEnabled()
    keyring_backend.locked = False
    banner = window.messages.banner("storage")
    banner.action_triggered.emit()  # "Try again"
    qtbot.waitUntil(lambda: window.messages.visible_texts() == {}, timeout=5000)
    assert len(_bookmarks_page(window).bookmarks()) == 1
    assert _bookmarks_page(window)._add_box.isEnabled()


def test_unavailable_keyring_shows_an_error_banner(qtbot, languages: LanguageController):
    from keyring.backends import fail

    client = VaultClient(KeyringVault(fail.Keyring()))
    window = MainWindow(languages, client)
    qtbot.addWidget(window)
    window.load_storage()
    qtbot.waitUntil(lambda: "storage" in window.messages.visible_texts(), timeout=5000)
    assert "No system keyring was found" in window.messages.visible_texts()["storage"]


def test_slow_keyring_says_so_then_recovers(qtbot, languages: LanguageController):
    backend = FaultyKeyring()
    backend.hanging = True
    client = VaultClient(KeyringVault(backend), slow_after_ms=50)
    window = MainWindow(languages, client)
    qtbot.addWidget(window)
    window.load_storage()
    qtbot.waitUntil(lambda: "storage" in window.messages.visible_texts(), timeout=5000)
    assert "did not answer within 0.05 seconds" in window.messages.visible_texts()["storage"]
    backend.hanging = False
    backend.hang.set()
    qtbot.waitUntil(lambda: window.messages.visible_texts() == {}, timeout=5000)


def test_unreadable_entries_are_reported(qtbot, window: MainWindow, keyring_backend: FaultyKeyring):
    _seed(keyring_backend, "https://www.sbisec.co.jp/", "https://www.monex.co.jp/")
    keyring_backend.entries[("secguard-test", "record:2")] = "garbage"
    window.load_storage()
    qtbot.waitUntil(lambda: "storage" in window.messages.visible_texts(), timeout=5000)
    assert window.messages.visible_texts()["storage"].startswith(
        "Stored entries that could not be read: 1."
    )
    assert keyring_backend.entries[("secguard-test", "record:2")] == "garbage"


def test_add_validates_saves_deletes_and_undoes(
    qtbot, window: MainWindow, keyring_backend: FaultyKeyring
):
    page = _bookmarks_page(window)
    window.load_storage()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)

    page.url_edit.setText("http://www.sbisec.co.jp/")
    page.add_from_form()
    assert page.form_error.isVisibleTo(page)
    assert "https://" in page.form_error.text()
    assert page.bookmarks() == []

    page.url_edit.setText("www.sbisec.co.jp")
    page.label_edit.setText("SBI証券")
    page.add_from_form()
    qtbot.waitUntil(lambda: len(page.bookmarks()) == 1, timeout=5000)
    assert not page.form_error.isVisibleTo(page)
    assert page.table.item(0, 0).text() == "SBI証券"
    assert len(KeyringVault(keyring_backend, "secguard-test").load().bookmarks) == 1

    page.table.selectRow(0)
    page.delete_selected()
    qtbot.waitUntil(lambda: page.bookmarks() == [], timeout=5000)
    assert "Deleted “SBI証券”." in page.messages.visible_texts()["action"]
    page.messages.banner("action").action_triggered.emit()  # Undo
    qtbot.waitUntil(lambda: len(page.bookmarks()) == 1, timeout=5000)
    assert KeyringVault(keyring_backend, "secguard-test").load().bookmarks[0].label == "SBI証券"


def test_record_too_large_is_shown_on_the_page(qtbot, window: MainWindow):
    page = _bookmarks_page(window)
    page.url_edit.setText("https://www.daiwa.jp/" + "a" * 1500)
    page.add_from_form()
    qtbot.waitUntil(lambda: "action" in page.messages.visible_texts(), timeout=5000)
    assert "too large for the system keyring" in page.messages.visible_texts()["action"]
    assert window.messages.visible_texts() == {}, "an entry problem is not a keyring problem"


def test_open_uses_the_browser_for_https_only(qtbot, client: VaultClient):
    from secguard.core.checklist import PRECAUTIONS

    opened: list[str] = []
    browser = Browser(lambda url: opened.append(url.toString()) or True)
    page = BookmarksPage(PRECAUTIONS[1], client, browser=browser)
    qtbot.addWidget(page)
    # The second is a record changed in the keyring behind secguard's back.
    tampered = Bookmark("http://www.matsui.co.jp/", "tampered", id=2)
    page.set_bookmarks([new_bookmark("https://www.matsui.co.jp/"), tampered])
    page.table.selectRow(0)
    page.open_button.click()
    assert opened == ["https://www.matsui.co.jp/"]
    page.table.selectRow(1)
    page.open_button.click()
    assert opened == ["https://www.matsui.co.jp/"], "a non-https address is never opened"


# --- progress file and start-up --------------------------------------------------------


def test_saved_language_is_used_and_a_switch_is_saved(
    qtbot, qapp: QApplication, app_paths: AppPaths
):
    app_paths.data_dir.mkdir(parents=True)
    (app_paths.data_dir / "progress.json").write_text(
        json.dumps({"schema": 1, "language": "ja"}), encoding="utf-8"
    )
    window = build_main_window(qapp, None, app_paths, vault=KeyringVault(FaultyKeyring()))
    qtbot.addWidget(window)
    try:
        assert window._languages.language is Language.JAPANESE
        window.switch_language(Language.ENGLISH)
        saved = json.loads((app_paths.data_dir / "progress.json").read_text(encoding="utf-8"))
        assert saved["language"] == "en"
    finally:
        window._languages.switch(Language.ENGLISH)


def test_corrupt_progress_file_is_set_aside_and_the_person_told(
    qtbot, qapp: QApplication, app_paths: AppPaths
):
    app_paths.data_dir.mkdir(parents=True)
    (app_paths.data_dir / "progress.json").write_bytes(b"\x00garbage")
    window = build_main_window(
        qapp, Language.ENGLISH, app_paths, vault=KeyringVault(FaultyKeyring())
    )
    qtbot.addWidget(window)
    text = window.messages.visible_texts()["progress"]
    assert "could not be read" in text
    kept = list(Path(app_paths.data_dir).glob("progress.json.unreadable-*"))
    assert len(kept) == 1
    assert kept[0].name in text
    assert kept[0].read_bytes() == b"\x00garbage"


@pytest.mark.parametrize("language", [Language.JAPANESE, Language.ENGLISH])
def test_storage_banner_is_translated(qtbot, languages: LanguageController, language: Language):
    languages.switch(language)
    backend = FaultyKeyring()
    backend.locked = True
    window = MainWindow(languages, VaultClient(KeyringVault(backend)))
    qtbot.addWidget(window)
    window.load_storage()
    qtbot.waitUntil(lambda: "storage" in window.messages.visible_texts(), timeout=5000)
    text = window.messages.visible_texts()["storage"]
    expected = "キーリングがロック" if language is Language.JAPANESE else "keyring is locked"
    assert expected in text


def test_export_then_import_on_a_new_pc(qtbot, client: VaultClient, tmp_path: Path):
    from secguard.core.checklist import PRECAUTIONS

    page = BookmarksPage(PRECAUTIONS[1], client)
    qtbot.addWidget(page)
    page.set_bookmarks([new_bookmark("https://www.sbisec.co.jp/", "SBI証券")])
    exported = tmp_path / "moving.json"
    page.export_to(exported)
    assert "Bookmarks exported to moving.json: 1." in page.messages.visible_texts()["action"]
    assert "SBI証券" in exported.read_text(encoding="utf-8")

    new_pc = VaultClient(KeyringVault(FaultyKeyring()))
    other = BookmarksPage(PRECAUTIONS[1], new_pc)
    qtbot.addWidget(other)
    other.set_bookmarks([])
    other.import_from(exported)
    qtbot.waitUntil(lambda: len(other.bookmarks()) == 1, timeout=5000)
    assert "Bookmarks imported: 1 (already there: 0)." in other.messages.visible_texts()["action"]
    other.import_from(exported)
    qtbot.waitUntil(
        lambda: "(already there: 1)" in other.messages.visible_texts()["action"], timeout=5000
    )
    assert len(other.bookmarks()) == 1


def test_bad_import_file_lists_every_problem_and_imports_nothing(
    qtbot, client: VaultClient, keyring_backend: FaultyKeyring, tmp_path: Path
):
    from secguard.core.checklist import PRECAUTIONS

    page = BookmarksPage(PRECAUTIONS[1], client)
    qtbot.addWidget(page)
    bad = write_half_bad_import(tmp_path / "bad.json")
    page.import_from(bad)
    text = page.messages.visible_texts()["action"]
    assert "Nothing was imported. Entries with problems: 1." in text
    assert "Entry 2: Only secure addresses" in text
    assert keyring_backend.entries == {}


def test_step_2_says_reading_until_the_keyring_answers_then_the_truth(
    qtbot, languages: LanguageController
):
    backend = FaultyKeyring()
    backend.hanging = True
    window = MainWindow(languages, VaultClient(KeyringVault(backend)))
    qtbot.addWidget(window)
    window.refresh_results()
    window.load_storage()
    step_2 = window.overview.results()[1]
    assert step_2.message_id == "check.bookmarks_loading"
    backend.hanging = False
    backend.hang.set()
    qtbot.waitUntil(
        lambda: window.overview.results()[1].message_id == "check.bookmarks_none", timeout=5000
    )


def _export_file(path: Path, count: int) -> Path:
    from secguard.core.bookmarks import export_bookmarks

    bookmarks = [new_bookmark(f"https://www{n}.example.co.jp/") for n in range(count)]
    path.write_text(export_bookmarks(bookmarks), encoding="utf-8")
    return path


def test_an_import_reports_progress_on_the_ui_thread(qtbot, client: VaultClient, tmp_path: Path):
    import threading

    from secguard.storage.bookmark_files import read_bookmark_file

    incoming = read_bookmark_file(_export_file(tmp_path / "many.json", 45))
    reports: list[tuple[int, int, bool]] = []
    results: list[object] = []
    client.request_with_progress(
        lambda vault, report: vault.import_bookmarks(incoming, progress=report),
        on_progress=lambda done, total: reports.append(
            (done, total, threading.current_thread() is threading.main_thread())
        ),
        on_success=results.append,
    )
    qtbot.waitUntil(lambda: bool(results) and len(reports) == 45, timeout=5000)
    assert [done for done, _total, _ui in reports] == list(range(1, 46))
    assert {(total, ui) for _done, total, ui in reports} == {(45, True)}


def test_a_stopped_import_says_how_many_are_stored_and_importing_again_completes_it(
    qtbot, client: VaultClient, keyring_backend: FaultyKeyring, tmp_path: Path
):
    from secguard.core.checklist import PRECAUTIONS

    page = BookmarksPage(PRECAUTIONS[1], client)
    qtbot.addWidget(page)
    page.set_bookmarks([])
    exported = _export_file(tmp_path / "many.json", 45)
    keyring_backend.fail_on_set = 30  # the 9th record of the second chunk
    page.import_from(exported)
    qtbot.waitUntil(lambda: "The import stopped" in page.messages.visible_texts()["action"])
    text = page.messages.visible_texts()["action"]
    assert "The import stopped after 28 of 45 bookmarks; those are stored." in text
    assert "Import the same file again" in text
    qtbot.waitUntil(lambda: len(page.bookmarks()) == 28, timeout=5000)
    keyring_backend.fail_on_set = None
    page.import_from(exported)
    qtbot.waitUntil(
        lambda: (
            "Bookmarks imported: 17 (already there: 28)." in page.messages.visible_texts()["action"]
        ),
        timeout=5000,
    )
    assert len(page.bookmarks()) == 45


def test_a_damaged_index_offers_repair_and_repair_brings_the_bookmarks_back(
    qtbot, languages: LanguageController
):
    from secguard.storage.vault import INDEX_KEY

    backend = FaultyKeyring()
    vault = KeyringVault(backend, "secguard-test")
    vault.add_bookmark(new_bookmark("https://www.matsui.co.jp/"))
    backend.set_password("secguard-test", INDEX_KEY, "{damaged")
    window = MainWindow(languages, VaultClient(vault))
    qtbot.addWidget(window)
    window.load_storage()
    qtbot.waitUntil(lambda: "storage" in window.messages.visible_texts(), timeout=5000)
    assert "damaged" in window.messages.visible_texts()["storage"]
    window.messages.banner("storage").action_triggered.emit()  # "Repair"
    qtbot.waitUntil(
        lambda: window.stored_data().is_read and len(window.stored_data().bookmarks) == 1,
        timeout=5000,
    )
    assert window.messages.visible_texts() == {}


def test_a_vault_given_as_a_function_is_opened_once_on_the_worker_at_the_first_call(qtbot):
    import threading

    opened: list[threading.Thread] = []
    backend = FaultyKeyring()
    _seed(backend, "https://www.sbisec.co.jp/")

    def open_vault() -> KeyringVault:
        opened.append(threading.current_thread())
        return KeyringVault(backend, service="secguard-test")

    client = VaultClient(open_vault)
    assert opened == []  # nothing opened (nor imported) before the window's first paint
    results: list[object] = []
    for _ in range(2):
        client.request(lambda vault: vault.load(), results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    assert len(opened) == 1
    assert opened[0] is not threading.main_thread()
    assert [b.url for b in results[0].bookmarks] == ["https://www.sbisec.co.jp/"]  # type: ignore[attr-defined]


def test_a_vault_that_cannot_be_opened_is_reported_as_a_failure(qtbot):
    def open_vault() -> KeyringVault:
        raise OSError("no data folder")

    client = VaultClient(open_vault)
    errors: list[BaseException] = []
    client.request(lambda vault: vault.load(), on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], OSError)
