"""The broker directory: official domains, names, contacts and MFA methods, with sources.

Loaded from ``resources/brokers.json`` (a brokerage preset can add or
override entries).  Every fact there carries its source and the date it was
checked; what could not be confirmed is left empty rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from secguard.core.errors import SecguardError

MFA_METHODS = ("passkey", "app", "device", "sms", "email")
SOURCE_KINDS = ("official", "partly-verified", "secondary")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_DOMAIN = re.compile(r"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class InvalidDirectory(SecguardError):
    message_id = "directory.invalid"


@dataclass(frozen=True)
class Source:
    url: str
    kind: str
    checked: str
    note: str = ""


@dataclass(frozen=True)
class OfficialDomain:
    domain: str
    source: Source


@dataclass(frozen=True)
class Phone:
    purpose: str
    number: str
    hours: Mapping[str, str]
    source: Source


@dataclass(frozen=True)
class MfaInfo:
    methods: tuple[str, ...]
    settings_url: str | None
    source: Source


@dataclass(frozen=True)
class PasswordRule:
    """What a broker accepts as a log-in password, where a source confirms it.

    ``symbols`` is None when the accepted symbols are not confirmed.
    """

    min_length: int
    max_length: int
    symbols: str | None
    min_distinct_symbols: int
    source: Source


@dataclass(frozen=True)
class GroupDomain:
    domain: str
    name: Mapping[str, str]


@dataclass(frozen=True)
class Broker:
    id: str
    names: Mapping[str, str]
    aliases: tuple[str, ...]
    domains: tuple[OfficialDomain, ...]
    official_hosts: tuple[str, ...]
    site_url: str
    login_url: str | None
    brand_tokens: tuple[str, ...]
    login_path_markers: tuple[str, ...]
    brand_words: tuple[str, ...] = ()
    phones: tuple[Phone, ...] = ()
    mfa: MfaInfo | None = None
    group_domains: tuple[GroupDomain, ...] = ()
    password_rule: PasswordRule | None = None

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]

    def group_name(self, domain: str, language: str) -> str | None:
        """The name of the group company whose domain is ``domain``, if it is one of ours."""
        names = next((g.name for g in self.group_domains if g.domain == domain), None)
        return None if names is None else names.get(language) or names["en"]

    @property
    def registrable_domains(self) -> tuple[str, ...]:
        return tuple(d.domain for d in self.domains)

    def is_official_host(self, host: str, registrable: str) -> bool:
        """Whether ``host`` (lower-case, with ``registrable`` its registrable domain) is this
        broker's own.  For a domain shared by a whole group (mufg.jp, dmm.com) only the
        broker's own hosts count."""
        if registrable not in self.registrable_domains:
            return False
        shared = [h for h in self.official_hosts if h.endswith("." + registrable)]
        if not shared:
            return True
        return any(host == h or host.endswith("." + h) for h in shared)


@dataclass(frozen=True)
class Directory:
    brokers: tuple[Broker, ...]
    checked: str = ""
    by_id: Mapping[str, Broker] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {b.id: b for b in self.brokers})

    def get(self, broker_id: str | None) -> Broker | None:
        return self.by_id.get(broker_id) if broker_id else None


def _require(condition: bool, where: str, problem: str) -> None:
    if not condition:
        raise InvalidDirectory("directory.invalid_entry", where=where, problem=problem)


def _source(data: Any, where: str) -> Source:
    _require(isinstance(data, dict), where, "source must be an object")
    _require(
        isinstance(data.get("url"), str) and data["url"].startswith("https://"), where, "source.url"
    )
    _require(data.get("kind") in SOURCE_KINDS, where, "source.kind")
    _require(
        isinstance(data.get("checked"), str) and bool(_DATE.match(data["checked"])),
        where,
        "source.checked",
    )
    return Source(data["url"], data["kind"], data["checked"], str(data.get("note", "")))


def _names(data: Any, where: str) -> dict[str, str]:
    _require(
        isinstance(data, dict)
        and all(isinstance(data.get(k), str) and data[k] for k in ("ja", "en")),
        where,
        "names need ja and en",
    )
    return {"ja": data["ja"], "en": data["en"]}


def _strings(data: Any, where: str, what: str) -> tuple[str, ...]:
    _require(isinstance(data, list) and all(isinstance(s, str) and s for s in data), where, what)
    return tuple(data)


