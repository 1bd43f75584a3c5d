"""What goes into the PyInstaller bundle, and what is trimmed out of it.

Imported by ``secguard.spec`` (and by the tests, which check the rules on
their own).  Python code is found by PyInstaller's import analysis; this
module adds what import analysis cannot see (data files, package metadata,
entry-point plugins of the runtime dependencies, all read from the installed
distributions, never from a hand-kept list) and takes out the parts of
PySide6 that secguard does not use.

Qt plugins are kept by type and name: the platform plugins a desktop needs
(xcb and offscreen; windows and cocoa elsewhere), input methods (a
Japanese user types through ibus or fcitx), the accessibility bridge, the
portal theme (native file dialogs) and the common image formats.  Every
other plugin is dropped, and with it every shared library that only a
dropped plugin needed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path, PurePosixPath

# The same closure Help → About lists: one rule for "what secguard ships".
from secguard.about import runtime_distributions

# (destination in the bundle, source path, PyInstaller type code)
TocEntry = tuple[str, str, str]

# Plugin type -> plugin names kept (None keeps every plugin of the type).
KEPT_PLUGINS: dict[str, frozenset[str] | None] = {
    # No Wayland plugin: 1.7 MB of a 90 MB budget, and under a Wayland session
    # Qt falls back to xcb through XWayland, which GNOME and KDE install.
    "platforms": frozenset({"qxcb", "qoffscreen", "qwindows", "qcocoa"}),
    "platforminputcontexts": None,
    "xcbglintegrations": None,
    "accessiblebridge": None,
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "imageformats": frozenset({"qjpeg", "qgif", "qico"}),
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"}),
}

# Qt's own translations: the dialog buttons and standard texts, in our two languages.
KEPT_QT_TRANSLATIONS = re.compile(r"^(qt|qtbase)_(ja|en)\.qm$")

# Never part of the app, whatever some dependency imports for optional features.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc_data",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtOpenGL",
    "PySide6.QtSvg",
    "PySide6.QtPdf",
    "PySide6.QtWebEngineCore",
    "PySide6.QtDBus",
    # The single-instance request is a watched file now (ui/single_instance.py).
    "PySide6.QtNetwork",
    # Standard modules some dependency refers to for features secguard never uses
    # (filelock's and jeepney's async APIs, process pools, tar archives).
    "asyncio",
    "multiprocessing",
    "tarfile",
    # Chinese and Korean codecs (Japanese ones stay: Shift_JIS, EUC-JP, ISO-2022-JP).
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_kr",
    "_codecs_tw",
    # Build tools that cffi and others import for compiling, never at run time.
    "setuptools",
    "pkg_resources",
    "distutils",
    "_distutils_hack",
    "pip",
    "pytest",
    "_pytest",
]

# Distributions whose files PyInstaller's Qt hooks already collect (then trimmed here).
QT_DISTRIBUTIONS = frozenset({"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"})


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def top_level_packages(dist: metadata.Distribution) -> list[str]:
    """The importable top-level packages a distribution installs."""
    listed = dist.read_text("top_level.txt")
    if listed:
        return [line.strip() for line in listed.splitlines() if line.strip()]
    names = set()
    for file in dist.files or []:
        parts = PurePosixPath(str(file)).parts
        if len(parts) > 1 and not parts[0].endswith((".dist-info", ".egg-info", ".data")):
            names.add(parts[0])
        elif len(parts) == 1 and parts[0].endswith(".py"):
            names.add(parts[0][:-3])
    return sorted(n for n in names if n.isidentifier() and n != "__pycache__")


def entry_point_modules(dist: metadata.Distribution, shipped: frozenset[str]) -> list[str]:
    """Modules a distribution names as plugins of a library the bundle ships.

    keyring finds its backends through its own ``keyring.backends`` entry
    points; a ``pytest11`` plugin is for pytest, which is not shipped.
    """
    return sorted(
        {ep.module for ep in dist.entry_points if _canonical(ep.group.split(".")[0]) in shipped}
    )


@dataclass(frozen=True)
class DependencyFiles:
    hiddenimports: list[str]
    datas: list[tuple[str, str]]
    metadata_dirs: list[str]  # distribution names whose metadata is copied


def dependency_files(
    collect_data: Callable[[str], list[tuple[str, str]]], root: str = "secguard"
) -> DependencyFiles:
    """Data files, metadata and plugin modules of every runtime dependency.

    ``collect_data`` is PyInstaller's ``collect_data_files`` (passed in so the
    rule can be tested without PyInstaller).  Help → About reads every
    library's metadata, so all of it is copied.
    """
    hidden: set[str] = set()
    datas: list[tuple[str, str]] = []
    names: list[str] = []
    distributions = runtime_distributions(root)
    shipped = frozenset(_canonical(d.metadata["Name"]) for d in distributions)
    for dist in distributions:
        names.append(dist.metadata["Name"])
        if _canonical(dist.metadata["Name"]) in QT_DISTRIBUTIONS:
            continue
        hidden.update(entry_point_modules(dist, shipped))
        for package in top_level_packages(dist):
            datas.extend(
                (src, dest)
                for src, dest in collect_data(package)
                if not _is_test_file(src) and not src.endswith((".pyi", "py.typed"))
            )
    return DependencyFiles(sorted(hidden), datas, names)


def _is_test_file(path: str) -> bool:
    name = Path(path).name
    folders = path.replace("\\", "/")
    return name.startswith("test") or "/tests/" in folders or "/benchmarks/" in folders


def resource_datas(repo: Path) -> list[tuple[str, str]]:
    """secguard's resources, as (source, destination folder) pairs: compiled ``.qm``
    translations but not the ``.ts`` sources."""
    folder = repo / "resources"
    pairs = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix != ".ts":
            pairs.append((str(path), str(path.parent.relative_to(repo))))
    return pairs


def _plugin_location(dest: str) -> tuple[str, str] | None:
    """(plugin type, plugin name) for a file under a Qt ``plugins`` folder."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" not in parts:
        return None
    index = len(parts) - 1 - parts[::-1].index("plugins")
    if len(parts) - index != 3:
        return None
    plugin_type, filename = parts[index + 1], parts[index + 2]
    stem = filename.split(".")[0]
    stem = stem.removeprefix("lib")
    return plugin_type, stem


