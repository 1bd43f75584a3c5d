"""A branded window: the brokerage's name in the title and About, its log-in page
bookmarked at first start and only then."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from secguard.core.progress import Progress
from secguard.i18n import Language
from secguard.resources import read_preset
from secguard.storage.progress import ProgressStore
from secguard.storage.vault import KeyringVault
from secguard.ui.brand import Brand
from secguard.ui.language import LanguageController
from secguard.ui.main_window import MainWindow
from secguard.ui.vault_client import VaultClient
from tests.storage.fakes import FaultyKeyring

EXAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "presets" / "sakuradori-example.json"
LOGIN = "https://login.sakuradori-example.co.jp/"


@pytest.fixture
def brand() -> Brand:
    preset = read_preset(EXAMPLE)
    return Brand(preset, EXAMPLE.parent / preset.logo)


def _branded_window(qtbot, languages, keyring, store, progress, *, brand) -> MainWindow:  # type: ignore[no-untyped-def]
    client = VaultClient(KeyringVault(keyring, service="secguard-test"))
    window = MainWindow(languages, client, store, progress, brand=brand)
    qtbot.addWidget(window)
    window.show()
    window.load_storage()
    return window


def test_the_title_and_strip_name_the_brokerage_in_both_languages(
    qtbot, languages: LanguageController, client: VaultClient, brand: Brand
):
    window = MainWindow(languages, client, brand=brand)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Sakura-dori Securities secguard: brokerage account self-check"
    languages.switch(Language.JAPANESE)
    qtbot.waitUntil(
        lambda: window.windowTitle() == "さくら通り証券 secguard: 証券口座セルフチェック"
    )
    from secguard.ui.brand import BrandStrip

    (brand_strip,) = window.findChildren(BrandStrip)
    assert brand_strip.title.text() == "さくら通り証券"
    assert brand_strip.accessibleName() == "さくら通り証券"
    assert not brand_strip.logo.pixmap().isNull()


def test_the_plain_window_shows_no_brand(window: MainWindow):
    from secguard.ui.brand import BrandStrip

    assert window.windowTitle() == "secguard: brokerage account self-check"
    assert window.findChildren(BrandStrip) == []


def test_the_log_in_page_is_bookmarked_at_first_start_and_not_forced_back(
    qtbot, languages: LanguageController, tmp_path: Path, brand: Brand
):
    keyring = FaultyKeyring()
    store = ProgressStore(tmp_path)
    window = _branded_window(qtbot, languages, keyring, store, Progress(), brand=brand)
    qtbot.waitUntil(lambda: [b.url for b in window.stored_bookmarks or []] == [LOGIN])
    (added,) = window.stored_bookmarks or []
    assert (added.label, added.broker_id) == ("Sakura-dori Securities", "sakuradori-example")
    assert store.load().progress.preset_bookmarks_added == ["sakuradori-example"]

    # The person deletes it; the next start does not put it back.
    KeyringVault(keyring, service="secguard-test").remove_bookmark(added.id)
    again = _branded_window(qtbot, languages, keyring, store, store.load().progress, brand=brand)
    qtbot.waitUntil(lambda: again.stored_bookmarks is not None)
    qtbot.wait(50)  # a wrongly queued add would land in this turn
    assert again.stored_bookmarks == []


def test_a_locked_keyring_leaves_it_for_the_next_start(
    qtbot, languages: LanguageController, tmp_path: Path, brand: Brand
):
    keyring = FaultyKeyring()
    store = ProgressStore(tmp_path)
    keyring.fail_on_set = 1  # the bookmark's record cannot be written
    window = _branded_window(qtbot, languages, keyring, store, Progress(), brand=brand)
    qtbot.waitUntil(lambda: "storage" in window.messages.visible_texts())
    assert window.stored_bookmarks == []
    assert store.load().progress.preset_bookmarks_added == []


def test_the_about_box_names_the_brokerage(
    qtbot, languages: LanguageController, client: VaultClient, brand: Brand
):
    window = MainWindow(languages, client, brand=brand)
    qtbot.addWidget(window)
    window.show_about()
    about = window._about
    assert about is not None
    assert "Provided to its customers by Sakura-dori Securities." in about._header.text()
    about.close()


def test_the_accent_marks_the_selection(qapp: QApplication, brand: Brand):
    before = qapp.palette()
    try:
        brand.apply_accent(qapp)
        assert qapp.palette().color(QPalette.ColorRole.Highlight).name() == "#b0315a"
        assert qapp.palette().color(QPalette.ColorRole.HighlightedText).name() == "#ffffff"
    finally:
        qapp.setPalette(before)