def _broker(data: Any) -> Broker:
    _require(isinstance(data, dict), "?", "broker must be an object")
    where = str(data.get("id"))
    _require(isinstance(data.get("id"), str) and bool(_ID.match(data["id"])), where, "id")
    domains = []
    for entry in data.get("domains", []):
        _require(isinstance(entry, dict) and isinstance(entry.get("domain"), str), where, "domain")
        _require(bool(_DOMAIN.match(entry["domain"])), where, f"domain {entry['domain']!r}")
        domains.append(OfficialDomain(entry["domain"], _source(entry.get("source"), where)))
    _require(bool(domains), where, "at least one official domain")
    hosts = _strings(data.get("official_hosts", []), where, "official_hosts")
    for host in hosts:
        _require(
            any(host.endswith("." + d.domain) for d in domains),
            where,
            f"host {host} outside its domains",
        )
    site_url = data.get("site_url")
    _require(isinstance(site_url, str) and site_url.startswith("https://"), where, "site_url")
    login_url = data.get("login_url")
    _require(
        login_url is None or (isinstance(login_url, str) and login_url.startswith("https://")),
        where,
        "login_url",
    )
    phones = []
    for phone in data.get("phones", []):
        _require(isinstance(phone, dict) and isinstance(phone.get("number"), str), where, "phone")
        _require(bool(re.match(r"^[0-9+][0-9-]{6,}$", phone["number"])), where, "phone number")
        phones.append(
            Phone(
                str(phone.get("purpose", "")),
                phone["number"],
                _names(phone.get("hours"), where),
                _source(phone.get("source"), where),
            )
        )
    mfa = None
    if data.get("mfa") is not None:
        raw = data["mfa"]
        methods = _strings(raw.get("methods"), where, "mfa.methods")
        _require(all(m in MFA_METHODS for m in methods), where, "mfa method")
        settings = raw.get("settings_url")
        _require(
            settings is None or (isinstance(settings, str) and settings.startswith("https://")),
            where,
            "mfa.settings_url",
        )
        mfa = MfaInfo(methods, settings, _source(raw.get("source"), where))
    rule = None
    if data.get("password_rules") is not None:
        rule = _password_rule(data["password_rules"], where)
    groups = tuple(
        GroupDomain(g["domain"], _names(g.get("name"), where))
        for g in data.get("group_domains", [])
        if isinstance(g, dict) and isinstance(g.get("domain"), str)
    )
    return Broker(
        id=data["id"],
        names=_names(data.get("names"), where),
        aliases=_strings(data.get("aliases", []), where, "aliases"),
        domains=tuple(domains),
        official_hosts=hosts,
        site_url=site_url,
        login_url=login_url,
        brand_tokens=tuple(
            t.lower() for t in _strings(data.get("brand_tokens", []), where, "brand_tokens")
        ),
        login_path_markers=tuple(
            m.lower()
            for m in _strings(data.get("login_path_markers", []), where, "login_path_markers")
        ),
        brand_words=tuple(
            w.lower() for w in _strings(data.get("brand_words", []), where, "brand_words")
        ),
        phones=tuple(phones),
        mfa=mfa,
        group_domains=groups,
        password_rule=rule,
    )


def _password_rule(raw: Any, where: str) -> PasswordRule:
    _require(isinstance(raw, dict), where, "password_rules must be an object")
    lengths = (raw.get("min_length"), raw.get("max_length"))
    _require(
        all(type(n) is int for n in lengths) and 4 <= lengths[0] <= lengths[1] <= 128,
        where,
        "password_rules lengths",
    )
    symbols = raw.get("symbols")
    _require(
        symbols is None
        or (
            isinstance(symbols, str)
            and all(c.isascii() and c.isprintable() and not c.isalnum() for c in symbols)
            and " " not in symbols
        ),
        where,
        "password_rules.symbols",
    )
    distinct = raw.get("min_distinct_symbols", 0)
    _require(
        type(distinct) is int
        and 0 <= distinct <= 4
        and (symbols is None or distinct <= len(set(symbols))),
        where,
        "password_rules.min_distinct_symbols",
    )
    # Room for a lower and an upper case letter, a digit and the symbols asked for.
    _require(
        lengths[1] >= 3 + max(distinct, 0 if symbols == "" else 1),
        where,
        "password_rules: max_length too short for the characters it asks for",
    )
    return PasswordRule(
        int(lengths[0]), int(lengths[1]), symbols, distinct, _source(raw.get("source"), where)
    )


def parse_directory(document: Any, overrides: Iterable[Any] = ()) -> Directory:
    """A validated directory; ``overrides`` (a preset's entries) replace or add brokers by id."""
    _require(isinstance(document, dict) and document.get("schema") == 1, "directory", "schema 1")
    entries = document.get("brokers")
    _require(isinstance(entries, list) and bool(entries), "directory", "brokers")
    brokers: dict[str, Broker] = {}
    for entry in [*entries, *overrides]:
        broker = _broker(entry)
        brokers[broker.id] = broker
    return Directory(tuple(brokers.values()), str(document.get("checked", "")))
