"""`secguard report`: the three formats, standard output, exit codes, and step 5 in `check`."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from secguard.cli import main
from secguard.core.accounts import AccountRecord
from secguard.core.bookmarks import Bookmark
from secguard.core.progress import Progress
from secguard.core.review import Outcome, ReviewRecord, ReviewRoutine
from secguard.storage.paths import AppPaths
from secguard.storage.progress import ProgressStore
from secguard.storage.vault import KeyringVault, service_name
from tests.storage.fakes import MemoryKeyring

LOGIN_ID = "planted-login-8823"
FINGERPRINT = "scrypt$32768$8$1$plantedfingerprint"


@pytest.fixture
def keyring_with_an_account() -> MemoryKeyring:
    backend = MemoryKeyring()
    vault = KeyringVault(backend, service_name())
    vault.add_bookmark(Bookmark("https://www.sbisec.co.jp/?token=planted", "SBI", "sbi"))
    account = vault.add_account(
        AccountRecord("SBI", "sbi", login_id=LOGIN_ID, password_fingerprint=FINGERPRINT)
    )
    _reviewed_yesterday(f"account-{account.id}")
    return backend


def _reviewed_yesterday(target: str) -> None:
    yesterday = (datetime.now(UTC) - timedelta(days=1)).replace(microsecond=0).isoformat()
    record = ReviewRecord(yesterday, target, "sbi", Outcome.ALL_FINE)
    store = ProgressStore(AppPaths.default().data_dir)
    store.save(Progress(review_routine=ReviewRoutine(records=(record,))))


def test_json_report_to_standard_output(
    keyring_with_an_account: MemoryKeyring, capsys: pytest.CaptureFixture[str]
):
    code = main(
        ["--lang", "ja", "report", "--format", "json", "-o", "-"],
        keyring_backend=keyring_with_an_account,
    )
    assert code == 0
    out = capsys.readouterr().out
    document = json.loads(out)
    assert [p["number"] for p in document["precautions"]] == [1, 2, 3, 4, 5, 6, 7]
    assert re.fullmatch(r"[A-Z0-9]{2}-[A-Z0-9]{4}", document["report"]["check_id"])
    assert document["report"]["language"] == "ja"
    assert document["report"]["os"]["name"]  # this machine's, from the probes
    assert document["report"]["bookmarks"] == [{"broker_id": "sbi", "broker": "SBI証券"}]
    step5 = document["precautions"][4]
    assert step5["state"] == "ok"
    assert step5["message"].startswith("予定どおり確認した口座")
    for planted in (LOGIN_ID, FINGERPRINT, "token=planted", "sbisec.co.jp"):
        assert planted not in out


def test_include_bookmarks_adds_the_addresses(
    keyring_with_an_account: MemoryKeyring, capsys: pytest.CaptureFixture[str]
):
    argv = ["--lang", "en", "report", "--format", "json", "-o", "-", "--include-bookmarks"]
    assert main(argv, keyring_backend=keyring_with_an_account) == 0
    report = json.loads(capsys.readouterr().out)["report"]
    assert report["addresses_included"] is True
    assert report["bookmarks"][0]["address"] == "https://www.sbisec.co.jp/?token=planted"


def test_html_and_pdf_files(
    qapp: QApplication,
    keyring_with_an_account: MemoryKeyring,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    html_file, pdf_file = tmp_path / "report.html", tmp_path / "report.pdf"
    for report_format, path in (("html", html_file), ("pdf", pdf_file)):
        argv = ["--lang", "en", "report", "--format", report_format, "-o", str(path)]
        assert main(argv, keyring_backend=keyring_with_an_account) == 0
    said = capsys.readouterr().out
    assert said.count("Report saved:") == 2
    assert "check ID" in said
    assert html_file.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert pdf_file.read_bytes().startswith(b"%PDF-")
    assert LOGIN_ID not in html_file.read_text(encoding="utf-8")


def test_a_place_that_cannot_be_written_is_exit_3(
    keyring_with_an_account: MemoryKeyring, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    (tmp_path / "a-file").write_text("not a folder")
    target = tmp_path / "a-file" / "report.html"
    argv = ["--lang", "en", "report", "--format", "html", "-o", str(target)]
    assert main(argv, keyring_backend=keyring_with_an_account) == 3
    assert "could not be saved as report.html" in capsys.readouterr().err
    assert not target.exists()


def _run(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {
        **os.environ,
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    return subprocess.run(
        [sys.executable, "-m", "secguard", "--lang", "en", *args],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_pdf_goes_to_a_pipe_and_the_keyring_problem_is_in_the_report():
    result = _run("report", "--format", "pdf", "-o", "-")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"%PDF-")
    assert result.stdout.rstrip().endswith(b"%%EOF")


def test_format_and_output_are_required():
    assert _run("report", "-o", "-").returncode == 2
    assert _run("report", "--format", "html").returncode == 2
    assert _run("report", "--format", "doc", "-o", "-").returncode == 2
