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


# Why a check could not finish, as the person reads it (translated by ui and cli).
REASON_IDS = {
    "offline": "breach.reason.offline",
    "timeout": "breach.reason.timeout",
    "tls": "breach.reason.tls",
    "rate_limited": "breach.reason.rate_limited",
    "server_error": "breach.reason.server_error",
    "malformed": "breach.reason.malformed",
    "unexpected_status": "breach.reason.unexpected_status",
}


def reason_message_id(reason: str | None) -> str:
    return REASON_IDS.get(reason or "", "breach.reason.other")
