"""A site among the web's most linked-to: its registered name is no kit's throw-away one,
but its subdomains and pages, and any imitation of a broker, are still read."""

from __future__ import annotations

import dataclasses

import pytest

from secguard.core.links import LinkJudge, Verdict
from secguard.resources import broker_directory, popular_domains


@pytest.fixture
def popular_judge() -> LinkJudge:
    directory = dataclasses.replace(broker_directory(), popular=frozenset({"qzxkvbn.top"}))
    return LinkJudge(directory)


def _reasons(judge: LinkJudge, url: str) -> tuple[Verdict, list[str]]:
    (link,) = judge.judge(url).links
    return link.verdict, [reason.message_id for reason in link.reasons]


def test_a_popular_sites_own_name_and_ending_are_no_warning(popular_judge: LinkJudge):
    unknown = LinkJudge(dataclasses.replace(broker_directory(), popular=frozenset()))
    verdict, reasons = _reasons(unknown, "https://qzxkvbn.top/")
    assert verdict is Verdict.SUSPICIOUS
    assert "link.random_label" in reasons
    assert _reasons(popular_judge, "https://qzxkvbn.top/")[0] is Verdict.UNKNOWN


def test_a_popular_sites_subdomains_and_imitations_are_still_read(popular_judge: LinkJudge):
    assert "link.random_label" in _reasons(popular_judge, "https://tzrkmoxa.qzxkvbn.top/")[1]
    verdict, reasons = _reasons(popular_judge, "https://sbisec.co.jp.qzxkvbn.top/login")
    assert verdict is Verdict.LOOKALIKE
    assert "link.lookalike_embedded" in reasons


def test_the_bundled_list_holds_popular_sites_and_no_brokers_domain():
    popular = popular_domains()
    assert {"google.com", "wikipedia.org", "qq.com"} <= popular
    assert len(popular) > 5_000
    official = {d for b in broker_directory().brokers for d in b.registrable_domains}
    assert not popular & official
    assert broker_directory().popular is popular


def test_a_popular_sites_own_name_is_no_imitation_but_its_subdomains_are_read():
    directory = broker_directory()
    plain = LinkJudge(dataclasses.replace(directory, popular=frozenset()))
    popular = LinkJudge(dataclasses.replace(directory, popular=frozenset({"clickme.net"})))
    assert "link.lookalike_typo" in _reasons(plain, "https://clickme.net/")[1]
    assert _reasons(popular, "https://clickme.net/")[0] is Verdict.UNKNOWN
    verdict, _ = _reasons(popular, "https://rakuten-sec.clickme.net/login")
    assert verdict is Verdict.LOOKALIKE
