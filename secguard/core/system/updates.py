"""Pending updates and pending restarts, parsed from each OS's own read-only tools.

Each parser takes what the tool printed and returns ``PendingUpdates`` or
None when the output is not what that tool prints (then the finding is
"unknown", never "no updates").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime

from secguard.core.checklist import CheckState
from secguard.core.system.findings import Finding, Topic

# Older lists cannot be trusted to show today's security fixes.
LISTS_TOO_OLD_DAYS = 14


@dataclass(frozen=True)
class PendingUpdates:
    count: int
    security: int | None = None  # None: the tool does not tell security updates apart
    names: tuple[str, ...] = ()
    restart_required: bool = False  # one of them needs a restart (macOS says so)
    last_installed: date | None = None  # Windows Update's history


# An Inst line names the package, its installed version in brackets, then the
# new version and its origins in parentheses (tests/core/system/fixtures/apt_*).
_APT_INST = re.compile(r"^Inst (\S+) (?:\[[^\]]*\] )?\((\S+) ([^\[]*)\[")
_APT_SUMMARY = re.compile(r"^(\d+) upgraded, (\d+) newly installed, (\d+) to remove", re.MULTILINE)


def parse_apt_simulation(output: str) -> PendingUpdates | None:
    """``apt-get -s upgrade`` in the C locale: one ``Inst`` line per package.

    An upgrade counts as a security update when one of its origins is a
    security archive (Debian-Security, Ubuntu's ``-security`` pockets).
    """
    # Without the summary line apt stopped early (broken dependencies, no lists).
    if _APT_SUMMARY.search(output) is None:
        return None
    names: list[str] = []
    security = 0
    for line in output.splitlines():
        match = _APT_INST.match(line)
        if match is None:
            continue
        names.append(match.group(1))
        origins = match.group(3)
        if "-Security" in origins or "-security" in origins:
            security += 1
    return PendingUpdates(len(names), security, tuple(names))


def parse_dnf_check_update(returncode: int, output: str) -> PendingUpdates | None:
    """``dnf check-update``: exit 0 none, exit 100 updates listed, anything else failed."""
    if returncode == 0:
        return PendingUpdates(0)
    if returncode != 100:
        return None
    names: list[str] = []
    for line in output.splitlines():
        if line.startswith(("Obsoleting", "Security:", "Last metadata")):
            if line.startswith("Obsoleting"):
                break  # the rest repeats packages already listed
            continue
        fields = line.split()
        if len(fields) == 3 and "." in fields[0]:
            names.append(fields[0].rsplit(".", 1)[0])
    return PendingUpdates(len(names), None, tuple(names)) if names else None


def parse_zypper_list_updates(returncode: int, output: str) -> PendingUpdates | None:
    """``zypper list-updates``: a table of ``v | repository | name | ...`` rows."""
    if returncode != 0:
        return None
    if "No updates found" in output:
        return PendingUpdates(0)
    names = [
        cells[2].strip()
        for cells in (line.split("|") for line in output.splitlines())
        if len(cells) >= 5 and cells[0].strip() == "v"
    ]
    if not names and "S | Repository" not in output:
        return None
    return PendingUpdates(len(names), None, tuple(names))


def parse_softwareupdate_list(output: str) -> PendingUpdates | None:
    """``softwareupdate --list`` (stdout and stderr together).

    macOS 10.15 and later list ``* Label: ...`` followed by a ``Title: ...,
    Action: restart`` line; older ones ``* name`` then ``... [restart]``.
    """
    if "No new software available" in output:
        return PendingUpdates(0)
    if "Software Update found the following" not in output:
        return None
    names: list[str] = []
    restart = False
    for line in output.splitlines():
        stripped = line.strip()
        # "*" marks a recommended update, "-" another one; both are waiting.
        if stripped.startswith(("* ", "- ")):
            names.append(stripped[2:].removeprefix("Label: ").strip())
        elif "Action: restart" in stripped or "[restart]" in stripped:
            restart = True
    security = sum("Security" in name for name in names)
    return PendingUpdates(len(names), security, tuple(names), restart_required=restart)


def parse_windows_update(output: str) -> PendingUpdates | None:
    """The JSON object secguard's Windows Update Agent search prints (runner.py)."""
    try:
        values = json.loads(output)
    except ValueError:
        return None
    if not isinstance(values, dict) or not isinstance(values.get("Pending"), int):
        return None
    last = values.get("LastInstalled")
    try:
        last_date = datetime.fromisoformat(str(last)).date() if last else None
    except ValueError:
        last_date = None
    security = values.get("Security")
    return PendingUpdates(
        values["Pending"],
        security if isinstance(security, int) else None,
        last_installed=last_date,
    )


def parse_windows_reboot(output: str) -> bool | None:
    """True when either registry key that means "restart to finish updating" exists."""
    try:
        values = json.loads(output)
    except ValueError:
        return None
    if not isinstance(values, dict) or not all(
        isinstance(values.get(key), bool) for key in ("WindowsUpdate", "ComponentServicing")
    ):
        return None
    return bool(values["WindowsUpdate"] or values["ComponentServicing"])


# --- the findings -----------------------------------------------------------------------


def pending_finding(pending: PendingUpdates, source: str) -> Finding:
    evidence = {
        "pending": pending.count,
        "security": pending.security,
        "source": source,
        "packages": list(pending.names[:50]),
        "restart_required": pending.restart_required,
        "last_installed": pending.last_installed.isoformat() if pending.last_installed else None,
    }
    params = {"count": str(pending.count), "security": str(pending.security or 0)}
    if pending.count == 0:
        if pending.last_installed is not None:
            params["date"] = pending.last_installed.isoformat()
            return Finding(
                Topic.UPDATES, CheckState.OK, "system.updates_none_since", params, evidence
            )
        return Finding(Topic.UPDATES, CheckState.OK, "system.updates_none", params, evidence)
    message_id = "system.updates_pending_security" if pending.security else "system.updates_pending"
    return Finding(Topic.UPDATES, CheckState.ATTENTION, message_id, params, evidence)


def lists_too_old(refreshed: datetime | None, now: datetime) -> Finding | None:
    """Package lists not refreshed for weeks: "no updates" from them would be a guess."""
    if refreshed is None:
        return Finding(Topic.UPDATES, CheckState.UNKNOWN, "system.updates_lists_missing")
    days = (now - refreshed).days
    if days <= LISTS_TOO_OLD_DAYS:
        return None
    return Finding(
        Topic.UPDATES,
        CheckState.UNKNOWN,
        "system.updates_lists_old",
        {"days": str(days)},
        {"lists_refreshed": refreshed.isoformat()},
    )


def reboot_finding(required: bool, evidence: dict[str, object] | None = None) -> Finding:
    if required:
        return Finding(
            Topic.REBOOT, CheckState.ATTENTION, "system.reboot_needed", evidence=evidence or {}
        )
    return Finding(Topic.REBOOT, CheckState.OK, "system.reboot_not_needed", evidence=evidence or {})
