"""The bundled broker directory: schema, sources, and the brokers the issue requires.

The sourced facts (phones, MFA, account lock, contact page) are tested in test_broker_facts.py.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from secguard.core.brokers import InvalidDirectory, parse_directory
from secguard.resources import broker_directory, resources_dir

REQUIRED = {
    "sbi",
    "rakuten",
    "monex",
    "matsui",
    "mufg-esmart",
    "nomura",
    "daiwa",
    "smbc-nikko",
    "mizuho",
    "okasan",
    "tokai-tokyo",
    "gmo-click",
    "dmm",
    "paypay",
    "moomoo",
    "iwai-cosmo",
    "marusan",
    "mufg-morgan-stanley",
}


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return json.loads((resources_dir() / "brokers.json").read_text(encoding="utf-8"))


def test_every_required_broker_is_there_with_both_names():
    directory = broker_directory()
    assert set(directory.by_id) >= REQUIRED
    for broker in directory.brokers:
        assert broker.names["ja"]
        assert broker.names["en"]
        assert broker.site_url.startswith("https://")


def test_every_domain_has_a_dated_source():
    for broker in broker_directory().brokers:
        for domain in broker.domains:
            assert domain.source.url.startswith("https://")
            assert domain.source.checked == "2026-11-24"


def test_site_urls_are_on_the_brokers_own_hosts():
    from secguard.core.links.hosts import split_host

    for broker in broker_directory().brokers:
        host = Path(broker.site_url.split("://", 1)[1]).parts[0]
        parts = split_host(host)
        assert parts.registrable is not None
        assert broker.is_official_host(parts.host, parts.registrable), broker.id


def test_shared_group_domains_only_trust_the_brokers_hosts():
    dmm = broker_directory().get("dmm")
    assert dmm is not None
    assert dmm.is_official_host("kabu.dmm.com", "dmm.com")
    assert not dmm.is_official_host("www.dmm.com", "dmm.com")


RULE = {
    "min_length": 8,
    "max_length": 16,
    "symbols": None,
    "min_distinct_symbols": 0,
    "source": {"url": "https://example.com/rules", "kind": "official", "checked": "2026-11-24"},
}


def test_a_valid_password_rule_is_read(document: dict[str, Any]):
    changed = copy.deepcopy(document)
    changed["brokers"][0]["password_rules"] = RULE
    rule = parse_directory(changed).brokers[0].password_rule
    assert rule is not None
    assert (rule.min_length, rule.max_length, rule.symbols) == (8, 16, None)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("domains", 0, "domain"), "not a domain"),
        (("domains", 0, "source", "url"), "http://insecure.example"),
        (("domains", 0, "source", "checked"), "yesterday"),
        (("site_url",), "http://www.sbisec.co.jp/"),
        (("id",), "Bad Id"),
        (("names",), {"ja": "SBI証券"}),
        (("brand_words",), "sbi"),
        (("brand_words",), [3]),
        (("password_rules",), {**RULE, "min_length": 20, "max_length": 8}),
        (("password_rules",), {**RULE, "symbols": "ab#"}),
        (("password_rules",), {**RULE, "symbols": "", "min_distinct_symbols": 1}),
        (("password_rules",), {**RULE, "source": None}),
        (("password_rules",), "8-16"),
    ],
)
def test_invalid_entries_are_refused(document: dict[str, Any], path: tuple[Any, ...], value: Any):
    broken = copy.deepcopy(document)
    target = broken["brokers"][0]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(InvalidDirectory):
        parse_directory(broken)
