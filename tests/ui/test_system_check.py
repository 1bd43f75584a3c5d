"""The window's probe run of steps 6 and 7: in the background, shown as "checking", then real."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer

from secguard.core.checklist import CheckState, PrecautionId
from secguard.ui.app import start_after_first_paint
from secguard.ui.language import LanguageController
from secguard.ui.main_window import MainWindow
from secguard.ui.pages.system_step import SystemStepPage
from secguard.ui.single_instance import SingleInstance
from secguard.ui.vault_client import VaultClient
from tests.core.system import machines
from tests.core.system.fakes import RecordedSystem
from tests.core.system.machines import NOW, GatedSystem


def make_window(qtbot, languages, client, system: RecordedSystem | None) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(languages, client, clock=NOW.isoformat, system=system)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def gated() -> Iterator[GatedSystem]:
    system = GatedSystem(machines.debian12())
    yield system
    system.gate.set()  # never leave a worker waiting


def steps_6_and_7(window: MainWindow) -> list[tuple[CheckState, str]]:
    return [(r.state, r.message_id) for r in window.overview.results()[5:7]]


def test_the_overview_goes_from_checking_to_the_real_state(
    qtbot, languages: LanguageController, client: VaultClient, gated: GatedSystem
):
    window = make_window(qtbot, languages, client, gated)
    window.refresh_results()
    assert steps_6_and_7(window) == [(CheckState.UNKNOWN, "check.not_checked_yet")] * 2
    window.system_check.run()
    assert steps_6_and_7(window) == [(CheckState.UNKNOWN, "system.checking")] * 2
    assert window.overview.busy_rows() == [6, 7]
    reasons = [row.reason.text() for row in window.overview._rows[5:7]]
    assert reasons == ["Checking this computer…"] * 2
    gated.gate.set()
    qtbot.waitUntil(lambda: not window.system_check.running)
    assert steps_6_and_7(window) == [
        (CheckState.ATTENTION, "system.linux_lts_only"),
        (CheckState.OK, "system.linux_no_antivirus"),
    ]
    assert window.overview.busy_rows() == []
    assert window.overview.row_states()[5:7] == [CheckState.ATTENTION, CheckState.OK]


def test_the_probes_never_block_the_ui_thread(
    qtbot, languages: LanguageController, client: VaultClient, gated: GatedSystem
):
    window = make_window(qtbot, languages, client, gated)
    window.system_check.run()  # returns although the machine has not answered yet
    assert gated.entered.wait(timeout=5), "the probe did not start"
    assert not gated.gate.is_set()
    # While the probe waits, the UI thread goes on: a timer fires, a page opens.
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: ticked == [True])
    window.open_precaution(6)
    page = window.current_page()
    assert isinstance(page, SystemStepPage)
    assert page.summary.word.text() == "Checking"
    assert window.system_check.running
    gated.gate.set()
    qtbot.waitUntil(lambda: not window.system_check.running)
    assert page.summary.state is CheckState.ATTENTION
    assert threading.get_ident() not in gated.threads
    assert not gated.waited_in_vain


def test_check_again_runs_the_probes_anew_and_both_pages_follow(
    qtbot, languages: LanguageController, client: VaultClient
):
    machine = machines.debian12()
    window = make_window(qtbot, languages, client, machine)
    window.system_check.run()
    qtbot.waitUntil(lambda: not window.system_check.running)
    first_run = len(machine.ran)
    updates = window.page_for(PrecautionId.UPDATES)
    protection = window.page_for(PrecautionId.ANTI_MALWARE)
    assert isinstance(updates, SystemStepPage)
    assert isinstance(protection, SystemStepPage)
    # The updates get installed; "check again" reads the machine once more.
    machine.outputs.update(machines.debian12("apt_upgrade_debian12_none_pending.txt").outputs)
    updates.check_button.click()
    assert protection.summary.word.text() == "Checking"
    qtbot.waitUntil(lambda: not window.system_check.running)
    assert len(machine.ran) == 2 * first_run
    assert [b.state for b in updates.finding_banners][1] is CheckState.OK
    assert window.overview.results()[5].message_id == "system.linux_lts_only"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="this project's Debian machine")
def test_the_real_probes_of_this_machine_end_to_end(
    qtbot, languages: LanguageController, client: VaultClient
):
    """Once, slowly: LocalSystem runs apt-get -s and reads /etc/os-release here."""
    window = make_window(qtbot, languages, client, None)
    window.system_check.run()
    assert window.overview.busy_rows() == [6, 7]
    qtbot.waitUntil(lambda: not window.system_check.running, timeout=240_000)
    report = window.system_check.report
    assert report is not None
    assert report.identity is not None, "the OS should be named"
    updates, protection = window.overview.results()[5:7]
    # The OS and its support state are known (not unknown), as the issue asks of this machine.
    assert report.updates[0].state is not CheckState.UNKNOWN
    assert updates.message_id != "system.checking"
    assert updates.details["os"]["name"] == report.identity.name
    assert protection.state is not CheckState.RISK  # Linux: never risk for lacking an antivirus
    page = window.page_for(PrecautionId.UPDATES)
    assert isinstance(page, SystemStepPage)
    assert report.identity.name in page.finding_banners[0].body.text()


def test_the_probes_start_after_the_first_paint_not_before(
    qtbot, languages: LanguageController, client: VaultClient, gated: GatedSystem, tmp_path
):
    window = MainWindow(languages, client, clock=NOW.isoformat, system=gated)
    qtbot.addWidget(window)
    start_after_first_paint(window, SingleInstance(tmp_path, name="secguard-test-paint"))
    QCoreApplication.processEvents()
    assert not window.system_check.running  # start-up does not wait for the probes
    window.show()
    qtbot.waitUntil(lambda: window.system_check.running)
    gated.gate.set()
    qtbot.waitUntil(lambda: not window.system_check.running)
    assert window.overview.row_states()[5] is CheckState.ATTENTION


# The child: a window whose probed machine never answers; it quits at once.
NEVER_ANSWERS = """
import threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from secguard.i18n import Language
from secguard.storage.vault import KeyringVault
from secguard.ui.language import LanguageController
from secguard.ui.main_window import MainWindow
from secguard.ui.vault_client import VaultClient
from tests.core.system import machines
from tests.storage.fakes import FaultyKeyring

class NeverAnswers(machines.RecordedSystem):
    def run(self, command):
        threading.Event().wait()

app = QApplication(["secguard", "-platform", "offscreen"])
window = MainWindow(
    LanguageController(app, Language.ENGLISH),
    VaultClient(KeyringVault(FaultyKeyring(), service="secguard-test")),
    system=NeverAnswers("linux"),
)
window.show()
window.system_check.run()
QTimer.singleShot(50, app.quit)
app.exec()
print("closed while checking:", window.system_check.running)
"""


def test_closing_secguard_never_waits_for_the_probes(tmp_path):
    """Windows Update's search may take minutes: the window closes, the process ends."""
    child = subprocess.run(
        [sys.executable, "-c", NEVER_ANSWERS],
        capture_output=True,
        text=True,
        timeout=60,  # only against a hang: a run that waited would never end
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path)},
        check=False,
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.strip() == "closed while checking: True"
    assert "Traceback" not in child.stderr
