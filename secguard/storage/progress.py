"""The non-secret progress file: steps done, review dates, language, dismissed notices.

JSON under the platform's user data directory, written atomically (see
``files.atomic_write``) so that a crash or a full disk
leaves either the old file or the new one, never half of one.  A file that
cannot be read is renamed aside with a timestamp, the person is told, and
secguard goes on with defaults: nothing is overwritten.  "Cannot be read"
includes a name that is not a regular file (a FIFO, a link to /dev/zero)
and a document too large or nested too deeply: the file is read with
limits, never trusted to be small.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from secguard.core.progress import Progress, ScanSummary
from secguard.core.review import ReviewRoutine
from secguard.core.untrusted_json import parse_untrusted_json
from secguard.storage.files import FileTooLarge, atomic_write, read_limited

SCHEMA_VERSION = 1
FILE_NAME = "progress.json"
MAX_FILE_BYTES = 1024 * 1024

Migration = Callable[[dict[str, Any]], dict[str, Any]]
# MIGRATIONS[n] turns a schema-n document into a schema-(n + 1) one.  Schema 1
# is the first released one, so there is none yet; the mechanism is tested
# with migrations the tests pass in.
MIGRATIONS: Mapping[int, Migration] = {}


@dataclass(frozen=True)
class ProgressLoad:
    progress: Progress
    set_aside: Path | None = None  # where an unreadable file was moved, if one was


class ProgressStore:
    def __init__(
        self,
        data_dir: Path,
        *,
        schema_version: int = SCHEMA_VERSION,
        migrations: Mapping[int, Migration] = MIGRATIONS,
    ) -> None:
        self.path = data_dir / FILE_NAME
        self._schema_version = schema_version
        self._migrations = migrations

    def load(self) -> ProgressLoad:
        try:
            raw = read_limited(self.path, MAX_FILE_BYTES)
        except FileNotFoundError:
            return ProgressLoad(Progress())
        except (OSError, FileTooLarge):  # NotRegularFile is an OSError
            return ProgressLoad(Progress(), self._set_aside())
        try:
            return ProgressLoad(self._parse(parse_untrusted_json(raw, max_bytes=MAX_FILE_BYTES)))
        except (ValueError, TypeError, KeyError):
            return ProgressLoad(Progress(), self._set_aside())

    def save(self, progress: Progress) -> None:
        document = {"schema": self._schema_version, **asdict(progress)}
        atomic_write(self.path, json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))

    def _parse(self, document: Any) -> Progress:
        if not isinstance(document, dict):
            raise TypeError("not an object")
        version = document.get("schema")
        if not isinstance(version, int) or version < 1 or version > self._schema_version:
            # A newer secguard's file is set aside too, never overwritten.
            raise ValueError(f"schema {version!r}")
        while version < self._schema_version:
            document = self._migrations[version](document)
            version += 1
        language = document.get("language")
        lists = {
            name: document.get(name, [])
            for name in (
                "completed_steps",
                "dismissed_notices",
                "preset_bookmarks_added",
            )
        }
        if not isinstance(language, str | None) or not all(
            isinstance(value, list) and all(isinstance(item, str) for item in value)
            for value in lists.values()
        ):
            raise TypeError("field types")
        scan = document.get("browser_scan")
        summary = None if scan is None else ScanSummary.from_document(scan)
        routine = ReviewRoutine.from_document(document.get("review_routine"))
        return Progress(language=language, browser_scan=summary, review_routine=routine, **lists)

    def _set_aside(self) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{FILE_NAME}.unreadable-{stamp}")
        counter = 1
        while target.exists():
            target = self.path.with_name(f"{FILE_NAME}.unreadable-{stamp}-{counter}")
            counter += 1
        self.path.replace(target)
        return target
