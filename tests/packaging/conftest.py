"""The bundle is built once per test run (and reused while its inputs are unchanged).

PyInstaller runs as a child process with the example preset, into
``build/test-bundle/`` of the checkout; ``packaging/build.py --reuse`` skips
the build when sources, resources, packaging files, the preset and the
installed packages are the same as for the bundle already there.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
EXAMPLE_PRESET = "sakuradori-example"


def load_packaging_module(name: str) -> ModuleType:
    """A module of packaging/ (not a package: PyInstaller's spec imports them by path)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class BuiltBundle:
    folder: Path
    executable: Path
    build_output: str
    seconds: float


def _why_pyinstaller_cannot_run() -> str | None:
    if importlib.util.find_spec("PyInstaller") is None:
        return "PyInstaller is not installed (it comes with the dev extra: make test installs it)"
    if sys.platform.startswith("linux"):
        icu_data = load_packaging_module("icu_data")
        missing = icu_data.missing_tools()
        if missing:
            return f"missing {', '.join(missing)} (scripts/system-deps.sh bundle installs them)"
    return None


@pytest.fixture(scope="session")
def built_bundle() -> BuiltBundle:
    reason = _why_pyinstaller_cannot_run()
    if reason is not None:
        pytest.skip(reason)
    dist = REPO / "build" / "test-bundle" / "dist"
    work = REPO / "build" / "test-bundle" / "work"
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "build.py"),
            "--preset",
            EXAMPLE_PRESET,
            "--dist",
            str(dist),
            "--work",
            str(work),
            "--reuse",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.monotonic() - started
    if result.returncode != 0:
        pytest.fail(f"the bundle did not build:\n{result.stdout}\n{result.stderr}")
    print(f"\nbundle build: {seconds:.1f} s\n{result.stdout}")
    executable = dist / "secguard" / ("secguard.exe" if sys.platform == "win32" else "secguard")
    return BuiltBundle(dist / "secguard", executable, result.stdout, seconds)
