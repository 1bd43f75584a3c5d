"""The playbook page: every number it shows comes from a sourced directory entry."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton

from secguard.core.accounts import AccountRecord
from secguard.core.bookmarks import Bookmark
from secguard.core.checklist import CheckState
from secguard.core.playbook import PlaybookStep
from secguard.core.progress import Progress
from secguard.core.stored import StoredData
from secguard.i18n import Language
from secguard.resources import broker_directory, help_desks
from secguard.ui.browser import Browser
from secguard.ui.language import LanguageController
from secguard.ui.main_window import MainWindow
from secguard.ui.pages.playbook import PlaybookPage
from secguard.ui.pages.playbook_facts import FactCard
from secguard.ui.review_keeper import RoutineKeeper
from tests.ui.test_review_page import START, Clock

DIRECTORY = broker_directory()
BOOKMARK = Bookmark("https://www.rakuten-sec.co.jp/my-own-bookmark", "楽天", "rakuten", id=7)


def _page(qtbot, opened: list[str], stored: StoredData | None = None, language: str = "en"):
    progress, clock = Progress(), Clock()
    keeper = RoutineKeeper(lambda: progress, clock)
    keeper.set_stored(stored or StoredData.read([BOOKMARK]))
    page = PlaybookPage(
        keeper,
        DIRECTORY,
        help_desks(),
        language=lambda: language,
        browser=Browser(lambda url: opened.append(url.toString()) or True),
    )
    qtbot.addWidget(page)
    page.show()
    return page, progress, clock


def _cards(page: PlaybookPage, step: PlaybookStep) -> list[FactCard]:
    return page.steps[step].cards


@pytest.mark.parametrize("broker", DIRECTORY.brokers, ids=lambda b: b.id)
def test_every_number_shown_is_the_directorys_with_its_source(qtbot, broker):
    page, _, _ = _page(qtbot, [])
    page.show_for(broker.id)
    assert page.broker_combo.currentData() == broker.id
    cards = _cards(page, PlaybookStep.STOP_DAMAGE)
    allowed = {p.number for p in broker.phones if p.purpose in {"security", "support"}}
    if broker.account_lock is not None and broker.account_lock.number:
        allowed.add(broker.account_lock.number)
    shown = {number for card in cards for number in card.numbers}
    assert shown <= allowed
    assert shown == allowed  # and none is left out
    for card in cards:
        assert "Source: " in card.text()
        assert "checked 20" in card.text()
    if not shown - ({broker.account_lock.number} if broker.account_lock else set()):
        # No confirmed number to call: the contact page's instructions, through the bookmark.
        assert broker.contact_page is not None
        texts = page.findChildren(type(page.intro))
        assert any(broker.contact_page.where["en"] == t.text() for t in texts)
    desks = {number for card in _cards(page, PlaybookStep.GET_HELP) for number in card.numbers}
    expected = {d.number for d in help_desks()} | {
        o.number for d in help_desks() for o in d.other_numbers
    }
    assert desks == expected


def test_a_broker_without_a_number_is_opened_from_the_bookmark(qtbot):
    opened: list[str] = []
    page, _, _ = _page(qtbot, opened)
    page.show_for("rakuten")
    button = page.steps[PlaybookStep.STOP_DAMAGE].buttons[0]
    button.click()
    assert opened == [BOOKMARK.url]  # never a link from anywhere else
    page.show_for("matsui")  # no bookmark: the directory's own entry page
    page.steps[PlaybookStep.STOP_DAMAGE].buttons[0].click()
    assert opened[-1] == DIRECTORY.by_id["matsui"].entry_url


def test_step_two_names_the_accounts_sharing_the_password(qtbot):
    accounts = [
        AccountRecord("楽天 NISA", "rakuten", password_fingerprint="scrypt$A", id=1),
        AccountRecord("SBI 特定", "sbi", password_fingerprint="scrypt$A", id=2),
        AccountRecord("Monex", "monex", pin_fingerprint="scrypt$A", id=3),
        AccountRecord("Matsui", "matsui", password_fingerprint="scrypt$B", id=4),
    ]
    page, _, _ = _page(qtbot, [], StoredData.read([BOOKMARK], accounts))
    page.show_for("rakuten")
    text = "\n".join(w.text() for w in page.findChildren(type(page.intro)))
    assert "SBI 特定 (its password)" in text
    assert "Monex (its trading PIN)" in text
    assert "Matsui" not in text
    page.show_for("matsui")
    qtbot.wait(10)  # the old step's words are deleted, the new ones shown
    text = "\n".join(w.text() for w in page.findChildren(type(page.intro)) if w.isVisible())
    assert "no other account uses this password" in text


def test_each_step_is_ticked_with_its_time_and_the_run_completes(qtbot):
    page, progress, _clock = _page(qtbot, [])
    page.show_for("rakuten")
    assert page.banner.state is CheckState.ATTENTION
    parts = list(page.steps.values())
    parts[0].done.box.click()
    run = progress.review_routine.open_run()
    assert run is not None
    assert run.broker_id == "rakuten"
    assert run.ticked_at(PlaybookStep.STOP_DAMAGE) == START.isoformat()
    assert page.banner.state is CheckState.RISK
    assert parts[0].when.isVisibleTo(page)
    parts[0].done.box.click()  # taken back
    assert progress.review_routine.open_run().ticked == {}  # type: ignore[union-attr]
    for part in parts:
        part.done.box.click()
    assert progress.review_routine.open_run() is None
    assert progress.review_routine.latest_run().completed  # type: ignore[union-attr]
    assert page.banner.state is CheckState.OK
    assert not parts[0].done.box.isEnabled()  # a finished run is a record, not a form
    page.restart_button.click()
    assert not any(part.done.is_checked() for part in parts)
    assert page.banner.state is CheckState.ATTENTION


def test_every_step_reads_in_japanese(qtbot, languages: LanguageController):
    page, _, _ = _page(qtbot, [], language="ja")
    page.show_for("sbi")
    english = [part.section.heading.text() for part in page.steps.values()]
    languages.switch(Language.JAPANESE)
    qtbot.waitUntil(lambda: page.heading.text() != "Something looks wrong: what to do now")
    japanese = [part.section.heading.text() for part in page.steps.values()]
    assert japanese[0] == "1. 今すぐ被害を止める"
    assert all(j != e for j, e in zip(japanese, english, strict=True))
    assert "SBI証券" in page.steps[PlaybookStep.TURN_ON_MFA].buttons[0].text()


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.JAPANESE])
def test_no_alt_key_repeats_on_the_playbook_and_the_report(
    qtbot, window: MainWindow, language: Language
):
    window.switch_language(language)
    qtbot.wait(10)
    menu_keys = {QKeySequence.mnemonic(a.text()).toString() for a in window.menuBar().actions()}
    file_keys = [QKeySequence.mnemonic(a.text()).toString() for a in window._file_menu.actions()]
    file_keys = [k for k in file_keys if k]
    assert len(file_keys) == len(set(file_keys))
    for page in (window.review.open_playbook(), window.review.open_report()):
        keys = [
            QKeySequence.mnemonic(b.text()).toString() for b in page.findChildren(QAbstractButton)
        ]
        keys = [k for k in keys if k]
        assert not {k for k in keys if keys.count(k) > 1 or k in menu_keys}


def test_tab_follows_the_reading_order(qtbot):
    page, _, _ = _page(qtbot, [])
    page.show_for("rakuten")
    stop = page.steps[PlaybookStep.STOP_DAMAGE]
    change = page.steps[PlaybookStep.CHANGE_PASSWORDS]
    # The button made for this broker comes before the step's box, and that before step 2's.
    assert stop.buttons[0].nextInFocusChain() is stop.done.box
    assert stop.done.box.nextInFocusChain() is change.buttons[0]
