"""The judge decides on the host a browser would open (issue 9).

A fake is any text whose browser host, as the WHATWG URL parser (ada) reads
it, lies on a domain someone other than the broker could own: it must never
be judged official or bookmarked, in a pasted message, in a single address
or in a browser's bookmark file.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import ada_url
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from publicsuffixlist import PublicSuffixList

from secguard.core.bookmarks import new_bookmark
from secguard.core.links import LinkJudge, Verdict
from secguard.resources import broker_directory

TRUSTED = {Verdict.OFFICIAL, Verdict.BOOKMARKED}


@pytest.fixture(scope="module")
def judge() -> LinkJudge:
    """With a bookmark of SBI's site, so that "bookmarked" is tried as well as "official"."""
    return _bookmarked_judge()


def _bookmarked_judge() -> LinkJudge:
    bookmark = new_bookmark("https://www.sbisec.co.jp/", "SBI", "sbi")
    return LinkJudge(broker_directory(), bookmarks=[bookmark])


def _verdicts(judge: LinkJudge, text: str) -> list[tuple[Verdict, str]]:
    return [(link.verdict, link.host) for link in judge.judge(text).links]


# --- the classes of issue 9, each with the host a browser opens ---------------------------

TABLE = [
    # invisible character after the host
    ("www.sbisec.co.jp\u200b.evil.com/login", "www.sbisec.co.jp.evil.com"),
    ("www.sbisec.co.jp\u00ad.evil.com/login", "www.sbisec.co.jp.evil.com"),
    ("www.sbisec.co.jp\u2060.evil.com/login", "www.sbisec.co.jp.evil.com"),
    ("www.sbisec.co.jp\ufeff.evil.com/login", "www.sbisec.co.jp.evil.com"),
    ("www.sbisec.co.jp\u180e.evil.com/login", "www.sbisec.co.jp.evil.com"),
    ("www.sbisec.co.jp\u034f.evil.com/login", "www.sbisec.co.jp.evil.com"),
    ("www.sbisec.co.jp\ufe0f.evil.com/login", "www.sbisec.co.jp.evil.com"),
    # percent-encoded dot
    ("www.sbisec.co.jp%2eevil.com/login", "www.sbisec.co.jp.evil.com"),
    ("www.sbisec.co.jp%E3%80%82evil.com/login", "www.sbisec.co.jp.evil.com"),
    ("www.sbisec.co.jp%EF%BC%8Eevil.com/login", "www.sbisec.co.jp.evil.com"),
    # 。 or ｡ then a non-ASCII label, with and without https://
    ("https://www.sbisec.co.jp\u3002ログイン.com/", "www.sbisec.co.jp.xn--eckxa6p0a.com"),
    ("www.sbisec.co.jp\uff61ログイン.com/", "www.sbisec.co.jp.xn--eckxa6p0a.com"),
    # user-info after a bare host
    ("www.sbisec.co.jp:443@evil.com/login", "evil.com"),
    # backslash before the host
    ("ログイン.com\\www.sbisec.co.jp/", "xn--eckxa6p0a.com"),
    # a dot and an IDN label after a bare host
    ("www.sbisec.co.jp.ログイン.com", "www.sbisec.co.jp.xn--eckxa6p0a.com"),
    # tab or newline inside the host
    ("https://www.sbisec.co.jp\t.evil.com/", "www.sbisec.co.jp.evil.com"),
    ("https://www.sbisec.co.jp\n.evil.com/", "www.sbisec.co.jp.evil.com"),
    ("www.sbisec.co.jp\t.evil.com/", "www.sbisec.co.jp.evil.com"),
    # the scheme without its two slashes, or with backslashes
    ("https:www.sbisec.co.jp%2eevil.com/", "www.sbisec.co.jp.evil.com"),
    ("https:\\\\www.sbisec.co.jp%2eevil.com/", "www.sbisec.co.jp.evil.com"),
    # the lead's list
    ("https:www.monex.co.jp%E3%80%82evil.com/", "www.monex.co.jp.evil.com"),
    ("www.nomura.co.jp\u00ad.evil.com", "www.nomura.co.jp.evil.com"),
    ("https://evil.com\\@www.sbisec.co.jp/", "evil.com"),
    (
        "https://www.rakuten-sec.co.jp.account-verify.com/",
        "www.rakuten-sec.co.jp.account-verify.com",
    ),
    # a full-width or small delimiter before an "@": NFKC makes it "/", a browser does not
    ("https://www.sbisec.co.jp\uff0f@evil.com/", "evil.com"),
    ("https://www.rakuten-sec.co.jp\ufe5f@login-verify.top/", "login-verify.top"),
    ("https://kabu.dmm.com\uff3c@evil.com", "evil.com"),
    ("https://www.sbisec.co.jp\u2047@evil.com", "evil.com"),
    ("https://www.sbisec.co.jp:443\uff0f@evil.com", "evil.com"),
    # a line break, quote or space right before the "@", a line break before a hyphen
    ("https://www.sbisec.co.jp\n@evil.com/", "evil.com"),
    ("https://www.sbisec.co.jp:443\n@evil.com", "evil.com"),
    ("https://www.sbisec.co.jp\n-evil.com/", "www.sbisec.co.jp-evil.com"),
    ('https://www.sbisec.co.jp"@evil.com/', "evil.com"),
    ("https://www.sbisec.co.jp'@evil.com/", "evil.com"),
    ("https://www.sbisec.co.jp\u3000@evil.com/", "evil.com"),
    ("https://www.sbisec.co.jp\t\t@evil.com", "evil.com"),
    ("https://www.sbisec.co.jp\t:443@evil.com/", "evil.com"),
    ("https://www.sbisec.co.jp:\uff0f@evil.com", "evil.com"),
    ("https://www.sbisec.co.jp'x@evil.com", "evil.com"),
    ("https://www.sbisec.co.jp :443@evil.com/", "evil.com"),
]


