"""Bookmark export files: all validated before anything is imported, written atomically."""

from __future__ import annotations

from pathlib import Path

from secguard.core import bookmarks as core
from secguard.core.bookmarks import Bookmark
from secguard.storage.files import FileTooLarge, NotRegularFile, atomic_write, read_limited


def read_bookmark_file(path: Path) -> list[Bookmark]:
    """The bookmarks of an export file, all validated, or ``InvalidBookmarkFile``."""
    try:
        data = read_limited(path, core.MAX_IMPORT_BYTES)
    except FileTooLarge:
        raise core.InvalidBookmarkFile(
            "bookmark.file_too_large", limit=str(core.MAX_IMPORT_BYTES // 1024)
        ) from None
    except NotRegularFile:
        raise core.InvalidBookmarkFile("bookmark.file_not_regular") from None
    except OSError:
        raise core.InvalidBookmarkFile("bookmark.file_unreadable") from None
    return core.parse_export(data)


def write_bookmark_file(path: Path, bookmarks: list[Bookmark]) -> None:
    """Replace ``path`` (a regular file, or none yet) with the export; never a device or FIFO."""
    try:
        atomic_write(path, core.export_bookmarks(bookmarks).encode("utf-8"))
    except NotRegularFile:
        raise core.InvalidBookmarkFile("bookmark.file_not_regular") from None
    except OSError:
        raise core.InvalidBookmarkFile("bookmark.file_unwritable") from None
