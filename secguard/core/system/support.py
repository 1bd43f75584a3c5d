"""Is the running OS still supported?  Windows and macOS from secguard's own table
(``resources/os_support.json``, every row with its source), Linux from the
``distro-support`` package's bundled dates (no network).

The states: supported until D (ok); ending within 90 days (attention); no
longer supported (risk, with the upgrade path in plain words); unknown with
the reason.  Data older than a year turns an ok into attention.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from secguard.core.checklist import CheckState
from secguard.core.errors import SecguardError
from secguard.core.system.findings import Finding, Topic, unknown
from secguard.core.system.identity import Family, OsIdentity, build_number

ENDING_SOON_DAYS = 90
DATA_TOO_OLD_DAYS = 365


class InvalidSupportTable(SecguardError):
    message_id = "system.support_table_invalid"


@dataclass(frozen=True)
class SupportRow:
    """One release's end of support, with where that date comes from."""

    product: str  # "windows-11", "windows-10", "macos", or a Linux distribution id
    version: str  # "24H2", "15", "12"
    end: date | None  # None: no end announced (the newest macOS)
    source: str
    kind: str  # vendor, third-party, estimate, ...
    checked: date
    build: int | None = None
    editions: str = ""  # Windows: home_pro, enterprise_education, ltsc
    extended_end: date | None = None  # Windows 10 ESU, Debian LTS, Ubuntu ESM
    name: str = ""  # macOS marketing name


@dataclass(frozen=True)
class SupportTable:
    checked: date
    rows: tuple[SupportRow, ...]

    def matching(self, product: str, editions: str = "") -> list[SupportRow]:
        return [
            row
            for row in self.rows
            if row.product == product and (not editions or row.editions == editions)
        ]


def _date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise InvalidSupportTable(where=where) from exc


def parse_support_table(document: Mapping[str, Any]) -> SupportTable:
    try:
        rows = tuple(
            SupportRow(
                product=str(row["product"]),
                version=str(row["version"]),
                end=_date(row.get("end"), str(row["version"])),
                source=str(row["source"]),
                kind=str(row["kind"]),
                checked=_date(row["checked"], str(row["version"])) or date.min,
                build=int(row["build"]) if row.get("build") is not None else None,
                editions=str(row.get("editions", "")),
                extended_end=_date(row.get("extended_end"), str(row["version"])),
                name=str(row.get("name", "")),
            )
            for row in document["releases"]
        )
        checked = _date(document["checked"], "checked") or date.min
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidSupportTable(where="releases") from exc
    return SupportTable(checked, rows)


# --- the decision, shared by every family ---------------------------------------------


@dataclass(frozen=True)
class Advice:
    """The message ids for "ending soon" and "ended" of one kind of OS."""

    ended: str
    ending_soon: str = "system.os_ending_soon"
    supported: str = "system.os_supported"


def judge_support(
    identity: OsIdentity,
    row: SupportRow | None,
    today: date,
    advice: Advice,
    extended_message: str | None = None,
) -> Finding:
    """Ok / attention / risk from an end date; an extended phase (LTS, ESM) is attention."""
    if row is None:
        return unknown(
            Topic.OS_SUPPORT,
            "system.os_unknown_version",
            name=identity.name,
            version=identity.version,
        )
    evidence = {
        "os": identity.to_json(),
        "support_end": row.end.isoformat() if row.end else None,
        "extended_end": row.extended_end.isoformat() if row.extended_end else None,
        "data_checked": row.checked.isoformat(),
        "source": row.source,
        "source_kind": row.kind,
    }
    params = {
        "name": identity.name,
        "version": identity.version,
        "end": row.end.isoformat() if row.end else "",
        "extended_end": row.extended_end.isoformat() if row.extended_end else "",
        "checked": row.checked.isoformat(),
        "major": row.version,
        "release": row.name,
    }

    def finding(state: CheckState, message_id: str, **extra: str) -> Finding:
        return Finding(Topic.OS_SUPPORT, state, message_id, params | extra, evidence)

    if row.end is not None and today > row.end:
        in_extended = row.extended_end is not None and today <= row.extended_end
        if in_extended and extended_message:
            return finding(CheckState.ATTENTION, extended_message)
        return finding(CheckState.RISK, advice.ended)
    if row.end is not None and (row.end - today).days <= ENDING_SOON_DAYS:
        return finding(CheckState.ATTENTION, advice.ending_soon, days=str((row.end - today).days))
    if (today - row.checked).days > DATA_TOO_OLD_DAYS:
        return finding(CheckState.ATTENTION, "system.support_data_old")
    supported = advice.supported
    if row.end is None and supported == "system.os_supported":
        supported = "system.os_supported_no_end"
    return finding(CheckState.OK, supported)


# --- Windows --------------------------------------------------------------------------

_EDITION_GROUPS = {
    "enterprise_education": ("Enterprise", "Education", "IoTEnterprise", "ServerRdsh"),
    "ltsc": ("EnterpriseS",),
    "iot_ltsc": ("IoTEnterpriseS",),
}


