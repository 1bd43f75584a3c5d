"""Which shared libraries from outside the PySide6 wheel secguard's run path links.

Read from the ELF files themselves (readelf's NEEDED and RUNPATH entries), so
the answer does not depend on what this machine has installed: a library the
wheel needs is listed whether or not it is here.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[(?P<name>[^\]]+)\]")
_SEARCH_PATH = re.compile(r"\((?:RUNPATH|RPATH)\)\s+Library r(?:un)?path: \[(?P<dirs>[^\]]+)\]")
_LDD_LINE = re.compile(r"^\s*(?P<name>\S+) => (?P<target>not found|\S+)")
# The program interpreter has no "=>": "\t/lib64/ld-linux-x86-64.so.2 (0x...)".
_LDD_INTERPRETER = re.compile(r"^\s*(?P<target>/\S+) \(0x")

# What the window and the tools load from the wheel beyond the Python modules:
# the two platforms (xcb for the window, offscreen for the self-test), the GL
# integrations xcb loads when a widget wants a GL context, the compose input
# context xcb loads at start, and the Linguist tools `make` runs.
PLUGIN_PATTERNS = (
    "platforms/libqxcb.so*",
    "platforms/libqoffscreen.so*",
    "xcbglintegrations/*.so*",
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so*",
)
TOOLS = ("lrelease", "lupdate")

# Only the loader's own view: a developer's LD_LIBRARY_PATH must not decide.
_PLAIN_ENVIRONMENT = {"PATH": os.defpath, "LC_ALL": "C"}


@dataclass(frozen=True)
class LinkWalk:
    """The wheel files reached from the roots, and what they need from outside it."""

    inside: frozenset[Path]
    outside: dict[str, frozenset[Path]] = field(default_factory=dict)  # soname: who needs it


def run_path_roots(site_packages: Path, qt_modules: Iterable[str]) -> list[Path]:
    pyside = site_packages / "PySide6"
    plugins = pyside / "Qt" / "plugins"
    roots = [pyside / f"{module}.abi3.so" for module in sorted(qt_modules)]
    roots.append(site_packages / "shiboken6" / "Shiboken.abi3.so")
    for pattern in PLUGIN_PATTERNS:
        roots.extend(sorted(plugins.glob(pattern)))
    roots.extend(pyside / tool for tool in TOOLS)
    return roots


def walk_links(roots: Iterable[Path]) -> LinkWalk:
    inside: set[Path] = set()
    outside: dict[str, set[Path]] = {}
    todo = [root.resolve() for root in roots]
    while todo:
        elf = todo.pop()
        if elf in inside:
            continue
        inside.add(elf)
        needed, search_dirs = _dynamic_section(elf)
        for soname in needed:
            found = next((d / soname for d in search_dirs if (d / soname).is_file()), None)
            if found is None:
                outside.setdefault(soname, set()).add(elf)
            else:
                todo.append(found.resolve())
    return LinkWalk(frozenset(inside), {name: frozenset(by) for name, by in outside.items()})


def _dynamic_section(elf: Path) -> tuple[list[str], list[Path]]:
    text = subprocess.run(
        ["readelf", "--dynamic", "--wide", str(elf)],
        capture_output=True,
        text=True,
        check=True,
        env=_PLAIN_ENVIRONMENT,
    ).stdout
    search_dirs = [
        Path(entry.replace("${ORIGIN}", str(elf.parent)).replace("$ORIGIN", str(elf.parent)))
        for match in _SEARCH_PATH.finditer(text)
        for entry in match["dirs"].split(":")
        if entry
    ]
    return [match["name"] for match in _NEEDED.finditer(text)], search_dirs


def loader_resolution(elf: Path) -> dict[str, Path | None]:
    """Where the dynamic loader finds each library ``elf`` needs (None: nowhere)."""
    text = subprocess.run(
        ["ldd", str(elf)], capture_output=True, text=True, check=True, env=_PLAIN_ENVIRONMENT
    ).stdout
    resolved: dict[str, Path | None] = {}
    for line in text.splitlines():
        if match := _LDD_LINE.match(line):
            target = match["target"]
            resolved[match["name"]] = None if target == "not found" else Path(target)
        elif match := _LDD_INTERPRETER.match(line):
            resolved[Path(match["target"]).name] = Path(match["target"])
    return resolved


def mapped_files(maps_text: str, under: Iterable[Path]) -> set[Path]:
    """The shared objects of a /proc/PID/maps text that lie under one of ``under``."""
    folders = [folder.resolve() for folder in under]
    files = set()
    for line in maps_text.splitlines():
        parts = line.split(maxsplit=5)
        # Translations (.qm) and fonts are mapped too; only ELF files link anything.
        if len(parts) == 6 and parts[5].startswith("/") and ".so" in parts[5]:
            path = Path(parts[5])
            if any(path.is_relative_to(folder) for folder in folders):
                files.add(path.resolve())
    return files
