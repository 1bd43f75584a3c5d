"""One secguard per user: a second launch brings the first window forward.

Two instances would be two writers of the same keyring index and progress
file.  The first instance listens on a local socket named for the user; a
later one connects, asks it to show itself, and exits.
"""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 500


def server_name(app_id: str = "secguard") -> str:
    user = hashlib.sha256(getpass.getuser().encode("utf-8")).hexdigest()[:16]
    return f"{app_id}-{user}"


class SingleInstance(QObject):
    """Signals:
    activation_requested(): another launch asked this instance to come forward.
    """

    activation_requested = Signal()

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name or server_name()
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when this is the first instance; False after asking the first to show itself."""
        probe = QLocalSocket()
        probe.connectToServer(self._name)
        if probe.waitForConnected(CONNECT_TIMEOUT_MS):
            probe.write(b"show\n")
            probe.waitForBytesWritten(CONNECT_TIMEOUT_MS)
            probe.disconnectFromServer()
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            # A socket file left by a crashed instance: nobody answered above.
            QLocalServer.removeServer(self._name)
            if not server.listen(self._name):
                return True  # cannot guard; better one unguarded window than none
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _on_connection(self) -> None:
        if self._server is None:
            return
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.disconnected.connect(connection.deleteLater)
            connection.disconnectFromServer()
            self.activation_requested.emit()
