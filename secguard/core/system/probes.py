"""The probes of precautions 6 and 7 on Windows, macOS and Linux, and the one call
(``probe_system``) that a GUI worker or the CLI makes, off the UI thread.

It takes the machine (a ``SystemAccess``), secguard's support table and the
time, and returns a ``SystemReport`` of plain findings.  Nothing here fails
loudly: a missing tool, a timeout or an output it cannot read is an
"unknown" finding with its reason.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from importlib import metadata
from typing import Generic, TypeVar

from secguard.core.checklist import CheckState
from secguard.core.system import antimalware, runner, updates
from secguard.core.system.findings import (
    Finding,
    Topic,
    command_problem,
    unknown,
    unreadable,
)
from secguard.core.system.identity import (
    OsIdentity,
    linux_identity,
    macos_identity,
    windows_identity,
)
from secguard.core.system.runner import CommandRefused, ReadOnlyCommand, SystemAccess
from secguard.core.system.support import SupportRow, SupportTable, identity_support

OS_RELEASE_FILES = ("/etc/os-release", "/usr/lib/os-release")
APT_LISTS = "/var/lib/apt/lists"
# Written by update-notifier-common's hook (Ubuntu, and Debian where installed)
# when an upgraded package needs a restart; without the hook, its absence says nothing.
REBOOT_REQUIRED = "/var/run/reboot-required"
REBOOT_HOOK = "/usr/share/update-notifier/notify-reboot-required"
XPROTECT_PLISTS = (
    "/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist",
    "/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist",  # before 10.15
)


@dataclass(frozen=True)
class SystemReport:
    """Everything steps 6 and 7 show: the OS read, and each probe's finding."""

    identity: OsIdentity | None
    updates: tuple[Finding, ...]  # OS support first, then pending updates, restart
    anti_malware: tuple[Finding, ...]
    probed_at: datetime


def _output(
    system: SystemAccess, command: ReadOnlyCommand, topic: Topic, ok_codes: tuple[int, ...] = (0,)
) -> runner.CommandOutput | Finding:
    try:
        output = system.run(command)
    except CommandRefused:
        return unknown(topic, "system.command_refused", command=command.name)
    if output.failure is not None or output.returncode not in ok_codes:
        return command_problem(topic, output)
    return output


# --- which OS -------------------------------------------------------------------------


def _identity_from(
    system: SystemAccess, command: ReadOnlyCommand, parse: Callable[[str], OsIdentity | None]
) -> OsIdentity | Finding:
    output = _output(system, command, Topic.OS_SUPPORT)
    if isinstance(output, Finding):
        return output
    return parse(output.stdout) or unreadable(Topic.OS_SUPPORT, output.command)


def _linux_identity(system: SystemAccess) -> OsIdentity | Finding:
    for path in OS_RELEASE_FILES:
        text = runner.read_text(system, path)
        if text is not None:
            return linux_identity(text) or unreadable(Topic.OS_SUPPORT, path)
    return unknown(Topic.OS_SUPPORT, "system.os_unreadable")


def read_identity(system: SystemAccess) -> OsIdentity | Finding:
    if system.platform == "win32":
        return _identity_from(system, runner.WINDOWS_VERSION, windows_identity)
    if system.platform == "darwin":
        return _identity_from(system, runner.SW_VERS, macos_identity)
    if system.platform.startswith("linux"):
        return _linux_identity(system)
    return unknown(Topic.OS_SUPPORT, "system.platform_unsupported")


@functools.cache
def distro_support_checked() -> date:
    """The day distro-support's bundled data was made: its version is that date."""
    version = metadata.version("distro-support")
    year, month, day = (int(part) for part in version.split(".")[:3])
    return date(year, month, day)


def distro_support_release(distribution: str, version: str) -> SupportRow | None:
    """A release's dates from distro-support's bundled data (never fetched online)."""
    import distro_support
    from distro_support.errors import DistroSupportError

    try:
        found = distro_support.get_support_range(distribution, version, get_online=False)
    except DistroSupportError:
        return None
    # Only Ubuntu's extended phase (ESM, with the free Ubuntu Pro) is open to a
    # home user; Debian's ELTS and RHEL's ELS are paid services for companies.
    extended = found.end_extended_support if distribution == "ubuntu" else None
    return SupportRow(
        distribution,
        version,
        found.end_support,
        "https://pypi.org/project/distro-support/",
        "distro-support package data (from Debian's distro-info-data and vendors' pages)",
        distro_support_checked(),
        extended_end=extended,
    )


# --- step 6: updates --------------------------------------------------------------------


def _apt_lists_refreshed(system: SystemAccess) -> datetime | None:
    entries = system.list_dir(APT_LISTS) or []
    paths = [APT_LISTS, f"{APT_LISTS}/partial", "/var/lib/apt/periodic/update-success-stamp"]
    paths += [f"{APT_LISTS}/{name}" for name in entries if name.endswith("Release")]
    times = [t for t in map(system.modified, paths) if t is not None]
    return max(times) if times else None


