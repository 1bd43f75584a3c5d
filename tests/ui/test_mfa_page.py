"""Step 3: the brokers' guidance, the person's answers and the overview's step 3."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton

from secguard.core.accounts import Answer, new_account
from secguard.core.bookmarks import Bookmark
from secguard.core.checklist import PRECAUTIONS, CheckState, PrecautionId
from secguard.core.mfa import MfaMethod
from secguard.core.totp import read_key
from secguard.i18n import Language
from secguard.resources import broker_directory
from secguard.storage.vault import KeyringVault
from secguard.ui.browser import Browser
from secguard.ui.main_window import MainWindow
from secguard.ui.pages.mfa import MfaPage
from secguard.ui.pages.mfa_answers import AccountAnswers
from secguard.ui.pages.passwords import PasswordsPage
from secguard.ui.qr_image import setup_from_qimage
from secguard.ui.vault_client import VaultClient
from tests.storage.fakes import MemoryKeyring
from tests.ui.test_totp_assistant import PLANTED_URI

AT = "2026-12-02T09:00:00+00:00"
SBI_SETTINGS = "https://s.sbisec.co.jp/smweb/pr/gaccnt.do?page=corp_security_index"


def _bookmark(url: str, broker_id: str) -> Bookmark:
    return Bookmark(label="mine", url=url, broker_id=broker_id, id=1, created=AT, updated=AT)


def _page(qtbot, client: VaultClient, opened: list[str] | None = None) -> MfaPage:
    def record(url: QUrl) -> bool:
        if opened is not None:
            opened.append(url.toString())
        return True

    page = MfaPage(
        PRECAUTIONS[2], client, broker_directory(), browser=Browser(record), clock=lambda: AT
    )
    qtbot.addWidget(page)
    page.show()
    return page


def _choose(combo, data: str) -> None:  # type: ignore[no-untyped-def]
    """What a person's choice does: the item becomes current and ``activated`` fires."""
    index = combo.findData(data)
    assert index >= 0, (data, [combo.itemData(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_guidance_for_a_broker_the_directory_knows(qtbot, client: VaultClient):
    page = _page(qtbot, client)
    page.set_accounts([new_account("My SBI", "sbi", at=AT)])
    [card] = page.guidance.cards
    text = card.methods.text()
    assert text.index("Passkey") < text.index("Device authentication") < text.index("e-mail")
    assert "1. Passkey (the strongest that this broker offers)" in text
    assert "cannot be phished" in text
    assert "relayed to the real site within seconds" in text
    assert "SBI Securities can send an e-mail at each log-in, but you must switch it on." in (
        card.facts.text()
    )
    assert "since 2025-05-31" in card.facts.text()
    assert "a page of the broker itself" in card.source.text()
    assert "step 1" in page.guidance.phishing_warning.text()


def test_guidance_says_plainly_what_secguard_does_not_know(qtbot, client: VaultClient):
    page = _page(qtbot, client)
    page.set_accounts([new_account("岡三", "okasan", at=AT)])
    [card] = page.guidance.cards
    assert card.methods.isHidden()
    assert (
        "secguard does not know which log-in protections Okasan Securities offers; check its "
        "security page from your bookmark." in card.facts.text()
    )
    assert "does not know whether Okasan Securities sends an e-mail" in card.facts.text()
    assert card.source.isHidden()


def test_no_broker_yet_says_so_and_offers_an_account(qtbot, client: VaultClient):
    page = _page(qtbot, client)
    page.set_accounts([])
    assert page.guidance.cards == []
    assert not page.guidance.empty.isHidden()
    assert not page.answers.empty.isHidden()
    assert "no accounts in secguard yet" in page.answers.empty.text()
    assert page.answers.picker.add_account_button.isEnabled()


def test_the_settings_button_opens_only_the_directory_or_the_bookmark(qtbot, client: VaultClient):
    opened: list[str] = []
    page = _page(qtbot, client, opened)
    okasan_bookmark = "https://www.okasan-online.co.jp/my-own-bookmark/"
    page.set_bookmarks(
        [
            _bookmark("https://www.sbisec.co.jp/bookmarked/", "sbi"),
            _bookmark(okasan_bookmark, "okasan"),
        ]
    )
    page.set_accounts([new_account("SBI", "sbi", at=AT), new_account("Monex", "monex", at=AT)])
    by_broker = {card.guidance.broker_id: card for card in page.guidance.cards}
    assert list(by_broker) == ["sbi", "monex", "okasan"]  # accounts first, then bookmarks
    for card in page.guidance.cards:
        card.settings_button.click()
    monex = broker_directory().get("monex")
    assert monex is not None
    assert monex.mfa is not None
    # The directory's settings page wins over a bookmark; else the bookmark.
    assert opened == [SBI_SETTINGS, monex.mfa.settings_url, okasan_bookmark]
    assert "bookmark" in by_broker["okasan"].settings_button.text()

    page.set_bookmarks([])  # no bookmark and no settings page: the directory's own address
    okasan = broker_directory().get("okasan")
    assert okasan is not None
    [_, _] = page.guidance.cards  # only the accounts' brokers remain
    page.set_accounts([new_account("岡三", "okasan", at=AT)])
    page.guidance.cards[0].settings_button.click()
    assert opened[-1] == okasan.entry_url
    assert "official site" in page.guidance.cards[0].settings_button.text()


def test_the_method_question_offers_only_what_the_broker_offers(qtbot, client: VaultClient):
    page = _page(qtbot, client)
    page.set_accounts([new_account("SBI", "sbi", at=AT), new_account("岡三", "okasan", at=AT)])
    sbi, okasan = page.answers.cards

    def choices(card: AccountAnswers) -> list[str]:
        combo = card.method_combo
        return [combo.itemData(i) for i in range(combo.count())]

    assert choices(sbi) == ["passkey", "device", "phone", "email", ""]
    # Nothing confirmed for Okasan: every method, strongest first, so the person can answer.
    assert choices(okasan) == ["passkey", "totp", "device", "sms", "email", "phone", ""]
    assert sbi.method_combo.currentIndex() == -1  # "Not answered yet", not a guess
    assert sbi.method_combo.placeholderText() == "Not answered yet"


def test_answers_are_stored_and_step_3_follows_in_the_overview(qtbot, languages):  # type: ignore[no-untyped-def]
    backend = MemoryKeyring()
    vault = KeyringVault(backend, "t")
    window = MainWindow(languages, VaultClient(vault), clock=lambda: AT)
    qtbot.addWidget(window)
    window.load_storage()
    qtbot.waitUntil(lambda: window._contents is not None, timeout=5000)
    passwords = window.page_for(PrecautionId.PASSWORDS)  # built before the answers
    assert isinstance(passwords, PasswordsPage)
    window.open_precaution(3)
    page = window.page_for(PrecautionId.MFA)
    assert isinstance(page, MfaPage)
    assert window.overview.row_states()[2] is CheckState.UNKNOWN

    page.answers.picker.new_account_label.setText("My SBI")
    combo = page.answers.picker.new_account_broker
    combo.setCurrentIndex(combo.findData("sbi"))
    page.answers.picker.add_account_button.click()
    qtbot.waitUntil(lambda: len(page.answers.cards) == 1, timeout=5000)
    card = page.answers.cards[0]
    assert [c.guidance.broker_id for c in page.guidance.cards] == ["sbi"]
    assert window.overview.row_states()[2] is CheckState.UNKNOWN  # added, not answered

    def stored():  # type: ignore[no-untyped-def]
        return vault.load().accounts[0]

    _choose(card.enabled_combo, "yes")
    _choose(card.method_combo, "passkey")
    _choose(card.notifications_combo, "yes")
    qtbot.waitUntil(lambda: stored().login_notifications is Answer.YES, timeout=5000)
    assert (stored().mfa_enabled, stored().mfa_method) == (Answer.YES, MfaMethod.PASSKEY)
    qtbot.waitUntil(lambda: window.overview.row_states()[2] is CheckState.OK, timeout=5000)
    assert card.banner.state is CheckState.OK

    _choose(card.method_combo, "email")  # codes only, and the passkey left unused
    qtbot.waitUntil(lambda: window.overview.row_states()[2] is CheckState.ATTENTION, timeout=5000)
    assert "relay them" in card.banner.body.text()
    assert "offers a passkey" in card.banner.body.text()

    _choose(card.enabled_combo, "no")
    qtbot.waitUntil(lambda: window.overview.row_states()[2] is CheckState.RISK, timeout=5000)
    assert stored().mfa_method is None  # no method while MFA is off
    assert not card.method_combo.isEnabled()
    assert card.banner.state is CheckState.RISK

    # Page 4 was given the answered record: saving a password check there keeps the answers.
    assert passwords.picker.accounts[0].mfa_enabled is Answer.NO


def test_another_pages_change_keeps_the_persons_place(qtbot, client: VaultClient):
    page = _page(qtbot, client)
    account = new_account("SBI", "sbi", at=AT)
    page.set_accounts([account])
    card = page.answers.cards[0]
    card.enabled_combo.setFocus()
    page.set_accounts([account])  # e.g. page 4 saved a password check
    assert page.answers.cards[0] is card, "updated in place, not rebuilt"


@pytest.mark.parametrize(
    "case", [(Language.ENGLISH, 1.0, (1000, 680)), (Language.JAPANESE, 1.5, (800, 600))]
)
def test_the_qr_on_a_screenshot_of_the_window_reads_back(  # type: ignore[no-untyped-def]
    qtbot, qapp, window: MainWindow, case: tuple[Language, float, tuple[int, int]]
):
    language, scale, size = case
    normal = QFont(qapp.font())
    bigger = QFont(normal)
    bigger.setPointSizeF(normal.pointSizeF() * scale)
    qapp.setFont(bigger)
    try:
        window.switch_language(language)
        window.resize(*size)
        window.open_precaution(3)
        page = window.page_for(PrecautionId.MFA)
        assert isinstance(page, MfaPage)
        page.assistant.key_field.setText(PLANTED_URI)
        page.assistant.check_key_button.click()
        page.assistant.show_qr_button.click()
        qtbot.wait(20)  # the layout settles and the page scrolls on the next turns of the loop
        page.scroll_area.ensureWidgetVisible(page.assistant.qr_label, 0, 0)
        qtbot.wait(20)
        shot = window.grab().toImage()
        assert shot.width() == size[0]
        assert page.scroll_area.horizontalScrollBar().maximum() == 0
        assert setup_from_qimage(shot).key == read_key(PLANTED_URI)
    finally:
        qapp.setFont(normal)


def test_tab_follows_the_reading_order_through_cards_made_later(qtbot, client: VaultClient):
    page = _page(qtbot, client)
    page.resize(900, 700)
    page.set_bookmarks([_bookmark("https://www.okasan-online.co.jp/mine/", "okasan")])
    page.set_accounts([new_account("SBI", "sbi", at=AT), new_account("Monex", "monex", at=AT)])
    page.assistant.practice_button.click()  # every control of the assistant in use
    qtbot.wait(20)
    content = page.scroll_area.widget()
    start = page.guidance.cards[0].settings_button
    stops, widget = [], start
    while True:
        if (
            content.isAncestorOf(widget)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    places = [
        (w.mapTo(content, w.rect().topLeft()).y(), w.mapTo(content, w.rect().topLeft()).x())
        for w in stops
    ]
    assert places == sorted(places), [type(w).__name__ for w in stops]
    assert page.answers.cards[1].notifications_combo in stops
    assert page.assistant.clock.check_button is stops[-1]
    for stop in stops:  # a name for every stop, read out by a screen reader
        text = stop.text() if isinstance(stop, QAbstractButton) else ""
        assert stop.accessibleName() or text, type(stop).__name__
