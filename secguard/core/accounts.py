"""A person's broker accounts as plain data.  Never a password."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace

from secguard.core.bookmarks import InvalidBookmark, now_iso
from secguard.core.checklist import CheckState
from secguard.core.mfa import MfaMethod, method_from

MAX_ACCOUNT_LABEL = 60
MAX_LOGIN_ID = 64


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
    # The last check, never the secret: {"state", "score", "breach", "reused", "at"}.
    password_check: dict[str, object] | None = None
    id: int = 0
    created: str = ""
    updated: str = ""

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
) -> AccountRecord:
    """The account with the person's step 3 answers (a method only while MFA may be on)."""
    return replace(
        account,
        mfa_enabled=mfa_enabled,
        mfa_method=None if mfa_enabled is Answer.NO else method,
        login_notifications=login_notifications,
        updated=now_iso(),
    )


def account_label(label: str) -> str:
    """The name as it is kept, or InvalidBookmark saying what is wrong with it."""
    clean = label.strip()
    if not clean:
        raise InvalidBookmark("account.label_empty")
    if len(clean) > MAX_ACCOUNT_LABEL:
        raise InvalidBookmark("account.label_too_long", limit=str(MAX_ACCOUNT_LABEL))
    return clean


def renamed(account: AccountRecord, label: str) -> AccountRecord:
    return replace(account, label=account_label(label), updated=now_iso())


def new_account(
    label: str, broker_id: str | None = None, login_id: str | None = None
) -> AccountRecord:
    clean = account_label(label)
    if login_id is not None and len(login_id) > MAX_LOGIN_ID:
        raise InvalidBookmark("account.login_id_too_long", limit=str(MAX_LOGIN_ID))
    stamp = now_iso()
    return AccountRecord(
        label=clean, broker_id=broker_id, login_id=login_id or None, created=stamp, updated=stamp
    )


def check_state(score: int, breach: str, reused: bool) -> CheckState:
    """Weak, breached or reused: risk.  Breach unknown or not checked: attention."""
    if score <= 1 or breach == "breached" or reused:
        return CheckState.RISK
    if score == 2 or breach in {"unknown", "skipped"}:
        return CheckState.ATTENTION
    return CheckState.OK


def passwords_state(accounts: Sequence[AccountRecord]) -> tuple[CheckState, int]:
    """Step 4 over every checked account: the worst state, and how many were checked."""
    states = [
        CheckState(str(a.password_check.get("state")))
        for a in accounts
        if a.password_check and a.password_check.get("state") in {s.value for s in CheckState}
    ]
    for worst in (CheckState.RISK, CheckState.ATTENTION, CheckState.OK):
        if worst in states:
            return worst, len(states)
    return CheckState.UNKNOWN, 0
