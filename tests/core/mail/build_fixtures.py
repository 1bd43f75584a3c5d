"""Writes the saved e-mails in ``fixtures/`` (run: python -m tests.core.mail.build_fixtures).

Every message is made up for the tests: the senders, providers and fake
hosts are invented (``example`` names where a host's verdict does not
matter), the wording follows the kind of notice brokers and phishing kits
send.  Encodings are chosen on purpose: base64 and quoted-printable bodies,
an ISO-2022-JP message as Japanese mail programs still write it.
"""

from __future__ import annotations

import email.policy
from datetime import UTC, datetime
from email.charset import BASE64, QP, Charset
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
DATE = format_datetime(datetime(2026, 11, 20, 9, 30, tzinfo=UTC))
PROVIDER = "mx.mail-provider.example"  # the person's own provider, topmost


def _text(body: str, subtype: str, charset: str, encoding: int) -> MIMEText:
    chosen = Charset(charset)
    chosen.body_encoding = encoding
    part = MIMEText("", subtype)
    part.set_payload(body, chosen)
    return part


def genuine_dmarc_pass() -> bytes:
    """SBI証券's own notice: DMARC passes at the person's provider; an older relay's header
    below it does not matter."""
    message = MIMEMultipart("alternative", boundary="==secguard-fixture-genuine==")
    message["Authentication-Results"] = (
        f"{PROVIDER}; dkim=pass header.i=@sbisec.co.jp header.s=s2026 header.b=Qx1;"
        " spf=pass (mail-provider.example: domain of bounce@mail.sbisec.co.jp designates"
        " 192.0.2.10 as permitted sender) smtp.mailfrom=bounce@mail.sbisec.co.jp;"
        " dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=sbisec.co.jp"
    )
    message["Authentication-Results"] = "relay.internal.example; spf=neutral"
    message["Return-Path"] = "<bounce@mail.sbisec.co.jp>"
    message["From"] = "SBI証券 <info@sbisec.co.jp>"
    message["To"] = "taro@mail-provider.example"
    message["Subject"] = "【SBI証券】取引報告書等の電子交付のお知らせ"
    message["Date"] = DATE
    message["Message-ID"] = "<20261120093000.1@mail.sbisec.co.jp>"
    text = (
        "いつもSBI証券をご利用いただき、ありがとうございます。\n"
        "取引報告書を電子交付いたしました。ログイン後、電子交付書面からご確認ください。\n"
        "https://www.sbisec.co.jp/ETGate/\n"
        "スマートフォンアプリ: https://apps.apple.com/jp/app/id1234567890\n"
    )
    html = (
        "<html><head><style>p{color:#333}</style><script>alert('never run')</script></head>"
        "<body><p>いつもSBI証券をご利用いただき、ありがとうございます。</p>"
        '<p><a href="https://www.sbisec.co.jp/ETGate/">SBI証券 ログイン</a></p>'
        '<p><a href="https://apps.apple.com/jp/app/id1234567890">アプリはこちら</a></p>'
        '<img src="https://www.sbisec.co.jp/img/logo.png" alt="SBI証券"></body></html>'
    )
    message.attach(_text(text, "plain", "utf-8", QP))
    message.attach(_text(html, "html", "utf-8", BASE64))
    return message.as_bytes()


def spoofed_dmarc_fail() -> bytes:
    """楽天証券's address in From, but the person's provider says DMARC and SPF fail; a header
    the sender wrote below it claims the opposite."""
    message = EmailMessage(policy=email.policy.SMTP)
    message["Authentication-Results"] = (
        f"{PROVIDER}; spf=fail (domain of info@rakuten-sec.co.jp does not designate"
        " 203.0.113.7 as permitted sender) smtp.mailfrom=info@rakuten-sec.co.jp;"
        " dkim=none; dmarc=fail (p=REJECT) header.from=rakuten-sec.co.jp"
    )
    message["Authentication-Results"] = (
        "mx.rakuten-sec.co.jp; spf=pass smtp.mailfrom=rakuten-sec.co.jp; dkim=pass;"
        " dmarc=pass header.from=rakuten-sec.co.jp"
    )
    message["Return-Path"] = "<info@rakuten-sec.co.jp>"
    message["From"] = "楽天証券 <info@rakuten-sec.co.jp>"
    message["To"] = "taro@mail-provider.example"
    message["Subject"] = "【重要】楽天証券 お取引の制限について"
    message["Date"] = DATE
    message["Message-ID"] = "<a7f3c9@203.0.113.7>"
    message.set_content(
        "楽天証券をご利用のお客様\n\n"
        "不正なログインが確認されたため、お取引を一時的に制限しております。\n"
        "下記より24時間以内に本人確認を行ってください。\n"
        "https://rakuten-sec-verify.example.com/login\n",
        charset="utf-8",
        cte="base64",
    )
    return message.as_bytes()


