"""`secguard password check`: stdin only, the exact JSON, and nothing leaks."""

from __future__ import annotations

import dataclasses
import io
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


# --- in-process, with the accounts in an in-memory keyring ----------------------------

AT = "2026-12-02T09:00:00+00:00"


def _vault_with_accounts(backend):
    from secguard.core.accounts import new_account
    from secguard.core.fingerprints import fingerprint
    from secguard.storage.vault import KeyringVault, service_name

    vault = KeyringVault(backend, service_name())
    rakuten = vault.add_account(new_account("楽天証券", "rakuten", at=AT))
    sbi = vault.add_account(new_account("SBI", "sbi", at=AT))
    key = vault.fingerprint_key()
    vault.update_account(
        dataclasses.replace(rakuten, password_fingerprint=fingerprint(SECRET, key))
    )
    return rakuten, sbi


def _in_process(monkeypatch, capsys, backend, *args: str, stdin: str, lang: str = "en"):
    from secguard.cli import main

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode()), "utf-8"))
    code = main(["--lang", lang, "password", "check", *args], keyring_backend=backend)
    out, err = capsys.readouterr()
    return code, out, err


def test_account_reuse_names_the_other_account_and_nothing_is_written(
    monkeypatch, capsys, tmp_path: Path
):
    from tests.storage.fakes import MemoryKeyring

    backend = MemoryKeyring()
    _rakuten, sbi = _vault_with_accounts(backend)
    before = dict(backend.entries)
    code, out, err = _in_process(
        monkeypatch,
        capsys,
        backend,
        "--json",
        "--no-breach-check",
        "--account",
        str(sbi.id),
        stdin=SECRET + "\n",
    )
    assert code == 0, err
    assert json.loads(out)["reuse"] == {"reused_with": ["楽天証券"]}
    # A check reads; it never stores anything, least of all the password.
    assert backend.entries == before
    assert all(SECRET not in value for value in backend.entries.values())
    assert SECRET not in out + err


def test_an_account_is_not_reused_with_itself(monkeypatch, capsys):
    from tests.storage.fakes import MemoryKeyring

    backend = MemoryKeyring()
    rakuten, _sbi = _vault_with_accounts(backend)
    code, out, _err = _in_process(
        monkeypatch,
        capsys,
        backend,
        "--json",
        "--no-breach-check",
        "--account",
        str(rakuten.id),
        stdin=SECRET + "\n",
    )
    assert code == 0
    assert json.loads(out)["reuse"] == {"reused_with": []}


def test_unknown_account_is_exit_8(monkeypatch, capsys):
    from tests.storage.fakes import MemoryKeyring

    backend = MemoryKeyring()
    _vault_with_accounts(backend)
    code, out, err = _in_process(
        monkeypatch, capsys, backend, "--no-breach-check", "--account", "99", stdin="x\n"
    )
    assert (code, out) == (8, "")
    assert err.startswith("secguard: ")


def test_japanese_words_name_the_state_in_japanese(monkeypatch, capsys):
    from tests.storage.fakes import MemoryKeyring

    code, out, _err = _in_process(
        monkeypatch,
        capsys,
        MemoryKeyring(),
        "--no-breach-check",
        stdin="tanaka1985\n",
        lang="ja",
    )
    assert code == 0
    first = out.splitlines()[0]
    assert "危険" in first
    assert "risk" not in out


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
