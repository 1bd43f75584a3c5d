"""What secguard remembers of the person's progress: steps done, reviews, scans.

Plain data, no secrets.  ``storage.progress.ProgressStore`` reads and writes
it as ``progress.json``; the checks in ``core.checks`` read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Progress:
    language: str | None = None
    completed_steps: list[str] = field(default_factory=list)
    reviews: list[str] = field(default_factory=list)
    dismissed_notices: list[str] = field(default_factory=list)
    # The last scan of the browsers' bookmarks: {"at": ISO time, "bookmarks": n,
    # "lookalikes": n, "suspicious": n}.  Added within schema 1 (absent = never).
    browser_scan: dict[str, Any] | None = None
    # Brokerage presets whose log-in page was bookmarked at first start (once
    # only: a bookmark the person deleted stays deleted).  Added within schema 1.
    preset_bookmarks_added: list[str] = field(default_factory=list)
