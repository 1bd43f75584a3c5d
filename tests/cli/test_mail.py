"""`secguard check-link --eml FILE`: the contract written in issue 16."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from secguard.cli import EXIT_INVALID_INPUT, EXIT_OK, EXIT_USAGE, main

FIXTURES = Path(__file__).parent.parent / "core" / "mail" / "fixtures"
NOT_EMAIL = (
    "This file is not a saved e-mail (.eml). Save the e-mail from your mail program and try again."
)


def eml(path: Path | str, *extra: str, lang: str = "en") -> list[str]:
    return ["--lang", lang, "check-link", "--no-bookmarks", "--eml", str(path), *extra]


def test_json_contract_exactly(capsys: pytest.CaptureFixture[str]):
    path = FIXTURES / "spoofed_dmarc_fail.eml"
    assert main(eml(path, "--json")) == EXIT_OK
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    obj = json.loads(out)
    assert list(obj) == ["input", "sender", "links"]
    assert obj["input"] == str(path)
    sender = obj["sender"]
    assert list(sender) == ["verdict", "broker", "reasons", "authentication"]
    assert sender["verdict"] == "lookalike"
    assert sender["broker"] == "rakuten"
    assert sender["authentication"] == {"spf": "fail", "dkim": "none", "dmarc": "fail"}
    assert all(isinstance(r, str) and r for r in sender["reasons"])
    assert "did not come from Rakuten Securities" in sender["reasons"][0]
    assert [list(link) for link in obj["links"]] == [["url", "verdict", "broker", "reasons"]]
    assert obj["links"][0]["url"] == "https://rakuten-sec-verify.example.com/login"
    assert obj["links"][0]["verdict"] == "lookalike"
    assert obj["links"][0]["broker"] == "rakuten"


@pytest.mark.parametrize(
    ("name", "verdict", "broker", "dmarc"),
    [
        ("genuine_dmarc_pass.eml", "official", "sbi", "pass"),
        ("display_name_trick.eml", "lookalike", "monex", None),
        ("href_mismatch.eml", "suspicious", None, "pass"),
        ("iso_2022_jp.eml", "official", "nomura", "pass"),
        ("malformed_header.eml", "suspicious", "rakuten", "none"),
    ],
)
def test_every_fixture(capsys: pytest.CaptureFixture[str], name, verdict, broker, dmarc):
    assert main(eml(FIXTURES / name, "--json")) == EXIT_OK
    sender = json.loads(capsys.readouterr().out)["sender"]
    assert (sender["verdict"], sender["broker"], sender["authentication"]["dmarc"]) == (
        verdict,
        broker,
        dmarc,
    )


def test_html_mismatch_in_json(capsys: pytest.CaptureFixture[str]):
    assert main(eml(FIXTURES / "href_mismatch.eml", "--json")) == EXIT_OK
    links = json.loads(capsys.readouterr().out)["links"]
    assert [(link["verdict"], link["broker"]) for link in links] == [("lookalike", "matsui")]
    assert links[0]["reasons"][0] == (
        "The link's words show www.matsui.co.jp, but it really goes to login-check.example.net."
    )


def test_words_in_both_languages(capsys: pytest.CaptureFixture[str]):
    path = FIXTURES / "spoofed_dmarc_fail.eml"
    assert main(eml(path, lang="ja")) == EXIT_OK
    japanese = capsys.readouterr().out
    first_line = japanese.splitlines()[0]
    assert first_line.startswith("差出人")
    assert "偽物です" in first_line
    assert first_line.endswith(" [楽天証券]")
    assert "いちばん上の Authentication-Results ヘッダー" in japanese
    assert "1. https://rakuten-sec-verify.example.com/login" in japanese
    assert main(eml(path, lang="en")) == EXIT_OK
    english = capsys.readouterr().out
    assert "Sender: fake, pretends to be a broker [Rakuten Securities]" in english
    assert "SPF fail, DKIM none, DMARC fail" in english
    assert "Only the topmost Authentication-Results header is trusted" in english


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (
            b"\x89PNG\r\n\x1a\n" + b"\x00" * 32,
            NOT_EMAIL,
        ),
        (None, "The file absent.eml cannot be read."),
    ],
)
def test_bad_file_one_line_on_stderr_and_exit_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content, words
):
    path = tmp_path / "absent.eml"
    if content is not None:
        path.write_bytes(content)
    assert main(eml(path, "--json")) == EXIT_INVALID_INPUT
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"secguard: {words}\n"


def test_file_over_the_cap(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "huge.eml"
    with path.open("wb") as file:
        file.truncate(26 * 1024 * 1024)
    assert main(eml(path)) == EXIT_INVALID_INPUT
    assert "larger than 25 MB" in capsys.readouterr().err


def test_one_input_only(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as raised:
        main(["--lang", "en", "check-link", "--eml", "a.eml", "some text"])
    assert raised.value.code == EXIT_USAGE
    with pytest.raises(SystemExit) as raised:
        main(["--lang", "en", "check-link"])
    assert raised.value.code == EXIT_USAGE
    assert "give TEXT, -, --eml FILE or --image FILE" in capsys.readouterr().err


def test_a_mail_is_judged_without_any_connection(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("secguard tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert main(eml(FIXTURES / "genuine_dmarc_pass.eml", "--json")) == EXIT_OK
    assert len(json.loads(capsys.readouterr().out)["links"]) == 2


# --- check-link --image FILE -------------------------------------------------------


def image(path: Path | str, *extra: str, lang: str = "en") -> list[str]:
    return ["--lang", lang, "check-link", "--no-bookmarks", "--image", str(path), *extra]


def test_image_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    import segno

    path = tmp_path / "letter.png"
    segno.make_qr("https://sbisec.co.jp.account-verify.com/login").save(str(path), scale=5)
    assert main(image(path, "--json")) == EXIT_OK
    obj = json.loads(capsys.readouterr().out)
    assert list(obj) == ["input", "codes", "links"]
    assert obj["input"] == str(path)
    assert obj["codes"] == 1
    assert [(link["url"], link["verdict"], link["broker"]) for link in obj["links"]] == [
        ("https://sbisec.co.jp.account-verify.com/login", "lookalike", "sbi")
    ]
    assert [list(link) for link in obj["links"]] == [["url", "verdict", "broker", "reasons"]]


def test_image_without_a_code_in_both_languages(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    from PySide6.QtGui import QColor, QImage

    blank = QImage(200, 100, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    path = tmp_path / "blank.png"
    assert blank.save(str(path))
    assert main(image(path)) == EXIT_OK
    assert capsys.readouterr().out == "No QR code found in the picture.\n"
    assert main(image(path, lang="ja")) == EXIT_OK
    assert capsys.readouterr().out == "画像の中に QR コードが見つかりませんでした。\n"
    assert main(image(path, "--json")) == EXIT_OK
    assert json.loads(capsys.readouterr().out) == {"input": str(path), "codes": 0, "links": []}


def test_unreadable_image_one_line_and_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "broken.png"
    path.write_bytes(b"not a picture")
    assert main(image(path, "--json")) == EXIT_INVALID_INPUT
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "secguard: The picture cannot be read: it is not an image file secguard can open, "
        "or it is too large.\n"
    )


def test_a_set_up_key_in_a_picture_is_never_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    import segno

    path = tmp_path / "key.png"
    secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    segno.make_qr(f"otpauth://totp/SBI:taro?secret={secret}&issuer=SBI").save(str(path), scale=5)
    assert main(image(path)) == EXIT_OK
    words = capsys.readouterr()
    assert secret not in words.out + words.err
    assert words.out.splitlines() == [
        "QR codes found in the picture: 1.",
        (
            "A QR code holds an authenticator set-up key, not a link. It is secret: use it "
            "only in your authenticator app (step 3), and never show it to anyone."
        ),
    ]
    assert main(image(path, "--json")) == EXIT_OK
    out = capsys.readouterr().out
    assert secret not in out
    assert json.loads(out) == {"input": str(path), "codes": 1, "links": []}


def test_no_terminal_control_from_the_mail_reaches_the_screen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    path = tmp_path / "esc.eml"
    path.write_bytes(
        b'From: "\x1b[2J\x1b[31mSBI OK"@evil.example\r\nSubject: s\r\n\r\n'
        b"https://www.sbisec.co.jp/\x1b[31m\r\n"
    )
    assert main(eml(path)) == EXIT_OK
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "SBI OK" in out


def test_a_file_name_that_is_no_utf8_still_gives_utf8_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    path = Path(os.fsdecode(bytes(tmp_path) + b"/bad\xff\xfename.eml"))
    path.write_bytes((FIXTURES / "spoofed_dmarc_fail.eml").read_bytes())
    assert main(eml(path, "--json")) == EXIT_OK
    obj = json.loads(capsys.readouterr().out)
    assert obj["input"].endswith("bad\ufffd\ufffdname.eml")
