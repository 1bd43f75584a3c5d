"""Page 5, the reminder and the way into the playbook, with the clock passed in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from secguard.core.accounts import AccountRecord
from secguard.core.bookmarks import Bookmark
from secguard.core.checklist import PRECAUTIONS, CheckState
from secguard.core.progress import Progress
from secguard.core.review import Cadence, Outcome, ReviewRecord, ReviewRoutine
from secguard.core.stored import StoredData
from secguard.resources import broker_directory
from secguard.storage.progress import ProgressStore
from secguard.storage.vault import KeyringVault
from secguard.ui.browser import Browser
from secguard.ui.language import LanguageController
from secguard.ui.main_window import MainWindow
from secguard.ui.pages.playbook import PlaybookPage
from secguard.ui.pages.review import ReviewPage
from secguard.ui.review_keeper import ReviewReminder, RoutineKeeper
from secguard.ui.vault_client import VaultClient
from tests.storage.fakes import MemoryKeyring

START = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
BOOKMARK = Bookmark("https://www.rakuten-sec.co.jp/my-own-bookmark", "楽天", "rakuten", id=7)


class Clock:
    """The time the page sees; tests move it on instead of waiting."""

    def __init__(self, at: datetime = START) -> None:
        self.at = at

    def __call__(self) -> str:
        return self.at.isoformat()


def _keeper(progress: Progress, clock: Clock, stored: StoredData) -> RoutineKeeper:
    keeper = RoutineKeeper(lambda: progress, clock)
    keeper.set_stored(stored)
    return keeper


def _page(qtbot, keeper: RoutineKeeper, opened: list[str]) -> ReviewPage:
    page = ReviewPage(
        PRECAUTIONS[4],
        keeper,
        broker_directory(),
        language=lambda: "en",
        browser=Browser(lambda url: opened.append(url.toString()) or True),
        tray_available=lambda: True,
    )
    qtbot.addWidget(page)
    page.show()
    return page


def _stored() -> StoredData:
    return StoredData.read([BOOKMARK], [AccountRecord("SBI NISA", "sbi", id=3)])


def test_a_review_needs_every_item_ticked_and_is_kept_with_its_time(qtbot):
    progress, clock = Progress(), Clock()
    keeper = _keeper(progress, clock, _stored())
    page = _page(qtbot, keeper, [])
    assert page.account_combo.count() == 2  # the account, then the bookmarked broker
    assert page.banner.state is CheckState.UNKNOWN
    assert not page.fine_button.isEnabled()
    for item in page.items[:-1]:
        item.box.click()
    assert not page.fine_button.isEnabled()  # one item left
    page.items[-1].title.clicked.emit()  # the words tick the box too
    assert page.fine_button.isEnabled()
    page.fine_button.click()
    record = progress.review_routine.records[-1]
    assert record == ReviewRecord(START.isoformat(), "account-3", "sbi", Outcome.ALL_FINE)
    assert not any(item.is_checked() for item in page.items)  # ready for the next one
    assert "2026-12-09" in page.accounts_text.text()  # a week later


def test_the_cadence_is_per_account_and_moves_the_due_date(qtbot):
    routine = ReviewRoutine(
        records=(ReviewRecord(START.isoformat(), "account-3", "sbi", Outcome.ALL_FINE),)
    )
    progress = Progress(review_routine=routine)
    page = _page(qtbot, _keeper(progress, Clock(), _stored()), [])
    assert page.cadence_combo.currentData() == "weekly"
    assert "2026-12-09" in page.due_text.text()
    page.cadence_combo.setCurrentIndex(page.cadence_combo.findData("monthly"))
    page.cadence_combo.activated.emit(page.cadence_combo.currentIndex())
    assert progress.review_routine.cadence("account-3") is Cadence.MONTHLY
    assert progress.review_routine.cadence("broker-rakuten") is Cadence.WEEKLY
    assert "2027-01-02" in page.due_text.text()


def test_the_broker_opens_from_the_persons_bookmark(qtbot):
    opened: list[str] = []
    page = _page(qtbot, _keeper(Progress(), Clock(), _stored()), opened)
    page.account_combo.setCurrentIndex(page.account_combo.findData("broker-rakuten"))
    page.open_button.click()
    assert opened == [BOOKMARK.url]
    page.account_combo.setCurrentIndex(page.account_combo.findData("account-3"))
    page.open_button.click()  # no bookmark for SBI: the directory's own entry page
    assert opened[-1] == broker_directory().by_id["sbi"].entry_url


def test_something_wrong_is_kept_and_asks_for_the_playbook(qtbot):
    progress = Progress()
    page = _page(qtbot, _keeper(progress, Clock(), _stored()), [])
    with qtbot.waitSignal(page.playbook_requested) as asked:
        page.wrong_button.click()
    assert asked.args == ["sbi"]
    assert progress.review_routine.records[-1].outcome is Outcome.SOMETHING_WRONG
    assert page.banner.state is CheckState.RISK


def test_the_reminder_is_opt_in_and_at_most_once_a_day(qtbot):
    last = START - timedelta(days=8)
    routine = ReviewRoutine(
        records=(ReviewRecord(last.isoformat(), "account-3", "sbi", Outcome.ALL_FINE),)
    )
    progress, clock = Progress(review_routine=routine), Clock()
    keeper = _keeper(progress, clock, StoredData.read([], [AccountRecord("SBI", "sbi", id=3)]))
    shown: list[tuple[str, str]] = []
    from secguard.ui.banner import MessageArea

    reminder = ReviewReminder(keeper, MessageArea(), lambda t, b: shown.append((t, b)) or True)
    assert not reminder.check()  # not asked for
    page = _page(qtbot, keeper, [])
    page.reminder_item.box.click()
    assert progress.review_routine.reminders
    assert reminder.check()
    assert len(shown) == 1
    clock.at += timedelta(hours=3)
    assert not reminder.check()
    clock.at += timedelta(days=1)
    assert reminder.check()
    assert len(shown) == 2
    assert "step 5" in shown[0][1]
    # Reviewed: nothing is due, nothing is shown.
    keeper.record_review("account-3", "sbi", Outcome.ALL_FINE)
    clock.at += timedelta(days=1)
    assert not reminder.check()


def test_no_notification_area_means_no_reminder_is_counted(qtbot):
    routine = ReviewRoutine(reminders=True)
    progress = Progress(review_routine=routine)
    keeper = _keeper(progress, Clock(), _stored())
    from secguard.ui.banner import MessageArea

    reminder = ReviewReminder(keeper, MessageArea(), lambda _t, _b: False)
    assert not reminder.check()
    assert progress.review_routine.last_reminded is None  # it will try again


@pytest.fixture
def vault_with_an_overdue_account(tmp_path: Path):
    backend = MemoryKeyring()
    vault = KeyringVault(backend, "secguard-test")
    account = vault.add_account(AccountRecord("SBI", "sbi"))
    vault.add_bookmark(BOOKMARK)
    old = (START - timedelta(days=10)).isoformat()
    routine = ReviewRoutine(
        records=(ReviewRecord(old, f"account-{account.id}", "sbi", Outcome.ALL_FINE),)
    )
    return vault, Progress(review_routine=routine)


def test_at_start_up_the_window_says_a_review_is_due_and_the_flow_reaches_the_playbook(
    qtbot, languages: LanguageController, vault_with_an_overdue_account, tmp_path: Path
):
    vault, progress = vault_with_an_overdue_account
    store = ProgressStore(tmp_path)
    clock = Clock()
    window = MainWindow(languages, VaultClient(vault), store, progress, clock=clock)
    qtbot.addWidget(window)
    window.show()
    window.load_storage()
    qtbot.waitUntil(lambda: "review" in window.messages.visible_texts(), timeout=5000)
    assert "step 5" in window.messages.visible_texts()["review"]
    assert window.overview.row_states()[4] is CheckState.ATTENTION
    window.open_precaution(5)
    page = window.current_page()
    assert isinstance(page, ReviewPage)
    page.wrong_button.click()
    playbook = window.current_page()
    assert isinstance(playbook, PlaybookPage)
    assert playbook.broker_combo.currentData() == "sbi"
    assert window.overview.row_states()[4] is CheckState.RISK
    for number, part in enumerate(playbook.steps.values()):
        clock.at = START + timedelta(minutes=number)
        part.done.box.click()
    # The incident is closed; the bookmarked Rakuten account still awaits its first review.
    assert window.overview.row_states()[4] is CheckState.ATTENTION
    assert window.overview.results()[4].params == {"count": "1"}
    assert playbook.banner.state is CheckState.OK
    saved = ProgressStore(tmp_path).load().progress.review_routine
    assert saved.latest_run() is not None
    assert saved.latest_run().completed
    assert (
        saved.latest_run().ticked_at(list(playbook.steps)[-1])
        == (START + timedelta(minutes=4)).isoformat()
    )


def test_the_playbook_is_reachable_from_every_page_and_the_menu(qtbot, window: MainWindow):
    for number in range(8):
        window.open_precaution(number)
        window.review.button.click()
        assert isinstance(window.current_page(), PlaybookPage)
    window.open_precaution(2)
    window._playbook_action.trigger()
    assert isinstance(window.current_page(), PlaybookPage)
    window.open_precaution(3)  # and the steps still open afterwards
    assert window.pages.currentIndex() == 3
