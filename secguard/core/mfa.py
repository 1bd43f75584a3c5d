"""Precaution 3: which log-in protection each of the person's brokers offers, and how they stand.

Methods are ranked passkey > authenticator app (TOTP) > device
authentication > SMS, e-mail or phone codes.  Since the JSDA guideline
revision in force from 2025-10-15, brokers are expected to offer
phishing-resistant MFA (passkeys) at log-in and withdrawal: a passkey only
works on the broker's real site, while any code typed into a fake page is
relayed to the real one within seconds.

The facts come from the broker directory only; a settings page is only ever
the directory's or the person's own bookmark, never a link from anywhere else.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from secguard.core.checklist import CheckState

if TYPE_CHECKING:
    from secguard.core.accounts import AccountRecord
    from secguard.core.bookmarks import Bookmark
    from secguard.core.brokers import Broker, Directory, Source


class MfaMethod(enum.StrEnum):
    PASSKEY = "passkey"
    TOTP = "totp"
    DEVICE = "device"
    SMS = "sms"
    EMAIL = "email"
    PHONE = "phone"  # a call from the registered phone


# Strongest first.  Codes sent to the person (SMS, e-mail, a phone check) share a rank.
METHOD_RANKS: Mapping[MfaMethod, int] = {
    MfaMethod.PASSKEY: 1,
    MfaMethod.TOTP: 2,
    MfaMethod.DEVICE: 3,
    MfaMethod.SMS: 4,
    MfaMethod.EMAIL: 4,
    MfaMethod.PHONE: 4,
}
CODE_METHODS = frozenset({MfaMethod.SMS, MfaMethod.EMAIL, MfaMethod.PHONE})

# One plain sentence on why each method stands where it does.
METHOD_WHY: Mapping[MfaMethod, str] = {
    MfaMethod.PASSKEY: "mfa.why_passkey",
    MfaMethod.TOTP: "mfa.why_totp",
    MfaMethod.DEVICE: "mfa.why_device",
    MfaMethod.SMS: "mfa.why_code",
    MfaMethod.EMAIL: "mfa.why_code",
    MfaMethod.PHONE: "mfa.why_phone",
}
METHOD_NAMES: Mapping[MfaMethod, str] = {m: f"mfa.method_{m.value}" for m in MfaMethod}

# The directory's first schema called an authenticator app "app".
_DIRECTORY_ALIASES = {"app": MfaMethod.TOTP}


def method_from(value: object) -> MfaMethod | None:
    """A stored or directory method name as a method; anything unknown is None."""
    if isinstance(value, MfaMethod):
        return value
    if isinstance(value, str):
        if value in _DIRECTORY_ALIASES:
            return _DIRECTORY_ALIASES[value]
        if value in MfaMethod.__members__.values():
            return MfaMethod(value)
    return None


def ranked(methods: Iterable[object]) -> tuple[MfaMethod, ...]:
    """Known methods, strongest first, each once (the directory's order breaks ties)."""
    known = [m for m in (method_from(v) for v in methods) if m is not None]
    unique = list(dict.fromkeys(known))
    return tuple(sorted(unique, key=lambda m: METHOD_RANKS[m]))


# --- per-broker guidance --------------------------------------------------------------


@dataclass(frozen=True)
class MethodAdvice:
    method: MfaMethod
    name_id: str
    why_id: str
    best: bool  # the strongest this broker offers


@dataclass(frozen=True)
class BrokerGuidance:
    """What the step 3 page says about one broker.

    ``message_ids`` are the sentences to show (methods unknown, notifications,
    the date MFA became mandatory), with ``params``; ``settings_url`` is the
    directory's MFA help page or else the person's bookmark of that broker.
    """

    broker_id: str
    methods: tuple[MethodAdvice, ...]
    message_ids: tuple[str, ...]
    params: Mapping[str, str] = field(default_factory=dict)
    settings_url: str | None = None
    settings_from: str | None = None  # "directory", "bookmark" or None
    source: Source | None = None


def _fact(holder: object, name: str) -> Any:
    # The directory's login-notification and mandatory-date fields are optional
    # and newer than this module: absent means "not confirmed".
    return getattr(holder, name, None)


def _notification_message(mfa: object) -> str:
    notifications = _fact(mfa, "notifications")
    exists = _fact(notifications, "exists")
    if exists is None:
        return "mfa.notifications_unknown"
    if not exists:
        return "mfa.notifications_none"
    default = _fact(notifications, "on_by_default")
    if default is None:
        return "mfa.notifications_exist"
    return "mfa.notifications_on_by_default" if default else "mfa.notifications_off_by_default"


def broker_guidance(broker: Broker, bookmark_url: str | None = None) -> BrokerGuidance:
    params = {"broker": broker.id}
    settings_url, settings_from = bookmark_url, "bookmark" if bookmark_url else None
    mfa = broker.mfa
    if mfa is None or not ranked(mfa.methods):
        unknown = ("mfa.methods_unknown", "mfa.notifications_unknown")
        return BrokerGuidance(broker.id, (), unknown, params, settings_url, settings_from)
    methods = ranked(mfa.methods)
    advice = tuple(
        MethodAdvice(m, METHOD_NAMES[m], METHOD_WHY[m], METHOD_RANKS[m] == METHOD_RANKS[methods[0]])
        for m in methods
    )
    messages = [_notification_message(mfa)]
    since = _fact(_fact(mfa, "mandatory"), "since")
    if isinstance(since, str) and since:
        messages.append("mfa.mandatory_since")
        params["date"] = since
    if mfa.settings_url:
        settings_url, settings_from = mfa.settings_url, "directory"
    return BrokerGuidance(
        broker.id, advice, tuple(messages), params, settings_url, settings_from, mfa.source
    )


def persons_broker_ids(
    accounts: Sequence[AccountRecord], bookmarks: Sequence[Bookmark] = ()
) -> list[str]:
    """The person's brokers, from account records first and then bookmarks, each once."""
    ids = [a.broker_id for a in accounts] + [b.broker_id for b in bookmarks]
    return list(dict.fromkeys(i for i in ids if i))


def guidance_for(
    directory: Directory,
    accounts: Sequence[AccountRecord],
    bookmarks: Sequence[Bookmark] = (),
) -> list[BrokerGuidance]:
    """Guidance for each of the person's brokers that the directory knows."""
    bookmarked = {}
    for bookmark in bookmarks:
        if bookmark.broker_id and bookmark.broker_id not in bookmarked:
            bookmarked[bookmark.broker_id] = bookmark.url
    found = []
    for broker_id in persons_broker_ids(accounts, bookmarks):
        broker = directory.get(broker_id)
        if broker is not None:
            found.append(broker_guidance(broker, bookmarked.get(broker_id)))
    return found


# --- how one account stands (step 3) ----------------------------------------------------


@dataclass(frozen=True)
class AccountStanding:
    """Step 3 for one account: its state and the reasons, as message ids (no secrets)."""

    account: AccountRecord
    state: CheckState
    findings: tuple[str, ...]

    def as_details(self) -> dict[str, object]:
        account = self.account
        return {
            "id": account.id,
            "label": account.label,
            "broker_id": account.broker_id,
            "mfa_enabled": account.mfa_enabled,
            "method": account.mfa_method,
            "login_notifications": account.login_notifications,
            "state": self.state.value,
            "findings": list(self.findings),
        }


def _answered(account: AccountRecord) -> bool:
    return any(
        v is not None
        for v in (account.mfa_enabled, account.mfa_method, account.login_notifications)
    )


def _mfa_findings(account: AccountRecord, offered: Sequence[MfaMethod]) -> list[str]:
    if account.mfa_enabled == "no":
        return ["mfa.finding_off"]
    findings = []
    if account.mfa_enabled != "yes":
        findings.append("mfa.finding_unsure")
    method = method_from(account.mfa_method)
    if method is None:
        findings.append("mfa.finding_method_unknown")
    elif method in CODE_METHODS:
        findings.append("mfa.finding_codes_only")
    elif method is MfaMethod.DEVICE:
        findings.append("mfa.finding_device_only")
    if MfaMethod.PASSKEY in offered and method is not MfaMethod.PASSKEY:
        findings.append("mfa.finding_passkey_not_used")
    return findings


def _notification_findings(account: AccountRecord) -> list[str]:
    if account.login_notifications == "yes":
        return []
    if account.login_notifications == "no":
        return ["mfa.finding_notifications_off"]
    return ["mfa.finding_notifications_unanswered"]


def account_standing(account: AccountRecord, offered: Sequence[MfaMethod] = ()) -> AccountStanding:
    """Risk when MFA is off; ok only with a passkey or an app and notifications arriving
    (and no passkey offered but unused); everything in between is attention."""
    if not _answered(account):
        return AccountStanding(account, CheckState.UNKNOWN, ("mfa.finding_not_answered",))
    findings = _mfa_findings(account, offered) + _notification_findings(account)
    if "mfa.finding_off" in findings:
        state = CheckState.RISK
    elif findings:
        state = CheckState.ATTENTION
    else:
        state = CheckState.OK
    return AccountStanding(account, state, tuple(findings))


def offered_methods(directory: Directory | None, broker_id: str | None) -> tuple[MfaMethod, ...]:
    broker = directory.get(broker_id) if directory is not None else None
    return ranked(broker.mfa.methods) if broker is not None and broker.mfa is not None else ()


def standings(
    accounts: Sequence[AccountRecord], directory: Directory | None = None
) -> list[AccountStanding]:
    return [account_standing(a, offered_methods(directory, a.broker_id)) for a in accounts]
