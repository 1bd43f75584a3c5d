"""A person's broker accounts as plain data.  Never a password."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from secguard.core.breach import BreachStatus
from secguard.core.checklist import CheckState
from secguard.core.errors import SecguardError
from secguard.core.mfa import MfaMethod, method_from

MAX_ACCOUNT_LABEL = 60
MAX_LOGIN_ID = 64


class InvalidAccount(SecguardError):
    """A name or log-in ID that cannot be kept; the message id says why."""

    message_id = "account.invalid"


@dataclass(frozen=True)
class PasswordCheck:
    """What is kept of a password check: its outcome, never the password."""

    state: CheckState
    score: int
    breach: BreachStatus
    reused: bool
    at: str

    @classmethod
    def of(cls, score: int, breach: BreachStatus, *, reused: bool, at: str) -> PasswordCheck:
        return cls(check_state(score, breach, reused=reused), score, breach, reused, at)

    @classmethod
    def from_document(cls, data: object) -> PasswordCheck | None:
        """The check a stored record holds, or None if it is not one (old or damaged)."""
        if not isinstance(data, Mapping):
            return None
        try:
            state = CheckState(data["state"])
            breach = BreachStatus(data["breach"])
        except (KeyError, ValueError, TypeError):
            return None
        score, reused, at = data.get("score"), data.get("reused"), data.get("at")
        if type(score) is not int or not 0 <= score <= 4:
            return None
        if not isinstance(reused, bool) or not isinstance(at, str):
            return None
        return cls(state, score, breach, reused, at)


class Answer(enum.StrEnum):
    """What the person answered to a yes/no question; None in a record: not answered yet."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"  # "I don't know"


def answer_from(value: object) -> Answer | None:
    """A stored answer; records written before the three-way answer hold true/false."""
    if isinstance(value, bool):
        return Answer.YES if value else Answer.NO
    if isinstance(value, str) and value in Answer.__members__.values():
        return Answer(value)
    return None


@dataclass(frozen=True)
class AccountRecord:
    """One broker account.

    ``login_id`` only if the person typed it; ``mfa_enabled``, ``mfa_method``
    and ``login_notifications`` are what the person answered in step 3 (None:
    not asked yet; never a secret); ``password_fingerprint`` is a slow keyed
    hash set by the password check, never the password itself.
    """

    label: str
    broker_id: str | None = None
    login_id: str | None = None
    mfa_enabled: Answer | None = None
    login_notifications: Answer | None = None
    mfa_method: MfaMethod | None = None
    password_fingerprint: str | None = None
    pin_fingerprint: str | None = None  # the trading PIN (取引暗証番号), same scheme
    password_check: PasswordCheck | None = None
    id: int = 0
    created: str = ""
    updated: str = ""

    @classmethod
    def from_fields(cls, record_id: int, data: Mapping[str, Any]) -> AccountRecord:
        """A record from its stored fields; unknown fields (a newer secguard's) are ignored."""
        known = {f.name for f in fields(cls)} - {"id", "password_check"}
        values = {k: v for k, v in data.items() if k in known}
        check = PasswordCheck.from_document(data.get("password_check"))
        return cls(id=record_id, password_check=check, **values)

    def __post_init__(self) -> None:
        # Stored records are read back through this constructor: an old or
        # unknown value becomes "not answered" instead of making the record unreadable.
        object.__setattr__(self, "mfa_enabled", answer_from(self.mfa_enabled))
        object.__setattr__(self, "login_notifications", answer_from(self.login_notifications))
        object.__setattr__(self, "mfa_method", method_from(self.mfa_method))


def with_mfa_answers(
    account: AccountRecord,
    mfa_enabled: Answer | None,
    method: MfaMethod | None,
    login_notifications: Answer | None,
    *,
    at: str,
) -> AccountRecord:
    """The account with the person's step 3 answers (a method only while MFA may be on)."""
    return replace(
        account,
        mfa_enabled=mfa_enabled,
        mfa_method=None if mfa_enabled is Answer.NO else method,
        login_notifications=login_notifications,
        updated=at,
    )


def account_label(label: str) -> str:
    """The name as it is kept, or InvalidAccount saying what is wrong with it."""
    clean = label.strip()
    if not clean:
        raise InvalidAccount("account.label_empty")
    if len(clean) > MAX_ACCOUNT_LABEL:
        raise InvalidAccount("account.label_too_long", limit=str(MAX_ACCOUNT_LABEL))
    return clean


def renamed(account: AccountRecord, label: str, *, at: str) -> AccountRecord:
    return replace(account, label=account_label(label), updated=at)


def new_account(
    label: str, broker_id: str | None = None, login_id: str | None = None, *, at: str
) -> AccountRecord:
    clean = account_label(label)
    if login_id is not None and len(login_id) > MAX_LOGIN_ID:
        raise InvalidAccount("account.login_id_too_long", limit=str(MAX_LOGIN_ID))
    return AccountRecord(
        label=clean, broker_id=broker_id, login_id=login_id or None, created=at, updated=at
    )


def check_state(score: int, breach: BreachStatus, *, reused: bool) -> CheckState:
    """Weak, breached or reused: risk.  Breach unknown or not checked: attention."""
    if score <= 1 or breach is BreachStatus.BREACHED or reused:
        return CheckState.RISK
    if score == 2 or breach in {BreachStatus.UNKNOWN, BreachStatus.SKIPPED}:
        return CheckState.ATTENTION
    return CheckState.OK


def passwords_state(accounts: Sequence[AccountRecord]) -> tuple[CheckState, int]:
    """Step 4 over every checked account: the worst state, and how many were checked."""
    states = [a.password_check.state for a in accounts if a.password_check is not None]
    for worst in (CheckState.RISK, CheckState.ATTENTION, CheckState.OK):
        if worst in states:
            return worst, len(states)
    return CheckState.UNKNOWN, 0
