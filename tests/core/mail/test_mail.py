"""Judging a saved e-mail: the sender, its provider's checks, and every link."""

from __future__ import annotations

import email.policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secguard.core.links import Verdict
from secguard.core.mail import MAX_MAIL_BYTES, InvalidMail, MailJudge, SenderVerdict
from secguard.core.mail.read import Anchor, read_mail, read_mail_file
from secguard.core.mail.sender import parse_authentication
from secguard.resources import broker_directory
from tests.core.mail.build_fixtures import FIXTURE_BUILDERS

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def judge() -> MailJudge:
    return MailJudge(broker_directory())


def ids(reasons) -> list[str]:
    return [r.message_id for r in reasons]


def test_committed_fixtures_are_what_the_builder_writes():
    for name, build in FIXTURE_BUILDERS.items():
        assert (FIXTURES / name).read_bytes() == build(), name


def test_genuine_broker_mail_with_passing_dmarc_is_official(judge):
    result = judge.judge_file(FIXTURES / "genuine_dmarc_pass.eml")
    assert result.sender.verdict is SenderVerdict.OFFICIAL
    assert result.sender.broker_id == "sbi"
    assert ids(result.sender.reasons) == ["mail.sender_verified"]
    auth = result.sender.authentication
    assert (auth.spf, auth.dkim, auth.dmarc) == ("pass", "pass", "pass")
    verdicts = {link.url: link.verdict for link in result.links}
    # The broker's own, verified mail: its app link is not "a fake of SBI証券".
    assert verdicts == {
        "https://www.sbisec.co.jp/ETGate/": Verdict.OFFICIAL,
        "https://apps.apple.com/jp/app/id1234567890": Verdict.UNKNOWN,
    }


def test_quoted_printable_and_base64_bodies_are_decoded():
    mail = read_mail_file(FIXTURES / "genuine_dmarc_pass.eml")
    plain, html = mail.texts
    assert "取引報告書を電子交付いたしました" in plain  # quoted-printable UTF-8
    assert "ご利用いただき" in html  # base64 UTF-8 HTML
    assert "never run" not in html  # a script's text is no visible text
    assert "color" not in html


def test_spoofed_broker_with_failing_dmarc_is_a_fake_sender(judge):
    result = judge.judge_file(FIXTURES / "spoofed_dmarc_fail.eml")
    assert result.sender.verdict is SenderVerdict.LOOKALIKE
    assert result.sender.broker_id == "rakuten"
    assert ids(result.sender.reasons)[0] == "mail.auth_failed_broker"
    assert result.sender.reasons[0].params["method"] == "dmarc"
    # The sender's own "dmarc=pass" header below the provider's is not read.
    assert result.sender.authentication.dmarc == "fail"
    assert [link.verdict for link in result.links] == [Verdict.LOOKALIKE]


def test_only_the_topmost_authentication_results_counts(judge):
    data = (FIXTURES / "spoofed_dmarc_fail.eml").read_bytes()
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    # Both Authentication-Results values are folded over two lines each.
    starts = [i for i, line in enumerate(lines) if line.startswith(b"Authentication-Results")]
    first = lines[starts[0] : starts[1]]
    end = next(i for i in range(starts[1] + 1, len(lines)) if not lines[i][:1].isspace())
    second = lines[starts[1] : end]
    swapped = b"\r\n".join([*second, *first, *lines[end:]]) + b"\r\n\r\n" + body
    result = judge.judge_bytes(swapped)
    assert result.sender.authentication.dmarc == "pass"
    assert result.sender.verdict is SenderVerdict.OFFICIAL


def test_display_name_naming_a_broker_over_another_address(judge):
    result = judge.judge_file(FIXTURES / "display_name_trick.eml")
    assert result.sender.verdict is SenderVerdict.LOOKALIKE
    assert result.sender.broker_id == "monex"
    assert ids(result.sender.reasons) == [
        "mail.name_names_broker",
        "mail.reply_to_differs",
        "mail.return_path_differs",
    ]
    auth = result.sender.authentication
    assert (auth.spf, auth.dkim, auth.dmarc) == (None, None, None)


