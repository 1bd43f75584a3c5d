"""The running OS is read precisely from what it says about itself."""

from __future__ import annotations

from datetime import date

from secguard.core.system.identity import (
    linux_identity,
    macos_identity,
    parse_os_release,
    windows_identity,
)
from tests.core.system.fakes import fixture


def test_os_release_of_several_distributions():
    read = {
        name: linux_identity(fixture(f"os-release_{name}"))
        for name in ("debian12", "debian13", "ubuntu2404", "fedora42", "rhel9", "alpine323")
    }
    assert {name: (i.distribution, i.version) for name, i in read.items() if i} == {
        "debian12": ("debian", "12"),
        "debian13": ("debian", "13"),
        "ubuntu2404": ("ubuntu", "24.04"),
        "fedora42": ("fedora", "42"),
        "rhel9": ("rhel", "9.6"),
        "alpine323": ("alpine", "3.23.2"),
    }
    assert read["debian12"] is not None
    assert read["debian12"].name == "Debian GNU/Linux 12 (bookworm)"
    assert read["fedora42"] is not None
    assert read["fedora42"].declared_support_end == date(2026, 5, 13)


def test_os_release_quoting_and_testing_without_version():
    assert parse_os_release('A="x y"\n# c\nB=\'z\'\nbroken\nC="unterminated\n') == {
        "A": "x y",
        "B": "z",
    }
    testing = linux_identity(fixture("os-release_debian_testing_no_version"))
    assert testing is not None
    assert testing.version == ""
    assert linux_identity("NAME=nothing\n") is None


def test_sw_vers_outputs():
    sonoma = macos_identity(fixture("sw_vers_sonoma_14.6.1.txt"))
    assert sonoma is not None
    assert (sonoma.name, sonoma.version, sonoma.build) == ("macOS", "14.6.1", "23G93")
    rsr = macos_identity(fixture("sw_vers_sonoma_14.4.1_rsr.txt"))
    assert rsr is not None
    assert rsr.version == "14.4.1"
    assert macos_identity("sw_vers: command not found") is None


def test_windows_11_is_told_from_its_build_not_its_product_name():
    pro = windows_identity(fixture("windows_version_11_24h2_pro.json"))
    assert pro is not None
    assert (pro.name, pro.version, pro.build, pro.edition) == (
        "Windows 11 Pro",
        "24H2",
        "26100.4061",
        "Professional",
    )
    home10 = windows_identity(fixture("windows_version_10_22h2_home.json"))
    assert home10 is not None
    assert home10.name == "Windows 10 Home"
    old = windows_identity(fixture("windows_version_10_1909_pro.json"))
    assert old is not None
    assert old.version == "1909"  # ReleaseId before DisplayVersion existed
    assert windows_identity("Get-ItemProperty : access denied") is None
    assert windows_identity('{"CurrentBuild": "x"}') is None
