"""What each finding rests on, in message ids, from whole recorded machines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from secguard.core.checklist import CheckState
from secguard.core.system import runner
from secguard.core.system.evidence import EvidenceLine, evidence_lines, manual_update_step
from secguard.core.system.findings import Finding, Topic
from secguard.core.system.probes import REBOOT_REQUIRED, SystemReport, failed_run, probe_system
from secguard.core.system.runner import CommandFailure
from secguard.i18n import MESSAGES
from secguard.resources import os_support_table
from tests.core.system import machines
from tests.core.system.fakes import RecordedSystem, fixture
from tests.core.system.machines import NOW


def probe(system: RecordedSystem) -> SystemReport:
    return probe_system(system, os_support_table(), NOW)


def finding(report: SystemReport, topic: Topic, index: int = 0) -> Finding:
    return [f for f in (*report.updates, *report.anti_malware) if f.topic is topic][index]


def lines(report: SystemReport, topic: Topic, index: int = 0) -> list[tuple[str, dict[str, str]]]:
    found = evidence_lines(finding(report, topic, index), report.probed_at)
    return [(line.message_id, dict(line.params)) for line in found]


def test_debian_12_names_the_release_its_dates_and_the_data_age():
    assert lines(probe(machines.debian12()), Topic.OS_SUPPORT) == [
        ("evidence.os_read", {"name": "Debian GNU/Linux 12 (bookworm)"}),
        ("evidence.support_extended_now", {"end": "2026-07-11", "extended_end": "2028-06-30"}),
        (
            "evidence.support_source",
            {
                "checked": "2026-08-10",
                "days": "114",
                "source": "https://pypi.org/project/distro-support/",
            },
        ),
    ]


def test_ages_count_to_when_the_machine_was_read_not_to_today():
    later = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
    report = probe_system(machines.debian12(), os_support_table(), later)
    source = lines(report, Topic.OS_SUPPORT)[2]
    assert source[1]["days"] == "203"  # 2026-08-10 to 2027-03-01


def test_pending_updates_name_a_few_packages_and_count_the_rest():
    found = lines(probe(machines.debian12()), Topic.UPDATES)
    assert found[0] == ("evidence.read_with", {"source": "apt-get"})
    message_id, params = found[1]
    assert message_id == "evidence.updates_examples_more"
    assert params["names"].split(", ")[:2] == ["base-files", "bash"]
    # 143 waiting, six named: the evidence keeps only 50 names, the count is the total.
    assert params["more"] == "137"


def test_nothing_pending_says_only_how_it_was_read():
    report = probe(machines.debian12("apt_upgrade_debian12_none_pending.txt"))
    assert lines(report, Topic.UPDATES) == [("evidence.read_with", {"source": "apt-get"})]


def test_windows_names_the_build_the_last_install_and_the_antivirus_source():
    report = probe(machines.windows11_japanese_home())
    assert lines(report, Topic.OS_SUPPORT)[:2] == [
        (
            "evidence.os_read_build",
            {"name": "Windows 11 Home", "version": "25H2", "build": "26200.7171"},
        ),
        ("evidence.support_until", {"end": "2027-10-12", "extended_end": ""}),
    ]
    assert ("evidence.last_installed", {"date": "2026-11-12"}) in lines(report, Topic.UPDATES)
    trend_micro = lines(report, Topic.ANTIVIRUS, 1)
    assert trend_micro == [
        ("evidence.av_security_center", {"product": "ウイルスバスター クラウド"}),
        ("evidence.av_definitions_current", {}),
    ]


def test_windows_10_after_its_end_is_read_as_ended_with_extended_support():
    report = probe(machines.windows10_home_unprotected())
    assert lines(report, Topic.OS_SUPPORT)[1][0] == "evidence.support_extended_now"


def defender_alone(status_fixture: str) -> SystemReport:
    """Windows Security Center answering with nothing, Defender's cmdlet with a status."""
    pc = RecordedSystem("win32")
    pc.answer(runner.SECURITY_CENTER_ANTIVIRUS, "")
    return probe(pc.answer(runner.DEFENDER_STATUS, fixture(status_fixture)))