@pytest.mark.parametrize(
    ("name", "broker"),
    [
        ('"SBI 証券"', "sbi"),  # a space between the name and 証券
        ('"楽天 証券"', "rakuten"),
        ('"\uff33\uff22\uff29\u3000証券"', "sbi"),  # full width, with an ideographic space
        ('"info@rakuten-sec.co.jp"', "rakuten"),  # the broker's address as the name
    ],
)
def test_display_name_written_apart_or_as_an_address(judge, name: str, broker: str):
    data = f"From: {name} <x@mail-notice.com>\r\nSubject: s\r\n\r\nhi\r\n".encode()
    result = judge.judge_bytes(data)
    assert (result.sender.verdict, result.sender.broker_id) == (SenderVerdict.LOOKALIKE, broker)


def test_a_second_sender_makes_a_verified_broker_mail_suspicious(judge):
    data = (
        b"From: =?utf-8?b?U0JJ6Ki85Yi4?= <info@sbisec.co.jp>\r\n"
        b"From: attacker <x@evil.example>\r\n"
        b"Authentication-Results: mx.google.com; dmarc=pass header.from=sbisec.co.jp\r\n"
        b"Subject: s\r\n\r\nhi\r\n"
    )
    sender = judge.judge_bytes(data).sender
    assert sender.verdict is SenderVerdict.SUSPICIOUS
    assert "mail.several_senders" in ids(sender.reasons)


def test_display_name_showing_only_a_broker_address(judge):
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = '"www.sbisec.co.jp" <info@notice-desk.example.com>'
    message["Subject"] = "お知らせ"
    message.set_content("本文\n")
    result = judge.judge_bytes(message.as_bytes())
    assert result.sender.verdict is SenderVerdict.LOOKALIKE
    assert result.sender.broker_id == "sbi"


def test_html_link_showing_a_broker_address_that_goes_elsewhere(judge):
    result = judge.judge_file(FIXTURES / "href_mismatch.eml")
    assert len(result.links) == 1  # the shown address is no link; mailto: is none
    link = result.links[0]
    assert link.url == "https://login-check.example.net/m/"
    assert link.verdict is Verdict.LOOKALIKE
    assert link.broker_id == "matsui"
    assert link.reasons[0].message_id == "mail.link_text_differs"
    assert dict(link.reasons[0].params) == {
        "shown": "www.matsui.co.jp",
        "host": "login-check.example.net",
    }
    assert "link.unknown" not in ids(link.reasons)


def test_link_text_naming_no_broker_that_goes_elsewhere_is_suspicious(judge):
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = "news@shop-news.example"
    message.set_content(
        '<a href="https://tracker.example.org/x">https://www.example.com/</a>', "html"
    )
    result = judge.judge_bytes(message.as_bytes())
    assert [(link.verdict, link.reasons[0].message_id) for link in result.links] == [
        (Verdict.SUSPICIOUS, "mail.link_text_differs")
    ]


@pytest.mark.parametrize(
    ("href", "base"),
    [
        ("//sbisec.co.jp.account-verify.com/login", ""),  # scheme-relative: https there
        ("h&#9;ttps://sbisec.co.jp.account-verify.com/", ""),  # a browser drops the tab
        ("ht&#10;tps://evil.example/", ""),
        ("javascript:location='https://evil.example/'", ""),
        ("data:text/html,login", ""),
        ("login.html", ""),  # relative, no base: no site of the broker's
        ("login.html", "https://evil.example/"),  # relative to a <base href>
    ],
)
def test_words_showing_a_broker_address_over_a_link_elsewhere_are_never_official(
    judge, href: str, base: str
):
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = "info@mail-notice.example"
    base_tag = f'<base href="{base}">' if base else ""
    message.set_content(f'{base_tag}<a href="{href}">https://www.sbisec.co.jp/</a>', "html")
    result = judge.judge_bytes(message.as_bytes())
    assert result.links, href
    assert all(link.verdict not in (Verdict.OFFICIAL, Verdict.BOOKMARKED) for link in result.links)
    assert any(
        link.verdict is Verdict.LOOKALIKE and link.broker_id == "sbi" for link in result.links
    ), [(link.url, link.verdict) for link in result.links]


