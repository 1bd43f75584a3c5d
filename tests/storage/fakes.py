"""Keyring backends passed in by tests (no global patching), and test files for them.

They are duck-typed rather than subclasses of keyring's KeyringBackend, which
registers every subclass with keyring's own backend discovery.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError


class MemoryKeyring:
    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}
        self.calls: list[tuple[str, str]] = []

    def get_password(self, service: str, key: str) -> str | None:
        self.calls.append(("get", key))
        return self.entries.get((service, key))

    def set_password(self, service: str, key: str, value: str) -> None:
        self.calls.append(("set", key))
        self.entries[(service, key)] = value

    def delete_password(self, service: str, key: str) -> None:
        self.calls.append(("delete", key))
        if (service, key) not in self.entries:
            raise PasswordDeleteError("not found")
        del self.entries[(service, key)]


class FaultyKeyring(MemoryKeyring):
    """A memory keyring that fails on demand: the Nth set, when locked, or by hanging."""

    def __init__(self) -> None:
        super().__init__()
        self.fail_on_set: int | None = None
        self.locked = False
        self.hang = threading.Event()
        self.hanging = False
        self._sets = 0

    def _maybe_fail(self) -> None:
        if self.locked:
            raise KeyringLocked("Failed to unlock the collection!")
        if self.hanging:
            self.hang.wait(timeout=30)

    def get_password(self, service: str, key: str) -> str | None:
        self._maybe_fail()
        return super().get_password(service, key)

    def set_password(self, service: str, key: str, value: str) -> None:
        self._maybe_fail()
        self._sets += 1
        if self.fail_on_set is not None and self._sets == self.fail_on_set:
            raise PasswordSetError("simulated failure (power cut)")
        super().set_password(service, key, value)


def write_half_bad_import(path: Path) -> Path:
    """A bookmarks export with one good entry and one refused (http://): an import of it
    must add nothing and name the problem."""
    path.write_text(
        json.dumps(
            {
                "format": "secguard-bookmarks",
                "version": 1,
                "bookmarks": [{"url": "https://www.sbisec.co.jp/"}, {"url": "http://x.example"}],
            }
        ),
        encoding="utf-8",
    )
    return path
