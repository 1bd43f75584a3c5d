from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import closing
from typing import Any

import pytest

from secguard.storage.vault import KeyringVault
from tests.storage.fakes import MemoryKeyring


def _secret_service() -> Any:
    if not os.environ.get("SECGUARD_TEST_SECRET_SERVICE"):
        message = "no private gnome-keyring (run the suite with `make test`)"
        if os.environ.get("CI"):
            pytest.fail(f"CI must test against the real Secret Service: {message}")
        pytest.skip(message)
    from keyring.backends import SecretService

    return SecretService.Keyring()


def _clear_service(backend: Any, service: str) -> None:
    # keyring cannot list entries; the Secret Service can, by attribute.
    collection = backend.get_preferred_collection()
    with closing(collection.connection):
        for item in collection.search_items({"service": service}):
            item.delete()


@pytest.fixture(params=["memory", pytest.param("secret_service", marks=pytest.mark.secret_service)])
def backend(request: pytest.FixtureRequest) -> Iterator[Any]:
    if request.param == "memory":
        yield MemoryKeyring()
        return
    real = _secret_service()
    yield real
    service = getattr(request.node, "secguard_service", None)
    if service:
        _clear_service(real, service)


@pytest.fixture
def vault(request: pytest.FixtureRequest, backend: Any) -> KeyringVault:
    # A service name per test: the real keyring is shared by the whole session.
    service = f"secguard-test-{uuid.uuid4().hex[:12]}"
    request.node.secguard_service = service
    return KeyringVault(backend, service=service)
