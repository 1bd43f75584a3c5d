"""`make run` on a bare Debian: every library the run path loads is installed by it.

The run path is PySide6's Python modules that secguard imports, the Qt
libraries behind them, the xcb and offscreen platform plugins and the
lrelease/lupdate tools.  Each library they link from outside the wheel must
come from a package that ``scripts/system-deps.sh run`` installs or that a
minimal Debian (debootstrap minbase) already has.  What else happens to be
installed here (the test profile's gnome-keyring pulls in libglib, which once
hid libglib2.0-0 missing from the run list) does not count.

The slower, end-to-end proof is scripts/bare-debian-make-run.sh (see README).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.packaging import debian_packages, shared_libraries

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_DEPS = ROOT / "scripts" / "system-deps.sh"

_MISSING_TOOLS = [tool for tool in ("dpkg-query", "readelf", "ldd") if shutil.which(tool) is None]
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or bool(_MISSING_TOOLS),
    reason="needs a Debian-based Linux with dpkg-query, readelf (binutils) and ldd; "
    f"missing here: {', '.join(_MISSING_TOOLS) or sys.platform}",
)


@dataclass(frozen=True)
class OutsideLibrary:
    soname: str
    path: Path | None  # where the loader finds it here; None: nowhere
    package: str | None  # the package that installed it; None: none did
    needed_by: tuple[str, ...]  # the wheel files that link it

    def __str__(self) -> str:
        where = f"{self.package} ({self.path})" if self.package else f"no package ({self.path})"
        return f"{self.soname} from {where}, needed by {', '.join(self.needed_by)}"


@dataclass(frozen=True)
class RunPath:
    site_packages: Path
    walk: shared_libraries.LinkWalk
    libraries: tuple[OutsideLibrary, ...]


def profile_packages(profile: str) -> frozenset[str]:
    listed = subprocess.run(
        [str(SYSTEM_DEPS), "--list", profile], capture_output=True, text=True, check=True
    ).stdout
    return frozenset(listed.split())


def qt_modules_secguard_imports() -> set[str]:
    sources = (path.read_text(encoding="utf-8") for path in (ROOT / "secguard").rglob("*.py"))
    return {name for text in sources for name in re.findall(r"\bPySide6\.(Qt\w+)", text)}


def libraries_not_installed_by(
    libraries: tuple[OutsideLibrary, ...], allowed: frozenset[str]
) -> list[OutsideLibrary]:
    return [library for library in libraries if library.package not in allowed]


@pytest.fixture(scope="module")
def run_path() -> RunPath:
    return collect_run_path()


def collect_run_path() -> RunPath:
    import PySide6

    site_packages = Path(PySide6.__file__).resolve().parents[1]
    roots = shared_libraries.run_path_roots(site_packages, qt_modules_secguard_imports())
    missing_roots = [str(root) for root in roots if not root.is_file()]
    assert missing_roots == [], "PySide6's wheel no longer has these; update the roots"
    walk = shared_libraries.walk_links(roots)
    located: dict[str, Path | None] = {}
    for soname, needed_by in walk.outside.items():
        located[soname] = shared_libraries.loader_resolution(min(needed_by)).get(soname)
    owners = debian_packages.file_owners(path for path in located.values() if path)
    libraries = tuple(
        OutsideLibrary(
            soname,
            path,
            owners.get(path) if path else None,
            tuple(sorted(elf.name for elf in walk.outside[soname])),
        )
        for soname, path in sorted(located.items())
    )
    return RunPath(site_packages, walk, libraries)


@pytest.fixture(scope="module")
def minimal_debian() -> frozenset[str]:
    return debian_packages.minimal_debian(debian_packages.installed_packages())


def test_every_library_of_the_run_path_comes_from_the_run_list_or_a_minimal_debian(
    run_path: RunPath, minimal_debian: frozenset[str]
):
    allowed = profile_packages("run") | minimal_debian
    missing = libraries_not_installed_by(run_path.libraries, allowed)
    assert not missing, "add these packages to run_packages in scripts/system-deps.sh:\n" + (
        "\n".join(str(library) for library in missing)
    )


def test_the_check_names_libglib_when_the_run_list_leaves_it_out(
    run_path: RunPath, minimal_debian: frozenset[str]
):
    # The bug this check exists for: Qt's libraries and lrelease link libglib.
    allowed = (profile_packages("run") - {"libglib2.0-0"}) | minimal_debian
    missing = libraries_not_installed_by(run_path.libraries, allowed)
    assert {library.package for library in missing} == {"libglib2.0-0"}
    assert {"libglib-2.0.so.0", "libgthread-2.0.so.0"} <= {lib.soname for lib in missing}
    needing = {name for lib in missing for name in lib.needed_by}
    assert {"libQt6Core.so.6", "libQt6XcbQpa.so.6"} <= needing


def test_the_walk_reaches_qt_lrelease_and_both_platforms(run_path: RunPath):
    reached = {path.name for path in run_path.walk.inside}
    assert {"libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6"} <= reached
    assert {"libqxcb.so", "libqoffscreen.so", "libQt6XcbQpa.so.6", "lrelease"} <= reached


def test_a_minimal_debian_is_not_whatever_is_installed_here(minimal_debian: frozenset[str]):
    assert {"libc6", "dpkg", "apt", "bash"} <= minimal_debian
    # Installed here by the test profile (gnome-keyring pulls in libglib), yet
    # not on a bare Debian: counting them would hide the bug this file is for.
    installed = debian_packages.installed_packages()
    hidden_helpers = {"gnome-keyring", "libglib2.0-0", "xvfb", "libxcb1"}
    assert hidden_helpers <= installed.keys()
    assert hidden_helpers.isdisjoint(minimal_debian)


def test_the_walk_covers_every_wheel_file_the_self_test_loads(run_path: RunPath, tmp_path: Path):
    loaded = _wheel_files_loaded_by(
        run_path,
        "from secguard.cli import main\nstatus = main(['--self-test'])\n",
        maps=tmp_path / "maps",
        environment=dict(os.environ),
    )
    assert any(path.name.startswith("libqoffscreen.so") for path in loaded)
    assert sorted(str(path) for path in loaded - run_path.walk.inside) == []


def test_the_walk_covers_every_wheel_file_the_window_loads_on_xcb(
    run_path: RunPath, tmp_path: Path
):
    if shutil.which("Xvfb") is None:
        pytest.skip("no Xvfb here to show the window on the xcb platform")
    show_the_window = (
        "from secguard.i18n import Language\n"
        "from secguard.storage.paths import AppPaths\n"
        "from secguard.storage.vault import KeyringVault\n"
        "from secguard.ui.app import build_main_window, create_application\n"
        "from tests.storage.fakes import MemoryKeyring\n"
        "app = create_application([sys.argv[0], '-platform', 'xcb'])\n"
        f"paths = AppPaths(data_dir=Path({str(tmp_path)!r}), log_dir=Path({str(tmp_path)!r}))\n"
        "window = build_main_window(app, Language.JAPANESE, paths, KeyringVault(MemoryKeyring()))\n"
        "window.show()\n"
        "for _ in range(20): app.processEvents()\n"
        "status = 0\n"
    )
    with xvfb_display() as display:
        loaded = _wheel_files_loaded_by(
            run_path,
            show_the_window,
            maps=tmp_path / "maps",
            environment={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
        )
    assert any(path.name.startswith("libqxcb.so") for path in loaded)
    assert sorted(str(path) for path in loaded - run_path.walk.inside) == []


def _wheel_files_loaded_by(
    run_path: RunPath, code: str, maps: Path, environment: dict[str, str]
) -> set[Path]:
    """Runs ``code`` (which sets ``status``) in a new Python; the wheel files it had loaded."""
    child = (
        "import sys\nfrom pathlib import Path\n"
        + code
        + f"Path({str(maps)!r}).write_text(Path('/proc/self/maps').read_text())\n"
        + "sys.exit(status)\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", child],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    wheel = [run_path.site_packages / "PySide6", run_path.site_packages / "shiboken6"]
    return shared_libraries.mapped_files(maps.read_text(), wheel)


@contextlib.contextmanager
def xvfb_display() -> Iterator[str]:
    """A private Xvfb; -displayfd says which display once it is ready (no sleeping)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0", "1280x800x24"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announcement:
            number = announcement.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait()
