"""`secguard bookmarks add|import` never store a fake; `repair` rebuilds a damaged index.

In-process, against an in-memory keyring (main(keyring_backend=...)).
"""

from __future__ import annotations

import json
from pathlib import Path

from secguard.cli import EXIT_INVALID_INPUT, EXIT_OK, main
from secguard.storage.vault import INDEX_KEY, KeyringVault, service_name
from tests.storage.fakes import MemoryKeyring

FAKE = "https://sbisec.co.jp.account-verify.com/login"


def _run(capsys, backend, *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", "bookmarks", *args], keyring_backend=backend)
    out, err = capsys.readouterr()
    return code, out, err


def _stored(backend) -> list[str]:
    return [b.url for b in KeyringVault(backend, service_name()).load().bookmarks]


def test_a_lookalike_is_refused_and_the_real_site_named(capsys):
    backend = MemoryKeyring()
    code, out, err = _run(capsys, backend, "add", FAKE)
    assert (code, out) == (EXIT_INVALID_INPUT, "")
    assert "imitates SBI Securities" in err
    assert "Add the real SBI Securities site instead" in err
    assert _stored(backend) == []


def test_an_unknown_site_is_saved_with_a_warning(capsys):
    backend = MemoryKeyring()
    code, _out, err = _run(capsys, backend, "add", "https://example-shop.co.jp/")
    assert code == EXIT_OK
    assert "not a broker site secguard knows" in err
    assert _stored(backend) == ["https://example-shop.co.jp/"]


def test_an_official_site_is_saved_without_a_word(capsys):
    backend = MemoryKeyring()
    code, _out, err = _run(capsys, backend, "add", "https://www.rakuten-sec.co.jp/")
    assert (code, err) == (EXIT_OK, "")


def test_an_import_with_one_fake_imports_nothing_and_names_the_entry(capsys, tmp_path: Path):
    backend = MemoryKeyring()
    file = tmp_path / "in.json"
    file.write_text(
        json.dumps(
            {
                "format": "secguard-bookmarks",
                "version": 1,
                "bookmarks": [{"url": "https://www.sbisec.co.jp/"}, {"url": FAKE}],
            }
        ),
        encoding="utf-8",
    )
    code, _out, err = _run(capsys, backend, "import", str(file))
    assert code == EXIT_INVALID_INPUT
    assert "nothing was imported" in err
    assert "  2: This address imitates SBI Securities" in err
    assert _stored(backend) == []


def test_repair_rebuilds_a_damaged_index_from_the_records(capsys):
    backend = MemoryKeyring()
    _run(capsys, backend, "add", "https://www.rakuten-sec.co.jp/")
    _run(capsys, backend, "add", "https://www.monex.co.jp/")
    backend.set_password(service_name(), INDEX_KEY, "{damaged")
    code, _out, err = _run(capsys, backend, "list")
    assert "damaged" in err
    assert "secguard bookmarks repair" in err
    code, _out, _err = _run(capsys, backend, "add", "https://www.sbisec.co.jp/")
    assert code != EXIT_OK, "no write while the index is damaged"
    code, out, _err = _run(capsys, backend, "repair")
    assert code == EXIT_OK
    assert "2 found" in out
    assert _stored(backend) == ["https://www.rakuten-sec.co.jp/", "https://www.monex.co.jp/"]
    assert backend.get_password(service_name(), "index.damaged") == "{damaged"
