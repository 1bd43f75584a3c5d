"""`secguard totp check|verify` end to end, step 3 in `check --json`, and the leak test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
import requests
import segno

from secguard.core.accounts import Answer, new_account, with_mfa_answers
from secguard.core.mfa import MfaMethod
from secguard.core.totp import check_setup_text, code_at, read_key, verify_code
from secguard.core.totp.clock import check_clock
from tests.range_server import head_server

# Planted: found nowhere afterwards.
SECRET = "KRUGKIDTMVRXEZLUEBUXGIDQNRQW45DFMQ"
REAL_KEYRING = "keyring.backends.SecretService.Keyring"
URI = f"otpauth://totp/Planted%20Bank:taro?secret={SECRET}&issuer=Planted%20Bank"

AT = "2026-12-02T09:00:00+00:00"


def secguard(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "secguard", "--lang", "en", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "LANG": "C.UTF-8",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            **(env or {}),
        },
        timeout=120,
        check=False,
    )


def test_check_prints_settings_warnings_and_problems_as_json():
    result = secguard("totp", "check", "--json", stdin=URI + "&digits=8\n")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) == {"valid", "kind", "parameters", "warnings", "notes", "problems"}
    assert payload["valid"] is True
    assert payload["parameters"] == {
        "issuer": "Planted Bank",
        "account": "taro",
        "algorithm": "SHA1",
        "digits": 8,
        "period": 30,
        "secret_bits": 168,
    }
    assert [w["message_id"] for w in payload["warnings"]] == ["totp.app_may_ignore_digits"]
    assert payload["warnings"][0]["message"].startswith("This key asks for 8-digit codes.")
    assert payload["problems"] == []


def test_invalid_input_is_exit_3_with_every_problem():
    result = secguard(
        "totp", "check", "--json", stdin=f"otpauth://totp/A:b?secret={SECRET}&issuer=C&digits=7\n"
    )
    assert result.returncode == 3
    problems = json.loads(result.stdout)["problems"]
    assert [p["message_id"] for p in problems] == ["totp.issuer_mismatch", "totp.bad_digits"]
    hotp = secguard("--lang", "ja", "totp", "check", stdin=URI.replace("totp/", "hotp/"))
    assert hotp.returncode == 3
    assert "HOTP" in hotp.stdout
    assert "回数で変わるキー" in hotp.stdout
    assert secguard("totp", "check", stdin="").returncode == 3
    not_text = subprocess.run(
        [sys.executable, "-m", "secguard", "--lang", "en", "totp", "check"],
        input=b"\xff\xfe otpauth",
        capture_output=True,
        env={**os.environ, "LANG": "C.UTF-8"},
        timeout=60,
        check=False,
    )
    assert not_text.returncode == 3
    assert b"not valid UTF-8" in not_text.stderr


def test_the_key_is_never_an_argument():
    result = secguard("totp", "check", URI)
    assert result.returncode == 2  # argparse refuses it: there is no such argument
    assert SECRET not in result.stdout


def test_verify_prints_exactly_the_contract():
    key = read_key(SECRET)
    code = code_at(key, time.time())
    result = secguard("totp", "verify", "--code", code, "--json", stdin=SECRET + "\n")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) == {"match", "offset_steps", "clock_offset_s"}
    assert payload["match"] is True
    assert payload["offset_steps"] in {0, -1}  # the step may turn while the command starts
    assert payload["clock_offset_s"] == payload["offset_steps"] * 30


def test_verify_reports_a_clock_offset_and_no_match():
    key = read_key(URI)
    ahead = code_at(key, time.time() + 300)
    result = json.loads(secguard("totp", "verify", "--code", ahead, "--json", stdin=URI).stdout)
    assert result["match"] is False
    assert result["offset_steps"] in {9, 10}
    assert result["clock_offset_s"] == result["offset_steps"] * 30
    never = code_at(key, time.time() + 86400)
    if verify_code(key, never, time.time()).offset_steps is None:  # not by chance nearby
        words = secguard("totp", "verify", "--code", never, stdin=URI)
        assert words.returncode == 0
        assert words.stdout.startswith("The code does not match.")
        assert "another account in your app" in words.stdout
    bad = secguard("totp", "verify", "--code", "12 34", stdin=URI)
    assert bad.returncode == 3
    assert "4 digits; your app shows 6" in bad.stderr
    refused = secguard("totp", "verify", "--code", "123456", stdin="otpauth://hotp/x?secret=AB")
    assert refused.returncode == 3


def test_check_reads_a_qr_picture(tmp_path: Path):
    picture = tmp_path / "screenshot.png"
    segno.make_qr(URI).save(str(picture), scale=6)
    result = secguard("totp", "check", "--json", "--image", str(picture))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["parameters"]["issuer"] == "Planted Bank"
    blank = tmp_path / "blank.png"
    segno.make_qr("https://example.jp/").save(str(blank), scale=6)
    assert secguard("totp", "check", "--image", str(tmp_path / "none.png")).returncode == 3
    other = json.loads(secguard("totp", "check", "--json", "--image", str(blank)).stdout)
    assert other["problems"][0]["message_id"] == "totp.wrong_scheme"


# --- against the real keyring ------------------------------------------------------------


def _secret_service() -> Any:
    if not os.environ.get("SECGUARD_TEST_SECRET_SERVICE"):
        if os.environ.get("CI"):
            pytest.fail("CI must run these against the real Secret Service")
        pytest.skip("no private gnome-keyring (run the suite with `make test`)")
    from keyring.backends import SecretService

    return SecretService.Keyring()


@pytest.fixture
def stored_service() -> Iterator[tuple[str, Any]]:
    backend = _secret_service()
    service = f"secguard-totp-test-{uuid.uuid4().hex[:12]}"
    yield service, backend
    collection = backend.get_preferred_collection()
    with closing(collection.connection):
        for item in collection.search_items({"service": service}):
            item.delete()


@pytest.mark.secret_service
def test_mfa_answers_drive_step_3_of_check_json(stored_service: tuple[str, Any]):
    from secguard.storage.vault import KeyringVault

    service, backend = stored_service
    vault = KeyringVault(backend, service=service)
    stored = vault.add_account(new_account("Monex", "monex", at=AT))
    vault.update_account(with_mfa_answers(stored, Answer.YES, MfaMethod.SMS, Answer.YES, at=AT))
    env = {"SECGUARD_KEYRING_SERVICE": service, "PYTHON_KEYRING_BACKEND": REAL_KEYRING}
    step = json.loads(secguard("check", "--json", env=env).stdout)["precautions"][2]
    assert step["number"] == 3
    assert step["state"] == "attention"
    assert step["message_id"] == "check.mfa_attention"
    # Monex offers a passkey (directory): the SMS user is told so.
    assert step["details"]["accounts"][0]["findings"] == [
        "mfa.finding_codes_only",
        "mfa.finding_passkey_not_used",
    ]
    vault.update_account(with_mfa_answers(stored, Answer.NO, None, Answer.YES, at=AT))
    off = json.loads(secguard("check", "--json", env=env).stdout)["precautions"][2]
    assert (off["state"], off["message"]) == (
        "risk",
        "Multi-factor authentication is off for 1 of your accounts: turn it on now (step 3).",
    )


@pytest.mark.secret_service
def test_a_planted_secret_and_uri_are_found_nowhere(
    stored_service: tuple[str, Any], tmp_path: Path
):
    service, backend = stored_service
    home, temp = tmp_path / "home", tmp_path / "tmp"
    temp.mkdir()
    env = {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "TMPDIR": str(temp),
        "SECGUARD_KEYRING_SERVICE": service,
        "PYTHON_KEYRING_BACKEND": REAL_KEYRING,
    }
    picture = tmp_path / "photo.png"  # the person's own file: read, never copied
    segno.make_qr(URI).save(str(picture), scale=5)
    code = code_at(read_key(URI), time.time())
    runs = [
        secguard("totp", "check", stdin=URI, env=env),
        secguard("totp", "check", "--json", stdin=URI, env=env),
        secguard("totp", "check", "--json", "--image", str(picture), env=env),
        secguard("totp", "check", "--json", stdin=URI + "&digits=9", env=env),
        secguard("totp", "verify", "--code", code, stdin=URI, env=env),
        secguard("totp", "verify", "--code", "000000", "--json", stdin=SECRET, env=env),
        secguard("bookmarks", "add", "www.monex.co.jp", "--broker", "monex", env=env),
        secguard("check", "--json", env=env),
    ]
    assert [r.returncode for r in runs] == [0, 0, 0, 3, 0, 0, 0, 0], [r.stderr for r in runs]
    planted = (SECRET, SECRET.lower(), URI, "secret=")
    for result in runs:
        assert not any(p in result.stdout + result.stderr for p in planted)
    # Every file written anywhere under the fake home (progress, log) and the temp directory.
    written = [p for p in [*home.rglob("*"), *temp.rglob("*")] if p.is_file()]
    for path in written:
        assert not any(p.encode() in path.read_bytes() for p in planted), path
    # Every keyring entry of the whole test collection, secrets and attributes.
    collection = backend.get_preferred_collection()
    with closing(collection.connection):
        items = list(collection.get_all_items())
        assert items  # the bookmark and index above were stored
        for item in items:
            stored = item.get_secret() + json.dumps(item.get_attributes()).encode()
            assert not any(p.encode() in stored for p in planted)
    # The only request the assistant makes, the clock check, carries nothing of it.
    checked = check_setup_text(URI)
    assert checked.key is not None
    with (
        head_server({"Date": "Mon, 30 Nov 2026 03:00:00 GMT"}) as (base, seen),
        requests.Session() as session,
    ):
        check_clock(session, base + "/", user_agent="secguard/test")
    assert len(seen) == 1
    assert not any(p in seen[0] for p in planted)