def test_defender_reports_real_time_protection_and_the_definitions_age():
    assert lines(defender_alone("defender_signatures_12_days.json"), Topic.ANTIVIRUS) == [
        ("evidence.realtime_on", {"product": "Microsoft Defender"}),
        ("evidence.signature_age", {"days": "12"}),
    ]
    assert lines(defender_alone("defender_passive.json"), Topic.ANTIVIRUS) == [
        ("evidence.realtime_off", {"product": "Microsoft Defender"}),
        ("evidence.signature_age", {"days": "0"}),
        ("evidence.running_mode", {"mode": "Passive Mode"}),
    ]


def test_mac_definitions_have_their_date_and_age():
    assert lines(probe(machines.mac_sonoma()), Topic.XPROTECT) == [
        ("evidence.definitions_age", {"date": "2026-11-29", "days": "3"})
    ]


def test_a_restart_names_the_packages_that_ask_for_it():
    system = machines.debian12("apt_upgrade_debian12_none_pending.txt")
    system.files[REBOOT_REQUIRED] = b"*** System restart required ***\n"
    system.files[f"{REBOOT_REQUIRED}.pkgs"] = b"linux-image-6.1.0-28-amd64\nlibc6\n"
    assert lines(probe(system), Topic.REBOOT) == [
        ("evidence.reboot_packages", {"names": "linux-image-6.1.0-28-amd64, libc6", "more": "0"})
    ]


def test_a_failed_command_shows_its_exit_code_and_old_lists_their_date():
    broken = machines.debian12()
    broken.answer(runner.APT_SIMULATE_UPGRADE, fixture("apt_upgrade_broken_dependencies.txt"), 100)
    assert lines(probe(broken), Topic.UPDATES) == [
        ("evidence.exit_code", {"command": "apt-get", "code": "100"})
    ]
    stale = machines.debian12("apt_upgrade_debian12_none_pending.txt")
    stale.times = {key: NOW - timedelta(days=30) for key in stale.times}
    assert lines(probe(stale), Topic.UPDATES) == [
        ("evidence.lists_refreshed", {"date": "2026-11-02"})
    ]


def test_the_manual_step_follows_the_tool_that_counted_the_updates():
    assert manual_update_step(probe(machines.debian12()).updates) == EvidenceLine(
        "evidence.how_apt"
    )
    fedora = RecordedSystem("linux")
    fedora.answer(runner.DNF_CHECK_UPDATE, fixture("dnf_check_update_exit100.txt"), 100)
    assert manual_update_step(probe(fedora).updates) == EvidenceLine("evidence.how_dnf")
    suse = RecordedSystem("linux")
    suse.answer(runner.ZYPPER_LIST_UPDATES, fixture("zypper_list_updates_2.txt"))
    assert manual_update_step(probe(suse).updates) == EvidenceLine("evidence.how_zypper")
    stale = machines.debian12("apt_upgrade_debian12_none_pending.txt")
    stale.times = {key: NOW - timedelta(days=30) for key in stale.times}
    assert manual_update_step(probe(stale).updates) == EvidenceLine("evidence.how_apt")


def test_no_manual_step_when_nothing_waits_or_the_os_has_its_own_updater():
    fresh = probe(machines.debian12("apt_upgrade_debian12_none_pending.txt"))
    assert manual_update_step(fresh.updates) is None
    assert manual_update_step(probe(machines.windows11_japanese_home()).updates) is None
    missing = machines.debian12().fail(runner.APT_SIMULATE_UPGRADE, CommandFailure.TIMEOUT)
    assert manual_update_step(probe(missing).updates) is None


def test_a_failed_run_is_unknown_on_both_steps_with_its_reason():
    report = failed_run(NOW, "system.support_table_invalid", where="os_support.json")
    assert [(f.state, f.message_id) for f in (*report.updates, *report.anti_malware)] == [
        (CheckState.UNKNOWN, "system.support_table_invalid")
    ] * 2
    assert report.updates[0].params == {"where": "os_support.json"}


def test_every_line_every_machine_produces_has_a_text():
    every = [
        machines.debian12(),
        machines.windows11_japanese_home(),
        machines.windows10_home_unprotected(),
        machines.mac_sonoma(),
    ]
    ids = {
        line.message_id
        for machine in every
        for report in [probe(machine)]
        for found in (*report.updates, *report.anti_malware)
        for line in evidence_lines(found, report.probed_at)
    }
    assert len(ids) > 10
    assert sorted(ids - MESSAGES.keys()) == []
