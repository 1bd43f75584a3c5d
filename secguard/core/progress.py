"""What secguard remembers of the person's progress: steps done, reviews, scans.

Plain data, no secrets.  ``storage.progress.ProgressStore`` reads and writes
it as ``progress.json``; the checks in ``core.checks`` read it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from secguard.core.review import ReviewRoutine


@dataclass(frozen=True)
class ScanSummary:
    """The last scan of the browsers' bookmarks: when, how many, how many imitations."""

    at: str
    bookmarks: int
    lookalikes: int
    suspicious: int

    @classmethod
    def from_document(cls, data: object) -> ScanSummary:
        """The summary a progress file holds; TypeError when it is not one."""
        if not isinstance(data, Mapping) or not isinstance(data.get("at"), str):
            raise TypeError("browser_scan")
        counts = [data.get(name, 0) for name in ("bookmarks", "lookalikes", "suspicious")]
        if not all(type(count) is int and count >= 0 for count in counts):
            raise TypeError("browser_scan")
        return cls(data["at"], *counts)


@dataclass
class Progress:
    language: str | None = None
    completed_steps: list[str] = field(default_factory=list)
    dismissed_notices: list[str] = field(default_factory=list)
    # The last scan of the browsers' bookmarks.  Added within schema 1 (absent = never).
    browser_scan: ScanSummary | None = None
    # Brokerage presets whose log-in page was bookmarked at first start (once
    # only: a bookmark the person deleted stays deleted).  Added within schema 1.
    preset_bookmarks_added: list[str] = field(default_factory=list)
    # Step 5's cadences, review log and playbook runs.  Added within schema 1 (absent = none).
    review_routine: ReviewRoutine = field(default_factory=ReviewRoutine)
