"""Two secguard processes writing at once, against the real gnome-keyring: nothing lost.

Each child waits for a line on standard input before it starts, so both
write at the same moment rather than one after the other.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from secguard.core.bookmarks import export_bookmarks, new_bookmark
from tests.cli.test_bookmarks import secguard, service  # noqa: F401 - the fixture

# Twenty `secguard bookmarks ...` commands in one process, through the CLI's
# own entry point (a new interpreter per command would mostly measure start-up).
_CHILD = """
import sys
from secguard.cli import main
sys.stdin.readline()
commands = [line.split("\\t") for line in sys.argv[1:]]
sys.exit(max(main(["--lang", "en", *command]) for command in commands))
"""


def _start(commands: list[list[str]], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD, *("\t".join(c) for c in commands)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8", **env},
    )


def _run_together(*children: subprocess.Popen[str]) -> list[str]:
    """Start every child at once; their outputs, after each has exited 0."""
    results: list[tuple[int, str, str]] = []
    try:
        for child in children:
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        for child in children:
            out, err = child.communicate(timeout=120)
            results.append((child.returncode, out, err))
    finally:
        for child in children:  # also after a failure: no process or pipe outlives the test
            if child.poll() is None:
                child.kill()
            child.communicate()
    for code, _out, err in results:
        assert code == 0, err
    return [out for _code, out, _err in results]


def _stored(env: dict[str, str]) -> list[dict[str, object]]:
    listing = secguard("bookmarks", "list", "--json", **env)
    assert listing.returncode == 0, listing.stderr
    return json.loads(listing.stdout)["bookmarks"]  # type: ignore[no-any-return]


@pytest.mark.secret_service
def test_two_processes_adding_twenty_each_store_forty_with_unique_ids(service: str):  # noqa: F811
    env = {"SECGUARD_KEYRING_SERVICE": service}
    children = [
        _start(
            [["bookmarks", "add", f"https://www{n}.{side}.example.co.jp/"] for n in range(20)], env
        )
        for side in ("left", "right")
    ]
    outputs = _run_together(*children)
    printed = [int(i) for i in re.findall(r"^Added bookmark (\d+):", "".join(outputs), re.M)]
    assert len(printed) == 40
    assert len(set(printed)) == 40, "no id was handed out twice"
    stored = _stored(env)
    assert len(stored) == 40
    assert sorted(b["id"] for b in stored) == sorted(printed)  # type: ignore[type-var]


@pytest.mark.secret_service
def test_two_parallel_imports_of_twenty_store_forty(service: str, tmp_path: Path):  # noqa: F811
    env = {"SECGUARD_KEYRING_SERVICE": service}
    files = []
    for side in ("left", "right"):
        path = tmp_path / f"{side}.json"
        bookmarks = [new_bookmark(f"https://www{n}.{side}.example.co.jp/") for n in range(20)]
        path.write_text(export_bookmarks(bookmarks), encoding="utf-8")
        files.append(path)
    outputs = _run_together(*(_start([["bookmarks", "import", str(f)]], env) for f in files))
    assert all("Bookmarks imported: 20 (already there: 0)." in out for out in outputs)
    stored = _stored(env)
    assert len(stored) == 40
    assert len({b["id"] for b in stored}) == 40

    # The same file imported twice at once: every address once.
    again = _run_together(*(_start([["bookmarks", "import", str(files[0])]], env) for _ in "ab"))
    assert all("(already there: 20)" in out for out in again), again
    assert len(_stored(env)) == 40
