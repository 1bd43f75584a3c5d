"""The "something looks wrong" playbook: five steps, each ticked off with its time.

What the steps show comes from the data files only: the broker's lock procedure,
its numbers and their hours from the broker directory, the public desks from the
help desks file, step 3's guidance from ``core.mfa``.  A broker whose numbers no
source confirms gets its ``contact_page`` instructions (to follow through the
person's bookmark) instead of a number.  Nothing here is a link to follow.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secguard.core.accounts import AccountRecord
    from secguard.core.broker_facts import AccountLock, ContactPage, Phone
    from secguard.core.brokers import Broker


class PlaybookStep(enum.StrEnum):
    """In the order a person takes them; the values are kept in the progress file."""

    STOP_DAMAGE = "stop-damage"
    CHANGE_PASSWORDS = "change-passwords"
    TURN_ON_MFA = "turn-on-mfa"
    KEEP_EVIDENCE = "keep-evidence"
    GET_HELP = "get-help"


# Each step's title and its plain explanation (i18n_review.py holds the words).
STEP_TEXTS: Mapping[PlaybookStep, tuple[str, str]] = {
    step: (f"playbook.{step.value}", f"playbook.{step.value}_why") for step in PlaybookStep
}
# What to keep as evidence, one message id per line.
EVIDENCE_ITEMS = (
    "playbook.evidence_screenshots",
    "playbook.evidence_messages",
    "playbook.evidence_times",
    "playbook.evidence_calls",
)
# The most runs a progress file keeps: an incident a year is already a lot.
MAX_RUNS = 20


@dataclass(frozen=True)
class PlaybookRun:
    """One time through the playbook: when it started, for which broker, which steps are
    ticked off and when (ISO 8601 times, as every record keeps them)."""

    started: str
    broker_id: str | None = None
    ticked: Mapping[str, str] = field(default_factory=dict)

    @property
    def completed(self) -> bool:
        return all(step.value in self.ticked for step in PlaybookStep)

    def ticked_at(self, step: PlaybookStep) -> str | None:
        return self.ticked.get(step.value)

    def tick(self, step: PlaybookStep, at: str) -> PlaybookRun:
        return replace(self, ticked={**self.ticked, step.value: at})

    def untick(self, step: PlaybookStep) -> PlaybookRun:
        return replace(self, ticked={k: v for k, v in self.ticked.items() if k != step.value})

    @classmethod
    def from_document(cls, data: object) -> PlaybookRun:
        """A run as the progress file holds it; TypeError when it is not one."""
        if not isinstance(data, Mapping) or not isinstance(data.get("started"), str):
            raise TypeError("playbook run")
        broker_id = data.get("broker_id")
        ticked = data.get("ticked", {})
        if not isinstance(broker_id, str | None) or not isinstance(ticked, Mapping):
            raise TypeError("playbook run")
        steps = {step.value for step in PlaybookStep}
        if not all(k in steps and isinstance(v, str) for k, v in ticked.items()):
            raise TypeError("playbook run")
        return cls(data["started"], broker_id, dict(ticked))


# --- step 1: stop the damage ---------------------------------------------------------


@dataclass(frozen=True)
class EmergencyOptions:
    """What the directory offers to stop the damage at one broker.

    ``phones``: the lines for unauthorised use first, then the support desks;
    ``contact_page``: where on the broker's own site to find its numbers, shown when
    no support or security number is confirmed (``numbers_confirmed`` False).
    """

    broker_id: str
    lock: AccountLock | None
    phones: tuple[Phone, ...]
    contact_page: ContactPage | None

    @property
    def numbers_confirmed(self) -> bool:
        return bool(self.phones)


def emergency_options(broker: Broker) -> EmergencyOptions:
    security = [p for p in broker.phones if p.purpose == "security"]
    support = [p for p in broker.phones if p.purpose == "support"]
    phones = tuple(security + support)
    return EmergencyOptions(
        broker.id,
        broker.account_lock,
        phones,
        None if phones else broker.contact_page,
    )


# --- step 2: the accounts that share a password -------------------------------------


@dataclass(frozen=True)
class SharedSecret:
    """Another account whose stored fingerprint equals one of the affected account's:
    the same password or trading PIN.  ``what`` says which of the other account's."""

    account: AccountRecord
    what: str  # "password" or "pin"


def _fingerprints(account: AccountRecord) -> set[str]:
    return {f for f in (account.password_fingerprint, account.pin_fingerprint) if f}


def accounts_sharing_secrets(
    accounts: Sequence[AccountRecord], broker_id: str | None
) -> tuple[SharedSecret, ...]:
    """Every other account that uses a password or PIN of the broker's accounts.

    Fingerprints are keyed per installation, so equal fingerprints mean equal
    secrets: no password is needed to list them.
    """
    affected = [a for a in accounts if broker_id is not None and a.broker_id == broker_id]
    mine = set().union(*(_fingerprints(a) for a in affected)) if affected else set()
    shared = []
    for other in accounts:
        if any(other is a for a in affected):
            continue
        if other.password_fingerprint in mine:
            shared.append(SharedSecret(other, "password"))
        if other.pin_fingerprint in mine:
            shared.append(SharedSecret(other, "pin"))
    return tuple(shared)


def fingerprints_known(accounts: Sequence[AccountRecord], broker_id: str | None) -> bool:
    """Whether any of the broker's accounts had its password checked in step 4."""
    return any(a.broker_id == broker_id and _fingerprints(a) for a in accounts)
