"""Which check answers each precaution: the one place ui/ and cli.py share.

A precaution absent from this mapping is reported as "unknown — not checked
yet" by ``run_checklist``; the issues that build each precaution's page add
their check here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from secguard.core.checklist import (
    NOT_CHECKED_YET,
    CheckFunction,
    CheckResult,
    CheckState,
    PrecautionId,
    precaution,
    run_checklist,
)
from secguard.core.stored import StorageState

if TYPE_CHECKING:
    from secguard.core.accounts import AccountRecord
    from secguard.core.bookmarks import Bookmark
    from secguard.core.brokers import Directory
    from secguard.core.progress import Progress, ScanSummary
    from secguard.core.stored import StoredData
    from secguard.core.system.findings import Finding
    from secguard.core.system.probes import SystemReport


def available_checks(
    progress: Progress | None,
    stored: StoredData,
    *,
    directory: Directory | None = None,
    system: SystemReport | None = None,
    at: datetime | None = None,
) -> dict[PrecautionId, CheckFunction]:
    """``system``: a finished probe run (probes.probe_system), or None when none ran yet;
    ``at``: the time step 5's review dates are judged at (None: step 5 is not checked)."""
    checks: dict[PrecautionId, CheckFunction] = {}
    if system is not None:
        report = system
        checks[PrecautionId.UPDATES] = lambda: updates_result(report)
        checks[PrecautionId.ANTI_MALWARE] = lambda: anti_malware_result(report)
    if progress is None:
        return checks
    known = progress
    if at is not None:
        moment = at
        checks[PrecautionId.ACCOUNT_REVIEW] = lambda: review_result(stored, known, moment)
    return checks | {
        PrecautionId.NO_LINKS: lambda: links_result(known),
        PrecautionId.BOOKMARKS: lambda: bookmarks_result(stored, known),
        PrecautionId.MFA: lambda: mfa_result(stored, directory),
        PrecautionId.PASSWORDS: lambda: passwords_result(stored),
    }


def current_results(
    progress: Progress | None,
    stored: StoredData,
    *,
    directory: Directory | None = None,
    system: SystemReport | None = None,
    at: datetime | None = None,
) -> list[CheckResult]:
    """``directory`` (the broker directory) tells step 3 which brokers offer a passkey;
    ``system`` is a finished probe run for steps 6 and 7; ``at`` is now, for step 5."""
    return run_checklist(
        available_checks(progress, stored, directory=directory, system=system, at=at)
    )


# --- precaution 3 -------------------------------------------------------------------


def mfa_result(stored: StoredData, directory: Directory | None = None) -> CheckResult:
    """Step 3 from the person's answers: MFA off anywhere -> risk; every account on a
    passkey or an app with notifications arriving -> ok; nothing answered -> unknown."""
    item = precaution(PrecautionId.MFA)
    accounts = stored.accounts
    if not accounts:  # (also while the keyring is read: the window's first paint)
        return CheckResult(item, CheckState.UNKNOWN, NOT_CHECKED_YET)
    from secguard.core.mfa import standings

    ranked = standings(accounts, directory)
    details = {"accounts": [s.as_details() for s in ranked]}
    states = {s.state for s in ranked}
    if states == {CheckState.UNKNOWN}:
        return CheckResult(item, CheckState.UNKNOWN, "check.mfa_not_answered", details=details)
    off = sum(s.state is CheckState.RISK for s in ranked)
    if off:
        return CheckResult(item, CheckState.RISK, "check.mfa_risk", {"count": str(off)}, details)
    if states == {CheckState.OK}:
        count = {"count": str(len(ranked))}
        return CheckResult(item, CheckState.OK, "check.mfa_ok", count, details)
    return CheckResult(item, CheckState.ATTENTION, "check.mfa_attention", details=details)


def passwords_result(stored: StoredData) -> CheckResult:
    """Step 4 from the stored checks: weak, breached or reused -> risk; none checked -> unknown."""
    item = precaution(PrecautionId.PASSWORDS)
    accounts: tuple[AccountRecord, ...] = stored.accounts
    if not accounts:
        return CheckResult(item, CheckState.UNKNOWN, NOT_CHECKED_YET)
    from secguard.core.accounts import passwords_state

    state, checked = passwords_state(accounts)
    details = {"accounts": len(accounts), "checked": checked}
    if state is CheckState.UNKNOWN:
        return CheckResult(item, state, NOT_CHECKED_YET, details=details)
    message = {
        CheckState.RISK: "check.passwords_risk",
        CheckState.ATTENTION: "check.passwords_attention",
        CheckState.OK: "check.passwords_ok",
    }[state]
    return CheckResult(item, state, message, {"checked": str(checked)}, details)


# --- precaution 5 -------------------------------------------------------------------


