"""Is this PC's clock right?  Compared with the ``Date`` header of a broker's official site.

A time-based code only matches when the phone and the service agree on the
time; this PC's clock matters for secguard's own verification.  The trusted
time source is the HTTPS answer of a broker's official site from the
directory (its TLS certificate vouches for it), asked with a HEAD request
under ``bounded_request``'s rules.  Offline or failed is "unknown", said
plainly, never "ok".  The clock is passed in; tests never sleep.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from secguard.core.bounded_request import DEADLINE, bounded_request

if TYPE_CHECKING:
    import requests

    from secguard.core.brokers import Directory

WARN_ABOVE_SECONDS = 30.0
# An answer that took longer than this cannot date this PC's clock to within
# the warning threshold; it is "unknown", not a guess.
MAX_UNCERTAINTY_SECONDS = 10.0
# The Date header has whole seconds, truncated: the server's time was up to one second later.
_DATE_RESOLUTION = 1.0


class ClockState(enum.StrEnum):
    OK = "ok"
    OFF = "off"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ClockCheck:
    """``offset_s`` > 0: this PC's clock is behind the site's (and < 0, ahead)."""

    state: ClockState
    host: str
    offset_s: float | None = None
    uncertainty_s: float | None = None
    reason: str | None = None  # why UNKNOWN: offline, timeout, tls, no_date, bad_date, slow

    @property
    def message_id(self) -> str:
        if self.state is ClockState.UNKNOWN:
            offline = self.reason in {"offline", "timeout", "tls", "no_source"}
            return "totp.clock_unknown_offline" if offline else "totp.clock_unknown_answer"
        if self.state is ClockState.OK:
            return "totp.clock_ok"
        return "totp.clock_behind" if (self.offset_s or 0) > 0 else "totp.clock_ahead"

    @property
    def params(self) -> dict[str, str]:
        shown = {"host": self.host}
        if self.offset_s is not None:
            shown["seconds"] = str(round(abs(self.offset_s)))
        return shown


def clock_offset(date_header: str, sent_at: float, received_at: float) -> tuple[float, float]:
    """(offset, uncertainty) in seconds from a ``Date`` header; ValueError if it is not a date.

    The server wrote the header somewhere between sending and receiving; the
    middle is the best estimate, half the round trip plus the header's
    one-second resolution the uncertainty.
    """
    try:
        when = parsedate_to_datetime(date_header)
    except (TypeError, ValueError, IndexError) as exc:
        raise ValueError("not an HTTP date") from exc
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # RFC 9110 dates are GMT
    server = when.timestamp() + _DATE_RESOLUTION / 2
    local = (sent_at + received_at) / 2
    return server - local, (received_at - sent_at) / 2 + _DATE_RESOLUTION / 2


def check_clock(
    session: requests.Session,
    url: str,
    *,
    clock: Callable[[], float] = time.time,
    user_agent: str = "secguard",
    deadline: float = DEADLINE,
) -> ClockCheck:
    host = urlsplit(url).hostname or ""
    sent_at = clock()
    reply = bounded_request(session, "HEAD", url, {"User-Agent": user_agent}, deadline=deadline)
    received_at = clock()
    if isinstance(reply, str):
        return ClockCheck(ClockState.UNKNOWN, host, reason=reply)
    date = reply.headers.get("Date")
    if not date:
        return ClockCheck(ClockState.UNKNOWN, host, reason="no_date")
    try:
        offset, uncertainty = clock_offset(date, sent_at, received_at)
    except ValueError:
        return ClockCheck(ClockState.UNKNOWN, host, reason="bad_date")
    if uncertainty > MAX_UNCERTAINTY_SECONDS:
        return ClockCheck(ClockState.UNKNOWN, host, offset, uncertainty, reason="slow")
    state = ClockState.OFF if abs(offset) > WARN_ABOVE_SECONDS else ClockState.OK
    return ClockCheck(state, host, offset, uncertainty)


def clock_source(directory: Directory, broker_ids: Iterable[str | None] = ()) -> str | None:
    """The official site to ask: one of the person's brokers first, else the directory's first."""
    for broker_id in broker_ids:
        broker = directory.get(broker_id)
        if broker is not None:
            return broker.site_url
    return directory.brokers[0].site_url if directory.brokers else None
