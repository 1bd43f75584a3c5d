"""The browsers' own bookmarks, judged: which lead to an imitation of a broker.

Reading the browsers' files is storage's (``storage.browsers.read_all``);
judging what was read is this module's, shared by the window and the links
benchmark.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secguard.core.links import LinkJudge, LinkVerdict, Verdict

PROGRESS_EVERY = 100

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BrowserBookmark:
    """One bookmark as a browser keeps it."""

    browser: str
    profile: str
    title: str
    url: str


@dataclass(frozen=True)
class ScanReport:
    bookmarks: int
    profiles: int
    findings: list[tuple[BrowserBookmark, LinkVerdict]] = field(default_factory=list)
    problems: Sequence[object] = ()  # profiles that could not be read

    def count(self, verdict: Verdict) -> int:
        return sum(1 for _, v in self.findings if v.verdict is verdict)


def judge_bookmarks(
    judge: LinkJudge,
    bookmarks: Sequence[BrowserBookmark],
    *,
    profiles: int,
    problems: Sequence[object] = (),
    progress: Progress = lambda _done, _total: None,
) -> ScanReport:
    """Every lookalike or suspicious bookmark among ``bookmarks``."""
    findings = []
    total = len(bookmarks)
    for done, bookmark in enumerate(bookmarks, start=1):
        verdict = judge.judge_url(bookmark.url)
        if verdict is not None and verdict.verdict.dangerous:
            findings.append((bookmark, verdict))
        if done % PROGRESS_EVERY == 0 or done == total:
            progress(done, total)
    return ScanReport(total, profiles, findings, list(problems))
