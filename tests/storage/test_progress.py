from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from secguard.core.progress import Progress
from secguard.storage.progress import ProgressStore


def test_missing_file_gives_defaults(tmp_path: Path):
    loaded = ProgressStore(tmp_path).load()
    assert loaded.progress == Progress()
    assert loaded.set_aside is None


def test_round_trip_and_schema_version(tmp_path: Path):
    store = ProgressStore(tmp_path / "new-dir")
    progress = Progress(language="ja", completed_steps=["use-bookmarks"], reviews=["2026-11-24"])
    store.save(progress)
    assert store.load().progress == progress
    document = json.loads(store.path.read_text(encoding="utf-8"))
    assert document["schema"] == 1
    assert not list(store.path.parent.glob(".progress.json-*")), "no temporary file left behind"


@pytest.mark.parametrize(
    "content",
    [b"{broken", b"\xff\xfe\x00", b"[]", b'{"schema": 1, "reviews": "x"}', b'{"schema": 99}'],
)
def test_unreadable_file_is_set_aside_and_defaults_are_used(tmp_path: Path, content: bytes):
    store = ProgressStore(tmp_path)
    store.path.write_bytes(content)
    loaded = store.load()
    assert loaded.progress == Progress()
    assert loaded.set_aside is not None
    assert loaded.set_aside.read_bytes() == content, "the old file is kept, not lost"
    assert loaded.set_aside.name.startswith("progress.json.unreadable-")
    assert not store.path.exists()


def test_two_unreadable_files_in_the_same_second_do_not_collide(tmp_path: Path):
    store = ProgressStore(tmp_path)
    store.path.write_bytes(b"one")
    first = store.load().set_aside
    store.path.write_bytes(b"two")
    second = store.load().set_aside
    assert first is not None
    assert second is not None
    assert first != second
    assert (first.read_bytes(), second.read_bytes()) == (b"one", b"two")


def test_migrations_bring_an_old_file_up_to_date(tmp_path: Path):
    def v1_to_v2(document: dict[str, Any]) -> dict[str, Any]:
        document["dismissed_notices"] = document.pop("hidden", [])
        return document

    (tmp_path / "progress.json").write_text(
        json.dumps({"schema": 1, "language": "en", "hidden": ["welcome"]}), encoding="utf-8"
    )
    store = ProgressStore(tmp_path, schema_version=2, migrations={1: v1_to_v2})
    loaded = store.load()
    assert loaded.progress.dismissed_notices == ["welcome"]
    assert loaded.progress.language == "en"
    store.save(loaded.progress)
    assert json.loads(store.path.read_text(encoding="utf-8"))["schema"] == 2
