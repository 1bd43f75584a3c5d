"""Pages 6 and 7 on recorded machines (Debian 12, Windows 10 and 11, macOS), in both languages."""

from __future__ import annotations

import shutil
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from secguard.core.checklist import PRECAUTIONS, CheckState
from secguard.i18n import Language
from secguard.ui.language import LanguageController
from secguard.ui.main_window import MainWindow
from secguard.ui.pages.anti_malware import AntiMalwarePage
from secguard.ui.pages.system_step import SystemStepPage
from secguard.ui.pages.updates import UpdatesPage
from secguard.ui.system_check import SystemCheck
from secguard.ui.system_settings import SystemSettings
from tests.core.system import machines
from tests.core.system.fakes import RecordedSystem
from tests.core.system.machines import NOW, GatedSystem

PageMaker = Callable[..., SystemStepPage]


class Opened:
    """What the page asked the desktop to open or start."""

    def __init__(self) -> None:
        self.urls: list[str] = []
        self.programs: list[str] = []

    def open_url(self, url: QUrl) -> bool:
        self.urls.append(url.toString())
        return True

    def start(self, program: str, arguments: object) -> bool:
        self.programs.append(" ".join([Path(program).name, *arguments]))  # type: ignore[misc]
        return True


@pytest.fixture
def opened() -> Opened:
    return Opened()


def finished_check(qtbot, machine: RecordedSystem) -> SystemCheck:  # type: ignore[no-untyped-def]
    check = SystemCheck(machine, NOW.isoformat)
    check.run()
    qtbot.waitUntil(lambda: not check.running)
    return check


@pytest.fixture
def make_page(qtbot, opened: Opened) -> PageMaker:  # type: ignore[no-untyped-def]
    def make(
        page_class: type[SystemStepPage], check: SystemCheck, updater_path: str = ""
    ) -> SystemStepPage:
        settings = SystemSettings(
            check.platform,
            open_url=opened.open_url,
            # No updater unless a test puts one on a PATH of its own.
            find_program=lambda name: (
                shutil.which(name, path=updater_path) if updater_path else None
            ),
            start_program=opened.start,
        )
        number = 6 if page_class is UpdatesPage else 7
        page = page_class(PRECAUTIONS[number - 1], check, settings=settings)
        qtbot.addWidget(page)
        page.resize(800, 600)
        page.show()
        return page

    return make


def shown(page: SystemStepPage) -> list[tuple[CheckState, str]]:
    return [(b.state, b.headline.text()) for b in page.finding_banners]


def bodies(page: SystemStepPage) -> list[str]:
    return [b.body.text() for b in page.finding_banners]


def switch(qtbot, languages: LanguageController, page: SystemStepPage, language: Language) -> None:  # type: ignore[no-untyped-def]
    before = page.summary.headline.text()
    languages.switch(language)
    # LanguageChange is posted; the page re-translates on the next turn of the loop.
    qtbot.waitUntil(lambda: page.summary.headline.text() != before)


# --- Debian 12, recorded on this project's machine ------------------------------------


def test_debian_12_updates_in_english(qtbot, make_page: PageMaker):
    page = make_page(UpdatesPage, finished_check(qtbot, machines.debian12()))
    assert page.summary.state is CheckState.ATTENTION
    assert page.summary.headline.text() == "Your computer needs updating"
    assert page.summary.body.text() == "Points that need you: 2 of 3, explained below."
    assert shown(page) == [
        (CheckState.ATTENTION, "Operating system support"),
        (CheckState.ATTENTION, "Waiting updates"),
        (CheckState.UNKNOWN, "Restart"),
    ]
    support, pending, restart = bodies(page)
    assert "Read from this computer: Debian GNU/Linux 12 (bookworm)." in support
    assert "Regular support ended on 2026-07-11; extended support runs until 2028-06-30." in support
    assert "checked on 2026-08-10 (114 days before this check)" in support
    assert "Updates waiting: 143, of which 92 fix security problems." in pending
    assert "Read with apt-get, which only looks: nothing was installed." in pending
    assert "and 137 more." in pending
    assert "cannot tell on this system whether a restart is pending" in restart
    # No graphical updater here: the page says what to type instead.
    assert page.open_button.isHidden()
    assert "type sudo apt upgrade and press Enter" in page.how_to.text()
    assert page.how_to.isVisibleTo(page)
    assert page.check_button.text() == "Check &again"
    assert page.checked_at.text().startswith("Checked on 2026-12-02")


