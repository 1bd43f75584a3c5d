"""The time, for the few callers at the edge that need the real one.

Core functions take the time as an argument (``at=``); the window and the
CLI pass ``now_iso()`` (or a clock of their own in tests).
"""

from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    """Now in UTC, to the second, as ISO 8601 (the format every record keeps)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()
