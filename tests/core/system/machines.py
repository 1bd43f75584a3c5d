"""Whole recorded machines (tests/core/system/fixtures), for the pages and the window.

Each is a ``RecordedSystem`` answering every probe the way that machine did;
see fixtures/README.md for where each output came from.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from secguard.core.system import runner
from secguard.core.system.probes import APT_LISTS, XPROTECT_PLISTS
from secguard.core.system.runner import CommandOutput, ReadOnlyCommand
from tests.core.system.fakes import FIXTURES, RecordedSystem, fixture

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def debian12(
    apt: str = "apt_upgrade_debian12_143_pending.txt", lists_age: timedelta = timedelta(hours=5)
) -> RecordedSystem:
    """This project's Debian 12 machine: 143 upgrades waiting, 92 of them security fixes;
    its package lists refreshed ``lists_age`` before NOW."""
    system = RecordedSystem("linux")
    system.files["/etc/os-release"] = fixture("os-release_debian12").encode()
    system.times[
        f"{APT_LISTS}/deb.debian.org_debian-security_dists_bookworm-security_InRelease"
    ] = NOW - lists_age
    return system.answer(runner.APT_SIMULATE_UPGRADE, fixture(apt))


def windows11_japanese_home() -> RecordedSystem:
    """Japanese Windows 11 Home: 3 updates waiting, a restart pending, Trend Micro's
    antivirus active and Defender passive (its cmdlets missing, in cp932)."""
    pc = RecordedSystem("win32")
    pc.answer(runner.WINDOWS_VERSION, fixture("windows_version_11_25h2_home.json"))
    pc.answer(runner.WINDOWS_UPDATE_SEARCH, fixture("windows_update_3_pending.json"))
    pc.answer(runner.WINDOWS_REBOOT_PENDING, fixture("windows_reboot_pending.json"))
    pc.answer(
        runner.SECURITY_CENTER_ANTIVIRUS,
        (FIXTURES / "securitycenter_third_party_ja.cp932.json").read_bytes(),
        encoding="cp932",
    )
    stderr = (FIXTURES / "defender_missing_cmdlet_ja.cp932.txt").read_bytes().decode("cp932")
    return pc.answer(runner.DEFENDER_STATUS, "", 1, stderr=stderr)


def windows10_home_unprotected() -> RecordedSystem:
    """Windows 10 Home 22H2 after its end of support, Defender switched off."""
    pc = RecordedSystem("win32")
    pc.answer(runner.WINDOWS_VERSION, fixture("windows_version_10_22h2_home.json"))
    pc.answer(runner.WINDOWS_UPDATE_SEARCH, fixture("windows_update_none.json"))
    pc.answer(runner.WINDOWS_REBOOT_PENDING, fixture("windows_reboot_none.json"))
    pc.answer(runner.SECURITY_CENTER_ANTIVIRUS, fixture("securitycenter_nothing_active.json"))
    return pc.answer(runner.DEFENDER_STATUS, fixture("defender_realtime_off.json"))


def mac_sonoma() -> RecordedSystem:
    """macOS 14.6.1 with 3 updates waiting, Gatekeeper on, SIP off, XProtect 3 days old."""
    mac = RecordedSystem("darwin")
    mac.answer(runner.SW_VERS, fixture("sw_vers_sonoma_14.6.1.txt"))
    mac.answer(runner.SOFTWAREUPDATE_LIST, fixture("softwareupdate_monterey_3_updates.txt"))
    mac.answer(runner.SPCTL_STATUS, fixture("spctl_enabled.txt"))
    mac.answer(runner.CSRUTIL_STATUS, fixture("csrutil_disabled.txt"))
    mac.files[XPROTECT_PLISTS[0]] = (FIXTURES / "xprotect_Info.plist").read_bytes()
    mac.times[XPROTECT_PLISTS[0]] = NOW - timedelta(days=3)
    return mac


class GatedSystem(RecordedSystem):
    """A recorded machine whose commands wait until the test opens the gate.

    It records which thread ran each command, so a test can tell that the
    probes ran off the UI thread while the UI went on working.
    """

    def __init__(self, machine: RecordedSystem) -> None:
        super().__init__(machine.platform, machine.outputs, machine.files, machine.times)
        self.entered = threading.Event()
        self.gate = threading.Event()
        self.threads: set[int] = set()
        self.waited_in_vain = False

    def run(self, command: ReadOnlyCommand) -> CommandOutput:
        self.threads.add(threading.get_ident())
        self.entered.set()
        # Bounded, so that a probe wrongly run on the UI thread fails the test
        # (waited_in_vain) instead of hanging it.
        if not self.gate.wait(timeout=10):
            self.waited_in_vain = True
        return super().run(command)