def display_name_trick() -> bytes:
    """A display name that names マネックス証券 (and even shows its address) over a
    stranger's address, with replies going elsewhere again; no provider check at all."""
    message = EmailMessage(policy=email.policy.SMTP)
    message["Return-Path"] = "<bounce-77@bulk-sender.example>"
    message["From"] = '"マネックス証券 support@monex.co.jp" <notice@secure-center.example.net>'
    message["Reply-To"] = "desk@help-center.example.org"
    message["To"] = "taro@mail-provider.example"
    message["Subject"] = "【マネックス証券】お客様情報の確認のお願い"
    message["Date"] = DATE
    message["Message-ID"] = "<b81@secure-center.example.net>"
    message.set_content(
        "お客様情報の定期確認を実施しております。\nご確認をお願いいたします。\n",
        charset="utf-8",
        cte="quoted-printable",
    )
    return message.as_bytes()


def href_mismatch() -> bytes:
    """An HTML mail whose link shows 松井証券's address and goes somewhere else."""
    message = EmailMessage(policy=email.policy.SMTP)
    message["Authentication-Results"] = (
        f"{PROVIDER}; spf=pass smtp.mailfrom=news@shop-news.example; dkim=pass"
        " header.d=shop-news.example; dmarc=pass header.from=shop-news.example"
    )
    message["From"] = "お知らせ <news@shop-news.example>"
    message["To"] = "taro@mail-provider.example"
    message["Subject"] = "口座情報の更新"
    message["Date"] = DATE
    message["Message-ID"] = "<c92@shop-news.example>"
    message.set_content("HTML をご覧ください。\n", charset="utf-8")
    message.add_alternative(
        "<html><body><p>下記リンクから手続きしてください。</p>"
        '<p><a href="https://login-check.example.net/m/">https://www.matsui.co.jp/</a></p>'
        '<p><a href="mailto:desk@shop-news.example">お問い合わせ</a></p>'
        "</body></html>",
        subtype="html",
        charset="utf-8",
        cte="quoted-printable",
    )
    message.set_boundary("==secguard-fixture-mismatch==")
    return message.as_bytes()


def iso_2022_jp() -> bytes:
    """A Japanese mail program's plain ISO-2022-JP message, subject encoded too."""
    body = (
        "野村證券からのお知らせです。\r\n"
        "新しいサービスの詳細は https://www.nomura.co.jp/ をご覧ください。\r\n"
    ).encode("iso-2022-jp")
    from email.header import Header

    subject = Header("野村證券　サービスのご案内", "iso-2022-jp").encode()
    sender = Header("野村證券", "iso-2022-jp").encode()
    head = (
        f"Authentication-Results: {PROVIDER}; spf=pass smtp.mailfrom=nomura.co.jp;"
        " dkim=pass header.d=nomura.co.jp; dmarc=pass header.from=nomura.co.jp\r\n"
        f"From: {sender} <info@nomura.co.jp>\r\n"
        "To: taro@mail-provider.example\r\n"
        f"Subject: {subject}\r\n"
        f"Date: {DATE}\r\n"
        "Message-ID: <d03@nomura.co.jp>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=ISO-2022-JP\r\n"
        "Content-Transfer-Encoding: 7bit\r\n\r\n"
    )
    return head.encode("ascii") + body


def malformed_header() -> bytes:
    """Headers a careless or hostile sender writes: an unterminated address, raw 8-bit
    bytes in a header, an encoded word in an unknown charset, an unclosed comment, an
    unknown body charset and base64 with junk in it."""
    return (
        b"Authentication-Results: " + PROVIDER.encode() + b"; spf=softfail (((unclosed;"
        b" dmarc=none\r\n"
        b'From: "=?utf-8?B?5qW95aSp6Ki85Yi4?= <broken@@rakuten-sec.co.jp\r\n'
        b"Reply-To: <<>>\r\n"
        b"Subject: \xe3\x81\x8a\xe7\x9f\xa5\xe3\x82\x89\xe3\x81\x9b =?x-unknown?Q?=E3=81=8A?=\r\n"
        b"Date: not a date\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: text/plain; charset="x-no-such-charset\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        b"aHR0cHM6Ly9yYWt1dGVuLXNlYy5jby5qcC5sb2dpbi1jaGVjay5leGFtcGxlLmNvbS8K!!\r\n"
    )


FIXTURE_BUILDERS = {
    "genuine_dmarc_pass.eml": genuine_dmarc_pass,
    "spoofed_dmarc_fail.eml": spoofed_dmarc_fail,
    "display_name_trick.eml": display_name_trick,
    "href_mismatch.eml": href_mismatch,
    "iso_2022_jp.eml": iso_2022_jp,
    "malformed_header.eml": malformed_header,
}


def main() -> None:
    FIXTURES.mkdir(exist_ok=True)
    for name, build in FIXTURE_BUILDERS.items():
        (FIXTURES / name).write_bytes(build())


if __name__ == "__main__":
    main()
