"""What a finding rests on, in sentences a person understands, and how to act on it by hand.

A finding's own message says what it means and what to do; these lines say
what was read to get there: the OS and its dates, where the dates come from
and how old that data is, the counts, the product.  They are message ids with
parameters, like every core result; the window and the CLI put them into
words.  ``manual_update_step`` is the instruction for a machine where no
graphical updater exists ("open a terminal and type sudo apt upgrade").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from secguard.core.checklist import CheckState
from secguard.core.system.findings import Finding, Topic

# Enough package names to recognise the kind of update, few enough to read.
SHOWN_PACKAGES = 6


@dataclass(frozen=True)
class EvidenceLine:
    message_id: str
    params: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _package_line(
    message_id: str, more_id: str, names: Any, total: int | None = None
) -> list[EvidenceLine]:
    """A few package names, and how many more (``total``: all of them, where the
    evidence keeps only the first ones)."""
    if not isinstance(names, list) or not names:
        return []
    shown = [str(name) for name in names[:SHOWN_PACKAGES]]
    more = max((total or len(names)) - len(shown), 0)
    params = {"names": ", ".join(shown), "more": str(more)}
    return [EvidenceLine(more_id if more else message_id, params)]


# --- one reader per topic -------------------------------------------------------------


def _os_support(finding: Finding, today: date) -> list[EvidenceLine]:
    evidence = finding.evidence
    os = evidence.get("os")
    if not isinstance(os, Mapping):
        return []
    lines = []
    if os.get("build"):
        lines.append(
            EvidenceLine(
                "evidence.os_read_build",
                {"name": os["name"], "version": os.get("version") or "", "build": os["build"]},
            )
        )
    else:
        lines.append(EvidenceLine("evidence.os_read", {"name": os["name"]}))
    lines += _support_dates(_day(evidence.get("support_end")), evidence, today)
    checked = _day(evidence.get("data_checked"))
    if checked is not None:
        params = {"checked": checked.isoformat(), "days": str((today - checked).days)}
        source = evidence.get("source")
        if source:
            lines.append(EvidenceLine("evidence.support_source", params | {"source": str(source)}))
        else:
            lines.append(EvidenceLine("evidence.support_data_date", params))
    return lines


def _support_dates(
    end: date | None, evidence: Mapping[str, Any], today: date
) -> list[EvidenceLine]:
    extended = _day(evidence.get("extended_end"))
    if "support_end" not in evidence:  # a release older than every row of the table
        return []
    if end is None:
        return [EvidenceLine("evidence.support_no_end")]
    dates = {"end": end.isoformat(), "extended_end": extended.isoformat() if extended else ""}
    if extended is not None and today > end:
        return [EvidenceLine("evidence.support_extended_now", dates)]
    if extended is not None:
        return [EvidenceLine("evidence.support_until_extended", dates)]
    if today > end:
        return [EvidenceLine("evidence.support_ended", dates)]
    return [EvidenceLine("evidence.support_until", dates)]


def _updates(finding: Finding, _today: date) -> list[EvidenceLine]:
    evidence = finding.evidence
    lines = []
    pending, source = evidence.get("pending"), str(evidence.get("source") or "")
    if isinstance(pending, int):
        # The counts are in the finding's own message; this says how they were read.
        lines.append(EvidenceLine("evidence.read_with", {"source": source}))
        lines += _package_line(
            "evidence.updates_examples",
            "evidence.updates_examples_more",
            evidence.get("packages"),
            pending,
        )
    if evidence.get("restart_required"):
        lines.append(EvidenceLine("evidence.update_restarts"))
    last = _day(evidence.get("last_installed"))
    if last is not None and pending:
        lines.append(EvidenceLine("evidence.last_installed", {"date": last.isoformat()}))
    refreshed = _day(evidence.get("lists_refreshed"))
    if refreshed is not None:
        lines.append(EvidenceLine("evidence.lists_refreshed", {"date": refreshed.isoformat()}))
    return lines + _exit_code(finding)


def _reboot(finding: Finding, _today: date) -> list[EvidenceLine]:
    packages = _package_line(
        "evidence.reboot_packages",
        "evidence.reboot_packages_more",
        finding.evidence.get("packages"),
    )
    return packages + _exit_code(finding)


def _antivirus(finding: Finding, _today: date) -> list[EvidenceLine]:
    evidence = finding.evidence
    product = str(evidence.get("product") or "")
    lines = []
    if evidence.get("source") == "SecurityCenter2":
        lines.append(EvidenceLine("evidence.av_security_center", {"product": product}))
        lines.append(
            EvidenceLine(
                "evidence.av_definitions_current"
                if evidence.get("up_to_date")
                else "evidence.av_definitions_outdated"
            )
        )
    elif evidence.get("source") == "Get-MpComputerStatus":
        lines.append(
            EvidenceLine(
                "evidence.realtime_on" if evidence.get("real_time") else "evidence.realtime_off",
                {"product": product},
            )
        )
        age = evidence.get("signature_age_days")
        if isinstance(age, int):
            lines.append(EvidenceLine("evidence.signature_age", {"days": str(age)}))
        mode = evidence.get("running_mode")
        if mode and mode != "Normal":
            lines.append(EvidenceLine("evidence.running_mode", {"mode": str(mode)}))
    return lines + _exit_code(finding)


def _definitions(finding: Finding, _today: date) -> list[EvidenceLine]:
    evidence = finding.evidence
    lines = []
    if evidence.get("engine"):
        lines.append(EvidenceLine("evidence.clamav_engine", {"engine": str(evidence["engine"])}))
    updated, age = _day(evidence.get("updated")), evidence.get("age_days")
    if updated is not None and isinstance(age, int):
        lines.append(
            EvidenceLine(
                "evidence.definitions_age", {"date": updated.isoformat(), "days": str(age)}
            )
        )
    return lines + _exit_code(finding)


def _exit_code(finding: Finding) -> list[EvidenceLine]:
    """A command that failed: its exit code is what support staff will ask for."""
    code = finding.evidence.get("returncode")
    command = finding.params.get("command")
    if isinstance(code, int) and command:
        return [EvidenceLine("evidence.exit_code", {"command": command, "code": str(code)})]
    return []


_READERS: Mapping[Topic, Callable[[Finding, date], list[EvidenceLine]]] = {
    Topic.OS_SUPPORT: _os_support,
    Topic.UPDATES: _updates,
    Topic.REBOOT: _reboot,
    Topic.ANTIVIRUS: _antivirus,
    Topic.GATEKEEPER: lambda finding, _today: _exit_code(finding),
    Topic.SYSTEM_INTEGRITY: lambda finding, _today: _exit_code(finding),
    Topic.XPROTECT: _definitions,
    Topic.CLAMAV: _definitions,
}


def evidence_lines(finding: Finding, probed_at: datetime) -> tuple[EvidenceLine, ...]:
    """What was read for ``finding``; ages are counted to ``probed_at``, when it was read."""
    return tuple(_READERS[finding.topic](finding, probed_at.date()))


# --- the step to take by hand ---------------------------------------------------------

# Which command installs the waiting updates, by the tool that counted them.
_UPGRADE_STEPS = {
    "apt-get": "evidence.how_apt",
    "dnf": "evidence.how_dnf",
    "zypper": "evidence.how_zypper",
}
# Only apt's probe judges how old its lists are (probes._apt_updates).
_APT_LIST_PROBLEMS = ("system.updates_lists_old", "system.updates_lists_missing")


def manual_update_step(findings: Iterable[Finding]) -> EvidenceLine | None:
    """How to install what is waiting without a graphical updater, or None when nothing
    is waiting (or the tool that counted the updates is not one of Linux's)."""
    for finding in findings:
        if finding.topic is Topic.UPDATES and finding.state is not CheckState.OK:
            source = str(finding.evidence.get("source") or "")
            if finding.message_id in _APT_LIST_PROBLEMS:
                source = "apt-get"
            message_id = _UPGRADE_STEPS.get(source)
            return EvidenceLine(message_id) if message_id else None
    return None
