"""Whole probe runs on recorded machines, and steps 6 and 7 built from them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from secguard.core.checklist import CheckState, PrecautionId
from secguard.core.checks import anti_malware_result, current_results, updates_result
from secguard.core.progress import Progress
from secguard.core.stored import StoredData
from secguard.core.system import runner
from secguard.core.system.findings import Topic
from secguard.core.system.probes import (
    REBOOT_REQUIRED,
    SystemReport,
    probe_system,
)
from secguard.core.system.runner import CommandFailure, CommandRefused, ReadOnlyCommand
from secguard.resources import os_support_table
from tests.core.system import machines
from tests.core.system.fakes import RecordedSystem, fixture
from tests.core.system.machines import NOW


def probe(system: RecordedSystem) -> SystemReport:
    return probe_system(system, os_support_table(), NOW)


def by_topic(report: SystemReport) -> dict[Topic, tuple[CheckState, str]]:
    return {f.topic: (f.state, f.message_id) for f in (*report.updates, *report.anti_malware)}


debian = machines.debian12


def test_debian_12_with_pending_security_updates():
    report = probe(debian("apt_upgrade_debian12_143_pending.txt"))
    assert report.identity is not None
    assert report.identity.name == "Debian GNU/Linux 12 (bookworm)"
    assert by_topic(report) == {
        Topic.OS_SUPPORT: (CheckState.ATTENTION, "system.linux_lts_only"),
        Topic.UPDATES: (CheckState.ATTENTION, "system.updates_pending_security"),
        Topic.REBOOT: (CheckState.UNKNOWN, "system.reboot_unknown"),
        Topic.CLAMAV: (CheckState.OK, "system.linux_no_antivirus"),
    }
    step6 = updates_result(report)
    assert step6.state is CheckState.ATTENTION
    assert step6.details["os"]["name"] == "Debian GNU/Linux 12 (bookworm)"
    assert step6.details["support_end"] == "2026-07-11"
    assert step6.details["support_data_checked"] == "2026-08-10"
    assert (step6.details["pending_updates"], step6.details["pending_security_updates"]) == (
        143,
        92,
    )
    assert anti_malware_result(report).state is CheckState.OK


def test_nothing_to_upgrade_counts_only_with_fresh_lists():
    fresh = probe(debian("apt_upgrade_debian12_none_pending.txt"))
    assert by_topic(fresh)[Topic.UPDATES] == (CheckState.OK, "system.updates_none")
    stale = probe(debian("apt_upgrade_debian12_none_pending.txt", timedelta(days=30)))
    assert by_topic(stale)[Topic.UPDATES] == (CheckState.UNKNOWN, "system.updates_lists_old")


def test_reboot_required_file_and_apt_failure():
    system = debian("apt_upgrade_debian12_none_pending.txt")
    system.files[REBOOT_REQUIRED] = b"*** System restart required ***\n"
    system.files[f"{REBOOT_REQUIRED}.pkgs"] = b"linux-image-6.1.0-28-amd64\n"
    assert by_topic(probe(system))[Topic.REBOOT] == (CheckState.ATTENTION, "system.reboot_needed")
    broken = debian("apt_upgrade_broken_dependencies.txt")
    broken.answer(runner.APT_SIMULATE_UPGRADE, fixture("apt_upgrade_broken_dependencies.txt"), 100)
    assert by_topic(probe(broken))[Topic.UPDATES] == (CheckState.UNKNOWN, "system.command_failed")


@pytest.mark.parametrize("failure", [CommandFailure.TIMEOUT, CommandFailure.ERROR])
def test_a_probe_that_fails_is_unknown_never_ok(failure: CommandFailure):
    system = debian("apt_upgrade_debian12_none_pending.txt").fail(
        runner.APT_SIMULATE_UPGRADE, failure
    )
    state, _ = by_topic(probe(system))[Topic.UPDATES]
    assert state is CheckState.UNKNOWN


def test_fedora_with_dnf_exit_100_and_opensuse_with_zypper():
    fedora = RecordedSystem("linux")
    fedora.files["/usr/lib/os-release"] = fixture("os-release_fedora42").encode()
    fedora.answer(runner.DNF_CHECK_UPDATE, fixture("dnf_check_update_exit100.txt"), 100)
    report = probe(fedora)
    assert by_topic(report)[Topic.UPDATES] == (CheckState.ATTENTION, "system.updates_pending")
    assert by_topic(report)[Topic.OS_SUPPORT] == (CheckState.RISK, "system.os_ended_linux")
    suse = RecordedSystem("linux")
    suse.answer(runner.ZYPPER_LIST_UPDATES, fixture("zypper_list_updates_2.txt"))
    assert by_topic(probe(suse))[Topic.UPDATES] == (CheckState.ATTENTION, "system.updates_pending")
    bare = RecordedSystem("linux")
    assert by_topic(probe(bare))[Topic.UPDATES] == (CheckState.UNKNOWN, "system.no_package_manager")
    assert by_topic(probe(bare))[Topic.OS_SUPPORT] == (CheckState.UNKNOWN, "system.os_unreadable")


def test_clamav_with_old_definitions_is_attention_never_risk():
    system = debian("apt_upgrade_debian12_none_pending.txt")
    system.answer(runner.CLAMSCAN_VERSION, fixture("clamscan_version_with_definitions.txt"))
    assert by_topic(probe(system))[Topic.CLAMAV] == (CheckState.ATTENTION, "system.clamav_old")


def test_a_mac():
    mac = machines.mac_sonoma()
    found = by_topic(probe(mac))
    assert found == {
        Topic.OS_SUPPORT: (CheckState.ATTENTION, "system.macos_may_end"),
        Topic.UPDATES: (CheckState.ATTENTION, "system.updates_pending"),
        Topic.GATEKEEPER: (CheckState.OK, "system.gatekeeper_on"),
        Topic.SYSTEM_INTEGRITY: (CheckState.RISK, "system.sip_off"),
        Topic.XPROTECT: (CheckState.OK, "system.xprotect_current"),
    }
    # "No new software available." arrives on standard error.
    mac.answer(runner.SOFTWAREUPDATE_LIST, "", stderr=fixture("softwareupdate_none.txt"))
    assert by_topic(probe(mac))[Topic.UPDATES] == (CheckState.OK, "system.updates_none")


def test_a_japanese_windows_home_pc_with_a_third_party_antivirus():
    pc = machines.windows11_japanese_home()
    report = probe(pc)
    found = by_topic(report)
    assert found[Topic.OS_SUPPORT] == (CheckState.OK, "system.os_supported")
    assert found[Topic.UPDATES] == (CheckState.ATTENTION, "system.updates_pending_security")
    assert found[Topic.REBOOT] == (CheckState.ATTENTION, "system.reboot_needed")
    step7 = anti_malware_result(report)
    assert step7.state is CheckState.OK
    names = {f["params"].get("product") for f in step7.details["findings"]}
    assert "ウイルスバスター クラウド" in names


def test_windows_where_neither_antivirus_probe_answers_is_unknown():
    pc = RecordedSystem("win32").fail(runner.SECURITY_CENTER_ANTIVIRUS, CommandFailure.TIMEOUT)
    assert by_topic(probe(pc))[Topic.ANTIVIRUS] == (CheckState.UNKNOWN, "system.command_timeout")


def test_the_recorded_machine_refuses_what_the_real_runner_refuses():
    with pytest.raises(CommandRefused):
        RecordedSystem("linux").run(ReadOnlyCommand("apt-get", ("apt-get", "upgrade"), 1.0))


def test_steps_6_and_7_appear_only_from_a_finished_probe_run():
    report = probe(debian("apt_upgrade_debian12_143_pending.txt"))
    with_probes = {
        r.precaution.id: r for r in current_results(Progress(), StoredData.read(), system=report)
    }
    assert with_probes[PrecautionId.UPDATES].state is CheckState.ATTENTION
    assert with_probes[PrecautionId.ANTI_MALWARE].state is CheckState.OK
    without = {r.precaution.id: r for r in current_results(Progress(), StoredData.read())}
    assert without[PrecautionId.UPDATES].message_id == "check.not_checked_yet"


def test_unsupported_platform_is_unknown():
    report = probe(RecordedSystem("freebsd14"))
    assert {state for state, _ in by_topic(report).values()} == {CheckState.UNKNOWN}
