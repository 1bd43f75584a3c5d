"""The breach check, through Have I Been Pwned's Pwned Passwords range API (k-anonymity).

Only the first five hex characters of the password's SHA-1 leave the
machine, with ``Add-Padding: true`` so that the response size does not give
the prefix away either.  The rest of the hash is compared here.  Any failure
is "unknown" with its reason, never "not found".  The requests session is
passed in, so tests point it at a local server.

requests' timeouts bound each socket read, not the request: a server that
sends one byte every few seconds would keep the check going for hours.  So
the request goes through ``core.bounded_request`` (the clock check's too):
one deadline for the whole request (``TOTAL_TIMEOUT``), and no redirect
followed: the range API never redirects, and following one would send the
same request, headers and prefix to wherever a proxy or an attacker points.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Mapping

import requests

from secguard.core.bounded_request import bounded_request
from secguard.core.breach import BreachResult, BreachStatus

DEFAULT_BASE_URL = "https://api.pwnedpasswords.com"
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0
# The whole request, from connecting to the last byte of the body.
TOTAL_TIMEOUT = 15.0
MAX_RETRY_AFTER = 30.0
DEFAULT_RETRY_AFTER = 2.0
MAX_BODY_BYTES = 4 * 1024 * 1024


class MalformedRange(ValueError):
    pass


def sha1_hex(password: str) -> str:
    return hashlib.sha1(password.encode("utf-8"), usedforsecurity=False).hexdigest().upper()


def range_prefix(password: str) -> str:
    """The only part of the password's hash that is ever sent."""
    return sha1_hex(password)[:5]


def parse_range(body: str) -> dict[str, int]:
    """``SUFFIX:COUNT`` lines (CRLF or LF) -> {suffix: count}; padding lines have count 0."""
    entries: dict[str, int] = {}
    for raw_line in body.splitlines():
        line = raw_line.strip()
        if not line:
            continue
        suffix, sep, count = line.partition(":")
        if (
            not sep
            or len(suffix) != 35
            or any(c not in "0123456789ABCDEF" for c in suffix.upper())
            or not count.isdigit()
        ):
            raise MalformedRange(line[:40])
        entries[suffix.upper()] = int(count)
    if not entries:
        raise MalformedRange("empty")
    return entries


def _status_problem(status: int, body: bytes) -> str | None:
    if status == 429:
        return "rate_limited"
    if status >= 500:
        return "server_error"
    if 300 <= status < 400:
        return "redirected"
    if status != 200:
        return "unexpected_status"
    if len(body) > MAX_BODY_BYTES:
        return "malformed"
    return None


def base_url_from(environ: Mapping[str, str], preset: str | None = None) -> str:
    """``SECGUARD_HIBP_URL``, else a brokerage preset's proxy, else the public API."""
    return (environ.get("SECGUARD_HIBP_URL") or preset or DEFAULT_BASE_URL).rstrip("/")


class BreachChecker:
    def __init__(
        self,
        session: requests.Session,
        base_url: str = DEFAULT_BASE_URL,
        user_agent: str = "secguard",
        *,
        sleep: Callable[[float], None] = time.sleep,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
        total_timeout: float = TOTAL_TIMEOUT,
    ) -> None:
        self._session = session
        self._base_url = base_url.rstrip("/")
        self._user_agent = user_agent
        self._sleep = sleep
        self._timeout = timeout
        self._total_timeout = total_timeout

    def check(self, password: str) -> BreachResult:
        digest = sha1_hex(password)
        prefix, suffix = digest[:5], digest[5:]
        response = self._get(prefix)
        if isinstance(response, BreachResult):
            return response
        try:
            entries = parse_range(response)
        except MalformedRange:
            return BreachResult(BreachStatus.UNKNOWN, reason="malformed", prefix=prefix)
        count = entries.get(suffix, 0)
        if count > 0:  # padding entries carry 0 and are never a hit
            return BreachResult(BreachStatus.BREACHED, count=count, prefix=prefix)
        return BreachResult(BreachStatus.NOT_FOUND, count=0, prefix=prefix)

    def _get(self, prefix: str) -> str | BreachResult:
        """The response body, or an unknown result saying why there is none."""
        for attempt in range(2):
            fetched = self._fetch(prefix)
            if isinstance(fetched, str):
                return BreachResult(BreachStatus.UNKNOWN, reason=fetched, prefix=prefix)
            status, retry_after, body = fetched
            if status == 429 and attempt == 0:
                self._sleep(self._retry_after(retry_after))  # one retry, as HIBP asks
                continue
            problem = _status_problem(status, body)
            if problem is None:
                try:
                    return body.decode("utf-8")
                except UnicodeDecodeError:
                    problem = "malformed"
            return BreachResult(BreachStatus.UNKNOWN, reason=problem, prefix=prefix)
        return BreachResult(BreachStatus.UNKNOWN, reason="rate_limited", prefix=prefix)

    def _fetch(self, prefix: str) -> tuple[int, str | None, bytes] | str:
        """(status, Retry-After, body) or the reason there is none, within the deadline,
        under the rules of every secguard request (``core.bounded_request``: no
        redirect followed, one deadline for the whole request)."""
        reply = bounded_request(
            self._session,
            "GET",
            f"{self._base_url}/range/{prefix}",
            {"Add-Padding": "true", "User-Agent": self._user_agent},
            deadline=self._total_timeout,
            max_body=MAX_BODY_BYTES,
            timeout=self._timeout,
        )
        if isinstance(reply, str):
            return "malformed" if reply == "too_large" else reply
        return reply.status, reply.headers.get("Retry-After"), reply.body

    @staticmethod
    def _retry_after(value: str | None) -> float:
        try:
            seconds = float(value) if value is not None else DEFAULT_RETRY_AFTER
        except ValueError:
            seconds = DEFAULT_RETRY_AFTER
        return max(0.0, min(seconds, MAX_RETRY_AFTER))
