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
