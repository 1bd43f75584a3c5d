"""The seven precautions of Japan's FSA (2025) and what a check returns.

The order and wording follow the FSA's warning after the 2025 wave of
account takeovers; numbers are what support staff say on the phone
("please open step 3"), so they never change.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


class CheckState(enum.StrEnum):
    """How a precaution stands.  UNKNOWN means "could not tell", never "ok"."""

    OK = "ok"
    ATTENTION = "attention"
    RISK = "risk"
    UNKNOWN = "unknown"


class PrecautionId(enum.StrEnum):
    NO_LINKS = "no-links-in-messages"
    BOOKMARKS = "use-bookmarks"
    MFA = "mfa-and-notifications"
    PASSWORDS = "strong-unique-passwords"
    ACCOUNT_REVIEW = "review-account"
    UPDATES = "keep-software-updated"
    ANTI_MALWARE = "anti-malware"


@dataclass(frozen=True)
class Precaution:
    number: int
    id: PrecautionId


PRECAUTIONS: tuple[Precaution, ...] = tuple(
    Precaution(number, precaution_id) for number, precaution_id in enumerate(PrecautionId, start=1)
)


def precaution(precaution_id: PrecautionId) -> Precaution:
    return PRECAUTIONS[list(PrecautionId).index(precaution_id)]


def _frozen(mapping: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one precaution's check.

    ``message_id`` names a one-line reason that ui/ and cli.py translate,
    filled in with ``params``; ``details`` holds structured, non-secret data
    for the JSON output and the report.
    """

    precaution: Precaution
    state: CheckState
    message_id: str
    params: Mapping[str, str] = field(default_factory=dict)
    details: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", _frozen(self.params))
        object.__setattr__(self, "details", _frozen(self.details))


NOT_CHECKED_YET = "check.not_checked_yet"
CHECK_FAILED = "check.failed"

CheckFunction = Callable[[], CheckResult]


def not_checked(item: Precaution) -> CheckResult:
    return CheckResult(item, CheckState.UNKNOWN, NOT_CHECKED_YET)


def run_checklist(checks: Mapping[PrecautionId, CheckFunction]) -> list[CheckResult]:
    """Run every precaution's check, in the FSA's order.

    A precaution without a check yet is UNKNOWN ("not checked yet"); a check
    that raises is UNKNOWN ("the check failed") with the exception's type in
    the details, so one broken probe never hides the other six.
    """
    results: list[CheckResult] = []
    for item in PRECAUTIONS:
        check = checks.get(item.id)
        if check is None:
            results.append(not_checked(item))
            continue
        try:
            results.append(check())
        except Exception as exc:  # noqa: BLE001 - any failure is "unknown", by design
            results.append(
                CheckResult(
                    item,
                    CheckState.UNKNOWN,
                    CHECK_FAILED,
                    details={"error": type(exc).__name__},
                )
            )
    return results


class SummaryKind(enum.Enum):
    ACTION_NEEDED = "action_needed"  # at least one precaution is at risk
    NOT_CHECKED = "not_checked"  # none at risk, some still unknown
    ALL_CHECKED = "all_checked"


@dataclass(frozen=True)
class Summary:
    """One line over all seven: what the status bar and the overview say first."""

    kind: SummaryKind
    count: int  # how many precautions are at risk, or unknown; 0 when all are checked


def summarize(states: Sequence[CheckState]) -> Summary:
    risky = sum(1 for state in states if state is CheckState.RISK)
    if risky:
        return Summary(SummaryKind.ACTION_NEEDED, risky)
    unknown = sum(1 for state in states if state is CheckState.UNKNOWN)
    if unknown:
        return Summary(SummaryKind.NOT_CHECKED, unknown)
    return Summary(SummaryKind.ALL_CHECKED, 0)
