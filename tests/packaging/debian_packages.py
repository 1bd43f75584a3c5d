"""What Debian's package database says: owners of files, priorities, dependencies.

"A minimal Debian" is what debootstrap's minbase variant installs: every
package of Priority required and what those depend on.  It is computed from
the dependency fields of the required packages alone, never from what else is
installed here, so a package that gnome-keyring (or anything else) pulls in on
this machine does not count as present on a bare one.

Like debootstrap, it takes the first of alternatives.  Measured against a
real minbase root of Debian 12 (88 packages, from scripts/debian-root.sh): it
lacks usr-is-merged (which debootstrap puts in place of usrmerge, and which
this machine does not have) and adds two that dpkg's records call required
where the archive does not (liblocale-gettext-perl, sensible-utils); none of
the three holds a library.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_FIELDS = ("db:Status-Status", "Package", "Priority", "Pre-Depends", "Depends", "Provides")
_RELATION_NAME = re.compile(r"^\s*(?P<name>[a-z0-9][a-z0-9+.-]*)")
_PLAIN_ENVIRONMENT = {"PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "LC_ALL": "C"}


@dataclass(frozen=True)
class InstalledPackage:
    name: str
    priority: str
    depends: tuple[tuple[str, ...], ...]  # Pre-Depends and Depends: groups of alternatives
    provides: tuple[str, ...]


def installed_packages() -> dict[str, InstalledPackage]:
    text = subprocess.run(
        ["dpkg-query", "--show", "--showformat", "\t".join(f"${{{f}}}" for f in _FIELDS) + "\n"],
        capture_output=True,
        text=True,
        check=True,
        env=_PLAIN_ENVIRONMENT,
    ).stdout
    packages: dict[str, InstalledPackage] = {}
    for line in text.splitlines():
        status, name, priority, pre_depends, depends, provides = line.split("\t")
        if status != "installed":
            continue
        groups = relation_groups(pre_depends) + relation_groups(depends)
        virtuals = tuple(group[0] for group in relation_groups(provides))
        if name in packages:  # the same package for a second architecture
            known = packages[name]
            groups, virtuals = known.depends + groups, known.provides + virtuals
        packages[name] = InstalledPackage(name, priority, groups, virtuals)
    return packages


def relation_groups(field: str) -> tuple[tuple[str, ...], ...]:
    """``"a (>= 1) | b:any, c"`` -> ``(("a", "b"), ("c",))``: names only."""
    groups = []
    for group in field.split(","):
        names = []
        for alternative in group.split("|"):
            match = _RELATION_NAME.match(alternative)
            if match:
                names.append(match["name"])
        if names:
            groups.append(tuple(names))
    return tuple(groups)


def minimal_debian(packages: dict[str, InstalledPackage]) -> frozenset[str]:
    providers: dict[str, list[str]] = {}
    for package in packages.values():
        for virtual in package.provides:
            providers.setdefault(virtual, []).append(package.name)
    chosen: set[str] = set()
    todo = [name for name, package in packages.items() if package.priority == "required"]
    while todo:
        name = todo.pop()
        if name in chosen:
            continue
        chosen.add(name)
        for group in packages[name].depends:
            # The first alternative, as debootstrap takes it.  When this machine
            # does not have that one, its dependencies are unknown here and are
            # left out: the check can then only be stricter, never fooled.
            first = group[0]
            if first in packages:
                todo.append(first)
            else:
                todo.extend(providers.get(first, ()))
    return frozenset(chosen)


def file_owners(paths: Iterable[Path]) -> dict[Path, str]:
    """The package that installed each file, for those a package installed."""
    candidates: dict[str, Path] = {}
    for path in paths:
        for spelling in _spellings(path):
            candidates.setdefault(str(spelling), path)
    result = subprocess.run(
        ["dpkg-query", "--search", *sorted(candidates)],
        capture_output=True,
        text=True,
        check=False,  # 1 when some spelling is unknown, which is expected
        env=_PLAIN_ENVIRONMENT,
    )
    owners: dict[Path, str] = {}
    for line in result.stdout.splitlines():
        packages, separator, owned = line.partition(": /")
        if separator and not line.startswith("diversion by"):
            first = packages.split(",")[0].strip().split(":")[0]
            owners.setdefault(candidates.get("/" + owned, Path("/" + owned)), first)
    return owners


def _spellings(path: Path) -> list[Path]:
    # With merged /usr the loader's path (/lib/...) and the package's
    # (/usr/lib/...) may differ, and a soname is often a symlink.
    spellings = []
    for spelling in (path, path.resolve()):
        text = str(spelling)
        other = text.removeprefix("/usr") if text.startswith("/usr/") else "/usr" + text
        spellings.extend([spelling, Path(other)])
    return spellings
