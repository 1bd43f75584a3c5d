"""Step 2's additions: one-click broker, risky-site confirmation, renaming, browser scan."""

from __future__ import annotations

import shutil
from pathlib import Path

from secguard.core.browser_scan import BrowserBookmark, ScanReport
from secguard.core.checklist import PRECAUTIONS, CheckState, PrecautionId
from secguard.core.links import LinkJudge, LinkVerdict
from secguard.resources import broker_directory
from secguard.storage.browsers import BrowserProfile
from secguard.storage.vault import KeyringVault
from secguard.ui.main_window import MainWindow
from secguard.ui.pages.bookmarks import BookmarksPage
from secguard.ui.vault_client import VaultClient
from tests.storage.fakes import FaultyKeyring

CHROME = Path(__file__).parent.parent / "storage" / "fixtures" / "chrome_Bookmarks.json"


def judge_one(url: str) -> LinkVerdict:
    verdict = LinkJudge(broker_directory()).judge_url(url)
    assert verdict is not None
    return verdict


def _page(qtbot, client: VaultClient, profiles=list) -> BookmarksPage:
    page = BookmarksPage(PRECAUTIONS[1], client, profiles=profiles)
    qtbot.addWidget(page)
    page.set_bookmarks([])
    return page


def test_a_broker_is_added_in_one_click(qtbot, client: VaultClient, keyring_backend: FaultyKeyring):
    page = _page(qtbot, client)
    page.broker_combo.setCurrentIndex(page.broker_combo.findData("rakuten"))
    page.add_broker_button.click()
    qtbot.waitUntil(lambda: len(page.bookmarks()) == 1, timeout=5000)
    stored = KeyringVault(keyring_backend, "secguard-test").load().bookmarks
    assert [(b.broker_id, b.url) for b in stored] == [("rakuten", "https://www.rakuten-sec.co.jp/")]


def test_a_lookalike_site_can_never_be_saved_and_the_real_one_is_offered(
    qtbot, client: VaultClient
):
    page = _page(qtbot, client)
    page.url_edit.setText("https://sbisec.co.jp.account-verify.com/login")
    page.add_from_form()
    assert page.warning.isVisibleTo(page)
    assert page.warning.state is CheckState.RISK
    assert "cannot be saved" in page.warning.headline.text()
    assert not page.confirm_button.isVisibleTo(page), "no way to save a fake anyway"
    qtbot.wait(50)
    assert page.bookmarks() == []
    assert page.real_site_button.isVisibleTo(page)
    assert "SBI Securities" in page.real_site_button.text()
    page.real_site_button.click()
    qtbot.waitUntil(lambda: len(page.bookmarks()) == 1, timeout=5000)
    assert page.bookmarks()[0].url == "https://www.sbisec.co.jp/"
    assert not page.warning.isVisibleTo(page)


def test_an_unknown_site_is_saved_only_after_a_warning_and_is_marked(qtbot, client: VaultClient):
    page = _page(qtbot, client)
    page.url_edit.setText("https://example-shop.co.jp/")
    page.add_from_form()
    assert page.warning.state is CheckState.ATTENTION
    assert page.confirm_button.isVisibleTo(page)
    qtbot.wait(50)
    assert page.bookmarks() == [], "nothing saved without confirmation"
    page.confirm_button.click()
    qtbot.waitUntil(lambda: len(page.bookmarks()) == 1, timeout=5000)
    assert not page.warning.isVisibleTo(page)
    assert page.table.item(0, 2).text() == "Not a known broker site"


def test_an_ordinary_site_is_saved_without_questions(qtbot, client: VaultClient):
    page = _page(qtbot, client)
    page.url_edit.setText("https://www.sbisec.co.jp/")
    page.add_from_form()
    qtbot.waitUntil(lambda: len(page.bookmarks()) == 1, timeout=5000)
    assert not page.confirm_button.isVisibleTo(page)


