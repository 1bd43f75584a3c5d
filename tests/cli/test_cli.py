"""The `secguard` command's contract: arguments, JSON fields, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from secguard import __version__
from secguard.cli import main


def run_cli(*args: str, lang_env: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": lang_env, "LC_ALL": lang_env, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "secguard", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_version(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"secguard {__version__}"


@pytest.mark.parametrize(
    ("lang", "expected_message"), [("en", "Not checked yet"), ("ja", "まだ確認していません")]
)
def test_check_json_lists_all_seven(
    lang: str,
    expected_message: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
):
    # No keyring: step 2 cannot be read, so it too is honestly unknown.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    assert main(["--lang", lang, "check", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["version"] == __version__
    precautions = payload["precautions"]
    assert [p["number"] for p in precautions] == [1, 2, 3, 4, 5, 6, 7]
    assert precautions[0]["id"] == "no-links-in-messages"
    for item in precautions:
        assert set(item) == {"number", "id", "state", "message_id", "message", "details"}
        assert item["state"] in {"ok", "attention", "risk", "unknown"}
    # Nothing is known yet: honestly unknown, never "ok" (6 and 7 probe the machine).
    assert {item["state"] for item in precautions[:5]} == {"unknown"}
    assert precautions[1]["message_id"] == "check.bookmarks_storage"
    assert precautions[0]["message"] == expected_message


def test_check_in_words(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    assert main(["--lang", "ja", "check"]) == 0
    # Steps 6 and 7 add their findings on indented lines below their own.
    lines = [line for line in capsys.readouterr().out.splitlines() if line[:1].isdigit()]
    assert len(lines) == 7
    assert lines[2].startswith("3. [不明] 多要素認証")


def test_language_follows_the_os_locale_by_default():
    japanese = run_cli("check", "--json", lang_env="ja_JP.UTF-8")
    english = run_cli("check", "--json", lang_env="en_US.UTF-8")
    assert japanese.returncode == english.returncode == 0
    assert json.loads(japanese.stdout)["precautions"][0]["message"] == "まだ確認していません"
    assert json.loads(english.stdout)["precautions"][0]["message"] == "Not checked yet"


def test_help_is_translated():
    result = run_cli("--lang", "ja", "--help")
    assert result.returncode == 0
    assert "7つの対策を確認する" in result.stdout


def test_bad_arguments_exit_2_with_a_reason():
    result = run_cli("--lang", "fr", "check")
    assert result.returncode == 2
    assert "--lang" in result.stderr


def test_self_test_visits_every_page_offscreen():
    result = run_cli("--self-test")
    assert result.returncode == 0, result.stderr
    assert "self-test passed: 10 pages" in result.stdout  # overview, 1-7, playbook, report
    assert result.stderr == ""


def test_closed_pipe_is_not_a_traceback():
    proc = subprocess.Popen(
        [sys.executable, "-m", "secguard", "check", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    with proc:
        proc.stdout.read(5)
        proc.stdout.close()
        stderr = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 0
    assert "Traceback" not in stderr
