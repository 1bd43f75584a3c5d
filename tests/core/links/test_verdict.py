"""What the judge returns: one rule for "dangerous", group companies named by the front ends."""

from __future__ import annotations

import pytest

from secguard.core.links import LinkJudge, Verdict
from secguard.i18n import broker_params
from secguard.resources import broker_directory


@pytest.mark.parametrize(
    ("url", "dangerous"),
    [
        ("https://www.sbisec.co.jp/", False),  # official
        ("https://www.rakuten-bank.co.jp/", False),  # a group company: unknown
        ("https://sbisec.co.jp.account-verify.com/", True),  # lookalike
        ("https://abc.workers.dev/", True),  # suspicious
    ],
)
def test_dangerous_is_a_lookalike_or_a_suspicious_address(url: str, dangerous: bool):
    verdict = LinkJudge(broker_directory()).judge_url(url)
    assert verdict is not None
    assert verdict.dangerous is dangerous
    assert dangerous is (verdict.verdict in {Verdict.LOOKALIKE, Verdict.SUSPICIOUS})


def test_a_group_company_is_returned_by_domain_and_named_in_the_chosen_language():
    verdict = LinkJudge(broker_directory()).judge_url("https://www.rakuten-bank.co.jp/")
    assert verdict is not None
    group = verdict.reasons[0]
    assert group.message_id == "link.group"
    assert dict(group.params) == {"group": "rakuten-bank.co.jp", "broker": "rakuten"}
    assert broker_params(group.params, "en") == {
        "group": "Rakuten Bank",
        "broker": "Rakuten Securities",
    }
    assert broker_params(group.params, "ja") == {"group": "楽天銀行", "broker": "楽天証券"}
