"""Writing and reading the person's files safely."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


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