def review_result(stored: StoredData, progress: Progress, at: datetime) -> CheckResult:
    """Step 5 from the review log: every account within its cadence -> ok; one overdue ->
    attention; something found wrong and the playbook unfinished -> risk."""
    from secguard.core.review import review_standing, review_targets, targets_with_records

    routine = progress.review_routine
    if stored.is_read:
        targets = review_targets(stored.accounts, stored.bookmarks)
    else:  # the keyring cannot say which accounts there are: the log can
        targets = targets_with_records(routine)
    standing = review_standing(targets, routine, at)
    run = routine.latest_run()
    details = {
        "accounts": [s.as_details() for s in standing.accounts],
        "reviews": len(routine.records),
        "playbook": None
        if run is None
        else {"started": run.started, "completed": run.completed, "ticked": dict(run.ticked)},
    }
    item = precaution(PrecautionId.ACCOUNT_REVIEW)
    return CheckResult(item, standing.state, standing.message_id, standing.params, details)


# --- precautions 1 and 2 ------------------------------------------------------------


def links_result(progress: Progress) -> CheckResult:
    """Step 1 is a habit, not a setting: ok once the person has read it and said so."""
    item = precaution(PrecautionId.NO_LINKS)
    if PrecautionId.NO_LINKS.value in progress.completed_steps:
        return CheckResult(item, CheckState.OK, "check.links_promised")
    return CheckResult(item, CheckState.UNKNOWN, NOT_CHECKED_YET)


def bookmarks_result(stored: StoredData, progress: Progress) -> CheckResult:
    """Step 2: own bookmarks for the brokers, and no imitation among the browsers' bookmarks."""
    item = precaution(PrecautionId.BOOKMARKS)
    scan = progress.browser_scan
    if scan is not None and scan.lookalikes:
        return CheckResult(
            item,
            CheckState.RISK,
            "check.bookmarks_browser_lookalikes",
            {"count": str(scan.lookalikes)},
        )
    if stored.state is StorageState.LOADING:
        return CheckResult(item, CheckState.UNKNOWN, "check.bookmarks_loading")
    if not stored.is_read:
        return CheckResult(
            item, CheckState.UNKNOWN, "check.bookmarks_storage", details={"storage": stored.problem}
        )
    return _own_bookmarks_result(stored.bookmarks, scan)


def _own_bookmarks_result(bookmarks: Sequence[Bookmark], scan: ScanSummary | None) -> CheckResult:
    item = precaution(PrecautionId.BOOKMARKS)
    broker_bookmarks = [b for b in bookmarks if b.broker_id]
    details = {"bookmarks": len(bookmarks), "broker_bookmarks": len(broker_bookmarks)}
    if not broker_bookmarks:
        return CheckResult(item, CheckState.ATTENTION, "check.bookmarks_none", details=details)
    if scan is None:
        return CheckResult(
            item, CheckState.ATTENTION, "check.bookmarks_not_scanned", details=details
        )
    if scan.suspicious:
        return CheckResult(
            item,
            CheckState.ATTENTION,
            "check.bookmarks_browser_suspicious",
            {"count": str(scan.suspicious)},
            details,
        )
    return CheckResult(
        item, CheckState.OK, "check.bookmarks_ok", {"count": str(len(broker_bookmarks))}, details
    )


# --- precautions 6 and 7 ------------------------------------------------------------


def _system_step(
    precaution_id: PrecautionId, findings: tuple[Finding, ...], extra: dict[str, object]
) -> CheckResult:
    """The step takes the state and the words of its worst finding; all are in details."""
    from secguard.core.system.findings import worst

    item = precaution(precaution_id)
    decisive = worst(findings)
    if decisive is None:
        return CheckResult(item, CheckState.UNKNOWN, NOT_CHECKED_YET)
    details = extra | {"findings": [finding.to_json() for finding in findings]}
    return CheckResult(item, decisive.state, decisive.message_id, decisive.params, details)


def updates_result(report: SystemReport) -> CheckResult:
    """Step 6: OS still supported, no updates waiting, no restart pending."""
    from secguard.core.system.findings import Topic

    by_topic = {finding.topic: finding for finding in report.updates}
    support = by_topic.get(Topic.OS_SUPPORT)
    pending = by_topic.get(Topic.UPDATES)
    details: dict[str, object] = {
        "os": report.identity.to_json() if report.identity else None,
        "support_end": support.evidence.get("support_end") if support else None,
        "extended_end": support.evidence.get("extended_end") if support else None,
        "support_data_checked": support.evidence.get("data_checked") if support else None,
        "pending_updates": pending.evidence.get("pending") if pending else None,
        "pending_security_updates": pending.evidence.get("security") if pending else None,
        "probed_at": report.probed_at.isoformat(),
    }
    return _system_step(PrecautionId.UPDATES, report.updates, details)


def anti_malware_result(report: SystemReport) -> CheckResult:
    """Step 7: protection present, switched on and current (Linux: informational)."""
    details: dict[str, object] = {"probed_at": report.probed_at.isoformat()}
    return _system_step(PrecautionId.ANTI_MALWARE, report.anti_malware, details)