def _ada_host(text: str) -> str:
    url = text if re.match(r"(?i)https?:", text) else "http://" + text
    return str(ada_url.parse_url(url, attributes=("hostname",))["hostname"])


@pytest.mark.parametrize(("text", "host"), TABLE)
def test_each_class_is_judged_on_the_host_a_browser_opens(judge: LinkJudge, text: str, host: str):
    assert _ada_host(text) == host  # the table says what the WHATWG parser says
    verdicts = _verdicts(judge, text)
    assert verdicts, text
    assert all(verdict not in TRUSTED for verdict, _host in verdicts), verdicts
    assert host in [shown for _verdict, shown in verdicts]


@pytest.mark.parametrize(("text", "host"), TABLE)
def test_each_class_inside_a_whole_sms_is_never_trusted(judge: LinkJudge, text: str, host: str):
    sms = f"【SBI証券】本人確認のお願い {text} からログインしてください"
    verdicts = _verdicts(judge, sms)
    assert all(verdict not in TRUSTED for verdict, _host in verdicts), verdicts
    assert host in [shown for _verdict, shown in verdicts]


def test_the_sms_of_the_issue_is_a_lookalike_with_hidden_characters(judge: LinkJudge):
    sms = (
        "【SBI証券】本人確認のお願い www.sbisec.co.jp\u200b.account-verify.com/login "
        "からログインしてください"
    )
    (link,) = judge.judge(sms).links
    assert (link.verdict, link.broker_id) == (Verdict.LOOKALIKE, "sbi")
    assert link.host == "www.sbisec.co.jp.account-verify.com"
    reasons = [reason.message_id for reason in link.reasons]
    assert reasons[0] == "link.read_as"
    assert "link.hidden_characters" in reasons
    assert "\u200b" not in link.url


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # Japanese glued after: the name ends at its top-level domain, however many
        # times the text switches between scripts before it
        ("www.sbisec.co.jp。ログイン.comからアクセス", "www.sbisec.co.jp.xn--eckxa6p0a.com"),
        ("kabu.com.0イ0イ0イ.comからログイン", "kabu.com.xn--000-ri4bbb.com"),
        (
            "www.sbisec.co.jp。ロ.zz。ログイン.comからアクセス",
            "www.sbisec.co.jp.xn--hek.zz.xn--eckxa6p0a.com",
        ),
        # ...or before: the name starts after Japanese or after a character no host holds
        ("こちらevil.ne.jp\\kabu.com", "evil.ne.jp"),
        ("!ログイン.com\\www.sbisec.co.jp/", "xn--eckxa6p0a.com"),
    ],
)
def test_a_fake_glued_to_other_text_is_read_where_its_name_begins_and_ends(
    judge: LinkJudge, text: str, host: str
):
    verdicts = _verdicts(judge, text)
    assert all(verdict not in TRUSTED for verdict, _host in verdicts), verdicts
    assert host in [shown for _verdict, shown in verdicts]


