"""Opening the OS's own update and security settings: a fixed list, and nothing else.

Pages 6 and 7 send the person to the place where the OS itself installs
updates or switches protection on.  The shared ``Browser`` opens https only,
so these settings addresses (``ms-settings:``, ``windowsdefender:``,
``x-apple.systempreferences:``) go through this guard instead: it opens an
address only when it is, exactly, one on the list below, and starts a Linux
updater only when it is one of the listed programs with its listed
arguments, found on PATH and started directly (never through a shell).
secguard never installs anything itself: the OS's own tool does, when the
person asks it to.
"""

from __future__ import annotations

import enum
import shutil
from collections.abc import Callable, Sequence

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices


class SettingsPlace(enum.Enum):
    UPDATES = "updates"
    PROTECTION = "protection"


SETTINGS_ADDRESSES: dict[tuple[str, SettingsPlace], str] = {
    ("win32", SettingsPlace.UPDATES): "ms-settings:windowsupdate",
    ("win32", SettingsPlace.PROTECTION): "windowsdefender:",
    ("darwin", SettingsPlace.UPDATES): (
        "x-apple.systempreferences:com.apple.preferences.softwareupdate"
    ),
    ("darwin", SettingsPlace.PROTECTION): "x-apple.systempreferences:com.apple.preference.security",
}
ALLOWED_ADDRESSES = frozenset(SETTINGS_ADDRESSES.values())

# The desktops' own updaters, in the order they are looked for: GNOME Software
# (Debian, Fedora, Ubuntu), Ubuntu's Software Updater, KDE's Discover.
LINUX_UPDATERS: tuple[tuple[str, ...], ...] = (
    ("gnome-software", "--mode=updates"),
    ("update-manager",),
    ("plasma-discover", "--mode", "update"),
)

UrlOpener = Callable[[QUrl], bool]
ProgramFinder = Callable[[str], str | None]
ProgramStarter = Callable[[str, Sequence[str]], bool]


def start_detached(program: str, arguments: Sequence[str]) -> bool:
    """Start ``program`` on its own, with an argument list (no shell), and do not wait."""
    started, _pid = QProcess.startDetached(program, list(arguments))
    return bool(started)


class SystemSettings:
    """Opens the OS's update or protection settings on ``platform`` (``sys.platform``).

    ``open_url``, ``find_program`` and ``start_program`` are the desktop's
    (Qt's desktop services, ``shutil.which``, a detached QProcess); tests
    pass recorders or a PATH of their own.
    """

    def __init__(
        self,
        platform: str,
        *,
        open_url: UrlOpener = QDesktopServices.openUrl,
        find_program: ProgramFinder = shutil.which,
        start_program: ProgramStarter = start_detached,
    ) -> None:
        self.platform = platform
        self._open_url = open_url
        self._find_program = find_program
        self._start_program = start_program

    def address(self, place: SettingsPlace) -> str | None:
        return SETTINGS_ADDRESSES.get((self.platform, place))

    def updater(self) -> tuple[str, ...] | None:
        """The first listed Linux updater installed here (its command line), or None."""
        if not self.platform.startswith("linux"):
            return None
        return next((line for line in LINUX_UPDATERS if self._find_program(line[0])), None)

    def can_open(self, place: SettingsPlace) -> bool:
        if self.address(place) is not None:
            return True
        return place is SettingsPlace.UPDATES and self.updater() is not None

    def open(self, place: SettingsPlace) -> bool:
        """Open ``place``; False when this OS has none or it did not open."""
        address = self.address(place)
        if address is not None:
            return self.open_address(address)
        updater = self.updater() if place is SettingsPlace.UPDATES else None
        return updater is not None and self.start_updater(updater)

    def open_address(self, address: str) -> bool:
        """Open ``address`` only if it is one of the listed settings addresses."""
        if address not in ALLOWED_ADDRESSES:
            return False
        return self._open_url(QUrl(address))

    def start_updater(self, command_line: Sequence[str]) -> bool:
        """Start a listed updater, exactly as listed, from where PATH finds it."""
        if tuple(command_line) not in LINUX_UPDATERS:
            return False
        program = self._find_program(command_line[0])
        if program is None:
            return False
        return self._start_program(program, command_line[1:])