def test_padding_after_a_link_hides_nothing(judge):
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = "info@mail-notice.example"
    message.set_content(
        '<p><a href="https://sbisec.co.jp.account-verify.com/login">https://www.sbisec.co.jp/</a>'
        '</p><div style="display:none">' + "x " * 110_000 + "</div>",
        "html",
    )
    result = judge.judge_bytes(message.as_bytes())
    assert [(link.host, link.verdict) for link in result.links] == [
        ("sbisec.co.jp.account-verify.com", Verdict.LOOKALIKE)
    ]


def test_link_text_of_the_same_site_is_no_trick(judge):
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = "news@shop-news.example"
    message.set_content('<a href="https://www.monex.co.jp/login">monex.co.jp</a>', "html")
    result = judge.judge_bytes(message.as_bytes())
    assert [link.verdict for link in result.links] == [Verdict.OFFICIAL]


def test_iso_2022_jp_message(judge):
    mail = read_mail_file(FIXTURES / "iso_2022_jp.eml")
    assert mail.subject == "野村證券　サービスのご案内"
    assert mail.from_name == "野村證券"
    assert "新しいサービス" in mail.texts[0]
    result = judge.judge_content(mail)
    assert result.sender.verdict is SenderVerdict.OFFICIAL
    assert result.sender.broker_id == "nomura"
    assert [(link.url, link.verdict) for link in result.links] == [
        ("https://www.nomura.co.jp/", Verdict.OFFICIAL)
    ]


def test_malformed_headers_are_read_as_far_as_they_go(judge):
    result = judge.judge_file(FIXTURES / "malformed_header.eml")
    assert ids(result.notes) == ["mail.malformed"]
    assert result.sender.broker_id == "rakuten"
    assert result.sender.verdict is SenderVerdict.SUSPICIOUS  # spf=softfail for a broker
    assert result.sender.authentication.spf == "softfail"
    assert [link.verdict for link in result.links] == [Verdict.LOOKALIKE]


def test_a_large_attachment_is_skipped_not_judged(judge, tmp_path):
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = "SBI証券 <info@sbisec.co.jp>"
    message["Subject"] = "添付ファイル"
    message.set_content("https://www.sbisec.co.jp/\n")
    message.add_attachment(
        b"%PDF-1.7 " * (10 * 1024 * 1024 // 9), maintype="application", subtype="pdf"
    )
    # A text attachment is a file, not the message: its links are not the mail's.
    message.add_attachment("https://evil.example.com/\n", filename="notes.txt")
    path = tmp_path / "large.eml"
    path.write_bytes(message.as_bytes())
    assert path.stat().st_size > 10 * 1024 * 1024
    result = judge.judge_file(path)
    assert [link.url for link in result.links] == ["https://www.sbisec.co.jp/"]


def test_a_file_over_the_cap_is_refused_before_it_is_read(judge, tmp_path):
    path = tmp_path / "huge.eml"
    with path.open("wb") as file:
        file.truncate(MAX_MAIL_BYTES + 1)  # sparse: nothing is written
    with pytest.raises(InvalidMail) as raised:
        judge.judge_file(path)
    assert raised.value.message_id == "mail.too_large"
    assert raised.value.params == {"megabytes": "25"}
    with pytest.raises(InvalidMail):
        read_mail(b"From: a@b.example\r\n\r\n" + b"x" * MAX_MAIL_BYTES)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64,
        b"",
        b"just some words, no headers at all\n",
        b"%PDF-1.7\n1 0 obj\n",
    ],
)
def test_what_is_not_an_email_is_refused(judge, tmp_path, data):
    path = tmp_path / "file.eml"
    path.write_bytes(data)
    with pytest.raises(InvalidMail) as raised:
        judge.judge_file(path)
    assert raised.value.message_id == "mail.not_email"


