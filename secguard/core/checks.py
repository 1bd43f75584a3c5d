"""Which check answers each precaution: the one place ui/ and cli.py share.

A precaution absent from this mapping is reported as "unknown — not checked
yet" by ``run_checklist``; the issues that build each precaution's page add
their check here.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    from secguard.core.progress import Progress, ScanSummary
    from secguard.core.stored import StoredData


def available_checks(
    progress: Progress | None, stored: StoredData
) -> dict[PrecautionId, CheckFunction]:
    if progress is None:
        return {}
    known = progress
    return {
        PrecautionId.NO_LINKS: lambda: links_result(known),
        PrecautionId.BOOKMARKS: lambda: bookmarks_result(stored, known),
        PrecautionId.PASSWORDS: lambda: passwords_result(stored),
    }


def current_results(progress: Progress | None, stored: StoredData) -> list[CheckResult]:
    return run_checklist(available_checks(progress, stored))


def passwords_result(stored: StoredData) -> CheckResult:
    """Step 4 from the stored checks: weak, breached or reused -> risk; none checked -> unknown."""
    from secguard.core.accounts import passwords_state

    item = precaution(PrecautionId.PASSWORDS)
    accounts: tuple[AccountRecord, ...] = stored.accounts
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