def test_a_bookmark_is_renamed_in_place(qtbot, client: VaultClient, keyring_backend: FaultyKeyring):
    page = _page(qtbot, client)
    page.url_edit.setText("https://www.monex.co.jp/")
    page.add_from_form()
    qtbot.waitUntil(lambda: len(page.bookmarks()) == 1, timeout=5000)
    page.table.item(0, 0).setText("マネックス")
    qtbot.waitUntil(lambda: page.bookmarks()[0].label == "マネックス", timeout=5000)
    assert KeyringVault(keyring_backend, "secguard-test").load().bookmarks[0].label == "マネックス"


def test_browser_scan_lists_imitations_with_progress(qtbot, client: VaultClient, tmp_path: Path):
    bookmarks = tmp_path / "Bookmarks"
    shutil.copyfile(CHROME, bookmarks)
    profiles = [BrowserProfile("Chrome", "Default", bookmarks, "chromium")]
    page = _page(qtbot, client, profiles=lambda: profiles)
    panel = page.scan_panel
    with qtbot.waitSignal(panel.scanned, timeout=10000) as blocker:
        panel.scan_button.click()
    report = blocker.args[0]
    assert report.bookmarks == 5
    assert [b.title for b, _ in report.findings] == ["楽天証券 ログイン", "Monex"]
    assert panel.findings.count() == 2
    assert [v.verdict.value for _, v in report.findings] == ["lookalike", "lookalike"]
    assert "Imitations of a broker: 2. Suspicious: 0." in panel.summary.text()


def test_the_overview_follows_scan_and_promise(qtbot, window: MainWindow, tmp_path: Path):
    window.load_storage()
    qtbot.waitUntil(lambda: window._contents is not None, timeout=5000)
    assert window.overview.row_states()[1] is CheckState.ATTENTION  # no broker bookmark yet
    fake = judge_one("https://sbisec-login.com/")
    found = BrowserBookmark("Chrome", "Default", "SBI", fake.url)
    window._on_browser_scan(ScanReport(bookmarks=3, profiles=1, findings=[(found, fake)]))
    assert window.overview.row_states()[1] is CheckState.RISK
    links = window.page_for(PrecautionId.NO_LINKS)
    links.promise_button.click()  # type: ignore[union-attr]
    assert window.overview.row_states()[0] is CheckState.OK
    assert "no-links-in-messages" in window.progress.completed_steps


def test_opening_step_2_after_loading_shows_the_stored_bookmarks(
    qtbot, window: MainWindow, keyring_backend: FaultyKeyring
):
    from secguard.core.bookmarks import new_bookmark

    KeyringVault(keyring_backend, "secguard-test").add_bookmark(
        new_bookmark("https://www.sbisec.co.jp/", "SBI", "sbi")
    )
    window.load_storage()
    qtbot.waitUntil(lambda: window._contents is not None, timeout=5000)
    page = window.page_for(PrecautionId.BOOKMARKS)
    assert isinstance(page, BookmarksPage)
    assert [b.label for b in page.bookmarks()] == ["SBI"]
    assert window._contents is not None
    assert [b.label for b in window._contents.bookmarks] == ["SBI"]


def test_an_address_keeps_its_whole_row_when_its_column_narrows(qtbot):
    """Rows were sized for the column's width when the list was filled; at 150 % in an
    800x600 window the address column then narrowed, the address wrapped at its slashes
    and the row showed only 「https://…」.  Each row now follows its address's height."""
    from secguard.core.bookmarks import Bookmark
    from secguard.ui.pages.bookmark_table import BookmarkTable

    table = BookmarkTable(LinkJudge(broker_directory()), broker_directory(), lambda: "en")
    qtbot.addWidget(table)
    table.resize(900, 300)
    table.show()
    qtbot.waitExposed(table)
    url = "https://www.sbisec.co.jp/ETGate/"
    table.show_bookmarks([Bookmark(url, "SBI", "sbi", id=1)])
    one_line = table.rowHeight(0)
    table.resize(360, 300)  # the address column narrows: the address needs two lines
    qtbot.waitUntil(lambda: table.rowHeight(0) > one_line)
    assert table.rowHeight(0) == table.sizeHintForRow(0)
