"""The README's `make run` on a bare Debian 12 root, end to end.

scripts/bare-debian-make-run.sh builds a minimal Debian root with debootstrap,
copies this checkout into it and runs `make run ARGS=--self-test` there (and
opens the window on xcb when Xvfb is here).  It needs root and the network and
takes one to two minutes even with its caches warm, too long for every
developer's `make test` on a shared machine: it runs in CI (CI=true) and when
SECGUARD_BARE_DEBIAN=1 asks for it, and skips with its reason otherwise.  The
quick check that runs everywhere is test_run_dependencies.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "bare-debian-make-run.sh"
OPTED_IN = os.environ.get("CI") == "true" or os.environ.get("SECGUARD_BARE_DEBIAN") == "1"


def _why_it_cannot_run() -> str | None:
    if not OPTED_IN:
        return (
            "slow (1-2 min, network): runs in CI, with SECGUARD_BARE_DEBIAN=1 or `make bare-debian`"
        )
    if os.geteuid() != 0:
        return "debootstrap and chroot need root"
    if shutil.which("dpkg") is None:
        return "not a Debian-based system: no dpkg to run debootstrap with"
    if shutil.which("debootstrap") is None and shutil.which("apt-get") is None:
        return "no debootstrap, and no apt-get to install it"
    return None


@pytest.mark.skipif(_why_it_cannot_run() is not None, reason=str(_why_it_cannot_run()))
def test_make_run_passes_its_self_test_on_a_bare_debian_12():
    # The caches live in the real home: conftest points XDG_CACHE_HOME at a
    # temporary folder, which would make every run download everything again.
    cache = os.environ.get("SECGUARD_CACHE_DIR") or str(Path.home() / ".cache" / "secguard")
    result = subprocess.run(
        [str(SCRIPT), "bookworm"],
        env={**os.environ, "SECGUARD_CACHE_DIR": cache},
        capture_output=True,
        text=True,
        timeout=30 * 60,
        check=False,
    )
    output = (result.stdout + result.stderr)[-6000:]
    assert result.returncode == 0, output
    assert "self-test passed" in result.stdout, output
