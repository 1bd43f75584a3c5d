"""Where the read-only resources (translations, broker directory) live."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secguard.core.brokers import Directory
    from secguard.core.help_desks import HelpDesk
    from secguard.core.system.support import SupportTable


def resources_dir() -> Path:
    """The ``resources/`` folder, in a source checkout or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


@functools.cache
def broker_directory() -> Directory:
    """The bundled broker directory, read and validated once (on first use, not at start-up)."""
    from secguard.core.brokers import InvalidDirectory, parse_directory

    path = resources_dir() / "brokers.json"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidDirectory("directory.unreadable", path=path.name) from exc
    return parse_directory(document)


@functools.cache
def help_desks() -> tuple[HelpDesk, ...]:
    """The public help desks of the playbook (police, FSA, FINMAC), read once on first use."""
    from secguard.core.broker_facts import InvalidDirectory
    from secguard.core.help_desks import parse_help_desks

    path = resources_dir() / "help_desks.json"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidDirectory("directory.unreadable", path=path.name) from exc
    return parse_help_desks(document)


@functools.cache
def romaji_dictionaries() -> dict[str, list[str]]:
    """Japanese words and names in romaji, for the strength meter (resources/romaji/README.md)."""
    folder = resources_dir() / "romaji"
    return {
        name: (folder / f"{name}.txt").read_text(encoding="utf-8").split()
        for name in ("commonWords", "firstnames", "lastnames")
    }


@functools.cache
def os_support_table() -> SupportTable:
    """End-of-support dates per Windows and macOS release (resources/os_support.json)."""
    from secguard.core.system.support import InvalidSupportTable, parse_support_table

    path = resources_dir() / "os_support.json"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidSupportTable(where=path.name) from exc
    return parse_support_table(document)
