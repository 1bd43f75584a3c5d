"""Opening a broker's site in the person's default browser: https only, always.

The guard lives here, once, in front of whatever actually opens the URL
(Qt's desktop services in the app, a recorder in tests), so that no page and
no test double can skip it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

SystemOpener = Callable[[QUrl], bool]


class Browser:
    """Opens https addresses with ``system`` (the desktop's default browser)."""

    def __init__(self, system: SystemOpener = QDesktopServices.openUrl) -> None:
        self._system = system

    def open(self, url: str) -> bool:
        """Open ``url`` if it is an https address; False (nothing opened) otherwise."""
        address = QUrl(url, QUrl.ParsingMode.StrictMode)
        if not address.isValid() or address.scheme() != "https" or not address.host():
            return False
        return self._system(address)
