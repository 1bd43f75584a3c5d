"""What the window and the command line both read of this machine and its keyring for a report."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from secguard.core.stored import StorageState, StoredData

if TYPE_CHECKING:
    from secguard.core.system.probes import SystemReport

# The keyring's state for the JSON output: its state, the message id saying so, its params.
StorageReport = tuple[str, str, Mapping[str, str]]


def probe_this_machine() -> SystemReport:
    """Steps 6 and 7 from the real machine (read-only commands only, see runner.py)."""
    from secguard.core.system.probes import probe_system
    from secguard.core.system.runner import LocalSystem
    from secguard.resources import os_support_table

    return probe_system(LocalSystem(), os_support_table(), datetime.now(UTC))


def storage_report(stored: StoredData) -> StorageReport:
    """The keyring's state as the window knows it."""
    if stored.is_read:
        return (StorageState.AVAILABLE.value, "storage.available", {})
    if stored.state is StorageState.LOADING:
        return (stored.state.value, "check.bookmarks_loading", {})
    return (stored.state.value, stored.problem or "storage.error", {})
