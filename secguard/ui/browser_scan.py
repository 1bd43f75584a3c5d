"""Scanning the browsers' bookmarks for imitations of brokers, off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from secguard.core.links import LinkJudge, LinkVerdict, Verdict
from secguard.storage.browsers import (
    BrowserBookmark,
    BrowserProfile,
    ProfileProblem,
    find_profiles,
    read_all,
)

PROGRESS_EVERY = 100


@dataclass(frozen=True)
class ScanReport:
    bookmarks: int
    profiles: int
    findings: list[tuple[BrowserBookmark, LinkVerdict]] = field(default_factory=list)
    problems: list[ProfileProblem] = field(default_factory=list)

    def count(self, verdict: Verdict) -> int:
        return sum(1 for _, v in self.findings if v.verdict is verdict)


def scan(
    judge: LinkJudge,
    profiles: list[BrowserProfile],
    progress: Callable[[int, int], None] = lambda _done, _total: None,
) -> ScanReport:
    """Every lookalike or suspicious bookmark in ``profiles`` (pure reading and judging)."""
    bookmarks, problems = read_all(profiles)
    findings = []
    total = len(bookmarks)
    for done, bookmark in enumerate(bookmarks, start=1):
        verdict = judge.judge_url(bookmark.url)
        if verdict is not None and verdict.dangerous:
            findings.append((bookmark, verdict))
        if done % PROGRESS_EVERY == 0 or done == total:
            progress(done, total)
    return ScanReport(total, len(profiles), findings, problems)


class BrowserScan(QObject):
    """Signals:
    progress(int, int): bookmarks judged so far, and in all.
    finished(object): the ``ScanReport``.
    failed(object): the exception, if reading failed as a whole.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        judge: LinkJudge,
        profiles: Callable[[], list[BrowserProfile]] = find_profiles,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._judge = judge
        self._profiles = profiles

    def start(self) -> None:
        judge, profiles = self._judge, self._profiles
        progress, finished, failed = self.progress, self.finished, self.failed

        class _Task(QRunnable):
            def run(self) -> None:
                try:
                    report = scan(judge, profiles(), progress.emit)
                except Exception as exc:  # noqa: BLE001 - handed to the UI as a signal
                    failed.emit(exc)
                else:
                    finished.emit(report)

        QThreadPool.globalInstance().start(_Task())
