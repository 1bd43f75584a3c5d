"""The sourced facts of the broker directory: phone numbers, MFA, account lock, where to look.

One broker's facts come from different pages (its security page, its FAQ, a news release),
so every fact carries its own source: the URL, the kind of source and the date it was
checked.  A fact that no source confirms is left out rather than guessed; a broker's
``gaps`` say what was looked for and not found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from secguard.core.errors import SecguardError

# official: the organisation's own page; repositories: seen in several independent public
# repositories only; secondary: a third-party article.
SOURCE_KINDS = ("official", "repositories", "secondary")
# Log-in methods, strongest first: a passkey cannot be phished; a code from an authenticator
# app (totp), a device check, a call from the registered phone, or a code by SMS or e-mail
# can all be relayed by a fake page within seconds.
MFA_METHODS = ("passkey", "totp", "device", "phone", "sms", "email")
PHONE_PURPOSES = ("support", "security", "technical")
# How a person suspends their own account: an automated phone line, a call to an operator,
# or a switch on the broker's site or app.
LOCK_CHANNELS = ("phone-automated", "phone-operator", "online")
GAP_TOPICS = ("mfa", "notifications", "support", "lock")

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DIGIT_GROUPS = re.compile(r"^[0-9]+(?:-[0-9]+){1,2}$")
# National short dials such as the police's #9110 (not valid for a broker).
_SHORT_DIAL = re.compile(r"^#[0-9]{4}$")
# Prefixes whose numbers have a length of their own (free dial, navi dial, IP phone, mobile);
# every other domestic number has ten digits.
_LENGTH_BY_PREFIX = {
    "0120": 10,
    "0800": 11,
    "0570": 10,
    "050": 11,
    "070": 11,
    "080": 11,
    "090": 11,
}

OnOfficialSite = Callable[[str], bool]


class InvalidDirectory(SecguardError):
    message_id = "directory.invalid"


@dataclass(frozen=True)
class Source:
    url: str
    kind: str
    checked: str
    note: str = ""


@dataclass(frozen=True)
class Phone:
    purpose: str
    number: str
    hours: Mapping[str, str]
    source: Source
    desk: Mapping[str, str] | None = None


@dataclass(frozen=True)
class LoginNotifications:
    """Whether the broker e-mails on every log-in; ``on_by_default`` None when not confirmed."""

    exists: bool
    on_by_default: bool | None
    source: Source


@dataclass(frozen=True)
class MandatoryMfa:
    """The broker requires MFA at log-in; ``since`` None when the start date is not confirmed."""

    since: str | None
    source: Source


@dataclass(frozen=True)
class MfaInfo:
    methods: tuple[str, ...]
    settings_url: str | None
    source: Source
    notifications: LoginNotifications | None = None
    mandatory: MandatoryMfa | None = None


@dataclass(frozen=True)
class AccountLock:
    """How a person suspends their own account when something looks wrong.

    A phone line has a number and hours; an online switch has neither (``hours`` None).
    """

    channel: str
    number: str | None
    hours: Mapping[str, str] | None
    how: Mapping[str, str]
    needs: Mapping[str, str] | None
    documented_at: str | None
    source: Source


@dataclass(frozen=True)
class ContactPage:
    """Where on the broker's own site its numbers are, for when no source confirms one."""

    url: str
    where: Mapping[str, str]
    source: Source


def require(condition: bool, where: str, problem: str) -> None:
    if not condition:
        raise InvalidDirectory("directory.invalid_entry", where=where, problem=problem)


def is_japanese_number(number: str, *, short_dial: bool = False) -> bool:
    """A domestic Japanese number written with hyphens (0120-104-214, 03-5251-6811)."""
    if short_dial and _SHORT_DIAL.match(number):
        return True
    if not _DIGIT_GROUPS.match(number):
        return False
    digits = number.replace("-", "")
    if not digits.startswith("0") or digits.startswith("00"):
        return False
    for prefix, length in _LENGTH_BY_PREFIX.items():
        if digits.startswith(prefix):
            return len(digits) == length
    return len(digits) == 10


def read_source(data: Any, where: str, what: str = "source") -> Source:
    require(isinstance(data, dict), where, f"{what} must be an object")
    url = data.get("url")
    require(isinstance(url, str) and url.startswith("https://"), where, f"{what}.url")
    require(data.get("kind") in SOURCE_KINDS, where, f"{what}.kind")
    require(is_date(data.get("checked")), where, f"{what}.checked")
    return Source(url, data["kind"], data["checked"], str(data.get("note", "")))


def is_date(value: Any) -> bool:
    return isinstance(value, str) and bool(_DATE.match(value))


def read_texts(data: Any, where: str, what: str = "names") -> dict[str, str]:
    """A text in both languages."""
    require(
        isinstance(data, dict)
        and all(isinstance(data.get(k), str) and data[k] for k in ("ja", "en")),
        where,
        f"{what} need ja and en",
    )
    return {"ja": data["ja"], "en": data["en"]}


