"""The broker directory: official domains, names, contacts and MFA methods, with sources.

Loaded from ``resources/brokers.json`` (a brokerage preset can add or
override entries).  Every fact there carries its source and the date it was
checked; what could not be confirmed is left empty rather than guessed.  The
sourced facts (phones, MFA, account lock, contact page) are read by
``broker_facts``; this module holds the broker's identity and official sites,
which the link judge reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlsplit

from secguard.core.broker_facts import (
    AccountLock,
    ContactPage,
    InvalidDirectory,
    MfaInfo,
    OnOfficialSite,
    Phone,
    Source,
    read_account_lock,
    read_contact_page,
    read_gaps,
    read_mfa,
    read_phone,
    read_source,
    read_texts,
    require,
)

__all__ = ["Broker", "Directory", "InvalidDirectory", "Phone", "Source", "parse_directory"]

_Block = TypeVar("_Block")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_DOMAIN = re.compile(r"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


@dataclass(frozen=True)
class OfficialDomain:
    domain: str
    source: Source


@dataclass(frozen=True)
class BrokerPasswordRule:
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
    source: Source | None = None  # (the entries written before sources were kept have none)


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
    password_rule: BrokerPasswordRule | None = None
    account_lock: AccountLock | None = None
    contact_page: ContactPage | None = None
    gaps: Mapping[str, str] = field(default_factory=dict)

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]

    def group_name(self, domain: str, language: str) -> str | None:
        """The name of the group company whose domain is ``domain``, if it is one of ours."""
        names = next((g.name for g in self.group_domains if g.domain == domain), None)
        return None if names is None else names.get(language) or names["en"]

    @property
    def entry_url(self) -> str:
        """Where to send the person: the confirmed log-in page, else the site's front page."""
        return self.login_url or self.site_url

    @property
    def registrable_domains(self) -> tuple[str, ...]:
        return tuple(d.domain for d in self.domains)

    @property
    def support_phones(self) -> tuple[Phone, ...]:
        return tuple(p for p in self.phones if p.purpose == "support")

    def is_official_host(self, host: str, registrable: str) -> bool:
        """Whether ``host`` (lower-case, with ``registrable`` its registrable domain) is this
        broker's own.  For a domain shared by a whole group (mufg.jp, dmm.com) only the
        broker's own hosts count."""
        return _is_official_host(host, registrable, self.registrable_domains, self.official_hosts)


@dataclass(frozen=True)
class Directory:
    brokers: tuple[Broker, ...]
    checked: str = ""
    # Registrable domains among the web's most linked-to (resources/popular/): sites with
    # many thousands of other sites linking to them, never a kit's throw-away name.
    popular: frozenset[str] = frozenset()
    by_id: Mapping[str, Broker] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {b.id: b for b in self.brokers})

    def get(self, broker_id: str | None) -> Broker | None:
        return self.by_id.get(broker_id) if broker_id else None


def _is_official_host(
    host: str, registrable: str, domains: tuple[str, ...], official_hosts: tuple[str, ...]
) -> bool:
    if registrable not in domains:
        return False
    shared = [h for h in official_hosts if h.endswith("." + registrable)]
    if not shared:
        return True
    return any(host == h or host.endswith("." + h) for h in shared)


