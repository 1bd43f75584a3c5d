from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
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
    progress = Progress(language="ja", completed_steps=["use-bookmarks"], dismissed_notices=["x"])
    store.save(progress)
    assert store.load().progress == progress
    document = json.loads(store.path.read_text(encoding="utf-8"))
    assert document["schema"] == 1
    assert not list(store.path.parent.glob(".progress.json-*")), "no temporary file left behind"


@pytest.mark.parametrize(
    "content",
    [
        b"{broken",
        b"\xff\xfe\x00",
        b"[]",
        b'{"schema": 1, "completed_steps": "x"}',
        b'{"schema": 99}',
    ],
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


# --- hostile files: every one set aside, secguard goes on, nothing waits or grows --------


def _run_check_bounded(data_home: Path) -> subprocess.CompletedProcess[str]:
    """`secguard check --json` with this data directory, in 1.5 GB of address space.

    A FIFO that is opened for reading waits for a writer forever and
    ``/dev/zero`` never ends: a build that forgets either fails here (a
    timeout, a MemoryError) instead of hanging or swapping the test run.
    """

    def limit_memory() -> None:  # runs in the child, before exec
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (1536 * 1024 * 1024,) * 2)

    return subprocess.run(
        [sys.executable, "-m", "secguard", "--lang", "en", "check", "--json"],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "XDG_DATA_HOME": str(data_home),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        },
        timeout=30,
        check=False,
        preexec_fn=limit_memory,
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs and /dev/zero")
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "directory"])
def test_a_progress_file_that_is_no_regular_file_is_set_aside(tmp_path: Path, kind: str):
    data_dir = tmp_path / "secguard"
    data_dir.mkdir()
    target = data_dir / "progress.json"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "dev-zero":
        target.symlink_to("/dev/zero")
    else:
        target.mkdir()
    result = _run_check_bounded(tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["precautions"]) == 7
    [kept] = data_dir.glob("progress.json.unreadable-*")
    checks = {"fifo": stat.S_ISFIFO, "dev-zero": stat.S_ISLNK, "directory": stat.S_ISDIR}
    assert checks[kind](kept.lstat().st_mode), "the odd file itself is kept, not replaced"
    assert Path("/dev/zero").is_char_device()


@pytest.mark.parametrize(
    "content",
    [b"[" * 100_000, b'{"schema": 1, "completed_steps": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"],
)
def test_deeply_nested_progress_file_is_set_aside(tmp_path: Path, content: bytes):
    store = ProgressStore(tmp_path)
    store.path.write_bytes(content)
    loaded = store.load()
    assert loaded.progress == Progress()
    assert loaded.set_aside is not None
    assert loaded.set_aside.read_bytes() == content


def test_saving_through_a_link_replaces_its_target_not_the_link(tmp_path: Path):
    real = tmp_path / "elsewhere" / "progress.json"
    real.parent.mkdir()
    real.write_text("{}", encoding="utf-8")
    store = ProgressStore(tmp_path / "data")
    store.path.parent.mkdir()
    store.path.symlink_to(real)
    store.save(Progress(language="ja"))
    assert store.path.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["language"] == "ja"
