"""The directory's sourced facts: phone numbers, MFA, account lock, contact pages, gaps.

Each invalid shape is refused for its own reason (the error's ``problem`` names it), so a
test cannot pass because some other part of the entry happened to be wrong.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest

from secguard.core.broker_facts import (
    GAP_TOPICS,
    SOURCE_KINDS,
    InvalidDirectory,
    Source,
    is_japanese_number,
)
from secguard.core.brokers import Broker, parse_directory
from secguard.core.links.hosts import split_host
from secguard.resources import broker_directory, resources_dir

SOURCE = {"url": "https://www.sbisec.co.jp/help", "kind": "official", "checked": "2026-12-02"}
LOCK = {
    "channel": "phone-automated",
    "number": "0120-852-638",
    "hours": {"ja": "24時間", "en": "24 hours"},
    "how": {"ja": "自動音声で止めます。", "en": "An automated line stops it."},
    "source": SOURCE,
}


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return json.loads((resources_dir() / "brokers.json").read_text(encoding="utf-8"))


def _broken(document: dict[str, Any], broker_id: str, path: tuple[Any, ...], value: Any) -> Any:
    """A copy of the directory with one value of one broker replaced (or removed: ``...``)."""
    broken = copy.deepcopy(document)
    target = next(b for b in broken["brokers"] if b["id"] == broker_id)
    for key in path[:-1]:
        target = target[key]
    if value is ...:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return broken


def _sources(broker: Broker) -> Iterator[tuple[str, Source]]:
    for phone in broker.phones:
        yield f"phone {phone.number}", phone.source
    if broker.mfa is not None:
        yield "mfa", broker.mfa.source
        if broker.mfa.notifications is not None:
            yield "login notifications", broker.mfa.notifications.source
        if broker.mfa.mandatory is not None:
            yield "mandatory MFA", broker.mfa.mandatory.source
    if broker.account_lock is not None:
        yield "account lock", broker.account_lock.source
    if broker.contact_page is not None:
        yield "contact page", broker.contact_page.source


@pytest.mark.parametrize(
    "number",
    [
        "0120-104-214",
        "0570-550-104",
        "03-5562-7530",
        "0120-64-5005",
        "090-1234-5678",
        "0570-016811",
    ],
)
def test_japanese_numbers_are_accepted(number: str):
    assert is_japanese_number(number)


@pytest.mark.parametrize(
    "number",
    [
        "12345678",  # no leading zero, no hyphen
        "0120-12-345",  # free dial is ten digits
        "090-1234-567",  # a mobile number is eleven
        "03-1234-56789",
        "+81-3-5562-7530",  # the international form is not what a person dials here
        "\uff10\uff11\uff12\uff10-104-214",  # full-width digits (written escaped for the linter)
        "0120 104 214",
        "0120--104-214",
        "#9110",  # a short dial, only for the police's line
    ],
)
def test_other_numbers_are_refused(number: str):
    assert not is_japanese_number(number)


def test_only_help_desks_may_use_a_short_dial():
    assert is_japanese_number("#9110", short_dial=True)
    assert not is_japanese_number("#91100", short_dial=True)


def test_every_number_and_procedure_traces_back_to_a_dated_source():
    seen = 0
    for broker in broker_directory().brokers:
        for fact, source in _sources(broker):
            where = f"{broker.id}: {fact}"
            assert source.url.startswith("https://"), where
            assert source.kind in SOURCE_KINDS, where
            assert source.checked.startswith("2026-"), where
            seen += 1
    assert seen >= 21  # every broker has at least a support number or a contact page


def test_every_broker_says_where_to_call():
    for broker in broker_directory().brokers:
        assert broker.support_phones or broker.contact_page is not None, broker.id


def test_settings_lock_and_contact_pages_are_on_the_brokers_own_sites():
    """Checked independently of the loader, with the public-suffix split the link judge uses."""
    for broker in broker_directory().brokers:
        urls = [
            broker.mfa.settings_url if broker.mfa else None,
            broker.account_lock.documented_at if broker.account_lock else None,
            broker.contact_page.url if broker.contact_page else None,
        ]
        for url in filter(None, urls):
            parts = split_host(url.split("://", 1)[1].split("/", 1)[0])
            assert parts.registrable is not None, url
            assert broker.is_official_host(parts.host, parts.registrable), (broker.id, url)


def test_gaps_only_name_known_topics():
    for broker in broker_directory().brokers:
        assert set(broker.gaps) <= set(GAP_TOPICS), broker.id


def test_a_phone_lock_and_its_texts_are_read(document: dict[str, Any]):
    changed = _broken(document, "sbi", ("account_lock",), {**LOCK, "needs": LOCK["how"]})
    lock = parse_directory(changed).by_id["sbi"].account_lock
    assert lock is not None
    assert (lock.channel, lock.number, lock.hours) == (
        "phone-automated",
        "0120-852-638",
        LOCK["hours"],
    )
    assert lock.how["en"] == "An automated line stops it."
    assert lock.needs == LOCK["how"]


def test_an_online_lock_needs_no_number_or_hours(document: dict[str, Any]):
    online = {"channel": "online", "how": LOCK["how"], "source": SOURCE}
    lock = parse_directory(_broken(document, "sbi", ("account_lock",), online)).by_id["sbi"]
    assert lock.account_lock is not None
    assert (lock.account_lock.number, lock.account_lock.hours) == (None, None)


@pytest.mark.parametrize(
    ("broker_id", "path", "value", "problem"),
    [
        ("sbi", ("phones", 0, "number"), "12345678", "phone number"),
        ("sbi", ("phones", 0, "number"), "+81-120-104-214", "phone number"),
        ("sbi", ("phones", 0, "number"), "#9110", "phone number"),
        ("sbi", ("phones", 0, "purpose"), "hotline", "phone.purpose"),
        ("sbi", ("phones", 0, "source"), ..., "phone.source"),
        ("sbi", ("phones", 0, "hours"), {"ja": "平日"}, "phone.hours"),
        ("sbi", ("phones", 0, "desk"), {"en": "Desk"}, "phone.desk"),
        ("sbi", ("mfa", "methods"), ["app"], "mfa.methods"),
        ("sbi", ("mfa", "methods"), [], "mfa.methods"),
        ("sbi", ("mfa", "methods"), ["sms", "sms"], "mfa.methods repeated"),
        ("sbi", ("mfa", "source"), ..., "mfa.source"),
        ("sbi", ("mfa", "source", "kind"), "partly-verified", "mfa.source.kind"),
        ("sbi", ("mfa", "settings_url"), "https://sbisec.co.jp.example.com/", "outside"),
        ("sbi", ("mfa", "settings_url"), "https://www.rakuten-sec.co.jp/", "outside"),
        ("sbi", ("mfa", "settings_url"), "http://www.sbisec.co.jp/", "mfa.settings_url"),
        # mufg.jp is shared by the whole group: only sc.mufg.jp is the broker's.
        ("mufg-morgan-stanley", ("mfa", "settings_url"), "https://www.bk.mufg.jp/", "outside"),
        ("sbi", ("mfa", "login_notifications", "exists"), "yes", "login_notifications.exists"),
        (
            "sbi",
            ("mfa", "login_notifications"),
            {"exists": False, "on_by_default": True, "source": SOURCE},
            "on_by_default",
        ),
        ("sbi", ("mfa", "login_notifications", "source"), ..., "login_notifications.source"),
        ("sbi", ("mfa", "mandatory", "since"), "2025/05/31", "mfa.mandatory.since"),
        ("sbi", ("mfa", "mandatory", "source"), ..., "mfa.mandatory.source"),
        ("sbi", ("account_lock",), {**LOCK, "channel": "fax"}, "account_lock.channel"),
        ("sbi", ("account_lock",), {**LOCK, "number": None}, "account_lock.number"),
        ("sbi", ("account_lock",), {**LOCK, "number": "852638"}, "account_lock.number"),
        ("sbi", ("account_lock",), {**LOCK, "channel": "online"}, "an online lock has no number"),
        ("sbi", ("account_lock",), {**LOCK, "hours": None}, "account_lock.hours"),
        ("sbi", ("account_lock",), {**LOCK, "how": {"ja": "止めます"}}, "account_lock.how"),
        ("sbi", ("account_lock",), {**LOCK, "source": None}, "account_lock.source"),
        (
            "sbi",
            ("account_lock",),
            {**LOCK, "documented_at": "https://sbi-sec.example.com/lock"},
            "account_lock.documented_at outside",
        ),
        ("rakuten", ("contact_page", "url"), "https://rakuten-sec.co.jp.help.example/", "outside"),
        ("rakuten", ("contact_page", "where"), {"en": "Support"}, "contact_page.where"),
        ("rakuten", ("contact_page", "source"), ..., "contact_page.source"),
        ("rakuten", ("contact_page",), ..., "a support number or a contact page"),
        ("sbi", ("phones",), [], "a support number or a contact page"),
        ("sbi", ("gaps",), {"weather": "not looked up"}, "gaps topic"),
        ("sbi", ("gaps",), {"lock": ""}, "gaps.lock"),
    ],
)
def test_invalid_facts_are_refused_for_their_own_reason(
    document: dict[str, Any], broker_id: str, path: tuple[Any, ...], value: Any, problem: str
):
    with pytest.raises(InvalidDirectory) as refused:
        parse_directory(_broken(document, broker_id, path, value))
    assert refused.value.params["where"] == broker_id
    assert problem in refused.value.params["problem"]
