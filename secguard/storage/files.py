"""Writing and reading the person's files safely.

Only regular files are read or replaced.  A FIFO blocks an ``open()`` for
reading until a writer appears, ``/dev/zero`` never ends, and replacing
``/dev/full`` (as root) with a temporary file turns a device into an
ordinary file: all three came from one name the person (or an attacker)
chose.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


class FileTooLarge(ValueError):
    pass


class NotRegularFile(OSError):
    """The name is a directory, a device, a FIFO or a socket, not a file."""


def _replaceable_target(path: Path) -> Path:
    """Where the new content goes: the file itself, or the file a symbolic link names.

    A missing file is fine (it is created); anything that exists but is not a
    regular file is refused before a single byte is written.
    """
    target = path.resolve()
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    if not stat.S_ISREG(mode):
        raise NotRegularFile(str(path))
    return target


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` so that ``path`` holds either the old or the new content, never half.

    Temporary file in the same directory, fsync, rename, then fsync of the
    directory (POSIX) so the rename itself survives a power cut.  A symbolic
    link keeps pointing where it did: its target is what is replaced.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    target = _replaceable_target(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temp_name).replace(target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    if os.name == "posix":  # Windows has no directory fsync
        dir_fd = os.open(target.parent, os.O_RDONLY)
        with contextlib.suppress(OSError):
            os.fsync(dir_fd)
        os.close(dir_fd)


def read_limited(path: Path, limit: int) -> bytes:
    """A regular file's bytes, or ``FileTooLarge`` without reading more than ``limit + 1``.

    ``NotRegularFile`` for anything else.  O_NONBLOCK makes opening a FIFO
    return at once instead of waiting for a writer; it changes nothing for
    a regular file.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegularFile(str(path))
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(str(path))
    return data
