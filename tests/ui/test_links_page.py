"""Step 1 in the window: paste, see each link's verdict, open the real site instead."""

from __future__ import annotations

from PySide6.QtCore import Qt

from secguard.core.bookmarks import Bookmark, new_bookmark
from secguard.core.checklist import PRECAUTIONS, PrecautionId
from secguard.i18n import Language
from secguard.resources import broker_directory
from secguard.ui.browser import Browser
from secguard.ui.main_window import MainWindow
from secguard.ui.pages.links import LinksPage

SMS = (
    "【SBI証券】重要なお知らせ お客様の口座が制限されました。"
    "https://sbisec.co.jp.account-verify.com/login より確認してください。"
    "公式: https://www.sbisec.co.jp/"
)


def _page(qtbot, opened: list[str]) -> LinksPage:
    page = LinksPage(
        PRECAUTIONS[0],
        broker_directory(),
        language=lambda: "en",
        browser=Browser(lambda url: opened.append(url.toString()) or True),
    )
    qtbot.addWidget(page)
    return page


def test_pasting_a_message_shows_one_card_per_link(qtbot):
    opened: list[str] = []
    page = _page(qtbot, opened)
    page.paste.setPlainText(SMS)
    qtbot.waitUntil(lambda: len(page.cards()) == 2, timeout=5000)
    cards = page.cards()
    assert [c.verdict.verdict.value for c in cards] == ["lookalike", "official"]
    assert "SBI Securities" in cards[0].reasons.text()
    assert "Dangerous links: 1 of 2" in page._status.text()
    assert opened == [], "pasting opens nothing"


def test_the_real_site_button_opens_the_directory_address_never_the_pasted_link(qtbot):
    opened: list[str] = []
    page = _page(qtbot, opened)
    page.paste.setPlainText("https://sblsec.co.jp/login")
    qtbot.waitUntil(lambda: len(page.cards()) == 1, timeout=5000)
    button = page.cards()[0].real_site_button
    assert button is not None
    assert button.text() == "Open the real SBI Securities site instead"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == ["https://www.sbisec.co.jp/"]


def test_the_real_site_button_prefers_the_persons_own_bookmark(qtbot):
    opened: list[str] = []
    page = _page(qtbot, opened)
    page.set_bookmarks([new_bookmark("https://www.sbisec.co.jp/ETGate/", "My SBI", "sbi")])
    page.paste.setPlainText("https://sbisec-login.com/")
    qtbot.waitUntil(lambda: len(page.cards()) == 1, timeout=5000)
    button = page.cards()[0].real_site_button
    assert button is not None
    button.click()
    assert opened == ["https://www.sbisec.co.jp/ETGate/"]


def test_official_and_unknown_links_offer_no_button(qtbot):
    page = _page(qtbot, [])
    page.paste.setPlainText("https://www.sbisec.co.jp/ and https://kabutan.jp/")
    qtbot.waitUntil(lambda: len(page.cards()) == 2, timeout=5000)
    assert [c.real_site_button for c in page.cards()] == [None, None]


def test_a_huge_paste_is_cut_with_a_note(qtbot):
    page = _page(qtbot, [])
    page.paste.setPlainText("x https://www.sbisec.co.jp/ " * 20_000)
    page.check_now()
    qtbot.waitUntil(lambda: "note" in page.messages.visible_texts(), timeout=10000)
    assert "too long" in page.messages.visible_texts()["note"]


def test_step_1_in_the_window_switches_language(qtbot, window: MainWindow):
    page = window.page_for(PrecautionId.NO_LINKS)
    assert isinstance(page, LinksPage)
    page.paste.setPlainText("https://sbisec.com/")
    qtbot.waitUntil(lambda: len(page.cards()) == 1, timeout=5000)
    window.switch_language(Language.JAPANESE)
    qtbot.waitUntil(
        lambda: page.cards() and "SBI証券" in page.cards()[0].reasons.text(), timeout=5000
    )
    assert page.cards()[0].banner.word.text() == "偽物: 証券会社のなりすまし"


def test_a_damaged_bookmark_that_is_not_https_is_never_opened(qtbot):
    # Bookmarks are validated when added; a record changed in the keyring behind
    # secguard's back is not, so the page's opener must refuse it itself.
    opened: list[str] = []
    page = _page(qtbot, opened)
    page.set_bookmarks([Bookmark("http://www.sbisec.co.jp/", "tampered", "sbi", id=1)])
    page.paste.setPlainText("https://sbisec-login.com/")
    qtbot.waitUntil(lambda: len(page.cards()) == 1, timeout=5000)
    button = page.cards()[0].real_site_button
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == []
