"""The keyring vault for one command, opened the same way by every command.

Every call runs on the serial keyring worker with a timeout, so a keyring
that hangs (an unseen unlock prompt) gives exit code 7 instead of a command
that never returns.  Finding the OS keyring may itself talk to D-Bus, so the
vault is built on the worker too, at the first call.  Tests pass a backend
(an in-memory one) and run the commands in-process.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from secguard.storage.vault import KeyringVault, default_backend, service_name
from secguard.storage.worker import DEFAULT_TIMEOUT_SECONDS, SerialWorker

T = TypeVar("T")


class CliVault:
    def __init__(self, make_vault: Callable[[], KeyringVault], timeout: float) -> None:
        self._make_vault = make_vault
        self._vault: KeyringVault | None = None
        self._timeout = timeout
        self._worker = SerialWorker()

    def call(self, function: Callable[[KeyringVault], T]) -> T:
        """``function(vault)`` on the keyring worker; StorageSlow after the timeout."""

        def run() -> T:
            if self._vault is None:
                self._vault = self._make_vault()
            return function(self._vault)

        return self._worker.call(run, timeout=self._timeout)


VaultOpener = Callable[[float], CliVault]


def opener(backend: Any | None = None) -> VaultOpener:
    """How commands open the vault: over ``backend``, or the OS keyring when None."""

    def open_vault(timeout: float = DEFAULT_TIMEOUT_SECONDS) -> CliVault:
        return CliVault(
            lambda: KeyringVault(
                backend if backend is not None else default_backend(), service_name()
            ),
            timeout,
        )

    return open_vault