@pytest.mark.parametrize(
    "text",
    [
        "www.sbisec.co.jp\u200b",
        "https://www.sbisec.co.jp\u200b/ETGate/",
        "\u200bwww.sbisec.co.jp",
        "www.sbisec\u00ad.co.jp",
    ],
)
def test_an_invisible_character_in_an_official_address_is_itself_suspicious(
    judge: LinkJudge, text: str
):
    (link,) = judge.judge(f"ご確認ください {text} 。").links
    assert link.verdict is Verdict.SUSPICIOUS
    assert "link.hidden_characters" in [reason.message_id for reason in link.reasons]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("sbisec.co.jpにログインしてください", Verdict.OFFICIAL),
        ("https://www.sbisec.co.jp/にログイン", Verdict.BOOKMARKED),
        ("https://www.sbisec.co.jpにログインしてください", Verdict.BOOKMARKED),
        ("公式サイトwww.sbisec.co.jpからログイン", Verdict.BOOKMARKED),
        ("ログインはsbisec.co.jpから", Verdict.OFFICIAL),
        ("https:\\\\www.sbisec.co.jp/", Verdict.BOOKMARKED),
        ("https:/www.sbisec.co.jp/", Verdict.BOOKMARKED),
        ("\u2705\ufe0fhttps://www.sbisec.co.jp/ からどうぞ", Verdict.BOOKMARKED),
        ("hxxps://www[.]sbisec[.]co[.]jp/", Verdict.BOOKMARKED),
        ("ｗｗｗ．ｓｂｉｓｅｃ．ｃｏ．ｊｐ", Verdict.BOOKMARKED),
        ("お問い合わせ\nkabu.com", Verdict.OFFICIAL),
        ("https://www.sbisec.co.jp/ETGate/\u200b", Verdict.BOOKMARKED),
        ("https://www.monex.co.jp。", Verdict.OFFICIAL),
        ("楽天証券 https://www.rakuten-sec.co.jp/\nSBI証券 https://www.sbisec.co.jp/", None),
    ],
)
def test_ordinary_ways_of_writing_a_real_address_stay_trusted(
    judge: LinkJudge, text: str, verdict: Verdict | None
):
    verdicts = [v for v, _host in _verdicts(judge, text)]
    if verdict is None:
        assert verdicts == [Verdict.OFFICIAL, Verdict.BOOKMARKED]
    else:
        assert verdicts == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        "javascript://www.sbisec.co.jp/%0aalert(document.cookie)",
        "intent://www.sbisec.co.jp/#Intent;scheme=https;package=com.example;end",
        "file://www.sbisec.co.jp/share/a.exe",
        "wss://www.sbisec.co.jp",
    ],
)
def test_the_brokers_host_under_another_scheme_is_no_page_of_the_broker(
    judge: LinkJudge, text: str
):
    """javascript://www.sbisec.co.jp/%0a... runs a script: never official nor bookmarked."""
    (link,) = judge.judge(text).links
    assert (link.verdict, link.broker_id) == (Verdict.SUSPICIOUS, "sbi")
    assert link.reasons[0].message_id == "link.unusual_scheme"


@pytest.mark.parametrize(
    "text",
    [
        "https://www.sbisec.co.jp\nsupport@example.com",  # a contact address on the next line
        "「https://www.sbisec.co.jp」のお問い合わせはmail@example.com",
        "https://www.sbisec.co.jp @SBI_official",
        "https://www.sbisec.co.jp\n- 口座開設",
    ],
)
def test_an_at_sign_in_the_words_after_a_real_address_leaves_it_trusted(
    judge: LinkJudge, text: str
):
    assert judge.judge(text).links[0].verdict is Verdict.BOOKMARKED


def test_an_address_written_all_in_full_width_is_read_as_a_reader_retypes_it(judge: LinkJudge):
    (link,) = judge.judge("ｈｔｔｐｓ：／／ｗｗｗ．ｓｂｉｓｅｃ．ｃｏ．ｊｐ／ｍｙｐａｇｅ").links
    assert link.host == "www.sbisec.co.jp"
    (link,) = judge.judge("https://ｗｗｗ．ｓｂｉｓｅｃ．ｃｏ．ｊｐ／@evil.com").links
    assert (link.host, link.verdict) == ("evil.com", Verdict.LOOKALIKE)