def test_debian_12_updates_in_japanese(qtbot, make_page: PageMaker, languages):
    page = make_page(UpdatesPage, finished_check(qtbot, machines.debian12()))
    switch(qtbot, languages, page, Language.JAPANESE)
    assert page.summary.headline.text() == "このコンピューターは更新が必要です"
    assert page.summary.word.text() == "要注意"
    assert page.summary.body.text() == "対応が必要な項目：3 件中 2 件。下で説明します。"  # noqa: RUF001
    assert [title for _, title in shown(page)] == ["OS のサポート", "未適用の更新", "再起動"]
    support, pending, _restart = bodies(page)
    assert "延長サポートは 2028-06-30 まで続きます" in support
    assert "（2026-08-10 に確認、今回の確認の 114 日前）" in support  # noqa: RUF001
    assert "未適用の更新：143 件（うちセキュリティ修正 92 件）" in pending  # noqa: RUF001
    assert "ほか 137 件" in pending
    assert "端末（ターミナル）を開き、sudo apt update と入力" in page.how_to.text()  # noqa: RUF001
    assert page.check_button.text() == "もう一度確認(&A)"


def test_debian_12_anti_malware_is_informational(qtbot, make_page: PageMaker, languages):
    page = make_page(AntiMalwarePage, finished_check(qtbot, machines.debian12()))
    assert page.summary.state is CheckState.OK
    assert page.summary.headline.text() == "Your computer is protected"
    assert shown(page) == [(CheckState.OK, "Antivirus")]
    assert "No antivirus is installed. On Linux, installing updates" in bodies(page)[0]
    assert page.open_button.isHidden()  # Linux has no protection settings to open
    assert page.how_to.text() == ""
    switch(qtbot, languages, page, Language.JAPANESE)
    assert page.summary.headline.text() == "このコンピューターは保護されています"
    assert shown(page) == [(CheckState.OK, "ウイルス対策")]


def test_a_linux_desktop_updater_is_offered_and_started(
    qtbot, make_page: PageMaker, opened: Opened, tmp_path: Path
):
    updater = tmp_path / "gnome-software"
    updater.write_text("#!/bin/sh\n", encoding="utf-8")
    updater.chmod(updater.stat().st_mode | stat.S_IXUSR)
    page = make_page(UpdatesPage, finished_check(qtbot, machines.debian12()), str(tmp_path))
    assert not page.open_button.isHidden()
    assert page.open_button.text() == "&Open the software updater"
    assert "opens your computer's own updater" in page.how_to.text()
    page.open_button.click()
    assert opened.programs == ["gnome-software --mode=updates"]


# --- Windows (constructed outputs, see fixtures/README.md) ----------------------------


WINDOWS_WORDS = {
    Language.ENGLISH: (
        "&Open Windows Update",
        "&Open Windows Security",
        "Antivirus (ウイルスバスター クラウド)",
    ),
    Language.JAPANESE: (
        "Windows Update を開く(&O)",
        "Windows セキュリティを開く(&O)",
        "ウイルス対策（製品：ウイルスバスター クラウド）",  # noqa: RUF001
    ),
}


@pytest.mark.parametrize("language", list(WINDOWS_WORDS))
def test_japanese_windows_11_home(qtbot, make_page: PageMaker, opened: Opened, languages, language):
    open_updates, open_security, product_title = WINDOWS_WORDS[language]
    languages.switch(language)
    check = finished_check(qtbot, machines.windows11_japanese_home())
    updates = make_page(UpdatesPage, check)
    assert updates.summary.state is CheckState.ATTENTION
    assert [state for state, _ in shown(updates)] == [
        CheckState.OK,
        CheckState.ATTENTION,
        CheckState.ATTENTION,
    ]
    assert "26200.7171" in bodies(updates)[0]
    assert "2026-11-12" in bodies(updates)[1]
    assert updates.open_button.text() == open_updates
    updates.open_button.click()
    protection = make_page(AntiMalwarePage, check)
    assert protection.summary.state is CheckState.OK
    assert product_title in [title for _, title in shown(protection)]
    assert protection.open_button.text() == open_security
    protection.open_button.click()
    assert opened.urls == ["ms-settings:windowsupdate", "windowsdefender:"]


def test_windows_10_after_its_end_and_without_protection(qtbot, make_page: PageMaker, languages):
    check = finished_check(qtbot, machines.windows10_home_unprotected())
    updates = make_page(UpdatesPage, check)
    assert updates.summary.state is CheckState.RISK
    assert updates.summary.headline.text() == "Your computer no longer gets security fixes"
    assert "Windows 10 stopped receiving updates on 2025-10-14" in bodies(updates)[0]
    protection = make_page(AntiMalwarePage, check)
    assert protection.summary.state is CheckState.RISK
    assert protection.summary.headline.text() == "Your protection has a serious gap"
    assert "Real-time protection" not in bodies(protection)[0]  # read from Windows Security
    assert "real-time protection is off" in bodies(protection)[0]
    switch(qtbot, languages, protection, Language.JAPANESE)
    assert protection.summary.headline.text() == "保護に重大な穴があります"
    assert protection.summary.word.text() == "危険"
    assert "リアルタイム保護がオフです" in bodies(protection)[0]


