"""A breach check's outcome as plain data, apart from the HTTP client in ``hibp``.

Kept separate so that account records (read at start-up) can name a breach
status without importing requests.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class BreachStatus(enum.StrEnum):
    BREACHED = "breached"
    NOT_FOUND = "not_found"
    UNKNOWN = "unknown"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class BreachResult:
    status: BreachStatus
    count: int | None = None
    reason: str | None = None  # offline, timeout, tls, rate_limited, server_error, malformed, ...
    prefix: str = ""  # what was sent: five hex characters