def test_a_scheme_after_japanese_text_is_still_the_links_scheme(judge: LinkJudge):
    (link,) = judge.judge("こちらhttps://www.sbisec.co.jp/ETGate/からログイン").links
    assert (link.url, link.verdict) == ("https://www.sbisec.co.jp/ETGate/", Verdict.BOOKMARKED)


def test_a_browser_bookmark_file_with_a_backslash_trick_is_flagged(tmp_path: Path):
    from secguard.storage.browsers import BrowserProfile
    from secguard.storage.browsers import scan_profiles as scan

    fakes = [
        "https://evil.com\\@www.sbisec.co.jp/",
        "https://www.sbisec.co.jp%2eevil.com/",
        "https://www.sbisec.co.jp\u200b.evil.com/",
        "https://www.sbisec.co.jp:443@evil.com/",
        "https:www.monex.co.jp%E3%80%82evil.com/",
    ]
    real = ["https://www.sbisec.co.jp/ETGate/", "https://www.monex.co.jp/"]
    children = [{"type": "url", "name": f"b{n}", "url": url} for n, url in enumerate(fakes + real)]
    data = {"roots": {"bookmark_bar": {"type": "folder", "children": children}}, "version": 1}
    path = tmp_path / "Bookmarks"
    path.write_text(json.dumps(data), encoding="utf-8")
    report = scan(_bookmarked_judge(), [BrowserProfile("Chrome", "Default", path, "chromium")])
    assert sorted(bookmark.url for bookmark, _verdict in report.findings) == sorted(fakes)


def test_a_1mb_label_is_too_long_without_any_similarity_work(judge: LinkJudge):
    for text in ("https://" + "a" * 1_000_000 + ".com/", "https://" + "ア" * 100_000 + ".com/"):
        (link,) = judge.judge(text).links
        assert link.verdict is Verdict.SUSPICIOUS
        assert [reason.message_id for reason in link.reasons] == ["link.host_too_long"]
    link = judge.judge_url("https://" + "sbisec" * 20 + ".co.jp/")
    assert link is not None
    assert [reason.message_id for reason in link.reasons] == ["link.host_too_long"]


# --- the property: built from official hosts, attackers' hosts and the separators --------

_DIRECTORY = broker_directory()
_OFFICIAL_DOMAINS = {d for b in _DIRECTORY.brokers for d in b.registrable_domains}
_OFFICIAL_HOSTS = sorted(
    {_ada_host(b.site_url) for b in _DIRECTORY.brokers}
    | {"sbisec.co.jp", "site1.sbisec.co.jp", "member.rakuten-sec.co.jp", "kabu.dmm.com"}
)
_INVISIBLE = ["\u200b", "\u00ad", "\u2060", "\ufeff", "\u180e", "\u034f", "\ufe0f", "\u200c"]
_DOTS = [".", "。", "｡", "．", "%2e", "%2E", "%E3%80%82", "%EF%BC%8E", "%e3%80%82"]
_BREAKS = ["\t", "\n", "\r\n"]
_SCHEMES = ["", "https://", "http://", "HTTPS://", "https:", "https:/", "https:\\\\", "https:///"]
_TLDS = ["com", "net", "top", "xyz", "jp", "co.jp", "workers.dev", "shop", "ne.jp"]
_LABEL_WORDS = [
    "evil",
    "account-verify",
    "login",
    "ログイン",
    "認証",
    "secure",
    "sbisec",
    "xn--eckxa6p0a",
]
_PATHS = ["", "/", "/login", "/ETGate/?a=1"]
_WRAPS = [
    "{}",
    "【SBI証券】本人確認のお願い {} からログインしてください",
    "{}からログイン",
    "こちら{}",
    "ご確認ください\n{}\n",
]