# --- macOS (recorded outputs from public repositories) ---------------------------------


def test_a_mac_with_sip_off(qtbot, make_page: PageMaker, opened: Opened, languages):
    check = finished_check(qtbot, machines.mac_sonoma())
    updates = make_page(UpdatesPage, check)
    assert updates.summary.state is CheckState.ATTENTION
    assert updates.open_button.text() == "&Open Software Update"
    protection = make_page(AntiMalwarePage, check)
    assert shown(protection) == [
        (CheckState.OK, "Gatekeeper (checks apps before they open)"),
        (CheckState.RISK, "System Integrity Protection"),
        (CheckState.OK, "XProtect (the Mac's malware protection)"),
    ]
    assert "Definitions dated 2026-11-29: 3 days old when checked." in bodies(protection)[2]
    assert protection.summary.state is CheckState.RISK
    protection.open_button.click()
    updates.open_button.click()
    assert opened.urls == [
        "x-apple.systempreferences:com.apple.preference.security",
        "x-apple.systempreferences:com.apple.preferences.softwareupdate",
    ]
    switch(qtbot, languages, protection, Language.JAPANESE)
    assert [title for _, title in shown(protection)][1] == "システム整合性保護（SIP）"  # noqa: RUF001
    assert "定義の日付は 2026-11-29 で、確認した時点で 3 日前のものです。" in bodies(protection)[2]


# --- before, during and after a run ------------------------------------------------------


def test_before_any_run_the_page_says_so_and_checks_on_request(qtbot, make_page: PageMaker):
    check = SystemCheck(machines.debian12(), NOW.isoformat)
    page = make_page(UpdatesPage, check)
    assert page.summary.state is CheckState.UNKNOWN
    assert page.summary.headline.text() == "Not checked yet"
    assert page.finding_banners == []
    assert page.check_button.text() == "Check &now"
    page.check_button.click()
    qtbot.waitUntil(lambda: page.summary.state is CheckState.ATTENTION)
    assert len(page.finding_banners) == 3


def test_while_checking_the_page_shows_a_moving_bar(qtbot, make_page: PageMaker):
    system = GatedSystem(machines.debian12())
    check = SystemCheck(system, NOW.isoformat)
    page = make_page(UpdatesPage, check)
    try:
        check.run()
        assert page.summary.word.text() == "Checking"
        assert page.summary.headline.text() == "Checking this computer…"
        assert page.busy.isVisibleTo(page)
        assert not page.check_button.isEnabled()
    finally:
        system.gate.set()
    qtbot.waitUntil(lambda: not check.running)
    assert page.busy.isHidden()
    assert page.check_button.isEnabled()
    assert page.summary.state is CheckState.ATTENTION


class BrokenSystem(RecordedSystem):
    """A machine whose file reads fail in a way no probe expects."""

    def read_bytes(self, path: str) -> bytes | None:
        raise RuntimeError(path)


def test_a_run_that_fails_is_unknown_with_its_reason_never_ok(qtbot, make_page: PageMaker):
    check = finished_check(qtbot, BrokenSystem("linux"))
    for page_class in (UpdatesPage, AntiMalwarePage):
        page = make_page(page_class, check)
        assert page.summary.state is CheckState.UNKNOWN
        assert [state for state, _ in shown(page)] == [CheckState.UNKNOWN]
        assert bodies(page)[0].startswith("The check of this computer could not finish")


@pytest.fixture
def large_text(qapp) -> Iterator[None]:
    """150 % text, set before the window is built (as the OS setting is at start-up)."""
    normal = QFont(qapp.font())
    bigger = QFont(normal)
    bigger.setPointSizeF(normal.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    yield
    qapp.setFont(normal)


@pytest.mark.usefixtures("large_text")
@pytest.mark.parametrize("language", [Language.ENGLISH, Language.JAPANESE])
@pytest.mark.parametrize("machine", [machines.debian12, machines.windows10_home_unprotected])
def test_large_text_on_a_small_screen_never_widens_the_page(
    qtbot, languages, client, language, machine
):
    languages.switch(language)
    window = MainWindow(languages, client, clock=NOW.isoformat, system=machine())
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    window.system_check.run()
    qtbot.waitUntil(lambda: not window.system_check.running)
    for number in (6, 7):
        window.open_precaution(number)
        page = window.current_page()
        assert isinstance(page, SystemStepPage)
        qtbot.waitUntil(lambda page=page: page.scroll_area.viewport().width() > 0)
        view = page.scroll_area.viewport().width()
        assert page.scroll_area.widget().minimumSizeHint().width() <= view
        stops = [
            w
            for w in page.findChildren(QWidget)
            if w.isVisibleTo(page) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        assert stops, number
        assert [w for w in stops if not w.accessibleName()] == []
