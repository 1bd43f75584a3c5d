"""One secguard per user: the lock, and a second launch bringing the first forward."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

from secguard.ui.single_instance import SingleInstance


def _name() -> str:
    return f"secguard-test-{uuid.uuid4().hex[:8]}"


def test_second_instance_brings_the_first_forward(qtbot, tmp_path: Path):
    name = _name()
    first = SingleInstance(tmp_path, name)
    second = SingleInstance(tmp_path, name)
    try:
        assert first.claim() is True
        first.listen()
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert second.claim() is False
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert SingleInstance(tmp_path, name).claim() is False, "and again, every time"
    finally:
        first.release()
    third = SingleInstance(tmp_path, name)
    assert third.claim() is True, "after the first quits, a new launch runs"
    third.release()


def test_a_launch_during_the_first_ones_start_up_is_answered_once_it_listens(qtbot, tmp_path: Path):
    name = _name()
    first = SingleInstance(tmp_path, name)
    try:
        assert first.claim() is True  # holds the lock, not listening yet
        assert SingleInstance(tmp_path, name).claim() is False  # no second window
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            first.listen()
    finally:
        first.release()


def test_the_lock_of_a_crashed_instance_is_taken_over_and_its_requests_dropped(
    qtbot, tmp_path: Path
):
    name = _name()
    # A real process takes the lock and dies without releasing it.
    crash = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1])\n"
        "lock.setStaleLockTime(0)\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)\n"
    )
    lock_file = tmp_path / f"{name}.lock"
    subprocess.run([sys.executable, "-c", crash, str(lock_file)], check=True, timeout=60)
    assert lock_file.exists()
    (tmp_path / f"{name}.activate").write_text("show\n")  # asked of the one that crashed
    survivor = SingleInstance(tmp_path, name)
    try:
        assert survivor.claim() is True
        with qtbot.assertNotEmitted(survivor.activation_requested, wait=300):
            survivor.listen()
    finally:
        survivor.release()
