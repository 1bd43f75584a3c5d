from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

from secguard.core.checklist import PRECAUTIONS, CheckResult, CheckState, run_checklist
from secguard.i18n import Language
from secguard.ui.app import start_after_first_paint
from secguard.ui.badge import STATE_COLOURS
from secguard.ui.banner import BannerKind
from secguard.ui.language import LanguageController
from secguard.ui.main_window import MainWindow
from secguard.ui.pages.anti_malware import AntiMalwarePage
from secguard.ui.pages.bookmarks import BookmarksPage
from secguard.ui.pages.links import LinksPage
from secguard.ui.pages.mfa import MfaPage
from secguard.ui.pages.passwords import PasswordsPage
from secguard.ui.pages.review import ReviewPage
from secguard.ui.pages.updates import UpdatesPage
from secguard.ui.single_instance import SingleInstance
from secguard.ui.vault_client import VaultClient
from tests.core.system import machines
from tests.core.system.machines import GatedSystem


def _sidebar_texts(window: MainWindow) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def _all_label_text(window: MainWindow) -> str:
    return "\n".join(label.text() for label in window.findChildren(QLabel))


def test_sidebar_has_overview_and_numbered_steps(window: MainWindow):
    texts = _sidebar_texts(window)
    assert texts[0] == "Overview"
    assert [text.split(".")[0] for text in texts[1:]] == ["1", "2", "3", "4", "5", "6", "7"]
    assert window.pages.count() == 8
    assert window.current_page() is window.overview


def test_overview_starts_honestly_unknown(window: MainWindow):
    window.set_results(run_checklist({}))
    assert window.overview.row_states() == [CheckState.UNKNOWN] * 7
    assert "Not checked yet: 7 of 7 precautions." in _all_label_text(window)
    assert window.status_text() == "Not checked yet: 7 of 7 precautions"


def test_overview_shows_a_real_result(window: MainWindow):
    results = run_checklist({})
    results[3] = CheckResult(PRECAUTIONS[3], CheckState.RISK, "check.failed")
    window.set_results(results)
    assert window.overview.row_states()[3] is CheckState.RISK
    assert "Need action now: 1 of 7 precautions." in _all_label_text(window)


def test_each_sidebar_dot_has_its_steps_colour(window: MainWindow):
    """Each step's dot in the sidebar is its own state's colour, also after a change
    (the window paints one dot per state and shares it)."""
    states = [CheckState.RISK, CheckState.OK, CheckState.UNKNOWN, CheckState.ATTENTION,
              CheckState.OK, CheckState.RISK, CheckState.UNKNOWN]  # fmt: skip
    for shown in (states, states[::-1]):
        window.set_results(
            [
                CheckResult(item, state, "check.failed")
                for item, state in zip(PRECAUTIONS, shown, strict=True)
            ]
        )
        for number, state in enumerate(shown, start=1):
            dot = window.sidebar.item(number).data(Qt.ItemDataRole.DecorationRole)
            centre = dot.toImage().pixelColor(dot.width() // 2, dot.height() // 2)
            assert centre.name() == STATE_COLOURS[state], (number, state)


def test_open_button_and_sidebar_reach_each_page(qtbot, window: MainWindow):
    for number in range(1, 8):
        window.overview.open_requested.emit(number)
        page = window.current_page()
        assert page is not None
        assert page.precaution.number == number  # type: ignore[attr-defined]
        if number == 1:
            assert isinstance(page, LinksPage)
        elif number == 2:
            assert isinstance(page, BookmarksPage)
        elif number == 3:
            assert isinstance(page, MfaPage)
        elif number == 4:
            assert isinstance(page, PasswordsPage)
        elif number == 6:
            assert isinstance(page, UpdatesPage)
        elif number == 7:
            assert isinstance(page, AntiMalwarePage)
        else:
            assert isinstance(page, ReviewPage)
        assert page.title_text().startswith(f"{number}. ")


def test_keyboard_shortcuts_open_a_step_from_the_first_paint(
    qtbot, languages: LanguageController, client: VaultClient, tmp_path
):
    """Ctrl+3 opens step 3, Ctrl+0 the overview: set on the turn after the first paint
    (with the keyring and the probes), as ui/app.py starts the window."""
    system = GatedSystem(machines.debian12())
    window = MainWindow(languages, client, system=system)
    qtbot.addWidget(window)
    try:
        start_after_first_paint(window, SingleInstance(tmp_path, name="secguard-test-keys"))
        actions = window.findChildren(QAction)
        assert all(action.shortcut().isEmpty() for action in actions)  # not start-up work
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: any(not action.shortcut().isEmpty() for action in actions))
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentIndex() == 3
        qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentIndex() == 0
    finally:
        system.gate.set()  # never leave the probes' worker waiting


def test_language_switches_at_run_time_and_back(qtbot, window: MainWindow):
    window.open_precaution(3)
    window.switch_language(Language.JAPANESE)
    # Qt posts LanguageChange to every widget; the window updates on the next loop turn.
    qtbot.waitUntil(lambda: window.windowTitle() == "secguard: 証券口座セルフチェック")
    assert _sidebar_texts(window)[0] == "概要"
    assert _sidebar_texts(window)[4] == "4. パスワード"
    page = window.current_page()
    assert isinstance(page, MfaPage)
    assert page.title_text() == "3. 多要素認証とログイン通知を設定する"
    assert "不明" in _all_label_text(window)
    window.switch_language(Language.ENGLISH)
    qtbot.waitUntil(lambda: window.windowTitle() == "secguard: brokerage account self-check")
    assert page.title_text() == "3. Turn on multi-factor authentication and log-in notifications"


def test_about_dialog_lists_libraries_and_licences(qtbot, window: MainWindow):
    window.show_about()
    dialog = window._about
    assert dialog is not None
    qtbot.waitExposed(dialog)
    table = dialog.library_table_text()
    assert "keyring" in table
    assert "MIT" in table
    assert "LGPL" in table
    dialog.close()


def test_banners_per_topic_show_and_close(qtbot, window: MainWindow):
    window.messages.show_message("storage", "Keyring is locked", BannerKind.WARNING)
    window.messages.show_message("progress", "Progress set aside", BannerKind.WARNING)
    assert window.messages.visible_texts() == {
        "storage": "Keyring is locked",
        "progress": "Progress set aside",
    }
    window.messages.clear("storage")
    assert window.messages.visible_texts() == {"progress": "Progress set aside"}


def test_info_banner_hides_itself(qtbot, window: MainWindow):
    banner = window.messages.show_message("x", "Saved", BannerKind.SUCCESS, hide_after_ms=10)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=2000)


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.JAPANESE])
def test_no_two_alt_keys_collide_on_a_page(qtbot, window: MainWindow, language: Language):
    """Alt+letter must do one thing: a letter used twice (or by a menu) only moves focus."""
    window.switch_language(language)
    qtbot.wait(10)  # LanguageChange is posted
    menu_keys = {
        QKeySequence.mnemonic(action.text()).toString() for action in window.menuBar().actions()
    }
    assert len(menu_keys) == len(window.menuBar().actions())
    for number in range(8):
        window.open_precaution(number)
        qtbot.wait(10)
        page = window.current_page()
        texts = [w.text() for w in page.findChildren(QAbstractButton)]
        texts += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
        texts += [w.title() for w in page.findChildren(QGroupBox) if w.isCheckable()]
        keys = [QKeySequence.mnemonic(t).toString() for t in texts]
        keys = [k for k in keys if k]
        clashes = {k for k in keys if keys.count(k) > 1 or k in menu_keys}
        assert not clashes, (number, language, clashes, texts)
