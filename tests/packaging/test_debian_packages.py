"""How a minimal Debian is computed from package relations (debian_packages.py)."""

from __future__ import annotations

from tests.packaging.debian_packages import InstalledPackage, minimal_debian, relation_groups


def _package(name: str, priority: str = "optional", depends: str = "", provides: str = ""):
    return InstalledPackage(
        name, priority, relation_groups(depends), tuple(g[0] for g in relation_groups(provides))
    )


def _installed(*packages: InstalledPackage) -> dict[str, InstalledPackage]:
    return {package.name: package for package in packages}


def test_relations_keep_names_and_alternatives_and_drop_versions_and_architectures():
    # Debian 12's own fields, as dpkg-query prints them.
    assert relation_groups("perl-base (>= 5.20.1-3~), usrmerge | usr-is-merged") == (
        ("perl-base",),
        ("usrmerge", "usr-is-merged"),
    )
    assert relation_groups("libc6 (>= 2.34), python3:any, libfoo [amd64]") == (
        ("libc6",),
        ("python3",),
        ("libfoo",),
    )
    assert relation_groups("") == ()


def test_the_first_alternative_is_taken_as_debootstrap_takes_it():
    installed = _installed(
        _package("init", "required", depends="chosen | other"),
        _package("chosen"),
        _package("other"),
    )
    assert minimal_debian(installed) == {"init", "chosen"}


def test_an_alternative_missing_here_adds_nothing_rather_than_a_later_one():
    installed = _installed(
        _package("init", "required", depends="not-here | fallback"),
        _package("fallback"),
    )
    assert minimal_debian(installed) == {"init"}


def test_a_virtual_package_counts_its_providers_and_dependencies_are_followed():
    installed = _installed(
        _package("apt", "required", depends="debconf-2.0, libapt"),
        _package("debconf", provides="debconf-2.0"),
        _package("libapt", depends="libzstd1"),
        _package("libzstd1"),
        _package("gnome-keyring", depends="libglib2.0-0"),
        _package("libglib2.0-0"),
    )
    assert minimal_debian(installed) == {"apt", "debconf", "libapt", "libzstd1"}
