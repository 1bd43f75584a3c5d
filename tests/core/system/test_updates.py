"""Pending updates and restarts, parsed from recorded outputs of each OS's tools."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from secguard.core.checklist import CheckState
from secguard.core.system.updates import (
    PendingUpdates,
    lists_too_old,
    parse_apt_simulation,
    parse_dnf_check_update,
    parse_softwareupdate_list,
    parse_windows_reboot,
    parse_windows_update,
    parse_zypper_list_updates,
    pending_finding,
)
from tests.core.system.fakes import fixture


def test_apt_counts_security_updates_apart():
    pending = parse_apt_simulation(fixture("apt_upgrade_debian12_143_pending.txt"))
    assert pending is not None
    assert (pending.count, pending.security) == (143, 92)
    assert "libssl3" in pending.names
    none = parse_apt_simulation(fixture("apt_upgrade_debian12_none_pending.txt"))
    assert none == PendingUpdates(0, 0)


def test_apt_failure_output_is_not_read_as_no_updates():
    assert parse_apt_simulation(fixture("apt_upgrade_broken_dependencies.txt")) is None
    assert parse_apt_simulation("") is None


def test_dnf_exit_100_lists_updates_and_other_exits_are_unknown():
    pending = parse_dnf_check_update(100, fixture("dnf_check_update_exit100.txt"))
    assert pending is not None
    assert pending.names == ("glibc", "glibc-common", "glibc-all-langpacks")
    assert parse_dnf_check_update(0, "") == PendingUpdates(0)
    assert parse_dnf_check_update(1, "Error: Cache-only enabled but no cache") is None
    assert parse_dnf_check_update(100, "garbage") is None


def test_zypper_table():
    pending = parse_zypper_list_updates(0, fixture("zypper_list_updates_2.txt"))
    assert pending is not None
    assert pending.names == ("curl", "libcurl4")
    assert parse_zypper_list_updates(0, fixture("zypper_list_updates_none.txt")) == PendingUpdates(
        0
    )
    assert parse_zypper_list_updates(0, "Repository 'x' is invalid.") is None


def test_softwareupdate_old_and_new_formats_and_none():
    monterey = parse_softwareupdate_list(fixture("softwareupdate_monterey_3_updates.txt"))
    assert monterey is not None
    assert (monterey.count, monterey.restart_required) == (3, True)
    assert monterey.names[2] == "macOS Sonoma 14.6.1-23G93"
    for name in ("softwareupdate_mojave_4_updates.txt", "softwareupdate_catalina_4_updates.txt"):
        parsed = parse_softwareupdate_list(fixture(name))
        assert parsed is not None
        assert (parsed.count, parsed.restart_required) == (4, True), name
    assert parse_softwareupdate_list(fixture("softwareupdate_none.txt")) == PendingUpdates(0)
    assert parse_softwareupdate_list("Software Update Tool\n\nFinding available software\n") is None


def test_windows_update_agent_search_and_reboot_keys():
    pending = parse_windows_update(fixture("windows_update_3_pending.json"))
    assert pending is not None
    assert (pending.count, pending.security, pending.last_installed) == (3, 1, date(2026, 11, 12))
    assert parse_windows_update("Exception from HRESULT: 0x8024402C") is None
    assert parse_windows_reboot(fixture("windows_reboot_pending.json")) is True
    assert parse_windows_reboot(fixture("windows_reboot_none.json")) is False
    assert parse_windows_reboot('{"WindowsUpdate": "yes"}') is None


def test_pending_states():
    assert pending_finding(PendingUpdates(0), "apt-get").state is CheckState.OK
    security = pending_finding(PendingUpdates(5, 2), "apt-get")
    assert (security.state, security.message_id) == (
        CheckState.ATTENTION,
        "system.updates_pending_security",
    )
    assert pending_finding(PendingUpdates(5), "dnf").message_id == "system.updates_pending"
    since = pending_finding(PendingUpdates(0, 0, last_installed=date(2026, 11, 12)), "WU")
    assert since.params["date"] == "2026-11-12"


def test_lists_older_than_two_weeks_cannot_vouch_for_no_updates():
    now = datetime(2026, 12, 2, tzinfo=UTC)
    assert lists_too_old(now - timedelta(days=3), now) is None
    old = lists_too_old(now - timedelta(days=40), now)
    assert old is not None
    assert (old.state, old.params["days"]) == (CheckState.UNKNOWN, "40")
    missing = lists_too_old(None, now)
    assert missing is not None
    assert missing.state is CheckState.UNKNOWN