def _nested_multipart(depth: int) -> bytes:
    head = b"From: a@example.com\r\nMIME-Version: 1.0\r\n"
    body = b"https://www.example.com/\r\n"
    for level in reversed(range(depth)):
        boundary = f"b{level}".encode()
        body = (
            b"Content-Type: multipart/mixed; boundary="
            + boundary
            + b"\r\n\r\n--"
            + boundary
            + b"\r\n"
            + body
            + b"\r\n--"
            + boundary
            + b"--\r\n"
        )
    return head + body


@pytest.mark.parametrize(
    "data",
    [
        # a charset whose codec raises UnicodeError, not LookupError
        b'From: a@example.com\r\nContent-Type: text/plain; charset="idna"\r\n\r\nhi\r\n',
        b'From: a@example.com\r\nContent-Type: text/plain; charset="undefined"\r\n\r\nhi\r\n',
        # nested thousands deep: the email package recurses
        _nested_multipart(1000),
        b"From: " + b"(" * 1000 + b")" * 1000 + b" <x@e.example>\r\n\r\nhi\r\n",
    ],
)
def test_hostile_structure_is_judged_or_refused_never_a_crash(judge, data: bytes):
    refused = None
    try:
        judge.judge_bytes(data)
    except InvalidMail as error:
        refused = error.message_id
    assert refused in {None, "mail.not_email"}


def test_a_header_of_thousands_of_encoded_words_is_cut_and_said_so(judge):
    subject = b"=?utf-8?B?5qW95aSp?= " * 30_000  # 690 KB: Python's parser is quadratic on it
    data = b"From: x@evil.example\r\nSubject: " + subject + b"\r\n\r\nhttps://example.com/\r\n"
    result = judge.judge_bytes(data)
    assert result.notes[-1].message_id == "mail.malformed"
    assert [link.host for link in result.links] == ["example.com"]
    assert read_mail(data).from_address == "x@evil.example"


@pytest.mark.parametrize(
    "data",
    [
        # a NUL that the sender wrote into the body: the mail is still judged
        (
            b"From: x@evil.example\r\nContent-Type: text/html\r\n\r\n"
            b'<a href="https://sbisec.co.jp.account-verify.com/\x00">https://www.sbisec.co.jp/</a>'
        ),
        # a byte-order mark that a Windows tool put before the headers
        b"\xef\xbb\xbfFrom: x@evil.example\r\n\r\nhttps://sbisec.co.jp.account-verify.com/\r\n",
    ],
)
def test_a_nul_in_the_body_or_a_bom_before_the_headers_is_still_judged(judge, data: bytes):
    result = judge.judge_bytes(data)
    assert any(link.verdict is Verdict.LOOKALIKE for link in result.links)


def test_comments_in_authentication_results_however_deep():
    nested = "(" * 50_000 + "x" + ")" * 50_000
    parsed = parse_authentication(f"mx.example.jp; {nested} dmarc=pass header.from=sbisec.co.jp")
    assert parsed.dmarc == "pass"
    unclosed = parse_authentication("mx.example.jp; spf=pass (unclosed comment; dmarc=fail")
    assert (unclosed.spf, unclosed.dmarc) == ("pass", "fail")


def test_a_missing_file_or_a_folder(judge, tmp_path):
    with pytest.raises(InvalidMail) as raised:
        judge.judge_file(tmp_path / "absent.eml")
    assert raised.value.message_id == "mail.unreadable"
    assert raised.value.params == {"name": "absent.eml"}
    with pytest.raises(InvalidMail) as raised:
        judge.judge_file(tmp_path)
    assert raised.value.message_id == "mail.not_email"


def test_authentication_results_parsing():
    parsed = parse_authentication(
        "mx.example; dkim=fail (bad sig) header.d=a.example; dkim=pass header.d=b.example;"
        " spf=pass (example: domain of (nested) x designates) smtp.mailfrom=a.example;"
        " arc=pass; dmarc=fail (p=NONE) header.from=a.example"
    )
    assert (parsed.spf, parsed.dkim, parsed.dmarc) == ("pass", "pass", "fail")
    assert parsed.authserv_id == "mx.example"
    assert (parsed.spf_domain, parsed.dkim_domains, parsed.dmarc_domain) == (
        "a.example",
        ("b.example",),
        "a.example",
    )
    assert parse_authentication("mx.example; none") == parse_authentication("mx.example")
    assert parse_authentication("mx.example 1; SPF=SoftFail").spf == "softfail"
    assert parse_authentication(None).dmarc is None


