"""One HTTP request under the rules every secguard request follows.

- No redirect is followed: a 3xx comes back as the answer, so a request (and
  its headers) never goes to a host the caller did not choose.
- The whole request has a deadline, not only each read: a server that drips
  one byte at a time cannot keep the caller waiting.  The request runs on a
  daemon thread; at the deadline the caller gets "timeout" and the thread
  stops reading the body (a server dripping its *headers* keeps that thread
  alive until the read timeout, but nobody waits for it).
- Any failure is a reason ("offline", "timeout", "tls", "too_large",
  "malformed"), never an exception and never a made-up answer.

The session is passed in, so tests point the request at a local server.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field

import requests
from urllib3 import exceptions as urllib3_errors

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0
DEADLINE = 15.0
MAX_BODY_BYTES = 4 * 1024 * 1024
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Reply:
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""


def _read_body(reply: requests.Response, max_body: int, abandoned: threading.Event) -> bytes | str:
    body = bytearray()
    while not abandoned.is_set():
        chunk = reply.raw.read(_CHUNK, decode_content=True)
        if not chunk:
            return bytes(body)
        body += chunk
        if len(body) > max_body:
            return "too_large"
    return "timeout"


def _send(
    session: requests.Session,
    method: str,
    url: str,
    *,
    headers: Mapping[str, str],
    max_body: int,
    abandoned: threading.Event,
    timeout: tuple[float, float],
) -> Reply | str:
    try:
        with session.request(
            method,
            url,
            headers=dict(headers),
            timeout=timeout,
            stream=True,
            allow_redirects=False,
        ) as reply:
            body = b"" if method == "HEAD" else _read_body(reply, max_body, abandoned)
            if isinstance(body, str):
                return body
            return Reply(reply.status_code, dict(reply.headers), body)
    except requests.exceptions.SSLError:
        return "tls"
    except requests.exceptions.Timeout:
        return "timeout"
    except requests.exceptions.ConnectionError:
        return "offline"
    except (requests.exceptions.RequestException, urllib3_errors.HTTPError, OSError) as exc:
        # urllib3 raises its own errors while the body is read (a cut body, a stall).
        return "timeout" if isinstance(exc, urllib3_errors.TimeoutError) else "malformed"


def bounded_request(
    session: requests.Session,
    method: str,
    url: str,
    headers: Mapping[str, str],
    *,
    deadline: float = DEADLINE,
    max_body: int = MAX_BODY_BYTES,
    timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
) -> Reply | str:
    """The server's answer (any status, redirects included), or the reason there is none."""
    outcome: list[Reply | str] = []
    finished = threading.Event()
    abandoned = threading.Event()

    def work() -> None:
        try:
            outcome.append(
                _send(
                    session,
                    method,
                    url,
                    headers=headers,
                    max_body=max_body,
                    abandoned=abandoned,
                    timeout=timeout,
                )
            )
        finally:
            finished.set()

    threading.Thread(target=work, name="secguard-request", daemon=True).start()
    if not finished.wait(deadline):
        abandoned.set()
        return "timeout"
    return outcome[0] if outcome else "malformed"
