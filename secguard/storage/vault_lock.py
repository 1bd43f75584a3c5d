"""One writer at a time across processes: a lock file in the data directory.

Two secguard processes (the window and a command, two commands, two
imports) that each read the index, add to it and write it back lose each
other's additions and hand out the same id.  Every read-modify-write of the
vault therefore holds this lock.  A second writer waits for it, at most
``LOCK_WAIT_SECONDS``, and then fails with ``VaultBusy`` saying so: it never
writes without the lock.  The lock is the operating system's (``flock`` on
POSIX, ``LockFileEx`` on Windows, through filelock), so a crashed holder
releases it with its last file handle.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from secguard.storage.errors import LockUnavailable, VaultBusy

# Longer than any one write holds it (an import holds it for one chunk), and
# shorter than the 20 s keyring timeout so that waiting for another writer is
# reported as that, not as a silent keyring.
LOCK_WAIT_SECONDS = 10.0


def lock_file_name(service: str) -> str:
    # One lock per keyring service; hashed because a preset's service name
    # may hold characters a file name cannot.
    digest = hashlib.sha256(service.encode("utf-8")).hexdigest()[:16]
    return f"keyring-{digest}.lock"


class VaultLock:
    """The lock for one keyring service; ``data_dir=None`` locks within this process only
    (for a keyring no other process can see: the self-test's and the tests' in-memory ones)."""

    def __init__(
        self,
        data_dir: Path | None,
        service: str,
        *,
        wait_seconds: float = LOCK_WAIT_SECONDS,
    ) -> None:
        self.path = None if data_dir is None else data_dir / lock_file_name(service)
        self._wait_seconds = wait_seconds
        self._in_process = threading.RLock()
        self._file_lock: Any = None

    @contextmanager
    def held(self) -> Iterator[None]:
        with self._in_process:
            if self.path is None:
                yield
                return
            lock = self._acquire(self.path)
            try:
                yield
            finally:
                lock.release()

    def _acquire(self, path: Path) -> Any:
        import filelock  # only writers need it

        try:
            if self._file_lock is None:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._file_lock = filelock.FileLock(path, timeout=self._wait_seconds)
            self._file_lock.acquire()
        except filelock.Timeout as exc:
            raise VaultBusy(seconds=f"{self._wait_seconds:g}") from exc
        except OSError as exc:
            raise LockUnavailable(path=str(path)) from exc
        return self._file_lock
