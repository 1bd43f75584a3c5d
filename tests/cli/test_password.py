"""`secguard password check`: stdin only, the exact JSON, and nothing leaks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.range_server import one_answer_server

SECRET = "tanaka-Planted-7731"


def run(*args: str, stdin: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "secguard", "--lang", "en", "password", "check", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "LANG": "C.UTF-8",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            **env,
        },
        timeout=120,
        check=False,
    )


def test_json_contract_without_breach_check():
    result = run("--json", "--no-breach-check", stdin="tanaka1985\n")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) == {"strength", "breach", "reuse"}
    assert set(payload["strength"]) == {"score", "state", "feedback"}
    assert payload["strength"]["state"] == "risk"
    assert all(isinstance(f, str) for f in payload["strength"]["feedback"])
    assert payload["breach"] == {"status": "skipped", "count": None, "reason": None}
    assert payload["reuse"] == {"reused_with": []}


def test_offline_breach_check_is_unknown_not_safe():
    result = run("--json", stdin=SECRET + "\n", SECGUARD_HIBP_URL="http://127.0.0.1:9")
    payload = json.loads(result.stdout)
    assert payload["breach"] == {"status": "unknown", "count": None, "reason": "offline"}


def test_no_password_is_exit_3():
    result = run("--json", stdin="")
    assert result.returncode == 3
    assert result.stdout == ""


def test_the_password_never_leaves_except_as_a_five_character_prefix(tmp_path: Path):
    home = tmp_path / "home"
    with one_answer_server(b"0123456789ABCDEF0123456789ABCDEF012:0\r\n") as (base, seen):
        env = {
            "SECGUARD_HIBP_URL": base,
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
        }
        result = run("--json", stdin=SECRET + "\n", **env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["breach"]["status"] == "not_found"
    assert len(seen) == 1
    assert SECRET not in seen[0]
    assert SECRET not in result.stdout + result.stderr
    written = [p for p in home.rglob("*") if p.is_file()] if home.exists() else []
    assert all(SECRET.encode() not in p.read_bytes() for p in written)


def test_invalid_utf8_on_stdin_is_exit_3_with_one_line_not_a_traceback():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "secguard",
            "--lang",
            "en",
            "password",
            "check",
            "--no-breach-check",
        ],
        input=b"caf\xe9-\xff\xfe-password\n",
        capture_output=True,
        env={
            **os.environ,
            "LANG": "C.UTF-8",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        },
        timeout=120,
        check=False,
    )
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 3, stderr
    assert (
        stderr
        == "secguard: The password on standard input is not UTF-8 text. Nothing was checked.\n"
    )
    assert result.stdout == b""


def test_a_utf8_password_with_japanese_is_read_whole():
    result = run("--json", "--no-breach-check", stdin="たなか-Planted-7731\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["strength"]["score"] >= 3
