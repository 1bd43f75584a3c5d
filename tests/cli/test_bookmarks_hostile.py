"""The issue's reproductions through the real command and the real gnome-keyring."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from secguard.cli import EXIT_INVALID_INPUT, EXIT_OK, EXIT_STORAGE_SLOW, _fail
from secguard.core.bookmarks import export_bookmarks, new_bookmark
from secguard.i18n import Language, Texts
from secguard.storage.errors import ImportStopped, StorageSlow
from tests.cli.test_bookmarks import secguard, service  # noqa: F401 - the fixture
from tests.storage.test_vault_hostile import _store_bytes


def _set_raw(service: str, key: str, value: str) -> None:  # noqa: F811
    from keyring.backends import SecretService

    SecretService.Keyring().set_password(service, key, value)


def _verdict(service: str, url: str) -> str:  # noqa: F811
    result = secguard("check-link", "--json", url, SECGUARD_KEYRING_SERVICE=service)
    assert result.returncode == EXIT_OK, result.stderr
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)["links"][0]["verdict"]  # type: ignore[no-any-return]


@pytest.mark.secret_service
@pytest.mark.parametrize("damage", ["url-number", "url-list", "nested", "not-utf8", "unrelated"])
def test_check_link_keeps_the_good_bookmarks_beside_a_damaged_entry(
    service: str,  # noqa: F811
    damage: str,
):
    env = {"SECGUARD_KEYRING_SERVICE": service}
    assert secguard("bookmarks", "add", "https://www.sbisec.co.jp/", **env).returncode == 0
    assert secguard("bookmarks", "add", "https://example.co.jp/mine/", **env).returncode == 0
    record = {"schema": 1, "kind": "bookmark", "id": 1, "data": {"label": "x"}}
    if damage == "url-number":
        _set_raw(service, "record:1", json.dumps({**record, "data": {"url": 5, "label": "x"}}))
    elif damage == "url-list":
        _set_raw(service, "record:1", json.dumps({**record, "data": {"url": [1], "label": "x"}}))
    elif damage == "nested":
        _set_raw(service, "record:1", "[" * 100_000)
    elif damage == "not-utf8":
        _store_bytes(service, "record:1", b"\xff\xfe")
    else:
        _store_bytes(service, "someone else's entry", b"\xff\xfe")
    assert _verdict(service, "https://example.co.jp/mine/") == "bookmarked"
    listing = secguard("bookmarks", "list", "--json", **env)
    assert listing.returncode == EXIT_OK, listing.stderr
    payload = json.loads(listing.stdout)
    assert [b["url"] for b in payload["bookmarks"]][-1] == "https://example.co.jp/mine/"
    expected = [] if damage == "unrelated" else ["record:1"]
    assert [p["entry"] for p in payload["problems"]] == expected


@pytest.mark.secret_service
def test_an_ansi_broker_id_in_an_import_never_reaches_the_terminal(
    service: str,  # noqa: F811
    tmp_path: Path,
):
    env = {"SECGUARD_KEYRING_SERVICE": service}
    path = tmp_path / "evil.json"
    entries = [
        {"url": "https://www.sbisec.co.jp/", "broker_id": "\x1b[2J\x1b[31msbi"},
        {"url": "http://www.monex.co.jp/"},
    ]
    path.write_text(
        json.dumps({"format": "secguard-bookmarks", "version": 1, "bookmarks": entries}),
        encoding="utf-8",
    )
    result = secguard("bookmarks", "import", str(path), **env)
    assert result.returncode == EXIT_INVALID_INPUT
    assert "  1: The broker id is not valid" in result.stderr
    expected = (
        "  2: Only secure addresses starting with https:// can be bookmarked (this one is http)."
    )
    assert expected in result.stderr
    assert "{" not in result.stderr, "no raw placeholder"
    assert "\x1b" not in secguard("bookmarks", "list", **env).stdout


@pytest.mark.secret_service
def test_four_spellings_of_one_address_in_one_file_give_one_bookmark(
    service: str,  # noqa: F811
    tmp_path: Path,
):
    env = {"SECGUARD_KEYRING_SERVICE": service}
    path = tmp_path / "four.json"
    spellings = [
        "https://www.sbisec.co.jp/",
        "HTTPS://WWW.SBISEC.CO.JP",
        "https://www.sbisec.co.jp.:443",
        "www.sbisec.co.jp",
    ]
    entries = [{"url": url} for url in spellings]
    path.write_text(
        json.dumps({"format": "secguard-bookmarks", "version": 1, "bookmarks": entries}),
        encoding="utf-8",
    )
    result = secguard("bookmarks", "import", str(path), **env)
    assert "Bookmarks imported: 1 (already there: 3)." in result.stdout, result.stderr
    listing = json.loads(secguard("bookmarks", "list", "--json", **env).stdout)
    assert [b["url"] for b in listing["bookmarks"]] == ["https://www.sbisec.co.jp/"]


@pytest.mark.secret_service
def test_a_500_entry_import_completes_with_progress_and_a_rerun_adds_nothing(
    service: str,  # noqa: F811
    tmp_path: Path,
):
    env = {"SECGUARD_KEYRING_SERVICE": service}
    path = tmp_path / "five-hundred.json"
    bookmarks = [new_bookmark(f"https://www{n}.example.co.jp/", f"Broker {n}") for n in range(500)]
    path.write_text(export_bookmarks(bookmarks), encoding="utf-8")
    result = secguard("bookmarks", "import", str(path), timeout=300, **env)
    assert result.returncode == EXIT_OK, result.stderr
    assert "Bookmarks imported: 500 (already there: 0)." in result.stdout
    progress = [line for line in result.stderr.splitlines() if "Importing bookmarks" in line]
    assert progress[-1] == "secguard: Importing bookmarks: 500 of 500"
    assert len(progress) == 10
    again = secguard("bookmarks", "import", str(path), timeout=300, **env)
    assert "Bookmarks imported: 0 (already there: 500)." in again.stdout
    assert (
        len(json.loads(secguard("bookmarks", "list", "--json", **env).stdout)["bookmarks"]) == 500
    )


def test_a_stopped_import_says_the_count_on_one_line_with_the_causes_exit_code(
    capsys: pytest.CaptureFixture[str],
):
    error = ImportStopped(StorageSlow(seconds="20"), done=345, total=500)
    assert _fail(Texts(Language.ENGLISH), error) == EXIT_STORAGE_SLOW
    assert capsys.readouterr().err == (
        "secguard: The system keyring did not answer within 20 seconds. It may be waiting for "
        "you to unlock it in another window. Nothing was lost. The import stopped after 345 of "
        "500 bookmarks; those are stored. Import the same file again to add the rest: "
        "bookmarks already stored are not added twice.\n"
    )


# --- files that are not regular files --------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_importing_a_fifo_is_refused_at_once(tmp_path: Path):
    fifo = tmp_path / "bookmarks.json"
    os.mkfifo(fifo)
    result = secguard(
        "bookmarks",
        "import",
        str(fifo),
        timeout=30,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    assert result.returncode == EXIT_INVALID_INPUT
    assert "This is not an ordinary file" in result.stderr


def _special_files(tmp_path: Path) -> list[Path]:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    found = [fifo]
    if os.geteuid() == 0:  # as root: a device node like /dev/full, made here, not the real one
        device = tmp_path / "full"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))
        found.append(device)
    return found


@pytest.mark.secret_service
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs and device nodes")
def test_exporting_onto_a_device_or_fifo_is_refused_and_leaves_it_as_it_was(
    service: str,  # noqa: F811
    tmp_path: Path,
):
    env = {"SECGUARD_KEYRING_SERVICE": service}
    secguard("bookmarks", "add", "https://www.sbisec.co.jp/", **env)
    place = tmp_path / "targets"  # tmp_path also holds the test's data directory
    place.mkdir()
    targets = _special_files(place)
    for target in targets:
        before = target.lstat()
        result = secguard("bookmarks", "export", str(target), timeout=30, **env)
        assert result.returncode == EXIT_INVALID_INPUT, result.stderr
        assert "This is not an ordinary file" in result.stderr
        after = target.lstat()
        assert (stat.S_IFMT(after.st_mode), after.st_ino) == (
            stat.S_IFMT(before.st_mode),
            before.st_ino,
        ), f"{target.name} was replaced"
    assert sorted(place.iterdir()) == sorted(targets), "no temporary file left behind"


@pytest.mark.secret_service
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_exporting_to_a_full_standard_output_says_the_write_failed(service: str):  # noqa: F811
    import subprocess

    with Path("/dev/full").open("w", encoding="utf-8") as full:
        result = subprocess.run(
            [sys.executable, "-m", "secguard", "--lang", "en", "bookmarks", "export", "-"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "LANG": "C.UTF-8", "SECGUARD_KEYRING_SERVICE": service},
            timeout=60,
            check=False,
        )
    assert result.returncode == EXIT_INVALID_INPUT
    assert result.stderr == "secguard: The file cannot be written.\n"