def _optional_texts(data: Any, where: str, what: str) -> dict[str, str] | None:
    return None if data is None else read_texts(data, where, what)


def read_phone(data: Any, where: str) -> Phone:
    require(isinstance(data, dict) and isinstance(data.get("number"), str), where, "phone")
    require(data.get("purpose") in PHONE_PURPOSES, where, "phone.purpose")
    require(is_japanese_number(data["number"]), where, f"phone number {data['number']!r}")
    return Phone(
        data["purpose"],
        data["number"],
        read_texts(data.get("hours"), where, "phone.hours"),
        read_source(data.get("source"), where, "phone.source"),
        _optional_texts(data.get("desk"), where, "phone.desk"),
    )


def _official_url(url: Any, where: str, what: str, on_official_site: OnOfficialSite) -> str:
    require(isinstance(url, str) and url.startswith("https://"), where, what)
    require(on_official_site(url), where, f"{what} outside the broker's official site")
    return str(url)


def read_mfa(raw: Any, where: str, on_official_site: OnOfficialSite) -> MfaInfo:
    require(isinstance(raw, dict), where, "mfa must be an object")
    methods = raw.get("methods")
    require(
        isinstance(methods, list) and bool(methods) and all(m in MFA_METHODS for m in methods),
        where,
        "mfa.methods",
    )
    require(len(set(methods)) == len(methods), where, "mfa.methods repeated")
    settings = raw.get("settings_url")
    if settings is not None:
        settings = _official_url(settings, where, "mfa.settings_url", on_official_site)
    notifications = raw.get("login_notifications")
    mandatory = raw.get("mandatory")
    return MfaInfo(
        tuple(methods),
        settings,
        read_source(raw.get("source"), where, "mfa.source"),
        None if notifications is None else _notifications(notifications, where),
        None if mandatory is None else _mandatory(mandatory, where),
    )


def _notifications(raw: Any, where: str) -> LoginNotifications:
    require(isinstance(raw, dict), where, "mfa.login_notifications must be an object")
    exists, default = raw.get("exists"), raw.get("on_by_default")
    require(isinstance(exists, bool), where, "mfa.login_notifications.exists")
    require(
        default is None or (isinstance(default, bool) and exists),
        where,
        "mfa.login_notifications.on_by_default",
    )
    source = read_source(raw.get("source"), where, "mfa.login_notifications.source")
    return LoginNotifications(exists, default, source)


def _mandatory(raw: Any, where: str) -> MandatoryMfa:
    require(isinstance(raw, dict), where, "mfa.mandatory must be an object")
    since = raw.get("since")
    require(since is None or is_date(since), where, "mfa.mandatory.since")
    return MandatoryMfa(since, read_source(raw.get("source"), where, "mfa.mandatory.source"))


def read_account_lock(raw: Any, where: str, on_official_site: OnOfficialSite) -> AccountLock:
    require(isinstance(raw, dict), where, "account_lock must be an object")
    channel, number = raw.get("channel"), raw.get("number")
    require(channel in LOCK_CHANNELS, where, "account_lock.channel")
    if channel == "online":
        require(number is None, where, "account_lock.number: an online lock has no number")
        hours = _optional_texts(raw.get("hours"), where, "account_lock.hours")
    else:
        require(
            isinstance(number, str) and is_japanese_number(number),
            where,
            f"account_lock.number {number!r}",
        )
        hours = read_texts(raw.get("hours"), where, "account_lock.hours")
    documented_at = raw.get("documented_at")
    if documented_at is not None:
        documented_at = _official_url(
            documented_at, where, "account_lock.documented_at", on_official_site
        )
    return AccountLock(
        channel=channel,
        number=number,
        hours=hours,
        how=read_texts(raw.get("how"), where, "account_lock.how"),
        needs=_optional_texts(raw.get("needs"), where, "account_lock.needs"),
        documented_at=documented_at,
        source=read_source(raw.get("source"), where, "account_lock.source"),
    )


def read_contact_page(raw: Any, where: str, on_official_site: OnOfficialSite) -> ContactPage:
    require(isinstance(raw, dict), where, "contact_page must be an object")
    return ContactPage(
        _official_url(raw.get("url"), where, "contact_page.url", on_official_site),
        read_texts(raw.get("where"), where, "contact_page.where"),
        read_source(raw.get("source"), where, "contact_page.source"),
    )


def read_gaps(raw: Any, where: str) -> dict[str, str]:
    """What was looked for and not confirmed, by topic (notes for maintainers, English)."""
    require(isinstance(raw, dict), where, "gaps must be an object")
    for topic, note in raw.items():
        require(topic in GAP_TOPICS, where, f"gaps topic {topic!r}")
        require(isinstance(note, str) and bool(note), where, f"gaps.{topic}")
    return dict(raw)
