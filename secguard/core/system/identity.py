"""Which operating system is running, read precisely from what the OS itself says.

Linux: ``/etc/os-release`` (freedesktop.org's format).  macOS: ``sw_vers``.
Windows: the registry's ``CurrentVersion`` key, read through PowerShell as
JSON.  Each parser returns None for output it cannot understand, so that the
caller says "unknown" instead of guessing.
"""

from __future__ import annotations

import json
import shlex
from dataclasses import dataclass
from datetime import date
from typing import Any

# Windows 11 still calls itself "Windows 10 ..." in ProductName; the build
# number is what tells them apart (Windows 11 started at build 22000).
FIRST_WINDOWS_11_BUILD = 22000


class Family:
    WINDOWS = "windows"
    MACOS = "macos"
    LINUX = "linux"


@dataclass(frozen=True)
class OsIdentity:
    family: str
    name: str  # as a person would say it: "Windows 11 Pro", "Debian GNU/Linux 12 (bookworm)"
    version: str  # "24H2", "15.7.7", "12"
    distribution: str = ""  # os-release ID: debian, ubuntu, fedora, ...
    build: str = ""  # Windows "26100.4061", macOS "24G720"
    edition: str = ""  # Windows EditionID: Core, Professional, Enterprise, EnterpriseS, ...
    declared_support_end: date | None = None  # os-release SUPPORT_END, where a distribution sets it

    def to_json(self) -> dict[str, Any]:
        return {
            "family": self.family,
            "name": self.name,
            "version": self.version,
            "distribution": self.distribution or None,
            "build": self.build or None,
            "edition": self.edition or None,
        }


def parse_os_release(text: str) -> dict[str, str]:
    """KEY=value lines with shell quoting, as os-release(5) defines them."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or "=" not in stripped:
            continue
        key, _, raw = stripped.partition("=")
        try:
            parts = shlex.split(raw)
        except ValueError:
            continue
        fields[key.strip()] = parts[0] if parts else ""
    return fields


def linux_identity(os_release: str) -> OsIdentity | None:
    fields = parse_os_release(os_release)
    distribution = fields.get("ID", "").lower()
    if not distribution:
        return None
    support_end = None
    if fields.get("SUPPORT_END"):
        try:
            support_end = date.fromisoformat(fields["SUPPORT_END"])
        except ValueError:
            support_end = None
    name = fields.get("PRETTY_NAME") or fields.get("NAME") or distribution
    return OsIdentity(
        Family.LINUX,
        name,
        fields.get("VERSION_ID", ""),
        distribution=distribution,
        declared_support_end=support_end,
    )


def macos_identity(sw_vers: str) -> OsIdentity | None:
    """``sw_vers`` prints ``ProductName:``, ``ProductVersion:`` and ``BuildVersion:`` lines."""
    fields: dict[str, str] = {}
    for line in sw_vers.splitlines():
        key, separator, value = line.partition(":")
        if separator:
            fields[key.strip()] = value.strip()
    version = fields.get("ProductVersion", "")
    if not version or not version.split(".")[0].isdigit():
        return None
    return OsIdentity(
        Family.MACOS,
        fields.get("ProductName", "macOS"),
        version,
        build=fields.get("BuildVersion", ""),
    )


def windows_identity(registry_json: str) -> OsIdentity | None:
    try:
        values = json.loads(registry_json)
    except ValueError:
        return None
    if not isinstance(values, dict):
        return None
    build = str(values.get("CurrentBuild") or "")
    if not build.isdigit():
        return None
    product = str(values.get("ProductName") or "Windows")
    if int(build) >= FIRST_WINDOWS_11_BUILD:
        product = product.replace("Windows 10", "Windows 11")
    # DisplayVersion (20H2 and later) replaced ReleaseId, which stopped at 2009.
    version = str(values.get("DisplayVersion") or values.get("ReleaseId") or "")
    ubr = values.get("UBR")
    return OsIdentity(
        Family.WINDOWS,
        product,
        version,
        build=f"{build}.{ubr}" if isinstance(ubr, int) else build,
        edition=str(values.get("EditionID") or ""),
    )


def build_number(identity: OsIdentity) -> int | None:
    head = identity.build.split(".")[0]
    return int(head) if head.isdigit() else None