def windows_edition_group(edition_id: str) -> str | None:
    """Home, Pro, Pro Education and Pro for Workstations share the consumer dates."""
    for group, editions in _EDITION_GROUPS.items():
        # "...N" editions (sold without media apps in Europe) share their base's dates.
        if edition_id in editions or edition_id.removesuffix("N") in editions:
            return group
    if edition_id.startswith(("Core", "Professional")):
        return "home_pro"
    return None  # Windows Server and others: not in secguard's table


def _ended_before_table(identity: OsIdentity, table: SupportTable, message_id: str) -> Finding:
    """Older than every release the table lists: those ended before the oldest listed."""
    return Finding(
        Topic.OS_SUPPORT,
        CheckState.RISK,
        message_id,
        {"name": identity.name, "version": identity.version},
        {"os": identity.to_json(), "data_checked": table.checked.isoformat()},
    )


def windows_support(identity: OsIdentity, table: SupportTable, today: date) -> Finding:
    build = build_number(identity)
    group = windows_edition_group(identity.edition)
    product = "windows-11" if identity.name.startswith("Windows 11") else "windows-10"
    rows = table.matching(product, group or "-")
    if group in {"ltsc", "iot_ltsc"}:
        advice = Advice("system.os_ended_windows_other")
    elif product == "windows-10":
        advice = Advice("system.os_ended_windows10")
    else:
        advice = Advice("system.os_ended_windows11")
    row = next((r for r in rows if r.build == build), None)
    if build is not None and row is None and rows and build < min(r.build or 0 for r in rows):
        return _ended_before_table(identity, table, "system.os_ended_long_ago")
    # Windows 10's ESU does not make it "supported": only enrolled PCs get it, and
    # secguard cannot see the enrolment, so the message names it as the way out.
    return judge_support(identity, row, today, advice)


# --- macOS ----------------------------------------------------------------------------


def macos_support(identity: OsIdentity, table: SupportTable, today: date) -> Finding:
    """Apple names no dates: the table lists the three newest majors, with an estimate."""
    major = identity.version.split(".")[0]
    rows = table.matching("macos")
    row = next((r for r in rows if r.version == major), None)
    advice = Advice(
        ended="system.os_ended_macos",
        ending_soon="system.macos_may_end",
        supported="system.macos_patched",
    )
    known = sorted(int(r.version) for r in rows if r.version.isdigit())
    if row is None and known and major.isdigit():
        template = rows[0]
        if int(major) > known[-1]:
            # Newer than the table's newest: Apple's newest release is always patched.
            row = SupportRow("macos", major, None, template.source, template.kind, table.checked)
        elif int(major) < known[0]:
            # Older than the three Apple still patches: no date is needed to know.
            return _ended_before_table(identity, table, advice.ended)
    finding = judge_support(identity, row, today, advice)
    if row is not None and row.kind == "estimate" and finding.state is CheckState.RISK:
        # Past an estimated end Apple may still patch it: ask, do not alarm.
        return Finding(
            Topic.OS_SUPPORT,
            CheckState.ATTENTION,
            advice.ending_soon,
            finding.params,
            finding.evidence,
        )
    return finding


# --- Linux ----------------------------------------------------------------------------


def _linux_version_key(distribution: str, version_id: str) -> str:
    parts = version_id.split(".")
    if distribution in {"debian", "rhel", "devuan"}:
        return parts[0]
    if distribution == "alpine":
        return ".".join(parts[:2])
    return version_id


LinuxReleases = Callable[[str, str], SupportRow | None]


def linux_support(
    identity: OsIdentity, releases: LinuxReleases, table: SupportTable, today: date
) -> Finding:
    """``releases`` looks a release up in distro-support (probes.distro_support_release)."""
    key = (identity.distribution, _linux_version_key(identity.distribution, identity.version))
    # No VERSION_ID: testing or unstable, which get no security support of their
    # own (distro-support lists Debian's unstable with an empty version and no end).
    row = releases(*key) if identity.version else None
    extended = next(
        (r for r in table.matching(key[0]) if r.version == key[1] and r.extended_end), None
    )
    if row is not None and extended is not None:
        row = SupportRow(
            row.product,
            row.version,
            row.end,
            row.source,
            row.kind,
            row.checked,
            extended_end=extended.extended_end,
        )
    if row is None and identity.declared_support_end is not None:
        # The distribution states its own end (Fedora does): the OS is the source.
        row = SupportRow(
            identity.distribution,
            identity.version,
            identity.declared_support_end,
            "/etc/os-release SUPPORT_END",
            "the system's own file",
            today,
        )
    if row is None:
        return unknown(
            Topic.OS_SUPPORT,
            "system.os_unknown_distribution"
            if not identity.version
            else "system.os_unknown_version",
            name=identity.name,
            version=identity.version,
        )
    extended_message = {"ubuntu": "system.linux_esm_only"}.get(
        identity.distribution, "system.linux_lts_only"
    )
    return judge_support(identity, row, today, Advice("system.os_ended_linux"), extended_message)


def identity_support(
    identity: OsIdentity,
    table: SupportTable,
    linux_releases: LinuxReleases,
    today: date,
) -> Finding:
    if identity.family == Family.WINDOWS:
        return windows_support(identity, table, today)
    if identity.family == Family.MACOS:
        return macos_support(identity, table, today)
    return linux_support(identity, linux_releases, table, today)
