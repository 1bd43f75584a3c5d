"""The keyring vault for one command, opened the same way by every command.

Every call runs on the serial keyring worker with a timeout that bounds one
keyring call, not a whole command (the vault beats a heartbeat after each
answer): a keyring that hangs (an unseen unlock prompt) gives exit code 7
instead of a command that never returns, and a 500-entry import still
completes.  Finding the OS keyring may itself talk to D-Bus, so the vault is
built on the worker too, at the first call.  Tests pass a backend (an
in-memory one) and run the commands in-process.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from secguard.storage.paths import AppPaths
from secguard.storage.vault import KeyringVault, service_name, system_vault
from secguard.storage.vault_lock import VaultLock
from secguard.storage.worker import DEFAULT_TIMEOUT_SECONDS, Heartbeat, SerialWorker

T = TypeVar("T")

VaultFactory = Callable[[Callable[[], None]], KeyringVault]


class CliVault:
    def __init__(self, make_vault: VaultFactory, timeout: float) -> None:
        self._make_vault = make_vault
        self._vault: KeyringVault | None = None
        self._timeout = timeout
        self._heartbeat = Heartbeat()
        self._worker = SerialWorker()

    def call(self, function: Callable[[KeyringVault], T]) -> T:
        """``function(vault)`` on the keyring worker; StorageSlow when one call hangs."""

        def run() -> T:
            if self._vault is None:
                self._vault = self._make_vault(self._heartbeat.beat)
            return function(self._vault)

        return self._worker.call(run, timeout=self._timeout, heartbeat=self._heartbeat)


VaultOpener = Callable[[float], CliVault]


def opener(backend: Any | None = None) -> VaultOpener:
    """How commands open the vault: over ``backend``, or the person's own keyring when None.

    Either way writes hold the lock shared with every other secguard process.
    """

    def make_vault(on_answer: Callable[[], None]) -> KeyringVault:
        if backend is None:
            return system_vault(on_answer=on_answer)
        service = service_name()
        lock = VaultLock(AppPaths.default().data_dir, service)
        return KeyringVault(backend, service, lock=lock, on_answer=on_answer)

    def open_vault(timeout: float = DEFAULT_TIMEOUT_SECONDS) -> CliVault:
        return CliVault(make_vault, timeout)

    return open_vault
