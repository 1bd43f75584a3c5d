"""Which check answers each precaution: the one place ui/ and cli.py share.

A precaution absent from this mapping is reported as "unknown — not checked
yet" by ``run_checklist``; the issues that build each precaution's page add
their check here.
"""

from __future__ import annotations

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

if TYPE_CHECKING:
    from secguard.core.accounts import AccountRecord
    from secguard.core.bookmarks import Bookmark
    from secguard.core.brokers import Directory
    from secguard.core.progress import Progress


def available_checks(
    progress: Progress | None = None,
    bookmarks: list[Bookmark] | None = None,
    storage_problem: str | None = None,
    accounts: list[AccountRecord] | None = None,
    directory: Directory | None = None,
) -> dict[PrecautionId, CheckFunction]:
    if progress is None:
        return {}
    known = progress
    return {
        PrecautionId.NO_LINKS: lambda: links_result(known),
        PrecautionId.BOOKMARKS: lambda: bookmarks_result(bookmarks, known, storage_problem),
        PrecautionId.MFA: lambda: mfa_result(accounts, directory),
        PrecautionId.PASSWORDS: lambda: passwords_result(accounts),
    }


def current_results(
    progress: Progress | None = None,
    bookmarks: list[Bookmark] | None = None,
    storage_problem: str | None = None,
    accounts: list[AccountRecord] | None = None,
    directory: Directory | None = None,
) -> list[CheckResult]:
    """``directory`` (the broker directory) tells step 3 which brokers offer a passkey."""
    return run_checklist(
        available_checks(progress, bookmarks, storage_problem, accounts, directory)
    )


# --- precaution 3 -------------------------------------------------------------------


def mfa_result(
    accounts: list[AccountRecord] | None, directory: Directory | None = None
) -> CheckResult:
    """Step 3 from the person's answers: MFA off anywhere -> risk; every account on a
    passkey or an app with notifications arriving -> ok; nothing answered -> unknown."""
    from secguard.core.mfa import standings

    item = precaution(PrecautionId.MFA)
    if not accounts:
        return CheckResult(item, CheckState.UNKNOWN, NOT_CHECKED_YET)
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


def passwords_result(accounts: list[AccountRecord] | None) -> CheckResult:
    """Step 4 from the stored checks: weak, breached or reused -> risk; none checked -> unknown."""
    from secguard.core.accounts import passwords_state

    item = precaution(PrecautionId.PASSWORDS)
    if not accounts:
        return CheckResult(item, CheckState.UNKNOWN, NOT_CHECKED_YET)
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


# --- precautions 1 and 2 ------------------------------------------------------------


def links_result(progress: Progress) -> CheckResult:
    """Step 1 is a habit, not a setting: ok once the person has read it and said so."""
    item = precaution(PrecautionId.NO_LINKS)
    if PrecautionId.NO_LINKS.value in progress.completed_steps:
        return CheckResult(item, CheckState.OK, "check.links_promised")
    return CheckResult(item, CheckState.UNKNOWN, NOT_CHECKED_YET)


def bookmarks_result(
    bookmarks: list[Bookmark] | None, progress: Progress, storage_problem: str | None = None
) -> CheckResult:
    """Step 2: own bookmarks for the brokers, and no imitation among the browsers' bookmarks."""
    item = precaution(PrecautionId.BOOKMARKS)
    scan = progress.browser_scan or {}
    lookalikes = int(scan.get("lookalikes", 0) or 0)
    if lookalikes:
        return CheckResult(
            item, CheckState.RISK, "check.bookmarks_browser_lookalikes", {"count": str(lookalikes)}
        )
    if bookmarks is None:
        return CheckResult(
            item,
            CheckState.UNKNOWN,
            "check.bookmarks_storage",
            details={"storage": storage_problem},
        )
    broker_bookmarks = [b for b in bookmarks if b.broker_id]
    details = {"bookmarks": len(bookmarks), "broker_bookmarks": len(broker_bookmarks)}
    if not broker_bookmarks:
        return CheckResult(item, CheckState.ATTENTION, "check.bookmarks_none", details=details)
    if not scan:
        return CheckResult(
            item, CheckState.ATTENTION, "check.bookmarks_not_scanned", details=details
        )
    if int(scan.get("suspicious", 0) or 0):
        return CheckResult(
            item,
            CheckState.ATTENTION,
            "check.bookmarks_browser_suspicious",
            {"count": str(scan["suspicious"])},
            details,
        )
    return CheckResult(
        item, CheckState.OK, "check.bookmarks_ok", {"count": str(len(broker_bookmarks))}, details
    )
