"""One secguard per user: a second launch brings the first window forward.

Two instances would be two writers of the same keyring index and progress
file.  The first instance holds a lock file (QLockFile: a crashed holder's
lock is recognised by its process id and taken over) and, once its window is
up, listens on a local socket named for the user; a later launch finds the
lock held, connects, asks the first to show itself, and exits.  Claiming the
lock costs no QtNetwork import before the first window is painted.
"""

from __future__ import annotations

import getpass
import hashlib
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

CONNECT_TIMEOUT_MS = 500
# How long a second launch keeps trying to reach a first one that holds the
# lock but is still starting (it listens only once its window is painted).
ACTIVATION_WAIT_S = 3.0


def server_name(app_id: str = "secguard") -> str:
    user = hashlib.sha256(getpass.getuser().encode("utf-8")).hexdigest()[:16]
    return f"{app_id}-{user}"


class SingleInstance(QObject):
    """Signals:
    activation_requested(): another launch asked this instance to come forward.
    """

    activation_requested = Signal()

    def __init__(
        self,
        lock_dir: Path,
        name: str | None = None,
        parent: QObject | None = None,
        activation_wait_s: float = ACTIVATION_WAIT_S,
    ) -> None:
        super().__init__(parent)
        self._name = name or server_name()
        self._lock_dir = lock_dir
        self._lock = QLockFile(str(lock_dir / f"{self._name}.lock"))
        # Held for as long as the app runs: only a dead holder makes it stale.
        self._lock.setStaleLockTime(0)
        self._activation_wait_s = activation_wait_s
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when this is the first instance (call listen() once its window is up);
        False after asking the first to show itself."""
        try:
            self._lock_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # cannot guard; better one unguarded window than none
        if self._lock.tryLock(0):
            return True
        if self._lock.error() is not QLockFile.LockError.LockFailedError:
            return True  # permission or other trouble with the lock file: as above
        self._ask_first_to_show()
        return False

    def listen(self) -> None:
        """Start answering later launches; a socket file left by a crashed
        instance is removed first (we hold the lock, so nobody else owns it)."""
        if self._server is not None or not self._lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            QLocalServer.removeServer(self._name)
            if not server.listen(self._name):
                return  # later launches will wait, then exit: still one window
        server.newConnection.connect(self._on_connection)
        self._server = server

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _ask_first_to_show(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + self._activation_wait_s
        while True:
            probe = QLocalSocket()
            probe.connectToServer(self._name)
            if probe.waitForConnected(CONNECT_TIMEOUT_MS):
                probe.write(b"show\n")
                probe.waitForBytesWritten(CONNECT_TIMEOUT_MS)
                probe.disconnectFromServer()
                return
            if time.monotonic() >= deadline:
                return
            time.sleep(0.1)

    def _on_connection(self) -> None:
        if self._server is None:
            return
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.disconnected.connect(connection.deleteLater)
            connection.disconnectFromServer()
            self.activation_requested.emit()
