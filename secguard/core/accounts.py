"""A person's broker accounts as plain data.  Never a password."""

from __future__ import annotations

from dataclasses import dataclass

from secguard.core.bookmarks import InvalidBookmark, now_iso

MAX_ACCOUNT_LABEL = 60
MAX_LOGIN_ID = 64


@dataclass(frozen=True)
class AccountRecord:
    """One broker account.

    ``login_id`` only if the person typed it; ``mfa_enabled`` and
    ``login_notifications`` are what the person confirmed (None: not asked
    yet); ``password_fingerprint`` is a slow keyed hash set by the password
    check, never the password itself.
    """

    label: str
    broker_id: str | None = None
    login_id: str | None = None
    mfa_enabled: bool | None = None
    login_notifications: bool | None = None
    password_fingerprint: str | None = None
    pin_fingerprint: str | None = None  # the trading PIN (取引暗証番号), same scheme
    id: int = 0
    created: str = ""
    updated: str = ""


def new_account(
    label: str, broker_id: str | None = None, login_id: str | None = None
) -> AccountRecord:
    clean = label.strip()
    if not clean:
        raise InvalidBookmark("account.label_empty")
    if len(clean) > MAX_ACCOUNT_LABEL:
        raise InvalidBookmark("account.label_too_long", limit=str(MAX_ACCOUNT_LABEL))
    if login_id is not None and len(login_id) > MAX_LOGIN_ID:
        raise InvalidBookmark("account.login_id_too_long", limit=str(MAX_LOGIN_ID))
    stamp = now_iso()
    return AccountRecord(
        label=clean, broker_id=broker_id, login_id=login_id or None, created=stamp, updated=stamp
    )
