"""Public help desks for the "something looks wrong" playbook: police, FSA, FINMAC.

Loaded from ``resources/help_desks.json``.  Like the broker directory, every
number and its hours carry a source and the date checked, and each desk says in
one plain sentence (both languages) what it is for.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from secguard.core.broker_facts import (
    Source,
    is_japanese_number,
    read_source,
    read_texts,
    require,
)

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


@dataclass(frozen=True)
class OtherNumber:
    """A second number for callers the main one does not serve (an IP phone, say)."""

    number: str
    when: Mapping[str, str]


@dataclass(frozen=True)
class HelpDesk:
    id: str
    names: Mapping[str, str]
    number: str
    other_numbers: tuple[OtherNumber, ...]
    hours: Mapping[str, str]
    purpose: Mapping[str, str]
    caveat: Mapping[str, str] | None
    source: Source
    # The hours sometimes come from another page than the number.
    hours_source: Source | None = None


def _other_number(raw: Any, where: str) -> OtherNumber:
    require(isinstance(raw, dict), where, "other_numbers entry must be an object")
    number = raw.get("number")
    require(isinstance(number, str) and is_japanese_number(number), where, f"number {number!r}")
    return OtherNumber(number, read_texts(raw.get("when"), where, "other_numbers.when"))


def _desk(raw: Any) -> HelpDesk:
    require(isinstance(raw, dict), "?", "help desk must be an object")
    where = str(raw.get("id"))
    require(isinstance(raw.get("id"), str) and bool(_ID.match(raw["id"])), where, "id")
    number = raw.get("number")
    # The police's consultation line is the short dial #9110, not a full number.
    require(
        isinstance(number, str) and is_japanese_number(number, short_dial=True),
        where,
        f"number {number!r}",
    )
    caveat = raw.get("caveat")
    hours_source = raw.get("hours_source")
    return HelpDesk(
        id=raw["id"],
        names=read_texts(raw.get("names"), where),
        number=number,
        other_numbers=tuple(_other_number(o, where) for o in raw.get("other_numbers", [])),
        hours=read_texts(raw.get("hours"), where, "hours"),
        purpose=read_texts(raw.get("purpose"), where, "purpose"),
        caveat=None if caveat is None else read_texts(caveat, where, "caveat"),
        source=read_source(raw.get("source"), where),
        hours_source=(
            None if hours_source is None else read_source(hours_source, where, "hours_source")
        ),
    )


def parse_help_desks(document: Any) -> tuple[HelpDesk, ...]:
    require(isinstance(document, dict) and document.get("schema") == 1, "help desks", "schema 1")
    entries = document.get("desks")
    require(isinstance(entries, list) and bool(entries), "help desks", "desks")
    desks = tuple(_desk(entry) for entry in entries)
    require(len({d.id for d in desks}) == len(desks), "help desks", "ids repeated")
    return desks
