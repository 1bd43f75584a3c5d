"""Where the read-only resources (translations, broker directory, preset) live."""

from __future__ import annotations

import dataclasses
import functools
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secguard.core.brokers import Directory
    from secguard.core.help_desks import HelpDesk
    from secguard.core.preset import Preset
    from secguard.core.system.support import SupportTable

PRESET_FILE = "preset.json"


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
    directory = dataclasses.replace(parse_directory(document), popular=popular_domains())
    preset = bundled_preset()
    if preset is None:
        return directory
    from secguard.core.preset import with_preset

    return with_preset(directory, preset)


def breach_check_proxy() -> str | None:
    """The bundle's brokerage preset's proxy for the breach check, if it names one."""
    preset = bundled_preset()
    return None if preset is None else preset.breach_check_proxy


def bundled_preset_dir() -> Path | None:
    """The preset folder inside a PyInstaller bundle, if the bundle was built with one.

    Only the bundle's own folder counts: no environment variable, user file or
    source checkout can make a domain official.
    """
    if getattr(sys, "_MEIPASS", None) is None:
        return None
    folder = resources_dir() / "preset"
    return folder if (folder / PRESET_FILE).is_file() else None


@functools.cache
def bundled_preset() -> Preset | None:
    """The brokerage preset this bundle was built with, or None (``InvalidPreset``
    if the bundle's copy is damaged)."""
    folder = bundled_preset_dir()
    return None if folder is None else read_preset(folder / PRESET_FILE)


def read_preset(path: Path) -> Preset:
    """The preset in ``path``, checked against the schema, with its logo beside it."""
    from secguard.core.preset import InvalidPreset, PresetProblem, parse_preset

    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        schema = json.loads((resources_dir() / "preset.schema.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidPreset([PresetProblem("", f"not readable as JSON: {exc}")]) from exc
    preset = parse_preset(document, schema)
    if not (path.parent / preset.logo).is_file():
        raise InvalidPreset(
            [PresetProblem("/brand/logo", f"{preset.logo} is not beside the preset")]
        )
    return preset


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
def popular_domains() -> frozenset[str]:
    """The registrable domains of the web's most linked-to sites (resources/popular/README.md):
    one per line, "#" comments."""
    path = resources_dir() / "popular" / "domains.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


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
