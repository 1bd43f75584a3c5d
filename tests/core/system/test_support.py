"""Supported until D (ok), ending within 90 days (attention), ended (risk), unknown.

Windows and macOS from resources/os_support.json, Linux from the real
distro-support data; the day is passed in.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from secguard.core.checklist import CheckState
from secguard.core.system.identity import (
    Family,
    OsIdentity,
    linux_identity,
    macos_identity,
    windows_identity,
)
from secguard.core.system.probes import distro_support_release
from secguard.core.system.support import (
    InvalidSupportTable,
    identity_support,
    parse_support_table,
)
from secguard.resources import os_support_table, resources_dir
from tests.core.system.fakes import fixture

TODAY = date(2026, 12, 2)


def judged(identity: OsIdentity | None, today: date = TODAY) -> tuple[CheckState, str]:
    assert identity is not None
    finding = identity_support(identity, os_support_table(), distro_support_release, today)
    return finding.state, finding.message_id


def linux(name: str) -> OsIdentity | None:
    return linux_identity(fixture(f"os-release_{name}"))


def windows(name: str) -> OsIdentity | None:
    return windows_identity(fixture(f"windows_version_{name}.json"))


def test_debian_12_here_and_now_is_in_lts_not_unknown():
    identity = linux("debian12")
    assert identity is not None
    finding = identity_support(identity, os_support_table(), distro_support_release, TODAY)
    assert (finding.state, finding.message_id) == (CheckState.ATTENTION, "system.linux_lts_only")
    assert finding.params["end"] == "2026-07-11"
    assert finding.params["extended_end"] == "2028-06-30"
    assert finding.evidence["data_checked"] == "2026-08-10"  # distro-support's own date


@pytest.mark.parametrize(
    ("release", "today", "expected"),
    [
        ("debian12", date(2026, 1, 1), (CheckState.OK, "system.os_supported")),
        ("debian12", date(2026, 5, 1), (CheckState.ATTENTION, "system.os_ending_soon")),
        ("debian12", date(2028, 7, 1), (CheckState.RISK, "system.os_ended_linux")),
        ("debian13", date(2027, 9, 1), (CheckState.ATTENTION, "system.support_data_old")),
        ("ubuntu2404", TODAY, (CheckState.OK, "system.os_supported")),
        ("fedora42", TODAY, (CheckState.RISK, "system.os_ended_linux")),
        ("fedora42", date(2026, 1, 1), (CheckState.OK, "system.os_supported")),
        ("rhel9", TODAY, (CheckState.OK, "system.os_supported")),
        ("alpine323", TODAY, (CheckState.OK, "system.os_supported")),
        (
            "debian_testing_no_version",
            TODAY,
            (CheckState.UNKNOWN, "system.os_unknown_distribution"),
        ),
    ],
)
def test_linux_releases(release: str, today: date, expected: tuple[CheckState, str]):
    assert judged(linux(release), today) == expected


def test_ubuntu_standard_support_and_esm_are_told_apart():
    jammy = OsIdentity(Family.LINUX, "Ubuntu 22.04.5 LTS", "22.04", distribution="ubuntu")
    assert judged(jammy, date(2027, 1, 1)) == (CheckState.OK, "system.os_supported")
    assert judged(jammy, date(2027, 7, 1)) == (CheckState.ATTENTION, "system.linux_esm_only")
    assert judged(jammy, date(2032, 5, 1)) == (CheckState.RISK, "system.os_ended_linux")
    interim = OsIdentity(Family.LINUX, "Ubuntu 25.10", "25.10", distribution="ubuntu")
    assert judged(interim) == (CheckState.RISK, "system.os_ended_linux")  # no ESM for interims


def test_a_distribution_distro_support_does_not_know_is_unknown():
    mint = OsIdentity(Family.LINUX, "Linux Mint 22", "22", distribution="linuxmint")
    assert judged(mint) == (CheckState.UNKNOWN, "system.os_unknown_version")


@pytest.mark.parametrize(
    ("release", "today", "expected"),
    [
        ("11_24h2_pro", TODAY, (CheckState.RISK, "system.os_ended_windows11")),
        ("11_24h2_pro", date(2026, 8, 1), (CheckState.ATTENTION, "system.os_ending_soon")),
        ("11_25h2_home", TODAY, (CheckState.OK, "system.os_supported")),
        ("11_23h2_enterprise", date(2026, 6, 1), (CheckState.OK, "system.os_supported")),
        ("11_23h2_enterprise", TODAY, (CheckState.RISK, "system.os_ended_windows11")),
        ("10_22h2_home", TODAY, (CheckState.RISK, "system.os_ended_windows10")),
        ("10_1909_pro", TODAY, (CheckState.RISK, "system.os_ended_long_ago")),
        ("10_ltsc2021", TODAY, (CheckState.ATTENTION, "system.os_ending_soon")),
    ],
)
def test_windows_releases_and_editions(release: str, today: date, expected: tuple[CheckState, str]):
    assert judged(windows(release), today) == expected


def test_home_windows_10_names_the_esu_end_as_the_way_out():
    identity = windows("10_22h2_home")
    assert identity is not None
    finding = identity_support(identity, os_support_table(), distro_support_release, TODAY)
    assert finding.params["extended_end"] == "2027-10-12"
    assert finding.evidence["source"]


@pytest.mark.parametrize(
    ("version", "today", "expected"),
    [
        ("26.1", TODAY, (CheckState.OK, "system.macos_patched")),
        ("27.0", TODAY, (CheckState.OK, "system.macos_patched")),  # newer than the table
        ("15.7.7", TODAY, (CheckState.OK, "system.macos_patched")),
        ("15.7.7", date(2027, 8, 1), (CheckState.ATTENTION, "system.macos_may_end")),
        ("14.6.1", TODAY, (CheckState.ATTENTION, "system.macos_may_end")),  # past the estimate
        ("13.5", TODAY, (CheckState.RISK, "system.os_ended_macos")),
        ("10.15.7", TODAY, (CheckState.RISK, "system.os_ended_macos")),
    ],
)
def test_macos_versions(version: str, today: date, expected: tuple[CheckState, str]):
    identity = macos_identity(f"ProductName:\tmacOS\nProductVersion:\t{version}\n")
    assert judged(identity, today) == expected


def test_every_row_of_the_table_names_its_source_kind_and_date():
    document = json.loads((resources_dir() / "os_support.json").read_text(encoding="utf-8"))
    for row in document["releases"]:
        assert row["source"].startswith(("https://", "http://")), row
        assert row["kind"], row
        date.fromisoformat(row["checked"])
    table = os_support_table()
    assert {row.product for row in table.rows} >= {"windows-10", "windows-11", "macos", "debian"}
    assert len([row for row in table.rows if row.product == "macos"]) == 3


def test_microsoft_ends_servicing_on_patch_tuesday():
    # Every Windows end date is the second Tuesday of its month: a typo shows.
    for row in os_support_table().rows:
        if row.product.startswith("windows") and row.end is not None:
            assert row.end.weekday() == 1, row
            assert 8 <= row.end.day <= 14, row


def test_a_damaged_table_is_a_typed_error():
    with pytest.raises(InvalidSupportTable):
        parse_support_table({"checked": "2026-12-02", "releases": [{"product": "macos"}]})
    with pytest.raises(InvalidSupportTable):
        parse_support_table({"checked": "yesterday", "releases": []})


def test_paid_extended_support_does_not_count_for_a_home_user():
    # Debian 10's Freexian ELTS (paid, in distro-support's data) runs to 2029.
    buster = OsIdentity(Family.LINUX, "Debian GNU/Linux 10 (buster)", "10", distribution="debian")
    assert judged(buster) == (CheckState.RISK, "system.os_ended_linux")