def _official_site(domains: tuple[str, ...], official_hosts: tuple[str, ...]) -> OnOfficialSite:
    """Whether a URL of the directory's own (a settings or contact page) is on the broker's
    site.  The registrable domain is the longest of the broker's domains the host ends in:
    no public-suffix lookup is needed for addresses the directory itself lists."""

    def on_official_site(url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        owning = [d for d in domains if host == d or host.endswith("." + d)]
        if not owning:
            return False
        return _is_official_host(host, max(owning, key=len), domains, official_hosts)

    return on_official_site


def _strings(data: Any, where: str, what: str) -> tuple[str, ...]:
    require(isinstance(data, list) and all(isinstance(s, str) and s for s in data), where, what)
    return tuple(data)


def _lower_strings(data: Any, where: str, what: str) -> tuple[str, ...]:
    return tuple(s.lower() for s in _strings(data, where, what))


def _domains(data: Any, where: str) -> tuple[OfficialDomain, ...]:
    domains = []
    for entry in data.get("domains", []):
        require(isinstance(entry, dict) and isinstance(entry.get("domain"), str), where, "domain")
        require(bool(_DOMAIN.match(entry["domain"])), where, f"domain {entry['domain']!r}")
        domains.append(OfficialDomain(entry["domain"], read_source(entry.get("source"), where)))
    require(bool(domains), where, "at least one official domain")
    return tuple(domains)


def _https_url(value: Any, where: str, what: str, *, optional: bool = False) -> Any:
    require(
        (optional and value is None) or (isinstance(value, str) and value.startswith("https://")),
        where,
        what,
    )
    return value


def _block(data: dict[str, Any], key: str, read: Callable[[Any], _Block]) -> _Block | None:
    """An optional block of a broker entry, read and validated when present."""
    return None if data.get(key) is None else read(data[key])


def _broker(data: Any) -> Broker:
    require(isinstance(data, dict), "?", "broker must be an object")
    where = str(data.get("id"))
    require(isinstance(data.get("id"), str) and bool(_ID.match(data["id"])), where, "id")
    domains = _domains(data, where)
    hosts = _strings(data.get("official_hosts", []), where, "official_hosts")
    for host in hosts:
        require(
            any(host.endswith("." + d.domain) for d in domains),
            where,
            f"host {host} outside its domains",
        )
    on_site = _official_site(tuple(d.domain for d in domains), hosts)
    phones = tuple(read_phone(phone, where) for phone in data.get("phones", []))
    contact_page = _block(data, "contact_page", lambda raw: read_contact_page(raw, where, on_site))
    # The playbook's "call your broker" step always has somewhere to send the person.
    require(
        any(p.purpose == "support" for p in phones) or contact_page is not None,
        where,
        "a support number or a contact page",
    )
    groups = tuple(
        GroupDomain(
            g["domain"],
            read_texts(g.get("name"), where),
            None if g.get("source") is None else read_source(g["source"], where),
        )
        for g in data.get("group_domains", [])
        if isinstance(g, dict) and isinstance(g.get("domain"), str)
    )
    return Broker(
        id=data["id"],
        names=read_texts(data.get("names"), where),
        aliases=_strings(data.get("aliases", []), where, "aliases"),
        domains=domains,
        official_hosts=hosts,
        site_url=_https_url(data.get("site_url"), where, "site_url"),
        login_url=_https_url(data.get("login_url"), where, "login_url", optional=True),
        brand_tokens=_lower_strings(data.get("brand_tokens", []), where, "brand_tokens"),
        login_path_markers=_lower_strings(
            data.get("login_path_markers", []), where, "login_path_markers"
        ),
        brand_words=_lower_strings(data.get("brand_words", []), where, "brand_words"),
        phones=phones,
        mfa=_block(data, "mfa", lambda raw: read_mfa(raw, where, on_site)),
        group_domains=groups,
        password_rule=_block(data, "password_rules", lambda raw: _password_rule(raw, where)),
        account_lock=_block(
            data, "account_lock", lambda raw: read_account_lock(raw, where, on_site)
        ),
        contact_page=contact_page,
        gaps=read_gaps(data.get("gaps", {}), where),
    )


def _password_rule(raw: Any, where: str) -> BrokerPasswordRule:
    require(isinstance(raw, dict), where, "password_rules must be an object")
    lengths = (raw.get("min_length"), raw.get("max_length"))
    require(
        all(type(n) is int for n in lengths) and 4 <= lengths[0] <= lengths[1] <= 128,
        where,
        "password_rules lengths",
    )
    symbols = raw.get("symbols")
    require(
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
    require(
        type(distinct) is int
        and 0 <= distinct <= 4
        and (symbols is None or distinct <= len(set(symbols))),
        where,
        "password_rules.min_distinct_symbols",
    )
    # Room for a lower and an upper case letter, a digit and the symbols asked for.
    require(
        lengths[1] >= 3 + max(distinct, 0 if symbols == "" else 1),
        where,
        "password_rules: max_length too short for the characters it asks for",
    )
    return BrokerPasswordRule(
        int(lengths[0]), int(lengths[1]), symbols, distinct, read_source(raw.get("source"), where)
    )


def parse_directory(document: Any) -> Directory:
    """A validated directory.  (A brokerage preset adds its broker through
    ``core.preset``, which refuses to override another broker's entry.)"""
    require(isinstance(document, dict) and document.get("schema") == 1, "directory", "schema 1")
    entries = document.get("brokers")
    require(isinstance(entries, list) and bool(entries), "directory", "brokers")
    brokers: dict[str, Broker] = {}
    for entry in entries:
        broker = _broker(entry)
        brokers[broker.id] = broker
    return Directory(tuple(brokers.values()), str(document.get("checked", "")))
