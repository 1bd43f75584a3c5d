"""`secguard bookmarks ...` end to end, through the real command and keyring."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from secguard.cli import (
    EXIT_INVALID_INPUT,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_RECORD_TOO_LARGE,
    EXIT_STORAGE_LOCKED,
    EXIT_STORAGE_UNAVAILABLE,
)
from tests.storage.fakes import write_half_bad_import


def secguard(
    *args: str, stdin: str | None = None, timeout: float = 60, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "secguard", "--lang", "en", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={**os.environ, "LANG": "C.UTF-8", **env},
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def service() -> str:
    if not os.environ.get("SECGUARD_TEST_SECRET_SERVICE"):
        if os.environ.get("CI"):
            pytest.fail("CI must run these against the real Secret Service")
        pytest.skip("no private gnome-keyring (run the suite with `make test`)")
    return f"secguard-cli-test-{uuid.uuid4().hex[:12]}"


@pytest.mark.secret_service
def test_add_list_remove_export_import_against_gnome_keyring(service: str, tmp_path: Path):
    env = {"SECGUARD_KEYRING_SERVICE": service}
    added = secguard(
        "bookmarks", "add", "www.sbisec.co.jp", "--label", "SBI証券", "--broker", "sbi", **env
    )
    assert added.returncode == EXIT_OK, added.stderr
    assert added.stdout.strip() == "Added bookmark 1: SBI証券 <https://www.sbisec.co.jp/>"
    secguard("bookmarks", "add", "https://www.monex.co.jp/", **env)

    listing = secguard("bookmarks", "list", "--json", **env)
    assert listing.returncode == EXIT_OK
    payload = json.loads(listing.stdout)
    assert [b["url"] for b in payload["bookmarks"]] == [
        "https://www.sbisec.co.jp/",
        "https://www.monex.co.jp/",
    ]
    assert payload["bookmarks"][0]["broker_id"] == "sbi"
    assert payload["problems"] == []

    export_file = tmp_path / "bookmarks.json"
    assert secguard("bookmarks", "export", str(export_file), **env).returncode == EXIT_OK
    exported = json.loads(export_file.read_text(encoding="utf-8"))
    assert len(exported["bookmarks"]) == 2

    assert secguard("bookmarks", "remove", "1", **env).returncode == EXIT_OK
    missing = secguard("bookmarks", "remove", "1", **env)
    assert missing.returncode == EXIT_NOT_FOUND
    assert missing.stderr.strip() == "secguard: There is no entry with id 1."

    imported = secguard("bookmarks", "import", str(export_file), **env)
    assert imported.returncode == EXIT_OK
    assert "Bookmarks imported: 1 (already there: 1)." in imported.stdout
    urls = [
        b["url"]
        for b in json.loads(secguard("bookmarks", "list", "--json", **env).stdout)["bookmarks"]
    ]
    assert sorted(urls) == ["https://www.monex.co.jp/", "https://www.sbisec.co.jp/"]


@pytest.mark.secret_service
def test_bad_input_exits_3_with_one_line(service: str, tmp_path: Path):
    env = {"SECGUARD_KEYRING_SERVICE": service}
    result = secguard("bookmarks", "add", "http://www.sbisec.co.jp/", **env)
    assert result.returncode == EXIT_INVALID_INPUT
    assert result.stderr.count("\n") == 1
    assert "https://" in result.stderr

    big = tmp_path / "big.json"
    big.write_bytes(b" " * (1024 * 1024))
    result = secguard("bookmarks", "import", str(big), **env)
    assert result.returncode == EXIT_INVALID_INPUT
    assert "larger than 512 KB" in result.stderr

    bad = write_half_bad_import(tmp_path / "bad.json")
    result = secguard("bookmarks", "import", str(bad), **env)
    assert result.returncode == EXIT_INVALID_INPUT
    assert "Nothing was imported. Entries with problems: 1." in result.stderr
    assert "2: Only secure addresses" in result.stderr
    listing = json.loads(secguard("bookmarks", "list", "--json", **env).stdout)
    assert listing["bookmarks"] == [], "an import with a bad entry imports nothing"


@pytest.mark.secret_service
def test_record_too_large_exits_6(service: str):
    result = secguard(
        "bookmarks", "add", "https://www.daiwa.jp/" + "a" * 1500, SECGUARD_KEYRING_SERVICE=service
    )
    assert result.returncode == EXIT_RECORD_TOO_LARGE
    assert "too large for the system keyring" in result.stderr


def test_no_keyring_exits_5_and_writes_nothing(tmp_path: Path):
    result = secguard(
        "bookmarks",
        "add",
        "https://www.sbisec.co.jp/",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        HOME=str(tmp_path),
    )
    assert result.returncode == EXIT_STORAGE_UNAVAILABLE
    assert "No system keyring was found" in result.stderr
    assert list(tmp_path.rglob("*")) == [], "no plaintext fallback anywhere"


def test_check_json_reports_unavailable_storage():
    result = secguard("check", "--json", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert result.returncode == EXIT_OK
    storage = json.loads(result.stdout)["storage"]
    assert storage["state"] == "unavailable"
    assert storage["message_id"] == "storage.no_backend"


@pytest.mark.secret_service
def test_locked_gnome_keyring_exits_4(tmp_path: Path):
    """A gnome-keyring whose login collection was never unlocked dismisses the prompt."""
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        if os.environ.get("CI"):
            pytest.fail("CI must have dbus-run-session and gnome-keyring-daemon")
        pytest.skip("needs dbus-run-session and gnome-keyring-daemon")
    (tmp_path / "run").mkdir(mode=0o700)
    script = (
        "gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1; "
        f'exec "{sys.executable}" -m secguard --lang en "$@"'
    )
    env = {
        **os.environ,
        "LANG": "C.UTF-8",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    # Without this, "gnome-keyring-daemon --start" finds the test command's own daemon
    # through its control socket and hands it this short-lived session: the daemon every
    # later storage test uses could follow that bus away when it closes.
    env.pop("GNOME_KEYRING_CONTROL", None)
    for args, code in (
        (["bookmarks", "list"], EXIT_STORAGE_LOCKED),
        (["check", "--json"], EXIT_OK),
    ):
        result = subprocess.run(
            ["dbus-run-session", "--", "sh", "-c", script, "sh", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert result.returncode == code, result.stderr
        if code == EXIT_STORAGE_LOCKED:
            assert "The system keyring is locked" in result.stderr
        else:
            assert json.loads(result.stdout)["storage"]["state"] == "locked"