_labels = st.one_of(
    st.sampled_from(_LABEL_WORDS),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-ログイン証券", min_size=1, max_size=12),
)
_attacker_hosts = st.builds(
    lambda labels, tld: ".".join([*labels, tld]),
    st.lists(_labels, min_size=1, max_size=3),
    st.sampled_from(_TLDS),
)
_separators = st.one_of(
    st.sampled_from(_DOTS),
    st.builds(lambda inv, dot: inv + dot, st.sampled_from(_INVISIBLE), st.sampled_from(_DOTS)),
    st.builds(lambda dot, inv: dot + inv, st.sampled_from(_DOTS), st.sampled_from(_INVISIBLE)),
    st.builds(lambda brk: brk + ".", st.sampled_from(_BREAKS)),
    st.builds(lambda brk: "." + brk, st.sampled_from(_BREAKS)),
)
_userinfo = st.sampled_from(
    [":443@", "@", ":x@", "\u200b@", ":443\u200b@", "\uff0f@", "\uff3c@", "\uff03@", '"@', "\n@"]
)
_before_host = st.sampled_from(["\\", "\\@", "/", "/@", "\\\\"])


@st.composite
def _fake_links(draw: st.DrawFn) -> str:
    official = draw(st.sampled_from(_OFFICIAL_HOSTS))
    attacker = draw(_attacker_hosts)
    form = draw(st.sampled_from(["after", "userinfo", "before"]))
    if form == "after":  # www.sbisec.co.jp<sep>evil.com
        host = official + draw(_separators) + attacker
    elif form == "userinfo":  # www.sbisec.co.jp:443@evil.com
        host = official + draw(_userinfo) + attacker
    else:  # ログイン.com\www.sbisec.co.jp
        host = attacker + draw(_before_host) + official
    return draw(st.sampled_from(_SCHEMES)) + host + draw(st.sampled_from(_PATHS))


_PSL = PublicSuffixList(only_icann=True)
# JPRS: Japanese names only under the general-use .jp, never under these.
_JP_ATTRIBUTE_TYPES = {
    "co.jp",
    "or.jp",
    "ne.jp",
    "ac.jp",
    "go.jp",
    "lg.jp",
    "ed.jp",
    "gr.jp",
    "ad.jp",
}
_LDH = re.compile(r"[a-z0-9_-]{1,63}")
_REGISTRABLE = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")


def _someone_elses_site(link: str) -> bool:
    """The oracle: whether a browser given ``link`` opens a host that someone other than a
    broker could own (a real public suffix, labels DNS takes, no Japanese name under co.jp and
    the other attribute-type .jp domains, which JPRS does not allow)."""
    try:
        host = _ada_host(link).lower().rstrip(".")
    except ValueError:
        return False  # no browser opens it: it searches for the text instead
    registrable = _PSL.privatesuffix(host, accept_unknown=False)
    if registrable is None or len(host) > 253:
        return False
    if not all(_LDH.fullmatch(label) for label in host.split(".")):
        return False
    if not _REGISTRABLE.fullmatch(registrable.split(".", 1)[0]):
        return False  # registries sell no name with a hyphen at either end
    attribute_jp = registrable.split(".", 1)[1] in _JP_ATTRIBUTE_TYPES
    if attribute_jp and registrable.startswith("xn--"):
        return False
    return registrable not in _OFFICIAL_DOMAINS


_TALLY = {"examples": 0, "fakes": 0, "trusted": 0}
# The test command runs a few hundred; a long run sets SECGUARD_PROPERTY_EXAMPLES.
_EXAMPLES = int(os.environ.get("SECGUARD_PROPERTY_EXAMPLES", "400"))


@pytest.fixture(scope="module", autouse=True)
def _report_tally():
    yield
    if _EXAMPLES > 400:
        print(f"\nproperty run: {_TALLY}")


@settings(max_examples=_EXAMPLES, deadline=None, database=None)
@given(_fake_links(), st.sampled_from(_WRAPS))
def test_no_text_whose_browser_host_is_someone_elses_is_ever_trusted(link: str, wrap: str):
    _TALLY["examples"] += 1
    if not _someone_elses_site(link):
        return
    _TALLY["fakes"] += 1
    judge = _PROPERTY_JUDGE
    text = wrap.format(link)
    trusted = [(v.url, v.verdict) for v in judge.judge(text).links if v.verdict in TRUSTED]
    if re.match(r"(?i)https?://", link):
        single = judge.judge_url(link)
        if single is not None and single.verdict in TRUSTED:
            trusted.append((single.url, single.verdict))
    _TALLY["trusted"] += bool(trusted)
    assert trusted == [], (text, _ada_host(link))


_PROPERTY_JUDGE = _bookmarked_judge()