def test_a_verified_broker_mail_whose_replies_go_elsewhere_is_suspicious(judge):
    message = EmailMessage(policy=email.policy.SMTP)
    message["Authentication-Results"] = "mx.example; dmarc=pass header.from=matsui.co.jp"
    message["From"] = "info@matsui.co.jp"
    message["Reply-To"] = "help@desk.example.com"
    message.set_content("text\n")
    result = judge.judge_bytes(message.as_bytes())
    assert result.sender.verdict is SenderVerdict.SUSPICIOUS
    assert ids(result.sender.reasons) == ["mail.sender_verified", "mail.reply_to_differs"]


def test_unverified_broker_address_is_unknown_and_a_stranger_is_unknown(judge):
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = "info@matsui.co.jp"
    message.set_content("text\n")
    result = judge.judge_bytes(message.as_bytes())
    assert result.sender.verdict is SenderVerdict.UNKNOWN
    assert ids(result.sender.reasons) == ["mail.sender_unverified"]
    del message["From"]
    message["From"] = "friend@mail.example.com"
    assert judge.judge_bytes(message.as_bytes()).sender.verdict is SenderVerdict.UNKNOWN
    del message["From"]
    assert ids(judge.judge_bytes(message.as_bytes()).sender.reasons) == ["mail.no_sender"]


_PIECES = st.sampled_from(
    [
        b"From: ",
        b"Reply-To: ",
        b"Return-Path: ",
        b"Authentication-Results: ",
        b"Content-Type: ",
        b"Content-Transfer-Encoding: ",
        b"\r\n",
        b"--b\r\n",
        b"multipart/mixed; boundary=b",
        b"text/html; charset=",
        b"base64",
        b"quoted-printable",
        b"=?utf-8?B?",
        b"?=",
        b"<a href=",
        b"(",
        b";",
        b"@",
        b"<",
        b'"',
        b"dmarc=fail",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.binary(max_size=12)), max_size=40))
def test_hostile_bytes_are_judged_or_refused_never_a_crash(judge, parts):
    data = b"From: a@b.example\r\n" + b"".join(parts)
    refusal = None
    try:
        result = judge.judge_bytes(data)
    except InvalidMail as refused:
        refusal = refused.message_id
    else:
        assert result.sender.verdict in SenderVerdict
    assert refusal in {None, "mail.not_email"}


def test_passes_for_another_domain_do_not_verify_a_broker_address(judge):
    # SPF and DKIM pass for the sender's own domain, no DMARC verdict: the From is not
    # verified by them (a phishing kit's own domain passes its own checks).
    message = EmailMessage(policy=email.policy.SMTP)
    message["Authentication-Results"] = (
        "mx.example; spf=pass smtp.mailfrom=bounce@kit-mailer.example.com;"
        " dkim=pass header.d=kit-mailer.example.com"
    )
    message["From"] = "info@sbisec.co.jp"
    message.set_content("text\n")
    result = judge.judge_bytes(message.as_bytes())
    assert result.sender.verdict is SenderVerdict.UNKNOWN
    assert ids(result.sender.reasons) == ["mail.sender_unverified"]
    aligned = message.as_bytes().replace(b"kit-mailer.example.com", b"mail.sbisec.co.jp")
    verified = judge.judge_bytes(aligned).sender
    assert verified.verdict is SenderVerdict.OFFICIAL
    assert verified.reasons[0].params["method"] == "spf, dkim"


def test_a_dmarc_pass_for_another_from_domain_does_not_count(judge):
    message = EmailMessage(policy=email.policy.SMTP)
    message["Authentication-Results"] = "mx.example; dmarc=pass header.from=kit.example.com"
    message["From"] = "info@matsui.co.jp"
    message.set_content("text\n")
    assert judge.judge_bytes(message.as_bytes()).sender.verdict is SenderVerdict.UNKNOWN


