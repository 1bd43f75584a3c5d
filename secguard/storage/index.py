"""The vault's index entry: which record ids exist, of which kind, and the next id.

``{"schema": 1, "next_id": N, "bookmark": [[1, 200]], "account": [[201, 201]]}``:
id lists are stored as ranges so that the index stays far below Windows'
2,560-byte entry limit.  It is read like any untrusted entry (``records``),
and a forged one cannot make the reader build millions of ids.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from secguard.storage.errors import IndexDamaged
from secguard.storage.records import KINDS, SCHEMA_VERSION, Kind, parse_entry

# An index lists a few thousand ids at most.
MAX_INDEXED_IDS = 100_000


@dataclass
class Index:
    next_id: int = 1
    ids: dict[Kind, list[int]] = field(default_factory=lambda: {kind: [] for kind in KINDS})


def _to_ranges(ids: Iterable[int]) -> list[list[int]]:
    ranges: list[list[int]] = []
    for value in sorted(set(ids)):
        if ranges and value == ranges[-1][1] + 1:
            ranges[-1][1] = value
        else:
            ranges.append([value, value])
    return ranges


def _from_ranges(ranges: Any, budget: list[int]) -> list[int]:
    """The ids of ``[[first, last], ...]``; ``budget`` holds how many more may be made."""
    if not isinstance(ranges, list):
        raise ValueError("ranges")
    ids: list[int] = []
    for pair in ranges:
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in pair)
            or not 1 <= pair[0] <= pair[1]
        ):
            raise ValueError("range")
        budget[0] -= pair[1] - pair[0] + 1
        if budget[0] < 0:
            raise ValueError("too many ids")
        ids.extend(range(pair[0], pair[1] + 1))
    return ids


def parse_index(raw: str) -> Index:
    """The stored index, or ``IndexDamaged``."""
    try:
        data = parse_entry(raw)
        if not isinstance(data, dict) or data.get("schema") != SCHEMA_VERSION:
            raise ValueError("schema")
        next_id = data["next_id"]
        if not isinstance(next_id, int) or isinstance(next_id, bool) or next_id < 1:
            raise ValueError("next_id")
        budget = [MAX_INDEXED_IDS]
        ids = {kind: _from_ranges(data.get(kind, []), budget) for kind in KINDS}
    except (ValueError, KeyError, TypeError) as exc:  # UnreadableRecord is a ValueError
        raise IndexDamaged() from exc
    return Index(next_id=next_id, ids=ids)


def index_text(index: Index) -> str:
    data: dict[str, Any] = {"schema": SCHEMA_VERSION, "next_id": index.next_id}
    data.update({kind: _to_ranges(index.ids[kind]) for kind in KINDS})
    return json.dumps(data, separators=(",", ":"))
