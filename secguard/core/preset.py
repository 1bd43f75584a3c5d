"""A brokerage's preset: the brand, official sites and contacts of a branded secguard.

A brokerage that hands secguard to its customers builds it with a preset
(``packaging/presets/<name>.json``, checked against
``resources/preset.schema.json``).  The preset is read only from inside the
bundle, never from a file the user could change (``secguard.resources``).

A preset may add a broker, or domains to its own broker, to the directory;
it may never remove or take over another broker's domain: a preset claiming
``sbisec.co.jp`` would make a copy of SBI's site look official.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from secguard.core.bookmarks import Bookmark, new_bookmark, normalise_url
from secguard.core.brokers import Broker, Directory, Phone, parse_directory
from secguard.core.errors import SecguardError

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class PresetProblem:
    """One thing wrong with a preset: where (a JSON path) and what, in English.

    These are for the release engineer building the bundle, so they stay in
    jsonschema's words; the person using the app only ever sees
    ``preset.invalid`` (their copy is damaged: reinstall).
    """

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where or '(top)'}: {self.message}"


class InvalidPreset(SecguardError):
    message_id = "preset.invalid"

    def __init__(self, problems: Sequence[PresetProblem]) -> None:
        super().__init__()
        self.problems = list(problems)


@dataclass(frozen=True)
class Preset:
    id: str
    names: Mapping[str, str]
    logo: str  # a file name beside the preset inside the bundle
    accent: str  # "#rrggbb"
    broker: Broker
    login_url: str
    mfa_settings_url: str
    breach_check_proxy: str | None
    keyring_service: str

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]

    @property
    def phones(self) -> tuple[Phone, ...]:
        return self.broker.phones


def _where(path: Sequence[Any]) -> str:
    return "/" + "/".join(str(part) for part in path) if path else ""


def schema_problems(document: Any, schema: Mapping[str, Any]) -> list[PresetProblem]:
    """Every schema error in ``document``, in document order (not only the first)."""
    from jsonschema import Draft202012Validator  # imported only when a preset is read

    validator = Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.path])
    return [PresetProblem(_where(list(error.absolute_path)), error.message) for error in errors]


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _on_official_domains(url: str, domains: Sequence[str]) -> bool:
    host = _host(url)
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def meaning_problems(document: Mapping[str, Any]) -> list[PresetProblem]:
    """What the schema cannot say: every address must be on the brokerage's own
    domains (a log-in bookmark elsewhere would send customers off the official
    site), and each domain must be one a registrant owns, not a public suffix
    or a platform anyone can publish under (``workers.dev``)."""
    broker = document["broker"]
    domains = list(broker["domains"])
    problems = []
    for index, domain in enumerate(domains):
        from secguard.core.links.hosts import split_host  # the judge's import: not at start-up

        parts = split_host(domain)
        if parts.registrable != domain or parts.platform_suffix is not None:
            problems.append(
                PresetProblem(
                    f"/broker/domains/{index}",
                    f"{domain!r} is not a registrable domain of its own (a public suffix, "
                    "a subdomain or a shared platform)",
                )
            )
    addresses = {
        "/broker/site_url": broker["site_url"],
        "/broker/login_url": broker["login_url"],
        "/mfa_settings_url": document["mfa_settings_url"],
    }
    if document["account_lock"].get("url"):
        addresses["/account_lock/url"] = document["account_lock"]["url"]
    problems.extend(
        PresetProblem(where, f"{url!r} is not on the preset's official domains")
        for where, url in addresses.items()
        if not _on_official_domains(url, domains)
    )
    return problems


def _directory_entry(document: Mapping[str, Any]) -> dict[str, Any]:
    """The preset's brokerage in the broker directory's own format (so the
    directory's rules check it too)."""
    broker = document["broker"]
    source = {
        "url": broker["site_url"],
        "kind": "official",
        "checked": document["checked"],
        "note": f"brokerage preset {document['id']}",
    }
    phones = [
        {"purpose": phone["purpose"], "number": phone["number"], "hours": phone["hours"]}
        for phone in document["phones"]
    ]
    return {
        "id": broker["id"],
        "names": document["brand"]["names"],
        "aliases": broker.get("aliases", []),
        "domains": [{"domain": domain, "source": source} for domain in broker["domains"]],
        "official_hosts": broker.get("official_hosts", []),
        "site_url": broker["site_url"],
        "login_url": broker["login_url"],
        "brand_tokens": broker.get("brand_tokens", []),
        "brand_words": broker.get("brand_words", []),
        "login_path_markers": broker.get("login_path_markers", []),
        "phones": [{**phone, "source": source} for phone in phones],
        # The playbook's "stop the damage now" reads the lock from the directory.
        "account_lock": {
            "channel": "online",
            "number": None,
            "how": {
                language: " ".join(f"{n}. {step}" for n, step in enumerate(steps, 1))
                for language, steps in document["account_lock"]["steps"].items()
            },
            "documented_at": document["account_lock"].get("url"),
            "source": source,
        },
    }


def parse_preset(document: Any, schema: Mapping[str, Any]) -> Preset:
    """A checked preset, or ``InvalidPreset`` listing every problem found."""
    problems = schema_problems(document, schema)
    if not problems:
        problems = meaning_problems(document)
    if problems:
        raise InvalidPreset(problems)
    try:
        broker = parse_directory({"schema": 1, "brokers": [_directory_entry(document)]}).brokers[0]
    except SecguardError as exc:
        problem = ", ".join(f"{key}={value}" for key, value in exc.params.items())
        raise InvalidPreset([PresetProblem("/broker", problem or exc.message_id)]) from exc
    return Preset(
        id=document["id"],
        names=dict(document["brand"]["names"]),
        logo=document["brand"]["logo"],
        accent=document["brand"]["accent"].lower(),
        broker=broker,
        login_url=document["broker"]["login_url"],
        mfa_settings_url=document["mfa_settings_url"],
        breach_check_proxy=document.get("breach_check_proxy"),
        keyring_service=document["keyring_service"],
    )


def conflicts(directory: Directory, preset: Preset) -> list[PresetProblem]:
    """The preset's domains that the directory gives to another broker or group company."""
    problems = []
    for domain in preset.broker.registrable_domains:
        for other in directory.brokers:
            if other.id == preset.broker.id:
                continue
            owned = set(other.registrable_domains) | {g.domain for g in other.group_domains}
            if domain in owned:
                problems.append(
                    PresetProblem(
                        "/broker/domains",
                        f"{domain!r} belongs to {other.names['en']} in the broker directory",
                    )
                )
    return problems


def with_preset(directory: Directory, preset: Preset) -> Directory:
    """``directory`` with the preset's brokerage added (or its domains added to
    the same broker's entry); nothing of any other broker changes."""
    problems = conflicts(directory, preset)
    if problems:
        raise InvalidPreset(problems)
    existing = directory.get(preset.broker.id)
    if existing is None:
        return dataclasses.replace(directory, brokers=(*directory.brokers, preset.broker))
    known = set(existing.registrable_domains)
    merged = dataclasses.replace(
        existing,
        domains=existing.domains + tuple(d for d in preset.broker.domains if d.domain not in known),
        official_hosts=existing.official_hosts
        + tuple(h for h in preset.broker.official_hosts if h not in existing.official_hosts),
        login_url=existing.login_url or preset.broker.login_url,
        phones=existing.phones
        + tuple(
            p for p in preset.broker.phones if p.number not in {q.number for q in existing.phones}
        ),
    )
    brokers = tuple(merged if b.id == existing.id else b for b in directory.brokers)
    return dataclasses.replace(directory, brokers=brokers)


def first_start_bookmark(
    preset: Preset, already_added: Sequence[str], bookmarks: Sequence[Bookmark], language: str
) -> Bookmark | None:
    """The log-in bookmark to add for the brokerage, or None when there is none to add.

    Added once per preset (``already_added`` is ``Progress.preset_bookmarks_added``):
    a bookmark the person later deletes is not forced back on them; and never
    twice, if they had bookmarked the same page themselves.
    """
    if preset.id in already_added:
        return None
    wanted = normalise_url(preset.login_url)
    if any(bookmark.url == wanted for bookmark in bookmarks):
        return None
    return new_bookmark(wanted, preset.name(language), preset.broker.id)


def text_colour_on(accent: str) -> str:
    """Black or white, whichever reads better on ``accent`` (WCAG contrast ratio)."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(accent[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    on_white = 1.05 / (luminance + 0.05)
    on_black = (luminance + 0.05) / 0.05
    return "#ffffff" if on_white >= on_black else "#000000"