def _base64_mail(lines: list[str], content_type: str = "text/plain") -> bytes:
    head = (
        "From: info@example.com\r\nTo: you@example.jp\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: {content_type}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    )
    return (head + "\r\n".join(lines) + "\r\n").encode("ascii")


def _lines(text: str) -> list[str]:
    import base64

    encoded = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return [encoded[i : i + 76] for i in range(0, len(encoded), 76)]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda ls: [ls[0] + "A", *ls[1:]], id="a stray letter on the first line"),
        pytest.param(lambda ls: [ls[0] + "*", *ls[1:]], id="a character no base64 has"),
        pytest.param(lambda ls: [ls[0][:-1] + "=", *ls[1:]], id="padding in the middle"),
        pytest.param(lambda ls: [*ls[:-1], ls[-1][:-1]], id="the last character cut"),
    ],
)
def test_damaged_base64_is_read_as_forgiving_mail_readers_read_it(judge, damage):
    link = "https://sbisec-kakunin.example.com/login"
    text = "ご確認ください。" * 8 + f"\nこちらから {link} 本人確認\n"
    data = _base64_mail(damage(_lines(text)))
    result = judge.judge_bytes(data)
    assert link in [found.url for found in result.links]
    assert read_mail(data).malformed


def test_sound_base64_is_read_once(judge):
    text = "こちらから https://sbisec-kakunin.example.com/login 本人確認\n"
    mail = read_mail(_base64_mail(_lines(text)))
    assert mail.texts == (text,)
    assert not mail.malformed


def test_damaged_base64_html_gives_its_link_once(judge):
    html = "<p>" + "ご確認ください。" * 8 + '</p><a href="https://kit.example.com/a">ログイン</a>'
    lines = _lines(html)
    mail = read_mail(_base64_mail([lines[0] + "*", *lines[1:]], "text/html"))
    assert len(mail.texts) == 2  # both readings
    assert mail.anchors == (Anchor("https://kit.example.com/a", "ログイン"),)


@pytest.mark.parametrize(
    ("html", "url"),
    [
        pytest.param(
            '<img usemap="#m" src="cid:x"><map name="m">'
            '<area shape="rect" coords="0,0,9,9" href="https://kit.example.com/area"'
            ' alt="ログイン">'
            "</map>",
            "https://kit.example.com/area",
            id="a region of a picture",
        ),
        pytest.param(
            '<form action="https://kit.example.com/post" method="post">'
            '<input name="password" type="password"><button>ログイン</button></form>',
            "https://kit.example.com/post",
            id="a form in the mail",
        ),
        pytest.param(
            '<meta http-equiv="Refresh" content="0; URL=\'https://kit.example.com/go\'">',
            "https://kit.example.com/go",
            id="a page that moves on by itself",
        ),
        pytest.param(
            '<base href="https://kit.example.com/"/><a href="login">ログイン</a>',
            "https://kit.example.com/login",
            id="a self-closed base",
        ),
    ],
)
def test_every_place_an_html_mail_sends_the_reader_is_judged(judge, html: str, url: str):
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = "info@example.com"
    message["Subject"] = "x"
    message.set_content(html, subtype="html")
    result = judge.judge_bytes(message.as_bytes())
    assert url in [link.url for link in result.links]


def test_a_dmarc_pass_that_names_no_from_domain_verifies_nothing(judge):
    message = EmailMessage(policy=email.policy.SMTP)
    message["Authentication-Results"] = "mx.example; dmarc=pass"
    message["From"] = "info@matsui.co.jp"
    message.set_content("text\n")
    assert judge.judge_bytes(message.as_bytes()).sender.verdict is SenderVerdict.UNKNOWN
    named = message.as_bytes().replace(b"dmarc=pass", b"dmarc=pass header.from=matsui.co.jp")
    assert judge.judge_bytes(named).sender.verdict is SenderVerdict.OFFICIAL
