"""One secguard per user: a second launch brings the first window forward.

Two instances would be two writers of the same keyring index and progress
file.  The first instance holds a lock file in the person's own data folder
(QLockFile: a crashed holder's lock is recognised by its process id and taken
over); the folder is the person's own, so the file's name holds no user name.
A later launch finds the lock held, appends a line to a request file beside
it and exits; the first instance watches that file (QFileSystemWatcher) and
comes forward.  A request made while the first is still starting is found
when it starts watching.  No socket and no QtNetwork: the bundle is 3 MB smaller, and a
second launch never waits for the first to be ready.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from secguard import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtCore import QFileSystemWatcher


class SingleInstance(QObject):
    """Signals:
    activation_requested(): another launch asked this instance to come forward.
    """

    activation_requested = Signal()

    def __init__(self, lock_dir: Path, name: str = APP_NAME, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._lock_dir = lock_dir
        self._lock = QLockFile(str(lock_dir / f"{self._name}.lock"))
        # Held for as long as the app runs: only a dead holder makes it stale.
        self._lock.setStaleLockTime(0)
        self._requests = lock_dir / f"{self._name}.activate"
        self._watcher: QFileSystemWatcher | None = None

    def claim(self) -> bool:
        """True when this is the first instance (call listen() once its window is up);
        False after asking the first to show itself."""
        try:
            self._lock_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # cannot guard; better one unguarded window than none
        if self._lock.tryLock(0):
            self._take_requests()  # left by launches of an instance that crashed
            return True
        if self._lock.error() is not QLockFile.LockError.LockFailedError:
            return True  # permission or other trouble with the lock file: as above
        self._ask_first_to_show()
        return False

    def listen(self) -> None:
        """Start answering later launches, and answer those made while starting."""
        if self._watcher is not None or not self._lock.isLocked():
            return
        try:
            self._requests.touch(mode=0o600, exist_ok=True)
        except OSError:
            return  # later launches still exit: one window, which just stays behind
        from PySide6.QtCore import QFileSystemWatcher  # after the first paint: see listen()

        self._watcher = QFileSystemWatcher([str(self._requests)], self)
        self._watcher.fileChanged.connect(self._on_request)
        self._on_request()

    def release(self) -> None:
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _ask_first_to_show(self) -> None:
        try:
            fd = os.open(self._requests, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        except OSError:
            return
        try:
            os.write(fd, b"show\n")
        finally:
            os.close(fd)

    def _take_requests(self) -> bool:
        """Whether a request is waiting; the file is emptied either way."""
        try:
            waiting = self._requests.stat().st_size > 0
            if waiting:
                self._requests.write_bytes(b"")
        except OSError:
            return False
        return waiting

    def _on_request(self, _path: str = "") -> None:
        if self._watcher is not None and str(self._requests) not in self._watcher.files():
            self._watcher.addPath(str(self._requests))  # replaced by an editor or a cleaner
        if self._take_requests():
            self.activation_requested.emit()
