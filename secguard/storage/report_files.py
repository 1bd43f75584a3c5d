"""Writing a report file, atomically: a failed save leaves the old file, never half a report."""

from __future__ import annotations

from pathlib import Path

from secguard.core.report import ReportNotSaved
from secguard.storage.files import atomic_write


def write_report_file(path: Path, data: bytes) -> None:
    try:
        atomic_write(path, data)
    except OSError:
        raise ReportNotSaved(path=path.name) from None
