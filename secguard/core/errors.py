"""The exceptions secguard raises on purpose.

Each carries a message id (translated by ui/ and cli.py) and parameters that
are safe to show and to put in a report: never a password, secret or URI.
"""

from __future__ import annotations

from collections.abc import Mapping


class SecguardError(Exception):
    """Base of every expected secguard failure."""

    message_id = "error.generic"

    def __init__(self, message_id: str | None = None, **params: str) -> None:
        self.message_id = message_id or type(self).message_id
        self.params: Mapping[str, str] = params
        super().__init__(self.message_id)
