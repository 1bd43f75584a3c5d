"""What the checks know of the keyring: its state and, once read, what it holds.

``None`` used to mean both "not read yet" and "could not be read", so step 2
warned about an unavailable keyring before the keyring had been asked.  The
state says which.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secguard.core.accounts import AccountRecord
    from secguard.core.bookmarks import Bookmark


class StorageState(enum.StrEnum):
    LOADING = "loading"  # asked, no answer yet (the window at start-up)
    AVAILABLE = "available"
    LOCKED = "locked"  # the unlock prompt was dismissed, or the keyring is locked
    UNAVAILABLE = "unavailable"  # no usable, encrypted keyring
    SLOW = "slow"  # a call took longer than the timeout (often an unseen unlock prompt)


@dataclass(frozen=True)
class StoredData:
    """The keyring's state, and its bookmarks and accounts when it was read."""

    state: StorageState
    bookmarks: tuple[Bookmark, ...] = ()
    accounts: tuple[AccountRecord, ...] = ()
    problem: str | None = None  # the message id saying why it could not be read

    @classmethod
    def loading(cls) -> StoredData:
        return cls(StorageState.LOADING)

    @classmethod
    def read(
        cls, bookmarks: Sequence[Bookmark] = (), accounts: Sequence[AccountRecord] = ()
    ) -> StoredData:
        return cls(StorageState.AVAILABLE, tuple(bookmarks), tuple(accounts))

    @classmethod
    def failed(cls, state: StorageState, problem: str) -> StoredData:
        return cls(state, problem=problem)

    @property
    def is_read(self) -> bool:
        return self.state is StorageState.AVAILABLE
