"""What can go wrong with the keyring, as the person sees it."""

from __future__ import annotations

from secguard.core.errors import SecguardError
from secguard.core.stored import StorageState

__all__ = [
    "IndexDamaged",
    "RecordNotFound",
    "RecordTooLarge",
    "StorageError",
    "StorageLocked",
    "StorageSlow",
    "StorageState",
    "StorageUnavailable",
]


class StorageError(SecguardError):
    message_id = "storage.error"
    state = StorageState.UNAVAILABLE


class StorageUnavailable(StorageError):
    message_id = "storage.unavailable"
    state = StorageState.UNAVAILABLE


class StorageLocked(StorageError):
    message_id = "storage.locked"
    state = StorageState.LOCKED


class StorageSlow(StorageError):
    message_id = "storage.slow"
    state = StorageState.SLOW


class VaultBusy(StorageSlow):
    """Another secguard process held the vault's lock for longer than a writer waits."""

    message_id = "storage.busy"


class LockUnavailable(StorageUnavailable):
    """The lock file cannot be created, so nothing is written: the write would be unguarded."""

    message_id = "storage.lock_unavailable"


class EntryUnreadable(StorageError):
    """One entry's secret is not text (not UTF-8); the others are read as usual."""

    message_id = "storage.record_unreadable"
    state = StorageState.AVAILABLE


class RecordTooLarge(StorageError):
    """Refused before anything was written: the keyring (Windows) would refuse it."""

    message_id = "storage.record_too_large"
    state = StorageState.AVAILABLE


class RecordNotFound(StorageError):
    message_id = "storage.not_found"
    state = StorageState.AVAILABLE


class IndexDamaged(StorageError):
    """The index entry cannot be read; writes are refused until it is rebuilt."""

    message_id = "storage.index_damaged"
    state = StorageState.AVAILABLE


class ImportStopped(StorageError):
    """An import that stopped part-way because of ``cause``.

    ``done`` of ``total`` entries are stored (or were there already); the
    same import run again adds the rest and nothing twice.
    """

    message_id = "storage.import_stopped"

    def __init__(self, cause: StorageError, *, done: int, total: int) -> None:
        super().__init__(done=str(done), total=str(total))
        self.cause = cause
        self.state = cause.state
