"""Which keyring backends secguard uses, judged in a real child process by keyring's own
backend loading (``PYTHON_KEYRING_BACKEND``), never by a module name."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from secguard.cli import EXIT_OK, EXIT_STORAGE_UNAVAILABLE
from tests.cli.test_bookmarks import secguard

BACKENDS = "tests.storage.keyring_backends"


def _run(tmp_path: Path, backend: str, *args: str, stdin: str | None = None):
    return secguard(
        *args,
        PYTHON_KEYRING_BACKEND=f"{BACKENDS}.{backend}",
        SECGUARD_TEST_PLAINTEXT_FILE=str(tmp_path / "plaintext.json"),
        PYTHONPATH=str(Path(__file__).resolve().parents[2]),
        stdin=stdin,
    )


def test_a_plaintext_backend_from_any_package_is_refused(tmp_path: Path):
    added = _run(tmp_path, "PlaintextFileKeyring", "bookmarks", "add", "https://www.sbisec.co.jp/")
    assert added.returncode == EXIT_STORAGE_UNAVAILABLE, added.stderr
    assert "is not one that secguard knows to encrypt" in added.stderr
    assert "PlaintextFileKeyring" in added.stderr
    assert not (tmp_path / "plaintext.json").exists(), "nothing was written in plaintext"
    check = _run(tmp_path, "PlaintextFileKeyring", "check", "--json")
    assert json.loads(check.stdout)["storage"]["message_id"] == "storage.untrusted_backend"


@pytest.mark.secret_service
def test_a_subclass_named_like_the_secret_service_backend_is_refused(tmp_path: Path):
    if not os.environ.get("SECGUARD_TEST_SECRET_SERVICE"):
        pytest.skip("its parent class is viable only with a Secret Service")
    added = _run(tmp_path, "Keyring", "bookmarks", "add", "https://www.sbisec.co.jp/")
    assert added.returncode == EXIT_STORAGE_UNAVAILABLE, added.stderr
    assert not (tmp_path / "plaintext.json").exists()


@pytest.mark.parametrize("backend", ["BrokenOnUseKeyring", "FailsToStartKeyring"])
def test_a_backend_that_raises_gives_a_clear_state_in_every_command(tmp_path: Path, backend: str):
    listing = _run(tmp_path, backend, "bookmarks", "list")
    assert listing.returncode == EXIT_STORAGE_UNAVAILABLE
    check = _run(tmp_path, backend, "check", "--json")
    assert check.returncode == EXIT_OK
    assert json.loads(check.stdout)["storage"]["state"] == "unavailable"
    link = _run(tmp_path, backend, "check-link", "--json", "https://www.sbisec.co.jp/")
    assert link.returncode == EXIT_OK
    assert json.loads(link.stdout)["links"][0]["verdict"] == "official"
    password = _run(
        tmp_path, backend, "password", "check", "--no-breach-check", stdin="Hy7#kQ2!vWz9x\n"
    )
    assert password.returncode == EXIT_OK
    assert "Reuse: unknown" in password.stdout
    for result in (listing, check, link, password):
        assert "Traceback" not in result.stderr, result.stderr
