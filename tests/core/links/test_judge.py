"""The link judge on its own cases, on systematic permutations and on well-known sites."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secguard.core.bookmarks import new_bookmark
from secguard.core.links import LinkJudge, Verdict
from secguard.core.links.extract import MAX_TEXT_CHARS, extract_links
from secguard.core.links.hosts import look_alike_letters, look_alike_spellings
from secguard.resources import broker_directory
from tests.core.links.permutations import permutations

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def judge() -> LinkJudge:
    return LinkJudge(broker_directory())


def verdict_of(judge: LinkJudge, text: str) -> tuple[str, str | None]:
    links = judge.judge(text).links
    assert len(links) == 1, links
    return links[0].verdict.value, links[0].broker_id


@pytest.mark.parametrize(
    ("url", "broker"),
    [
        ("https://www.sbisec.co.jp/ETGate/", "sbi"),
        ("https://site1.sbisec.co.jp/ETGate/WPLETmgR001Control?OutSide=on", "sbi"),
        ("https://login.sbisec.co.jp/", "sbi"),
        ("https://member.rakuten-sec.co.jp/app/MhLogin.do", "rakuten"),
        ("https://media.rakuten-sec.net/articles/-/1", "rakuten"),
        ("https://mst.monex.co.jp/pc/servlet/ITS/login/LoginIDPassword.jsp", "monex"),
        ("https://www.matsui.co.jp/", "matsui"),
        ("https://s10.kabu.co.jp/_mem_bin/members/login.asp", "mufg-esmart"),
        ("https://kabu.com/item/sor/interview.html", "mufg-esmart"),
        ("https://hometrade.nomura.co.jp/", "nomura"),
        ("https://lzone.daiwa.co.jp/lzone/common/authorize", "daiwa"),
        ("https://www.daiwa.jp/olt_help/", "daiwa"),
        ("https://trade.smbcnikko.co.jp/Login/0/login/ipan_web/hyoji/", "smbc-nikko"),
        ("https://netclub.mizuho-sc.com/mnc/login", "mizuho"),
        ("https://trade.okasan-online.co.jp/", "okasan"),
        ("https://onlinetrade.tokaitokyo.co.jp/", "tokai-tokyo"),
        ("https://sec-sso.click-sec.com/loginweb/", "gmo-click"),
        ("https://kabu.dmm.com/", "dmm"),
        ("https://trade.fx.dmm.com/comportal/Login.do", "dmm"),
        ("https://www.paypay-sec.co.jp/", "paypay"),
        ("https://www.moomoo.com/jp/", "moomoo"),
        ("https://ic01.iwaicosmo.co.jp/", "iwai-cosmo"),
        ("https://trade.03trade.com/web/", "marusan"),
        ("https://online.sc.mufg.jp/", "mufg-morgan-stanley"),
        ("ｈｔｔｐｓ：／／ｗｗｗ．ｓｂｉｓｅｃ．ｃｏ．ｊｐ／", "sbi"),
        ("www.sbisec.co.jp", "sbi"),
        ("HTTPS://WWW.SBISEC.CO.JP/", "sbi"),
    ],
)
def test_real_broker_urls_are_official(judge: LinkJudge, url: str, broker: str):
    assert verdict_of(judge, url) == ("official", broker)


@pytest.mark.parametrize(
    ("url", "broker"),
    [
        ("https://sbisec.co.jp.account-verify.com/login", "sbi"),
        ("https://www-sbisec-co-jp.example.com/", "sbi"),
        ("https://rakuten-sec-login.com/", "rakuten"),
        ("https://sblsec.co.jp/", "sbi"),
        ("https://sb1-sec.com/", "sbi"),
        ("https://ma-tsui.co.jp/", "matsui"),
        ("https://moenix.co.jp/", "monex"),
        ("https://www.ѕbіѕес.co.jp/", "sbi"),
        # letters read as others: cl as d, uu or vu as w
        ("https://claiwa.co.jp/", "daiwa"),
        ("https://daiuua.jp/", "daiwa"),
        ("https://daivua.co.jp/", "daiwa"),
        ("https://xn--sbsec-fze.com/", "sbi"),
        ("https://𝐬𝐛𝐢𝐬𝐞𝐜.co.jp/", "sbi"),
        ("https://random-host.example.com/ETGate/", "sbi"),
        ("https://xyz.example.com/rakusec/login", "rakuten"),
        ("https://someones-blog.example.com/rmfIndex/", "nomura"),
        ("https://sbisec.com/", "sbi"),
        ("https://monex.xyz/", "monex"),
        ("https://matsui-jp.com/", "matsui"),
        ("https://www.sbisec.co.jp@evil.example/", "sbi"),
        ("hxxps://sbisec-co-jp[.]top/", "sbi"),
        ("https://smbcnikko-jp.cn/", "smbc-nikko"),
        ("https://kabu.dmm-kabu.top/", "dmm"),
        ("https://paypay-sec.info/", "paypay"),
        # A broker's plain name as a subdomain of an unrelated, new domain
        ("https://sbi.qwmnrtz.com/", "sbi"),
        ("https://rakuten-info.zx81q.net/", "rakuten"),
        ("https://login.nomura.example.xyz/", "nomura"),
        # ...or misspelt beside pieces of a written-out address
        ("https://www-sbl-jp.example.net/", "sbi"),
        ("https://co-jp-dalwa.example.net/", "daiwa"),
    ],
)
def test_imitations_are_lookalikes_of_the_right_broker(judge: LinkJudge, url: str, broker: str):
    assert verdict_of(judge, url) == ("lookalike", broker)


@pytest.mark.parametrize(
    ("url", "broker"),
    [
        # A broker's name with log-in, address or money words beside it
        ("https://nomura-ssl.com/", "nomura"),
        ("https://daiwapay.co.jp/", "daiwa"),
        ("https://matsuijp.net/", "matsui"),
        ("https://login-okasan.com/", "okasan"),
        ("https://dmm-login.com/", "dmm"),
        ("https://mufgenroll.jp/", "mufg-morgan-stanley"),
        # ...misspelt beside a log-in word
        ("https://sec-rakouten001.com/", "rakuten"),
        ("https://www-moneix-jp.example-tours.org/", "monex"),
        # ...misspelt as the whole registered name under a Japanese ending
        ("https://daiwva.jp/", "daiwa"),
        # ...or its plain name on an address with a kit's shape
        ("https://daiwa-x7k2q.top/", "daiwa"),
        ("https://matsui.xkqzvbwt.com/", "matsui"),
    ],
)
def test_a_brand_with_a_kits_words_or_shape_is_a_lookalike(judge: LinkJudge, url: str, broker: str):
    assert verdict_of(judge, url) == ("lookalike", broker)


@pytest.mark.parametrize(
    ("url", "broker"),
    [
        ("https://daiwa.de/", "daiwa"),
        ("https://moomoo.agency/", "moomoo"),
        ("https://sbi-drelies04.com/", "sbi"),
        ("https://daiwa.example.com/", "daiwa"),
        ("https://example.com/rakuten/", "rakuten"),
        ("https://example.com/page.html?sbisecjapan=login", "sbi"),
        # a broker's registered name right under an ending whose registry checks who
        # registers: no kit holds it, but a reader takes it for the broker
        ("https://www.matsui.edu/", "matsui"),
        ("https://sbisec.gov/", "sbi"),
        ("https://kabu.mil/", "mufg-esmart"),
        ("https://mufg.int/", "mufg-morgan-stanley"),
    ],
)
def test_a_brokers_plain_name_alone_is_a_caution_not_an_accusation(
    judge: LinkJudge, url: str, broker: str
):
    (link,) = judge.judge(url).links
    assert (link.verdict, link.broker_id) == (Verdict.SUSPICIOUS, broker)
    assert link.reasons[0].message_id in {"link.brand_caution", "link.lookalike_suffix"}


@pytest.mark.parametrize(
    "url",
    [
        # another country's business names, with no Japanese word
        "https://monex.co.uk/",
        "https://www.daiwa.com.tr/",
        "https://moomoo.co.il/",
        # a plain name going on by a letter or two, under another ending than the broker's
        "https://www.monext.com/",
        "https://monexa.com/",
        "https://www.monext.fr/",
        # the name alone as a department of a registered company or of a foreign site
        "https://monex.ifis.co.jp/",
        "https://www.sbi.uni-rostock.de/",
        "https://paypay.acin.pt/",
        # two edits under co.jp that are no look-alike letters: companies of their own
        "https://www.mito-sec.co.jp/",
        "https://www.mizuho-ls.co.jp/",
    ],
)
def test_a_namesakes_site_is_no_imitation(judge: LinkJudge, url: str):
    (link,) = judge.judge(url).links
    assert link.verdict is Verdict.UNKNOWN, link.reasons


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # the same plain names under the broker's own or a Japanese ending: fakes
        ("https://monexa.co.jp/", "suspicious"),
        ("https://matsui.ne.jp/", "lookalike"),
        ("https://monex.or.jp/", "lookalike"),
        # with a kit's ending the name going on is still a fake
        ("https://daiwa.xyz/", "lookalike"),
    ],
)
def test_the_same_names_in_a_kits_places_still_warn(judge: LinkJudge, url: str, expected: str):
    (link,) = judge.judge(url).links
    assert link.verdict.value == expected, link.reasons


@pytest.mark.parametrize(
    "url",
    [
        "https://www.iwai.work/",  # an ending many small businesses use
        "https://kabu-data.info/",
        "https://secureworks.com/",  # "secure" glued inside one longer word
        "https://www.security.gov.uk/",  # under a government registry
        "https://someone.github.io/",  # a personal page
        "https://someone.hatenablog.com/",
    ],
)
def test_one_weak_sign_on_a_front_page_is_a_note_not_a_warning(judge: LinkJudge, url: str):
    (link,) = judge.judge(url).links
    assert link.verdict is Verdict.UNKNOWN
    assert [r.message_id for r in link.reasons][-1] == "link.unknown"
    assert len(link.reasons) == 2  # the sign is still said


@pytest.mark.parametrize(
    "url",
    [
        "https://www.iwai.work/account/login.php",  # a page behind it
        "https://kabu-data.info/?id=123",
        "https://example.top/",  # an ending phishing outweighs everything else on
        "https://login-sec.com/",  # a log-in word as a piece of a hyphenated name
        "https://abc.workers.dev/",  # a kit's usual platform
    ],
)
def test_a_weak_sign_with_more_around_it_still_warns(judge: LinkJudge, url: str):
    (link,) = judge.judge(url).links
    assert link.verdict is Verdict.SUSPICIOUS, link.reasons


@pytest.mark.parametrize(
    "url",
    [
        # a plain name under the old generic endings, taken long ago by whoever came first
        "https://www.daiwa.com/",
        "https://monex.com/",
        "https://matsui.net/",
        # a name beside it: a person's or a business's
        "https://yuto-matsui.com/",
        "https://www.haranomura.jp/",
        "https://www.invastor.com/",
        # a trade beside the name
        "https://www.daiwahouse.co.jp/",
        "https://daiwa-fishing.com/",
        "https://nomura-dental.jp/",
        "https://matsui-clinic.com/",
        "https://monexmetals.com/",
        # registries that check who registers
        "https://www.city.mizuho.lg.jp/",
        "https://nomura.house.gov/",
        "https://daiwa.ac.jp/",
        "https://dmm.gov/",  # three letters: initials anyone may have
        # another country's business names
        "https://kabum.com.br/",
        # companies under co.jp, a group's own banks, cards and companies
        "https://www.nomura-system.co.jp/",
        "https://www.paypay-bank.co.jp/",
        "https://www.bank-daiwa.co.jp/",
        "https://www.daiwa-securities-living.co.jp/",
        "https://www.mizuho-rt.co.jp/",
        "https://www.iwaicosmo-hd.jp/",
    ],
)
def test_a_business_that_shares_a_brokers_name_is_not_flagged(judge: LinkJudge, url: str):
    (link,) = judge.judge(url).links
    assert link.verdict is Verdict.UNKNOWN, link.reasons


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        # a kit answering on random subdomains of one name, one page name per message
        ("https://adkquasi.wordy-example.com/tjzmhq", "link.random_label"),
        ("https://bzhnjzvoio.another-name.com/aipnhz", "link.random_label"),
        # letter pairs nearly no word has, and no word in it: one subdomain of a kit
        ("https://tzrkmoxa.another-name.tt/", "link.random_label"),
        ("https://lyqmtesa.another-name.com/", "link.random_label"),
        # a short code of mixed case as the whole path
        ("https://ordinary-name.com/djWKgB", "link.random_path"),
        ("https://ordinary-name.com/Si6b9x/", "link.random_path"),
        # digits, small letters and capitals all in one code: two changes are enough
        ("https://ordinary-name.com/7kqmRT", "link.random_path"),
        # on a made-up short name of letters and digits, a code of both cases is enough
        ("https://5kq2.com/abXYZW", "link.random_path"),
        # words run together as the one subdomain of a made-up short name
        ("https://everythingworksbetter.7hx3q.com/", "link.random_label"),
        # free dynamic-DNS names
        ("https://kinemaneity.xxuz.com/nonjapan/", "link.platform"),
        ("https://anything.ddns.net/", "link.platform"),
    ],
)
def test_a_kits_shapes_beyond_the_host_name_are_suspicious(judge: LinkJudge, url: str, reason: str):
    (link,) = judge.judge(url).links
    assert link.verdict is Verdict.SUSPICIOUS
    assert reason in [r.message_id for r in link.reasons]


@pytest.mark.parametrize(
    "url",
    [
        "https://blog.example.com/archive",
        "https://news.example.com/article",
        "https://cdn.example.com/images",
        "https://github.com/OpenAI",
        "https://x.com/MonexJP",
        "https://x.com/Osaka25",
        "https://en.wikipedia.org/wiki/Monex",
        "https://ja.wikipedia.org/wiki/Nomura_Holdings",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        # short names of real sites: a word or a brand with a number, one case in the path
        "https://9gag.com/trending",
        "https://4chan.org/NewsJP",
        "https://5kq2.com/abcdef",
        "https://www.7andi.com/ir/",
        "https://www.16fg.co.jp/NewsJP",
        "https://everythingworksbetter.example.com/",
        "https://shop.7hx3q.com/",
        # unusual real subdomains: abbreviations with a word in them, Japanese names
        "https://openvpn.kawamura-shop.com/",
        "https://backupmx.kawamura-shop.com/",
        "https://webmailx.kawamura-shop.com/",
        "https://mizuhofukushi.kawamura-shop.com/",
        # popular sites: words joined to abbreviations, a name beginning with a word
        # that a broker's name is misspelt in (natio- for naito, marksan for marusan)
        "https://smallpdf.com/",
        "https://www.appsflyer.com/",
        "https://www.expressvpn.com/",
        "https://www.nationalgeographic.com/",
        "https://www.marksandspencer.com/",
        # a government's own second level, even under a much-abused ending
        "https://www.chinatax.gov.cn/",
    ],
)
def test_real_pages_with_names_and_codes_are_not_flagged(judge: LinkJudge, url: str):
    (link,) = judge.judge(url).links
    assert link.verdict is Verdict.UNKNOWN, link.reasons


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://abc-def.workers.dev/", "link.platform"),
        ("https://secure.pages.dev/", "link.platform"),
        ("https://d1234abcd.cloudfront.net/", "link.platform"),
        ("https://bucket.s3.amazonaws.com/index.html", "link.platform"),
        ("https://myhost.duckdns.org/", "link.platform"),
        ("http://192.168.0.1/login", "link.ip_address"),
        ("http://3232235777/", "link.ip_address"),
        ("https://bit.ly/3abcd", "link.shortener"),
        ("https://kfjwqz.cn/", "link.random_label"),
        ("https://xqzvbkwe.com/login", "link.random_label"),
        ("http://www.example.com/", "link.http_not_encrypted"),
        ("https://secure-login-verify.com/", "link.login_words"),
        ("https://a.b.c.d.e.example.com/", "link.many_subdomains"),
        ("https://example.top/", "link.risky_tld"),
        ("https://sites.google.com/view/x", "link.user_content"),
        ("https://xn--80ak6aa92e.com/", "link.idn"),
        ("https://user@example.com/", "link.userinfo"),
        ("https://example.com:8443/", "link.unusual_port"),
        ("https://12345678.com/", "link.numeric_label"),
        # Generated names: letters with digits, long words cut short
        ("https://zt4kq9.com/", "link.random_label"),
        ("https://hyperventilationx.example.com/", "link.random_label"),
        ("https://acknowledgementsq.example.net/", "link.random_label"),
        # A random-looking subdomain on a random-looking name: both weak, together not
        ("https://qzvk.uoyqabes.net/", "link.random_label"),
    ],
)
def test_risky_shapes_are_suspicious(judge: LinkJudge, url: str, reason: str):
    links = judge.judge(url).links
    assert links[0].verdict is Verdict.SUSPICIOUS
    assert reason in [r.message_id for r in links[0].reasons]


@pytest.mark.parametrize(
    ("url", "note"),
    [
        ("https://www.rakuten-bank.co.jp/", "link.group"),
        ("https://www.netbk.co.jp/", "link.group"),
        ("https://www.dmm.com/", "link.group"),
        ("https://www.bk.mufg.jp/", "link.group"),
        ("https://www.daiwahouse.co.jp/", "link.unknown"),
        ("https://kabutan.jp/stock/?code=8473", "link.unknown"),
        ("https://minkabu.jp/", "link.unknown"),
        ("https://ja.wikipedia.org/wiki/SBI証券", "link.unknown"),
        ("https://money.com/", "link.unknown"),
        ("https://www.mitsui.com/", "link.unknown"),
        # Words run together and names that start with digits are not generated
        ("https://customerservice.example.com/", "link.unknown"),
        ("https://securitiesonline.example.com/", "link.unknown"),
        ("https://www.360buy.com/", "link.unknown"),
        ("https://www.md5online.org/", "link.unknown"),
        ("https://python3.example.com/", "link.unknown"),
        ("https://nikko.example.jp/", "link.unknown"),
        ("https://sbl.example.com/", "link.unknown"),
        ("https://news.nbcnews.com/", "link.unknown"),
        ("https://qzvk.uoyqabes.co.jp/", "link.unknown"),
        ("https://www.uoyqabes.net/", "link.unknown"),
        ("https://qzvk.example.com/", "link.unknown"),
    ],
)
def test_related_and_unrelated_sites_are_unknown_with_a_note(judge: LinkJudge, url: str, note: str):
    link = judge.judge(url).links[0]
    assert link.verdict is Verdict.UNKNOWN
    assert note in [r.message_id for r in link.reasons]


def test_systematic_permutations_are_caught_and_never_official(judge: LinkJudge):
    directory = broker_directory()
    official = {d for b in directory.brokers for d in b.registrable_domains}
    total = caught = 0
    for broker in directory.brokers:
        for domain in broker.registrable_domains:
            if any(h.endswith("." + domain) for h in broker.official_hosts):
                continue  # shared group domains: their variants are ordinary words
            for variant in permutations(domain) - official:
                links = judge.judge(f"https://{variant}/").links
                if not links:
                    continue
                total += 1
                assert links[0].verdict not in {Verdict.OFFICIAL, Verdict.BOOKMARKED}, variant
                caught += links[0].verdict in {Verdict.LOOKALIKE, Verdict.SUSPICIOUS}
    assert total > 4000
    assert caught / total >= 0.98, f"{caught}/{total}"


# --- whole messages -----------------------------------------------------------------


def test_a_message_naming_a_broker_but_linking_elsewhere_is_a_lookalike(judge: LinkJudge):
    sms = (
        "【SBI証券】重要なお知らせ お客様の口座が制限されました "
        "https://secure-info-jp.com/ よりご確認ください"
    )
    links = judge.judge(sms).links
    assert [(link.verdict.value, link.broker_id) for link in links] == [("lookalike", "sbi")]
    assert "link.lookalike_context" in [r.message_id for r in links[0].reasons]


def test_a_lure_message_without_a_brand_makes_an_unknown_link_suspicious(judge: LinkJudge):
    sms = "お客様のアカウントが停止されました。至急ご確認ください https://example.com/a"
    link = judge.judge(sms).links[0]
    assert link.verdict is Verdict.SUSPICIOUS
    assert "link.message_lure" in [r.message_id for r in link.reasons]


def test_a_message_with_several_links_gets_one_verdict_each(judge: LinkJudge):
    email = (
        "楽天証券からのお知らせ\n公式サイト: https://www.rakuten-sec.co.jp/\n"
        "こちらからログイン: hxxps://rakuten-sec[.]co[.]jp[.]login-check[.]top/\n"
    )
    links = judge.judge(email).links
    assert [link.verdict.value for link in links] == ["official", "lookalike"]


def test_japanese_text_glued_to_a_link_is_not_part_of_it(judge: LinkJudge):
    links = judge.judge("sbisec.co.jpにログインしてください").links
    assert [(link.url, link.verdict.value) for link in links] == [("sbisec.co.jp", "official")]


@pytest.mark.parametrize(
    "text",
    [
        "https://ja.wikipedia.org/wiki/楽天証券",
        "  https://ja.wikipedia.org/wiki/楽天証券\n",
        "https://ja.wikipedia.org/wiki/野村證券#歴史",
    ],
)
def test_an_address_with_a_japanese_path_pasted_alone_is_one_address(judge: LinkJudge, text: str):
    """An address bar shows a Japanese path as it is: pasted alone, the title is the path,
    not a message naming a broker."""
    (link,) = judge.judge(text).links
    assert link.url == text.strip()
    assert link.verdict is Verdict.UNKNOWN


def test_japanese_after_a_path_in_a_message_is_still_the_message(judge: LinkJudge):
    links = judge.judge("楽天証券です https://example.com/にログインしてください").links
    assert [(link.url, link.verdict.value) for link in links] == [
        ("https://example.com/", "lookalike")
    ]


def test_e_mail_addresses_and_file_names_are_not_links(judge: LinkJudge):
    assert judge.judge("support@sbisec.co.jp に report.pdf を送ってください").links == ()


def test_bookmarks_are_recognised_but_never_vouch_for_a_lookalike():
    judge = LinkJudge(
        broker_directory(),
        bookmarks=[
            new_bookmark("https://www.sbisec.co.jp/ETGate/", "SBI", "sbi"),
            new_bookmark("https://my-broker.example.co.jp/", "My broker"),
            new_bookmark("https://sbisec.co.jp.account-verify.com/", "phished"),
        ],
    )
    assert verdict_of(judge, "https://www.sbisec.co.jp/x") == ("bookmarked", "sbi")
    assert verdict_of(judge, "https://my-broker.example.co.jp/") == ("bookmarked", None)
    assert verdict_of(judge, "https://sbisec.co.jp.account-verify.com/") == ("lookalike", "sbi")


# --- robustness ---------------------------------------------------------------------


def test_a_1mb_paste_is_cut_with_a_note(judge: LinkJudge):
    paste = ("お知らせ https://www.sbisec.co.jp/ " * 40_000)[: 1024 * 1024]
    result = judge.judge(paste)
    assert result.truncated
    assert [note.message_id for note in result.notes] == ["link.truncated"]
    assert len(result.links) <= 500


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_is_judged_without_an_exception(text: str):
    result = LinkJudge(broker_directory()).judge(text)
    for link in result.links:
        assert link.verdict in set(Verdict)
        assert link.reasons


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "https://",
                "http://",
                "hxxps://",
                "www.",
                "sbisec",
                ".co.jp",
                "[.]",
                "/",
                "@",
                "ｓｂｉ",
                "xn--",
                "-",
                "。",
                "証券",
                " ",
                "\n",
                "%",
                ":",
                "8080",
                "ѕ",
            ]
        ),
        max_size=12,
    )
)
def test_url_like_fragments_never_crash_the_extractor(parts: list[str]):
    text = "".join(parts)
    extraction = extract_links(text)
    assert len(extraction.text) <= MAX_TEXT_CHARS
    LinkJudge(broker_directory()).judge(text)


_HOSTS = st.sampled_from(
    [
        "www.sbisec.co.jp",
        "sbisec.co.jp.account-verify.com",
        "nomura-ssl.com",
        "daiwa.com",
        "mionexmailera.com",
        "adkquasi.wordy-example.com",
        "kinemaneity.xxuz.com",
        "example.com",
        "www.city.mizuho.lg.jp",
        "matsui.xkqzvbwt.com",
    ]
)
_PATHS = st.sampled_from(["", "/", "/ETGate/", "/tjzmhq", "/djWKgB", "/rakuten", "/@sbisec.co.jp"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_HOSTS, _PATHS), min_size=1, max_size=12))
def test_what_the_judge_keeps_between_addresses_never_changes_a_verdict(
    judge: LinkJudge, links: list[tuple[str, str]]
):
    """The kept findings (a fast path for repeated hosts) agree with a judge that has
    seen nothing yet, in any order."""
    for host, path in links:
        url = f"https://{host}{path}"
        assert judge.judge_url(url) == LinkJudge(broker_directory()).judge_url(url)


def test_the_most_abused_endings_are_among_the_risky_ones():
    from secguard.core.links.shape import MOST_ABUSED_TLDS, RISKY_TLDS

    assert MOST_ABUSED_TLDS <= RISKY_TLDS


@pytest.mark.parametrize(
    ("url", "dangerous"),
    [
        ("https://qzvkxwtb.example.tt/", True),  # a kit's throw-away subdomain
        ("https://lfxqzvdm.shop-example.com/", True),
        ("https://english.example.com/", False),  # named subdomains
        ("https://customers.example.com/", False),
        ("https://tokyo.example.co.jp/", False),
    ],
)
def test_a_subdomain_that_reads_as_no_word_is_a_kits(judge: LinkJudge, url: str, dangerous: bool):
    (link,) = judge.judge(url).links
    assert link.dangerous is dangerous, link.reasons


@pytest.mark.parametrize(
    ("url", "verdict"),
    [
        ("https://etgate-jp.example.com/", "lookalike"),  # SBI's log-in path word
        ("https://hometradenomura2.com/", "lookalike"),  # Nomura's, with the name
        ("https://www.hometrade.example.com/", "unknown"),  # two ordinary words alone
    ],
)
def test_a_brokers_log_in_path_word_in_a_host_name(judge: LinkJudge, url: str, verdict: str):
    (link,) = judge.judge(url).links
    assert link.verdict.value == verdict, link.reasons


@pytest.mark.parametrize(
    ("url", "dangerous"),
    [
        # one letter left out of the broker's name, under the broker's own ending
        ("https://kab.com/", True),
        ("https://matsu.co.jp/", True),
        ("https://kab.de/", False),  # elsewhere, three letters are anybody's
        # a name's initials are no random letters; a kit's longer ones are
        ("https://www.bcdfg.org/", False),
        ("https://www.xqzvbkt.com/", True),
        # a company's own services under its name, and a registered company's initials
        ("https://paypayfleamarketplace.example.co.jp/", False),
        ("https://cf.r.somegameproject.example.com/", False),
        ("https://www.smbczq.co.jp/", False),
        # the real ending is not part of a name: marukabu.co.jp is not kabu.co.jp
        ("https://www.marukabu.co.jp/", False),
        ("https://kabu-co-jp.example.com/", True),
        # ordinary words run together are no typo (clicksend is not click-sec)
        ("https://rest.clicksend.com/", False),
    ],
)
def test_short_names_initials_and_company_services(judge: LinkJudge, url: str, dangerous: bool):
    (link,) = judge.judge(url).links
    assert link.dangerous is dangerous, link.reasons


@pytest.mark.parametrize(
    ("url", "dangerous"),
    [
        # two letters slipped into a broker's name at the start of a longer one
        ("https://mionerxpalace.com/", True),
        ("https://moneyexchange.example.com/", False),  # begins with a word
        # a kit's entry page on a hijacked site
        ("https://example-shop.com/jp", True),
        ("https://www.example-shop.com/co.jp/", True),
        ("https://www.example-shop.com/jp/", False),  # a Japanese section goes on
        ("https://www.example-shop.com/jp/products", False),
        ("https://shop.example.co.jp/jp", False),  # a Japanese site
        # a subdomain written out of log-in and address words
        ("https://www-verify-jp.example.com/mon", True),
        ("https://www-jp.example.com/", True),
        ("https://www-en.example.com/", False),
    ],
)
def test_august_2025_kit_shapes(judge: LinkJudge, url: str, dangerous: bool):
    (link,) = judge.judge(url).links
    assert link.dangerous is dangerous, link.reasons


@pytest.mark.parametrize(
    ("url", "dangerous"),
    [
        # a broker's name misspelt as a whole subdomain (moenix for monex)
        ("https://moenix.example-names.com/dividends", True),
        ("https://sbisecc.example-names.com/", True),
        ("https://money.example-names.com/", False),  # a word
        ("https://mountain.example-names.com/", False),
        # a path in look-alike letters
        ("https://hotel-example.com/%F0%9D%99%B4%F0%9D%9A%83%F0%9D%99%B6/", True),
        ("https://hotel-example.com/%E6%97%A5%E6%9C%AC/", False),  # Japanese is no disguise
        # log-in words as a subdomain in front of a log-in page
        ("https://sec-sso.example-names.com/loginweb/", True),
        ("https://sso-redirect.example-names.com/loginweb/?gmo", True),
        ("https://sso-help.example-names.com/articles/", False),
    ],
)
def test_september_2025_kit_shapes(judge: LinkJudge, url: str, dangerous: bool):
    (link,) = judge.judge(url).links
    assert link.dangerous is dangerous, link.reasons


@pytest.mark.parametrize(
    ("url", "broker"),
    [
        # a misspelling as one part of a longer name or under another ending: a caution
        ("https://mionexmailera.com/", "monex"),
        ("https://diawahaiwasu.net/", "daiwa"),
        ("https://moneix.example-tours.org/", "monex"),
        ("https://okaasan.net/", "okasan"),
    ],
)
def test_a_misspelling_inside_a_longer_name_is_a_caution(judge: LinkJudge, url: str, broker: str):
    (link,) = judge.judge(url).links
    assert (link.verdict, link.broker_id) == (Verdict.SUSPICIOUS, broker), link.reasons


@pytest.mark.parametrize(
    ("url", "dangerous"),
    [
        ("https://example-shop.com/sp/login/?xNyDKcS8MQOkimaV9hJzWoF6", True),
        ("https://example-shop.com/sp/login/?state=xNyDKcS8MQOkimaV9hJzWoF6", False),
        ("https://example-shop.com/news/?page2", False),
    ],
)
def test_a_bare_token_as_the_whole_query_is_a_kits_code(
    judge: LinkJudge, url: str, dangerous: bool
):
    (link,) = judge.judge(url).links
    assert link.dangerous is dangerous, link.reasons


@pytest.mark.parametrize(
    "url",
    [
        "https://www.xqzgroup.com/",  # a company's initials and a trade word
        "https://www.kabuka-example.jp.net/",  # a name sold under a second level
        "https://www.chem-example.com.cn/",  # a firm under China's business names
        "https://www.securenet.co.jp/members/",  # a weak sign under a company's co.jp
    ],
)
def test_company_names_and_registries_are_no_alarm(judge: LinkJudge, url: str):
    (link,) = judge.judge(url).links
    assert link.verdict is Verdict.UNKNOWN, link.reasons


def test_the_same_signs_outside_those_registries_still_warn(judge: LinkJudge):
    assert judge.judge("https://www.chem-example.cn/").links[0].dangerous  # .cn alone
    assert judge.judge("https://www.xqzvbkt.com/").links[0].dangerous  # no trade word


@pytest.mark.parametrize(
    ("url", "broker"),
    [
        ("https://rakutem-scc.co.jp/", "rakuten"),  # n read as m, e as c
        ("https://www.maito-see.co.jp/", "naito"),
        ("https://okasam-omline.co.jp/", "okasan"),
    ],
)
def test_two_look_alike_letters_under_co_jp_are_a_typo(judge: LinkJudge, url: str, broker: str):
    (link,) = judge.judge(url).links
    assert link.dangerous, link.reasons
    assert link.broker_id == broker


def test_look_alike_letters_are_the_same_length_and_only_those_letters():
    assert look_alike_letters("rakutcmscc", "rakutensec")
    assert not look_alike_letters("rakutensec", "rakutensec")
    assert not look_alike_letters("rakutenssl", "rakutensec")
    assert not look_alike_letters("rakutensecc", "rakutensec")


@pytest.mark.parametrize(
    ("url", "broker", "official"),
    [
        # Two look-alike swaps each (dnstwist's homoglyph fuzzer makes these): n for m and
        # r for n, rr for m, lc then e for k, d then dl for b.
        ("https://ronura.co.jp/", "nomura", "nomura"),
        ("https://nonrura.co.jp/", "nomura", "nomura"),
        ("https://rronex.co.jp/", "monex", "monex"),
        ("https://tokaitoleyo.co.jp/", "tokai-tokyo", "tokaitokyo"),
        ("https://sdlisec.co.jp/", "sbi", "sbisec"),
        ("https://raleuten-sec.co.jp/", "rakuten", "rakuten-sec"),
    ],
)
def test_an_official_name_in_look_alike_letters_is_an_imitation(
    judge: LinkJudge, url: str, broker: str, official: str
):
    (link,) = judge.judge(url).links
    assert link.verdict is Verdict.LOOKALIKE, link.reasons
    assert link.broker_id == broker
    (reason,) = [r for r in link.reasons if r.message_id == "link.lookalike_letters"]
    assert reason.params["official"] == official


def test_look_alike_letters_elsewhere_are_a_caution_and_a_shop_abroad_none(judge: LinkJudge):
    # Under another ending the whole name in look-alike letters still warns, as a caution;
    # under another country's business names (com.br) it is a local shop's.
    (link,) = judge.judge("https://ronura.net/").links
    assert link.verdict is Verdict.SUSPICIOUS
    assert [r.message_id for r in link.reasons] == ["link.lookalike_letters"]
    assert judge.judge("https://ronura.com.br/").links[0].verdict is Verdict.UNKNOWN


def test_look_alike_spellings_are_one_or_two_swaps_and_never_the_name():
    spellings = look_alike_spellings("monex")
    assert {"rnonex", "rronex", "nomex", "m0nex", "moncx"} <= spellings
    assert "monex" not in spellings
    assert "rnomcx" not in spellings  # three swaps: rn for m, m for n, c for e
    assert look_alike_spellings("monex", swaps=1) < spellings


@pytest.mark.parametrize(
    "url",
    [
        "https://payment-sec.com/",
        "https://www-sec.co.jp/",
        "https://https-www-sec.net/",
        "https://www-online.co.jp/",
        "https://click-payment.com/",
    ],
)
def test_a_name_made_only_of_log_in_words_and_sec_warns(judge: LinkJudge, url: str):
    (link,) = judge.judge(url).links
    assert link.verdict is Verdict.SUSPICIOUS, link.reasons
    assert [r.message_id for r in link.reasons] == ["link.address_words"]


@pytest.mark.parametrize(
    "url",
    [
        "https://cyber-sec.com/",  # a trade word beside "sec": a security firm's name
        "https://sec.gov/",  # one piece: no name made of pieces
        "https://www.payment.com/",
        "https://online-shop.co.jp/",
    ],
)
def test_a_name_with_a_word_of_its_own_beside_sec_is_no_log_in_address(judge: LinkJudge, url: str):
    (link,) = judge.judge(url).links
    assert "link.address_words" not in [r.message_id for r in link.reasons]


def test_log_in_words_and_sec_under_a_checked_registry_stay_a_caution(judge: LinkJudge):
    (link,) = judge.judge("https://click-sec.gov/").links
    assert link.verdict is Verdict.SUSPICIOUS
    assert "link.address_words" not in [r.message_id for r in link.reasons]


def test_two_checks_that_find_the_same_thing_say_it_once(judge: LinkJudge):
    # A generated name (letters with digits) and a phrase as its one subdomain: both
    # checks call the name random; the person reads it once.
    (link,) = judge.judge("https://everythingworksbetter.qc8wbk.com/").links
    assert link.verdict is Verdict.SUSPICIOUS
    assert [r.message_id for r in link.reasons].count("link.random_label") == 1
