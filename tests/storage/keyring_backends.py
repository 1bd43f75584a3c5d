"""Real keyring backends (subclasses of keyring's KeyringBackend) that secguard must refuse.

Only ever loaded in a child process, through keyring's own
``PYTHON_KEYRING_BACKEND`` mechanism: a subclass registers itself with
keyring's backend discovery, which must not happen in the test process.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.backends import SecretService
from keyring.compat import properties


class PlaintextFileKeyring(KeyringBackend):
    """Like keyrings.alt's PlaintextKeyring, from a package with any other name."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring's classproperty  # viable: keyring itself would happily use it
        return 1

    def _file(self) -> Path:
        return Path(os.environ["SECGUARD_TEST_PLAINTEXT_FILE"])

    def _entries(self) -> dict[str, str]:
        path = self._file()
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._entries()
        entries[f"{service}/{username}"] = password
        self._file().write_text(json.dumps(entries), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        entries.pop(f"{service}/{username}", None)
        self._file().write_text(json.dumps(entries), encoding="utf-8")


class BrokenOnUseKeyring(KeyringBackend):
    """Like keyrings.alt's EncryptedKeyring without its crypto library: every use raises."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring's classproperty
        raise RuntimeError("the crypto library is missing")

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("the crypto library is missing")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("the crypto library is missing")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("the crypto library is missing")


class FailsToStartKeyring(KeyringBackend):
    """A plug-in that raises while keyring sets it up."""

    priority = 1

    def __init__(self) -> None:
        raise ImportError("a module this backend needs is missing")

    def get_password(self, service: str, username: str) -> str | None:  # pragma: no cover
        return None

    def set_password(self, service: str, username: str, password: str) -> None:  # pragma: no cover
        pass


class Keyring(SecretService.Keyring):
    """Named exactly like the Secret Service backend (keyring.backends.SecretService.Keyring)
    but a subclass that could store anywhere: the name alone must not let it in."""

    def set_password(self, service: str, username: str, password: str) -> None:
        Path(os.environ["SECGUARD_TEST_PLAINTEXT_FILE"]).write_text(password, encoding="utf-8")
        super().set_password(service, username, password)


Keyring.__module__ = "keyring.backends.SecretService"
