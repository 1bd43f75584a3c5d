"""What steps 1 and 2 of the "something looks wrong" playbook show.

Everything comes from the data files only: the broker's lock procedure, its
numbers and their hours from the broker directory (the public desks come from
the help desks file).  A broker whose numbers no source confirms gets its
``contact_page`` instructions (to follow through the person's bookmark) instead
of a number.  Nothing here is a link to follow.  Not read before the window's
first paint: the playbook page imports it (``core.playbook`` keeps the runs).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secguard.core.accounts import AccountRecord
    from secguard.core.broker_facts import AccountLock, ContactPage, Phone
    from secguard.core.brokers import Broker


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
