"""The only door from the probes to the machine: read-only commands and file reads.

Why this lives in core/ although it starts processes: the allow list *is* a
rule of the domain ("secguard never installs, refreshes or elevates"), and
the rule and the code that enforces it belong in one place.  The probes and
parsers never import ``subprocess``; they receive a ``SystemAccess`` (this
module's ``LocalSystem`` in the app and the CLI, a fake fed with recorded
outputs in tests), so core stays testable without a real Windows or Mac.
No Qt, no keyring, no storage: the architecture test checks that
``subprocess`` is imported nowhere else in core/.

Every command line that may ever run is a constant below; ``ensure_allowed``
refuses anything else, whatever built it.  Commands run from an argument
list (never a shell), with a timeout, a minimal environment (the C locale
where the output is parsed), and their output decoded with the console's
real code page on Windows (cp932 on Japanese Windows).
"""

from __future__ import annotations

import enum
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from secguard.core.errors import SecguardError

# Large enough for apt's list of a year of pending upgrades, small enough
# that a runaway command cannot fill memory.
MAX_FILE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class ReadOnlyCommand:
    """One allowed command line.  ``name`` is what messages call it."""

    name: str
    argv: tuple[str, ...]
    timeout: float
    c_locale: bool = True


class CommandFailure(enum.StrEnum):
    MISSING = "missing"  # the program is not installed
    TIMEOUT = "timeout"
    ERROR = "error"  # it exists but could not be started


@dataclass(frozen=True)
class CommandOutput:
    command: str
    returncode: int | None
    stdout: str = ""
    stderr: str = ""
    failure: CommandFailure | None = None


class CommandRefused(SecguardError):
    """A command line that is not on the read-only allow list was asked for."""

    message_id = "system.command_refused"


def _powershell(name: str, script: str, timeout: float = 30.0) -> ReadOnlyCommand:
    # -NoProfile: a user's profile script must not run inside secguard's probe.
    argv = ("powershell.exe", "-NoProfile", "-NonInteractive", "-Command", script)
    return ReadOnlyCommand(name, argv, timeout, c_locale=False)


# --- Linux ------------------------------------------------------------------------
# -s simulates; Debug::NoLocking lets it run without root and without taking
# dpkg's lock, so it never blocks (or is blocked by) a real upgrade.
APT_SIMULATE_UPGRADE = ReadOnlyCommand(
    "apt-get", ("apt-get", "-s", "-o", "Debug::NoLocking=1", "upgrade"), 90.0
)
# --cacheonly: never refresh the metadata (dnf would otherwise download it).
DNF_CHECK_UPDATE = ReadOnlyCommand("dnf", ("dnf", "--cacheonly", "--quiet", "check-update"), 90.0)
ZYPPER_LIST_UPDATES = ReadOnlyCommand(
    "zypper", ("zypper", "--non-interactive", "--no-refresh", "list-updates"), 90.0
)
CLAMSCAN_VERSION = ReadOnlyCommand("clamscan", ("clamscan", "--version"), 30.0)

# --- macOS ------------------------------------------------------------------------
SW_VERS = ReadOnlyCommand("sw_vers", ("sw_vers",), 10.0)
# --list asks Apple's catalogue what is available; it never downloads or installs.
SOFTWAREUPDATE_LIST = ReadOnlyCommand("softwareupdate", ("softwareupdate", "--list"), 180.0)
SPCTL_STATUS = ReadOnlyCommand("spctl", ("spctl", "--status"), 10.0)
CSRUTIL_STATUS = ReadOnlyCommand("csrutil", ("csrutil", "status"), 10.0)

# --- Windows ----------------------------------------------------------------------
WINDOWS_VERSION = _powershell(
    "Windows version",
    "Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion' | "
    "Select-Object ProductName,EditionID,DisplayVersion,ReleaseId,CurrentBuild,UBR,"
    "InstallationType | ConvertTo-Json",
)
DEFENDER_STATUS = _powershell(
    "Get-MpComputerStatus",
    "Get-MpComputerStatus | Select-Object AMServiceEnabled,AntivirusEnabled,"
    "RealTimeProtectionEnabled,AntivirusSignatureAge,AntivirusSignatureLastUpdated,"
    "AMRunningMode | ConvertTo-Json",
)
SECURITY_CENTER_ANTIVIRUS = _powershell(
    "SecurityCenter2",
    "Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct | "
    "Select-Object displayName,productState,timestamp | ConvertTo-Json",
)
# The Windows Update Agent's own read-only search.  Security updates are
# told apart by category id, not by name: the names are translated on
# Japanese Windows.  The newest successful install (ResultCode 2) comes from
# the agent's history.
WINDOWS_UPDATE_SEARCH = _powershell(
    "Windows Update",
    "$session = New-Object -ComObject Microsoft.Update.Session; "
    "$searcher = $session.CreateUpdateSearcher(); "
    "$result = $searcher.Search(\"IsInstalled=0 and Type='Software' and IsHidden=0\"); "
    "$security = @($result.Updates | Where-Object { $_.Categories | Where-Object "
    "{ $_.CategoryID -eq '0fa1201d-4330-4fa8-8ae9-b877473b6441' } }).Count; "
    "$total = $searcher.GetTotalHistoryCount(); "
    "$last = $null; if ($total -gt 0) { "
    "$last = $searcher.QueryHistory(0, [Math]::Min($total, 200)) | "
    "Where-Object { $_.ResultCode -eq 2 } | Sort-Object Date -Descending | "
    "Select-Object -First 1 }; "
    "[pscustomobject]@{ Pending = $result.Updates.Count; Security = $security; "
    "LastInstalled = if ($last) { $last.Date.ToUniversalTime().ToString('o') } else { $null } } "
    "| ConvertTo-Json",
    timeout=240.0,
)
WINDOWS_REBOOT_PENDING = _powershell(
    "reboot check",
    "[pscustomobject]@{ WindowsUpdate = Test-Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\"
    "CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired'; ComponentServicing = "
    "Test-Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based "
    "Servicing\\RebootPending' } | ConvertTo-Json",
)

