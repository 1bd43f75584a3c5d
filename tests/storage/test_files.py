"""Atomic writes, against a real failure of the operating system in the middle of a write.

The child process may write files of at most LIMIT bytes (RLIMIT_FSIZE, with
SIGXFSZ ignored, so write() fails with EFBIG part-way, as on a full disk).
A write that replaced the file in place would leave it truncated or half new.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

LIMIT = 64 * 1024

pytestmark = pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")


def _run_limited(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    prelude = textwrap.dedent(
        f"""
        import resource, signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({LIMIT}, {LIMIT}))
        """
    )
    return subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_write_that_fails_half_way_leaves_the_old_file_whole(tmp_path: Path):
    target = tmp_path / "progress.json"
    old = b"old content\n" * 100
    target.write_bytes(old)
    result = _run_limited(
        f"""
        from pathlib import Path
        from secguard.storage.files import atomic_write
        try:
            atomic_write(Path({str(target)!r}), b"n" * {LIMIT * 4})
        except OSError as error:
            print("failed", error.errno)
        """,
        Path.cwd(),
    )
    assert result.stdout.startswith("failed"), result.stderr
    assert target.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["progress.json"], "no temp file left"


def test_a_progress_save_that_fails_keeps_the_previous_progress(tmp_path: Path):
    result = _run_limited(
        f"""
        from pathlib import Path
        from secguard.core.progress import Progress
        from secguard.storage.progress import ProgressStore
        store = ProgressStore(Path({str(tmp_path)!r}))
        store.save(Progress(language="ja", completed_steps=["no-links-in-messages"]))
        try:
            store.save(Progress(language="en", completed_steps=["x" * {LIMIT}]))
        except OSError:
            print("failed")
        print(store.load().progress)
        """,
        Path.cwd(),
    )
    assert result.stdout.startswith("failed"), result.stderr
    assert "language='ja'" in result.stdout
    assert "completed_steps=['no-links-in-messages']" in result.stdout
