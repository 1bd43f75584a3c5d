"""Which keyring backend may hold secguard's data: judged by what it is, not by its name.

keyring picks a backend by priority among every installed plug-in, a
configuration file or ``PYTHON_KEYRING_BACKEND``.  Any package can add one
that stores in a plaintext file (keyrings.alt's does, and so could one with
any module name), so a backend is used only when it is exactly one of the
classes below, which hand the secret to the operating system's encrypted
store, and keyring itself says it is viable here (its ``priority``).
Everything else is "unavailable" with a reason the person can act on.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from secguard.storage.errors import StorageLocked, StorageUnavailable

DEFAULT_SERVICE = "secguard"

# Qualified names of the classes that keep secrets encrypted by the OS.
# Matched against the backend's exact type (a subclass could override how it
# stores), which must also come from keyring's own module of that name.
ENCRYPTING_BACKENDS = frozenset(
    {
        "keyring.backends.SecretService.Keyring",  # GNOME Keyring, KeePassXC, ... over D-Bus
        "keyring.backends.libsecret.Keyring",  # the same Secret Service through libsecret
        "keyring.backends.macOS.Keyring",  # the macOS Keychain
        "keyring.backends.Windows.WinVaultKeyring",  # Windows Credential Locker (WinVault)
        "keyring.backends.kwallet.DBusKeyring",  # KWallet 5 and later
        "keyring.backends.kwallet.DBusKeyringKWallet4",
    }
)
_NO_BACKEND = frozenset({"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"})
_CHAINER = "keyring.backends.chainer.ChainerBackend"
# Known to store unencrypted: named in the message rather than "not trusted".
_PLAINTEXT_PACKAGES = ("keyrings.alt.",)


def qualified_name(obj: object) -> str:
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_keyring_backend(backend: object) -> bool:
    # keyring not imported yet: the object cannot be one of its backends
    # (tests and the self-test pass their own in-memory ones).
    module = sys.modules.get("keyring.backend")
    return module is not None and isinstance(backend, module.KeyringBackend)


def _viable(backend: object) -> bool:
    """keyring's own judgement: its ``priority`` raises or is not positive when unusable."""
    try:
        priority = type(backend).priority  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - every backend raises its own kind here
        return False
    return isinstance(priority, int | float) and priority > 0


def _is_exact_encrypting_class(backend: object) -> bool:
    name = qualified_name(backend)
    if name not in ENCRYPTING_BACKENDS:
        return False
    module_name, _, class_name = name.rpartition(".")
    module = sys.modules.get(module_name)
    return module is not None and getattr(module, class_name, None) is type(backend)


def unusable_backend_reason(backend: Any) -> str | None:
    """The message id saying why ``backend`` must not hold secguard's data, or None.

    Objects that are not keyring backends at all are the program's own (an
    in-memory keyring passed in by a test or the self-test) and are trusted.
    """
    if not _is_keyring_backend(backend):
        return None
    name = qualified_name(backend)
    if name == _CHAINER:
        return _chainer_reason(backend)
    if name in _NO_BACKEND:
        return "storage.no_backend"
    if name.startswith(_PLAINTEXT_PACKAGES):
        return "storage.plaintext_backend"
    trusted = _is_exact_encrypting_class(backend) and _viable(backend)
    return None if trusted else "storage.untrusted_backend"


def _chainer_reason(chainer: Any) -> str | None:
    """keyring's chainer tries its members in turn: every one of them must be usable."""
    members = list(getattr(chainer, "backends", []))
    if not members:
        return "storage.no_backend"
    return next(filter(None, map(unusable_backend_reason, members)), None)


def judged_backend(backend: Any) -> Any:
    """``backend`` itself, or ``StorageUnavailable`` saying why it may not be used."""
    reason = unusable_backend_reason(backend)
    if reason is not None:
        raise StorageUnavailable(reason, backend=qualified_name(backend))
    return backend


def default_backend() -> Any:
    """The OS keyring keyring picks, judged; imported here because keyring is slow to import.

    A backend that fails while keyring sets it up (a plug-in missing its
    crypto library, a broken configuration file) is unavailable, never a
    traceback.
    """
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:
        raise translate_backend_error(exc) from exc
    return judged_backend(backend)


def translate_backend_error(exc: BaseException) -> StorageLocked | StorageUnavailable:
    names = {cls.__name__ for cls in type(exc).__mro__}
    text = str(exc)
    if (
        "KeyringLocked" in names
        or "LockedException" in names
        or "PromptDismissedException" in names
        or "Prompt dismissed" in text
    ):
        return StorageLocked()
    return StorageUnavailable(detail=type(exc).__name__)


def service_name() -> str:
    """The keyring service name: ``SECGUARD_KEYRING_SERVICE`` (tests against a
    shared keyring), else the bundle's brokerage preset's, else ``secguard``."""
    from secguard.resources import bundled_preset

    preset = bundled_preset()
    return (
        os.environ.get("SECGUARD_KEYRING_SERVICE")
        or (preset.keyring_service if preset is not None else None)
        or DEFAULT_SERVICE
    )