def _linux_updates(system: SystemAccess, now: datetime) -> list[Finding]:
    apt = _output(system, runner.APT_SIMULATE_UPGRADE, Topic.UPDATES)
    if not (isinstance(apt, Finding) and apt.message_id == "system.command_missing"):
        return _apt_updates(system, apt, now)
    dnf = _output(system, runner.DNF_CHECK_UPDATE, Topic.UPDATES, ok_codes=(0, 100))
    if isinstance(dnf, runner.CommandOutput):
        parsed = updates.parse_dnf_check_update(dnf.returncode or 0, dnf.stdout)
        return [_pending(parsed, dnf.command), _unknown_reboot()]
    zypper = _output(system, runner.ZYPPER_LIST_UPDATES, Topic.UPDATES)
    if isinstance(zypper, runner.CommandOutput):
        parsed = updates.parse_zypper_list_updates(0, zypper.stdout)
        return [_pending(parsed, zypper.command), _unknown_reboot()]
    if dnf.message_id == "system.command_missing" and zypper.message_id == dnf.message_id:
        return [unknown(Topic.UPDATES, "system.no_package_manager")]
    return [dnf if dnf.message_id != "system.command_missing" else zypper]


def _apt_updates(
    system: SystemAccess, apt: runner.CommandOutput | Finding, now: datetime
) -> list[Finding]:
    if isinstance(apt, Finding):
        pending_finding = apt
    else:
        parsed = updates.parse_apt_simulation(apt.stdout)
        pending_finding = _pending(parsed, apt.command)
        if parsed is not None and parsed.count == 0:
            # "Nothing to upgrade" is only as true as the lists it was read from.
            pending_finding = (
                updates.lists_too_old(_apt_lists_refreshed(system), now) or pending_finding
            )
    if system.read_bytes(REBOOT_REQUIRED) is not None:
        packages = runner.read_text(system, f"{REBOOT_REQUIRED}.pkgs") or ""
        restart = updates.reboot_finding(True, {"packages": packages.split()[:20]})
    elif system.read_bytes(REBOOT_HOOK) is not None:
        restart = updates.reboot_finding(False)
    else:
        restart = _unknown_reboot()
    return [pending_finding, restart]


def _unknown_reboot() -> Finding:
    return unknown(Topic.REBOOT, "system.reboot_unknown")


def _pending(parsed: updates.PendingUpdates | None, command: str) -> Finding:
    if parsed is None:
        return unreadable(Topic.UPDATES, command)
    return updates.pending_finding(parsed, command)


def _macos_updates(system: SystemAccess) -> list[Finding]:
    output = _output(system, runner.SOFTWAREUPDATE_LIST, Topic.UPDATES)
    if isinstance(output, Finding):
        return [output]
    # "No new software available." goes to standard error.
    return [
        _pending(updates.parse_softwareupdate_list(output.stdout + output.stderr), output.command)
    ]


def _windows_updates(system: SystemAccess) -> list[Finding]:
    found: list[Finding] = []
    search = _output(system, runner.WINDOWS_UPDATE_SEARCH, Topic.UPDATES)
    if isinstance(search, Finding):
        found.append(search)
    else:
        found.append(_pending(updates.parse_windows_update(search.stdout), search.command))
    reboot = _output(system, runner.WINDOWS_REBOOT_PENDING, Topic.REBOOT)
    if isinstance(reboot, Finding):
        found.append(reboot)
    else:
        required = updates.parse_windows_reboot(reboot.stdout)
        found.append(
            unreadable(Topic.REBOOT, reboot.command)
            if required is None
            else updates.reboot_finding(required)
        )
    return found


def _updates_findings(system: SystemAccess, now: datetime) -> list[Finding]:
    if system.platform == "win32":
        return _windows_updates(system)
    if system.platform == "darwin":
        return _macos_updates(system)
    if system.platform.startswith("linux"):
        return _linux_updates(system, now)
    return [unknown(Topic.UPDATES, "system.platform_unsupported")]


# --- step 7: anti-malware ---------------------------------------------------------------


def _windows_anti_malware(system: SystemAccess) -> list[Finding]:
    center = _output(system, runner.SECURITY_CENTER_ANTIVIRUS, Topic.ANTIVIRUS)
    products = (
        None if isinstance(center, Finding) else antimalware.parse_security_center(center.stdout)
    )
    # Windows Home without Defender's cmdlets (or with another product) fails here.
    defender = _output(system, runner.DEFENDER_STATUS, Topic.ANTIVIRUS)
    status = None if isinstance(defender, Finding) else antimalware.parse_defender(defender.stdout)
    findings = antimalware.windows_findings(products, status)
    if findings:
        return findings
    return [center if isinstance(center, Finding) else unreadable(Topic.ANTIVIRUS, center.command)]


def _switch(
    system: SystemAccess,
    command: ReadOnlyCommand,
    topic: Topic,
    parse: Callable[[str], bool | None],
    ids: tuple[str, str],
) -> Finding:
    output = _output(system, command, topic)
    if isinstance(output, Finding):
        return output
    enabled = parse(output.stdout + output.stderr)
    if enabled is None:
        return unreadable(topic, output.command)
    return antimalware.switch_finding(topic, enabled, *ids)


