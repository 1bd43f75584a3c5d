"""New passwords keep to every broker rule the directory records."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secguard.core.brokers import Broker, InvalidDirectory, _password_rule
from secguard.core.generator import (
    UNCONFIRMED_SYMBOLS,
    GeneratorSettings,
    _has_run,
    passphrase_fits,
    random_password,
    rule_breaks,
)
from secguard.resources import broker_directory

RULED = [b for b in broker_directory().brokers if b.password_rule is not None]


def test_the_directory_records_some_rules_with_sources():
    assert {b.id for b in RULED} >= {"rakuten", "sbi", "monex", "iwai-cosmo"}


@pytest.mark.parametrize("broker", RULED, ids=lambda b: b.id)
def test_every_password_keeps_to_the_brokers_rule(broker: Broker):
    rule = broker.password_rule
    assert rule is not None
    allowed_symbols = set(UNCONFIRMED_SYMBOLS if rule.symbols is None else rule.symbols)
    rules = GeneratorSettings.for_broker(rule)
    for _ in range(300):
        password = random_password(rules)
        assert rule.min_length <= len(password) <= rule.max_length
        symbols = [c for c in password if c not in string.ascii_letters + string.digits]
        assert set(symbols) <= allowed_symbols
        assert len(set(symbols)) >= max(rule.min_distinct_symbols, 1)
        assert any(c.islower() for c in password)
        assert any(c.isupper() for c in password)
        assert any(c.isdigit() for c in password)
        assert not _has_run(password)
    assert not passphrase_fits(rule), "no broker here accepts 24 characters or more"


@pytest.mark.parametrize(
    ("text", "run"),
    [("aaa", True), ("xabcx", True), ("x321x", True), ("CBA", True), ("ab1", False)],
)
def test_runs_that_brokers_refuse_are_found(text: str, run: bool):
    assert _has_run(text) is run


def test_without_rules_the_default_is_sixteen_with_common_symbols():
    password = random_password()
    assert len(password) == 16
    assert passphrase_fits(None)


def test_what_a_rule_would_refuse_is_named():
    iwai = broker_directory().get("iwai-cosmo")
    sbi = broker_directory().get("sbi")
    assert iwai is not None
    assert iwai.password_rule is not None
    assert sbi is not None
    assert sbi.password_rule is not None
    assert rule_breaks("Good-Pass#2025", iwai.password_rule) == []
    assert [m for m, _ in rule_breaks("Sh0rt!", iwai.password_rule)] == ["password.rule_too_short"]
    assert rule_breaks("Pass*word/2025", iwai.password_rule) == [
        ("password.rule_symbols", {"symbols": "* /"})
    ]
    assert [m for m, _ in rule_breaks("x" * 21, iwai.password_rule)] == ["password.rule_too_long"]
    assert [m for m, _ in rule_breaks("OneSymbol-2025", sbi.password_rule)] == [
        "password.rule_few_symbols"
    ]


@settings(max_examples=300, deadline=None)
@given(
    low=st.integers(4, 40),
    extra=st.integers(0, 40),
    symbols=st.one_of(st.none(), st.text(alphabet="!#$%&*+-=?@_", max_size=6)),
    distinct=st.integers(0, 4),
)
def test_every_rule_the_directory_accepts_can_be_met(
    low: int, extra: int, symbols: str | None, distinct: int
):
    raw = {
        "min_length": low,
        "max_length": low + extra,
        "symbols": symbols,
        "min_distinct_symbols": distinct,
        "source": {"url": "https://example.com/", "kind": "official", "checked": "2026-11-24"},
    }
    try:
        rule = _password_rule(raw, "test")
    except InvalidDirectory:
        return
    password = random_password(GeneratorSettings.for_broker(rule))
    assert rule.min_length <= len(password) <= rule.max_length
    assert rule_breaks(password, rule) == []
