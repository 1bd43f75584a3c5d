"""`secguard check-link`: the exact contract scripts and evaluations rely on."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest

from secguard.cli import main


def check_link(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "secguard", "--lang", "en", "check-link", "--no-bookmarks", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8"},
        timeout=120,
        check=False,
    )


def test_json_lines_one_object_per_input_line():
    lines = [
        "https://www.sbisec.co.jp/ETGate/",
        "https://sbisec.co.jp.account-verify.com/login",
        "",
        "no link here",
        "【楽天証券】本人確認 https://abc.workers.dev/ と https://www.rakuten-sec.co.jp/",
    ]
    result = check_link("--json", "-", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["input"] for o in objects] == lines
    for obj in objects:
        assert set(obj) == {"input", "links"}
        for link in obj["links"]:
            assert set(link) == {"url", "verdict", "broker", "reasons"}
            assert link["verdict"] in {
                "official",
                "bookmarked",
                "lookalike",
                "suspicious",
                "unknown",
            }
            assert all(isinstance(reason, str) and reason for reason in link["reasons"])
    summary = [[(link["verdict"], link["broker"]) for link in o["links"]] for o in objects]
    assert summary == [
        [("official", "sbi")],
        [("lookalike", "sbi")],
        [],
        [],
        [("lookalike", "rakuten"), ("official", "rakuten")],
    ]


def test_crlf_input_and_a_group_site_with_no_broker():
    result = check_link("--json", "-", stdin="https://www.rakuten-bank.co.jp/\r\n")
    obj = json.loads(result.stdout)
    assert obj["input"] == "https://www.rakuten-bank.co.jp/"
    assert obj["links"][0]["verdict"] == "unknown"
    assert obj["links"][0]["broker"] is None
    assert "Rakuten Bank" in obj["links"][0]["reasons"][0]


def test_words_in_the_chosen_language():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "secguard",
            "--lang",
            "ja",
            "check-link",
            "--no-bookmarks",
            "sbisec.co.jp.account-verify.com",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "LANG": "C.UTF-8"},
    )
    assert result.returncode == 0
    assert "偽物: 証券会社のなりすまし [SBI証券]" in result.stdout


def test_one_argument_is_one_input(capsys: pytest.CaptureFixture[str]):
    assert (
        main(["--lang", "en", "check-link", "--no-bookmarks", "--json", "visit sbisec.com now"])
        == 0
    )
    obj = json.loads(capsys.readouterr().out)
    assert obj["input"] == "visit sbisec.com now"
    assert obj["links"][0]["verdict"] == "lookalike"


def test_judging_never_opens_a_connection(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("secguard tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    text = (
        "https://sbisec.co.jp.account-verify.com/ https://bit.ly/x http://192.168.0.1/ "
        "www.sbisec.co.jp"
    )
    assert main(["--lang", "en", "check-link", "--no-bookmarks", "--json", text]) == 0
    assert len(json.loads(capsys.readouterr().out)["links"]) == 4


# Issue 9: each judged on the host a browser would open, never official.
_BROWSER_HOST_FAKES = [
    "www.sbisec.co.jp\u200b.evil.com/login",
    "www.sbisec.co.jp%2eevil.com/",
    "https://www.sbisec.co.jp\u3002ログイン.com/",
    "www.sbisec.co.jp:443@evil.com/",
    "https://evil.com\\@www.sbisec.co.jp/",
    "https://www.rakuten-sec.co.jp.account-verify.com/",
    "https:www.monex.co.jp%E3%80%82evil.com/",
    "www.nomura.co.jp\u00ad.evil.com",
]


def test_fakes_that_a_browser_opens_elsewhere_are_never_official(
    capsys: pytest.CaptureFixture[str],
):
    for text in _BROWSER_HOST_FAKES:
        assert main(["--lang", "en", "check-link", "--no-bookmarks", "--json", text]) == 0
        obj = json.loads(capsys.readouterr().out)
        assert obj["input"] == text
        assert [link["verdict"] for link in obj["links"]] == ["lookalike"], obj


def test_a_1mb_label_gets_an_answer(capsys: pytest.CaptureFixture[str]):
    text = "https://" + "a" * 1024 * 1024 + ".com/"
    assert main(["--lang", "en", "check-link", "--no-bookmarks", "--json", text]) == 0
    (link,) = json.loads(capsys.readouterr().out)["links"]
    assert link["verdict"] == "suspicious"
    assert link["reasons"] == ["The address is longer than any real site's address can be."]
