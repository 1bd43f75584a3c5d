"""The report a person hands to support staff: what it holds, decided once for every format.

The seven precautions with their state, reason and next step; when it was made, by
which secguard, on which OS; a short random check ID the person can read out on the
phone; which brokers they keep bookmarks for.  Addresses appear only when the person
asks for them.  Nothing secret is ever taken in: the model is built from check results,
the OS identity and bookmarks, never from account records, so passwords, fingerprints,
log-in IDs and OTP material cannot reach it.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from secguard.core.checklist import CheckResult, CheckState, PrecautionId
from secguard.core.errors import SecguardError

if TYPE_CHECKING:
    from secguard.core.bookmarks import Bookmark
    from secguard.core.system.identity import OsIdentity

# Letters and digits that cannot be misheard or misread for one another on the phone:
# no 0/O, 1/I/L, 5/S, 2/Z, 8/B, U/V.
CHECK_ID_ALPHABET = "34679ACDEFGHJKMNPQRTWXY"
CHECK_ID_GROUPS = (2, 4)

# The next step for a precaution that is not ok, one message id each; step 5 has its own
# for an open incident (the playbook, not a review, is what to do then).
NEXT_STEPS: Mapping[PrecautionId, str] = {
    PrecautionId.NO_LINKS: "next.no_links",
    PrecautionId.BOOKMARKS: "next.bookmarks",
    PrecautionId.MFA: "next.mfa",
    PrecautionId.PASSWORDS: "next.passwords",
    PrecautionId.ACCOUNT_REVIEW: "next.review",
    PrecautionId.UPDATES: "next.updates",
    PrecautionId.ANTI_MALWARE: "next.anti_malware",
}
NEXT_STEP_OK = "next.ok"
NEXT_STEP_INCIDENT = "next.review_incident"


class ReportNotSaved(SecguardError):
    """The report file could not be written (a folder that does not exist, a full disk)."""

    message_id = "report.not_saved"


def new_check_id(choose: Callable[[str], str] = secrets.choice) -> str:
    """A short random ID such as ``K7-4QX9``: about 150 million of them, enough to tell one
    caller's report from another's, never derived from anything on the machine."""
    return "-".join(
        "".join(choose(CHECK_ID_ALPHABET) for _ in range(length)) for length in CHECK_ID_GROUPS
    )


def next_step(result: CheckResult) -> str:
    """The message id of what to do next about ``result``."""
    if result.state is CheckState.OK:
        return NEXT_STEP_OK
    if result.message_id == "check.review_incident":
        return NEXT_STEP_INCIDENT
    return NEXT_STEPS[result.precaution.id]


@dataclass(frozen=True)
class ReportBookmark:
    """A bookmark as the report shows it: the broker, and the address only if asked for."""

    broker_id: str | None
    address: str | None = None


@dataclass(frozen=True)
class ReportLine:
    result: CheckResult
    next_step_id: str


@dataclass(frozen=True)
class Report:
    created: str  # ISO 8601
    version: str
    check_id: str
    language: str
    lines: tuple[ReportLine, ...]
    os: OsIdentity | None = None
    bookmarks: tuple[ReportBookmark, ...] = ()
    addresses_included: bool = False
    storage_state: str = ""
    storage_message_id: str = ""
    storage_params: Mapping[str, str] = field(default_factory=dict)


def report_bookmarks(
    bookmarks: Sequence[Bookmark], *, include_addresses: bool
) -> tuple[ReportBookmark, ...]:
    """Broker bookmarks once per broker; with ``include_addresses`` every bookmark with its
    address (those of no known broker too)."""
    if include_addresses:
        return tuple(ReportBookmark(b.broker_id, b.url) for b in bookmarks)
    brokers = dict.fromkeys(b.broker_id for b in bookmarks if b.broker_id)
    return tuple(ReportBookmark(broker_id) for broker_id in brokers)


def build_report(
    results: Sequence[CheckResult],
    *,
    created: str,
    version: str,
    language: str,
    check_id: str,
    os: OsIdentity | None = None,
    bookmarks: Sequence[Bookmark] = (),
    include_addresses: bool = False,
    storage: tuple[str, str, Mapping[str, str]] = ("", "", {}),
) -> Report:
    """``storage``: the keyring's state, its message id and params, as ``check --json``
    reports them."""
    state, message_id, params = storage
    return Report(
        created=created,
        version=version,
        check_id=check_id,
        language=language,
        lines=tuple(ReportLine(r, next_step(r)) for r in results),
        os=os,
        bookmarks=report_bookmarks(bookmarks, include_addresses=include_addresses),
        addresses_included=include_addresses,
        storage_state=state,
        storage_message_id=message_id,
        storage_params=dict(params),
    )