def _xprotect(system: SystemAccess, today: date) -> Finding:
    for path in XPROTECT_PLISTS:
        data = system.read_bytes(path)
        if data is None:
            continue
        version = antimalware.parse_xprotect_version(data)
        changed = system.modified(path)
        if version is None or changed is None:
            return unreadable(Topic.XPROTECT, "XProtect")
        return antimalware.age_finding(
            Topic.XPROTECT,
            changed.date(),
            today,
            limit=antimalware.XPROTECT_TOO_OLD_DAYS,
            current_id="system.xprotect_current",
            old_id="system.xprotect_old",
            version=version,
        )
    return unknown(Topic.XPROTECT, "system.xprotect_missing")


def _macos_anti_malware(system: SystemAccess, today: date) -> list[Finding]:
    return [
        _switch(
            system,
            runner.SPCTL_STATUS,
            Topic.GATEKEEPER,
            antimalware.parse_gatekeeper,
            ("system.gatekeeper_on", "system.gatekeeper_off"),
        ),
        _switch(
            system,
            runner.CSRUTIL_STATUS,
            Topic.SYSTEM_INTEGRITY,
            antimalware.parse_sip,
            ("system.sip_on", "system.sip_off"),
        ),
        _xprotect(system, today),
    ]


def _linux_anti_malware(system: SystemAccess, today: date) -> list[Finding]:
    """Informational: lacking an antivirus on Linux is never a risk by itself."""
    output = _output(system, runner.CLAMSCAN_VERSION, Topic.CLAMAV)
    if isinstance(output, Finding):
        if output.message_id == "system.command_missing":
            return [
                Finding(
                    Topic.CLAMAV,
                    CheckState.OK,
                    "system.linux_no_antivirus",
                    evidence={"clamav": None},
                )
            ]
        return [output]
    parsed = antimalware.parse_clamav_version(output.stdout)
    if parsed is None:
        return [unreadable(Topic.CLAMAV, output.command)]
    engine, when = parsed
    if when is None:
        return [
            Finding(
                Topic.CLAMAV,
                CheckState.ATTENTION,
                "system.clamav_no_definitions",
                evidence={"clamav": engine},
            )
        ]
    return [
        antimalware.age_finding(
            Topic.CLAMAV,
            when,
            today,
            limit=antimalware.SIGNATURES_TOO_OLD_DAYS,
            current_id="system.clamav_current",
            old_id="system.clamav_old",
            engine=engine,
        )
    ]


def _anti_malware_findings(system: SystemAccess, today: date) -> list[Finding]:
    if system.platform == "win32":
        return _windows_anti_malware(system)
    if system.platform == "darwin":
        return _macos_anti_malware(system, today)
    if system.platform.startswith("linux"):
        return _linux_anti_malware(system, today)
    return [unknown(Topic.ANTIVIRUS, "system.platform_unsupported")]


# --- the one call -----------------------------------------------------------------------


def probe_system(
    system: SystemAccess,
    table: SupportTable,
    now: datetime,
    linux_releases: Callable[[str, str], SupportRow | None] = distro_support_release,
) -> SystemReport:
    """Run every probe (the slow ones side by side) and return what they found.

    Blocks for as long as the slowest probe (apt-get -s, softwareupdate or
    the Windows Update search): call it from a worker thread, never the UI's.
    """
    today = now.date()
    pending = _Beside(_updates_findings, system, now)
    protection = _Beside(_anti_malware_findings, system, today)
    identity = read_identity(system)
    if isinstance(identity, Finding):
        support, known = identity, None
    else:
        support, known = identity_support(identity, table, linux_releases, today), identity
    return SystemReport(known, (support, *pending.result()), tuple(protection.result()), now)


_T = TypeVar("_T")


class _Beside(Generic[_T]):
    """One probe on a thread of its own, beside the caller's.

    A daemon thread, not concurrent.futures: its workers are joined when
    the interpreter exits, so a window closed during a minutes-long Windows
    Update search would keep secguard's process alive until the search ends.
    """

    def __init__(self, function: Callable[..., _T], *args: object) -> None:
        self._value: _T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(function, args), daemon=True)
        self._thread.start()

    def _run(self, function: Callable[..., _T], args: tuple[object, ...]) -> None:
        try:
            self._value = function(*args)
        except BaseException as error:  # noqa: BLE001 - re-raised in the caller by result()
            self._error = error

    def result(self) -> _T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]


def failed_run(
    now: datetime, message_id: str = "system.probe_failed", **params: str
) -> SystemReport:
    """A probe run that could not finish: both steps unknown with the reason, never ok."""
    return SystemReport(
        None,
        (unknown(Topic.OS_SUPPORT, message_id, **params),),
        (unknown(Topic.ANTIVIRUS, message_id, **params),),
        now,
    )