READ_ONLY_COMMANDS: tuple[ReadOnlyCommand, ...] = (
    APT_SIMULATE_UPGRADE,
    DNF_CHECK_UPDATE,
    ZYPPER_LIST_UPDATES,
    CLAMSCAN_VERSION,
    SW_VERS,
    SOFTWAREUPDATE_LIST,
    SPCTL_STATUS,
    CSRUTIL_STATUS,
    WINDOWS_VERSION,
    DEFENDER_STATUS,
    SECURITY_CENTER_ANTIVIRUS,
    WINDOWS_UPDATE_SEARCH,
    WINDOWS_REBOOT_PENDING,
)
ALLOWED_COMMAND_LINES: frozenset[tuple[str, ...]] = frozenset(
    command.argv for command in READ_ONLY_COMMANDS
)


def ensure_allowed(command: ReadOnlyCommand) -> None:
    """Refuse any command line that is not, exactly, one of the constants above."""
    if command.argv not in ALLOWED_COMMAND_LINES:
        raise CommandRefused(command=command.argv[0] if command.argv else "")


class SystemAccess(Protocol):
    """What the probes may do to the machine: run an allowed command, read a file."""

    @property
    def platform(self) -> str:
        """``sys.platform`` of the machine probed: linux, darwin or win32."""

    def run(self, command: ReadOnlyCommand) -> CommandOutput: ...

    def read_bytes(self, path: str) -> bytes | None:
        """The file's first MAX_FILE_BYTES, or None when it is absent or unreadable."""

    def modified(self, path: str) -> datetime | None:
        """When the file or folder last changed (aware, UTC), or None when absent."""

    def list_dir(self, path: str) -> list[str] | None: ...


def read_text(system: SystemAccess, path: str) -> str | None:
    data = system.read_bytes(path)
    return None if data is None else data.decode("utf-8", errors="replace")


def console_encoding(platform: str = sys.platform) -> str:
    """The code page a console program writes in: cp932 on Japanese Windows."""
    if platform != "win32":
        return "utf-8"
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
    # A GUI process has no console (0); its children then write in the OEM code page.
    code_page = int(kernel32.GetConsoleOutputCP()) or int(kernel32.GetOEMCP())
    return f"cp{code_page}"


def decode_output(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:  # a code page Python does not know
        return data.decode("utf-8", errors="replace")


def minimal_environment(c_locale: bool, platform: str = sys.platform) -> dict[str, str]:
    """Only what the programs need: no APT_CONFIG, LD_PRELOAD or user PATH leaks in."""
    if platform == "win32":
        # Windows' environment names are case-insensitive; os.environ holds them upper-case.
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        kept = ("SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "COMSPEC", "TEMP", "TMP", "USERPROFILE")
        environment = {name: os.environ[name] for name in kept if name in os.environ}
        powershell_home = rf"{root}\System32\WindowsPowerShell\v1.0"
        environment["PATH"] = rf"{root}\System32;{root};{powershell_home}"
        environment["PSModulePath"] = rf"{powershell_home}\Modules"
        return environment
    environment = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}
    if c_locale:
        environment |= {"LC_ALL": "C", "LANG": "C"}
    return environment


class LocalSystem:
    """The real machine.  Never elevates: it runs as the person running secguard."""

    def __init__(self, platform: str = sys.platform) -> None:
        self._platform = platform

    @property
    def platform(self) -> str:
        return self._platform

    def run(self, command: ReadOnlyCommand) -> CommandOutput:
        ensure_allowed(command)
        environment = minimal_environment(command.c_locale, self._platform)
        program = shutil.which(command.argv[0], path=environment["PATH"])
        if program is None:
            return CommandOutput(command.name, None, failure=CommandFailure.MISSING)
        try:
            completed = subprocess.run(
                [program, *command.argv[1:]],
                capture_output=True,
                stdin=subprocess.DEVNULL,
                timeout=command.timeout,
                env=environment,
                check=False,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except subprocess.TimeoutExpired:
            return CommandOutput(command.name, None, failure=CommandFailure.TIMEOUT)
        except OSError:
            return CommandOutput(command.name, None, failure=CommandFailure.ERROR)
        encoding = "utf-8" if command.c_locale else console_encoding(self._platform)
        return CommandOutput(
            command.name,
            completed.returncode,
            decode_output(completed.stdout, encoding),
            decode_output(completed.stderr, encoding),
        )

    def read_bytes(self, path: str) -> bytes | None:
        try:
            with Path(path).open("rb") as handle:
                return handle.read(MAX_FILE_BYTES)
        except OSError:
            return None

    def modified(self, path: str) -> datetime | None:
        try:
            return datetime.fromtimestamp(Path(path).stat().st_mtime, UTC)
        except OSError:
            return None

    def list_dir(self, path: str) -> list[str] | None:
        try:
            return sorted(entry.name for entry in Path(path).iterdir())
        except OSError:
            return None
