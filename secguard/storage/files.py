"""Writing and reading the person's files safely (progress, bookmark exports)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from secguard.core import bookmarks as core
from secguard.core.bookmarks import Bookmark


class FileTooLarge(ValueError):
    pass


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` so that ``path`` holds either the old or the new content, never half.

    Temporary file in the same directory, fsync, rename, then fsync of the
    directory (POSIX) so the rename itself survives a power cut.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temp_name).replace(path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    if os.name == "posix":  # Windows has no directory fsync
        dir_fd = os.open(path.parent, os.O_RDONLY)
        with contextlib.suppress(OSError):
            os.fsync(dir_fd)
        os.close(dir_fd)


def read_limited(path: Path, limit: int) -> bytes:
    """The file's bytes, or ``FileTooLarge`` without reading more than ``limit + 1``."""
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(str(path))
    return data


def read_bookmark_file(path: Path) -> list[Bookmark]:
    """The bookmarks of an export file, all validated, or ``InvalidBookmarkFile``."""
    try:
        data = read_limited(path, core.MAX_IMPORT_BYTES)
    except FileTooLarge:
        raise core.InvalidBookmarkFile(
            "bookmark.file_too_large", limit=str(core.MAX_IMPORT_BYTES // 1024)
        ) from None
    except OSError:
        raise core.InvalidBookmarkFile("bookmark.file_unreadable") from None
    return core.parse_export(data)


def write_bookmark_file(path: Path, bookmarks: list[Bookmark]) -> None:
    try:
        atomic_write(path, core.export_bookmarks(bookmarks).encode("utf-8"))
    except OSError:
        raise core.InvalidBookmarkFile("bookmark.file_unwritable") from None