def keeps_plugin(dest: str) -> bool:
    location = _plugin_location(dest)
    if location is None:
        return True
    plugin_type, name = location
    if plugin_type not in KEPT_PLUGINS:
        return False
    kept = KEPT_PLUGINS[plugin_type]
    return kept is None or name in kept or name.removesuffix("d") in kept


def keeps_data(dest: str) -> bool:
    """Qt's translations in our two languages only; Qt's QML and metatypes not at
    all; of package metadata what importlib reads (not the file lists and SBOMs)."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if parts and parts[0].endswith(".dist-info") and (parts[-1] == "RECORD" or "sboms" in parts):
        return False
    if "PySide6" not in parts:
        return True
    if "translations" in parts:
        return bool(KEPT_QT_TRANSLATIONS.match(parts[-1]))
    return not ({"qml", "metatypes", "typesystems", "include", "glue"} & set(parts))


# Where a Linux build machine keeps the libraries its packages install.
_SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")
_PYTHON_OWN = ("site-packages", "dist-packages", "lib-dynload")


def is_system_library(source: str) -> bool:
    """A shared library the build machine's OS installed (not one from a wheel or Python).

    Those are left to the system on Linux: the PySide6 wheel relies on the
    system's X11, xcb, fontconfig and glib in the same way, a distribution's
    security updates (OpenSSL, SQLite, expat) then reach secguard too, and a
    bundle built against this glibc runs only where such libraries exist
    anyway.  The Debian package names them as dependencies.
    """
    path = source.replace("\\", "/")
    if not path.startswith(_SYSTEM_LIBRARY_DIRS):
        return False
    if any(f"/{part}/" in path for part in _PYTHON_OWN):
        return False
    return not PurePosixPath(path).name.startswith("libpython")


@dataclass(frozen=True)
class Trimmed:
    binaries: list[TocEntry]
    datas: list[TocEntry]
    dropped: list[TocEntry]  # unused plugins and the libraries only they needed
    left_to_system: list[TocEntry]


def trim(
    binaries: Iterable[TocEntry],
    datas: Iterable[TocEntry],
    imports_of: Callable[[str], Iterable[str]],
    leave_system_libraries: bool,
) -> Trimmed:
    """What stays in the bundle.

    A library is dropped with a plugin when nothing kept links to it: that is
    how the QML, Quick, Wayland-compositor and EGL libraries the dropped
    plugins pulled in leave.  ``imports_of(source path)`` lists the file names
    a binary links to (PyInstaller's ``bindepend.get_imports``).  A symbolic
    link whose target left goes too.
    """
    binaries = list(binaries)
    dropped_plugins = [b for b in binaries if not keeps_plugin(b[0])]
    kept = [b for b in binaries if keeps_plugin(b[0])]
    by_name = {_name(b[0]): b for b in kept if b[2] != "SYMLINK"}
    orphans = _needed_only_by(dropped_plugins, kept, by_name, imports_of)
    kept = [b for b in kept if b not in orphans]
    # Only what a kept part needs is asked of the system (not GTK for a dropped theme).
    system = [b for b in kept if leave_system_libraries and is_system_library(b[1])]
    kept = [b for b in kept if b not in system]
    kept_datas = [d for d in datas if keeps_data(d[0])]
    present = {_normal(entry[0]) for entry in kept + kept_datas if entry[2] != "SYMLINK"}
    dangling = [
        entry
        for entry in kept + kept_datas
        if entry[2] == "SYMLINK" and _link_target(entry) not in present
    ]
    return Trimmed(
        [b for b in kept if b not in dangling],
        [d for d in kept_datas if d not in dangling],
        dropped_plugins + sorted(orphans) + dangling,
        system,
    )


def _name(dest: str) -> str:
    return PurePosixPath(dest.replace("\\", "/")).name


def _normal(dest: str) -> str:
    return str(PurePosixPath(dest.replace("\\", "/")))


def _link_target(entry: TocEntry) -> str:
    # PyInstaller's SYMLINK entries carry the target relative to the link's folder.
    parent = PurePosixPath(_normal(entry[0])).parent
    target = parent / entry[1].replace("\\", "/")
    parts: list[str] = []
    for part in target.parts:
        if part == "..":
            if parts:
                parts.pop()
        elif part != ".":
            parts.append(part)
    return str(PurePosixPath(*parts)) if parts else ""


def _closure(
    start: Iterable[TocEntry],
    by_name: dict[str, TocEntry],
    imports_of: Callable[[str], Iterable[str]],
) -> set[TocEntry]:
    seen: set[TocEntry] = set()
    pending = list(start)
    while pending:
        entry = pending.pop()
        if entry[2] == "SYMLINK":
            continue
        for name in imports_of(entry[1]):
            target = by_name.get(_name(name))
            if target is not None and target not in seen:
                seen.add(target)
                pending.append(target)
    return seen


def _needed_only_by(
    dropped: list[TocEntry],
    kept: list[TocEntry],
    by_name: dict[str, TocEntry],
    imports_of: Callable[[str], Iterable[str]],
) -> set[TocEntry]:
    from_dropped = _closure(dropped, by_name, imports_of)
    roots = [b for b in kept if b not in from_dropped and b[2] != "SYMLINK"]
    from_kept = _closure(roots, by_name, imports_of) | set(roots)
    return from_dropped - from_kept


def size_report(folder: Path, largest: int = 10) -> Iterator[str]:
    """Lines giving the total size of ``folder`` and its largest files."""
    files = [(p.stat().st_size, p) for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(size for size, _ in files)
    yield f"bundle {folder}: {total / 1e6:.1f} MB in {len(files)} files"
    yield f"the {largest} largest parts:"
    for size, path in sorted(files, key=lambda item: item[0], reverse=True)[:largest]:
        yield f"  {size / 1e6:7.1f} MB  {path.relative_to(folder)}"


def bundle_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
