"""The breach check against a local server speaking Pwned Passwords' range format."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from secguard.core.hibp import (
    BreachChecker,
    BreachStatus,
    MalformedRange,
    base_url_from,
    parse_range,
    range_prefix,
    sha1_hex,
)
from tests.range_server import dripping_server, redirecting_server

FIXTURE = Path(__file__).parent / "fixtures" / "hibp_range_CBFDA.txt"
BREACHED = "password123"  # in the fixture with a count
NOT_BREACHED = "Hy7#kQ2!vWz9"  # hash prefix differs; the server pads a miss


@dataclass
class RangeServer:
    base_url: str
    mode: list[str] = field(default_factory=lambda: ["ok"])
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)


def _padded_miss() -> bytes:
    lines = FIXTURE.read_text(encoding="ascii").splitlines()
    return ("\r\n".join(line.split(":")[0] + ":0" for line in lines[:300]) + "\r\n").encode()


@pytest.fixture
def server() -> Iterator[RangeServer]:
    state = RangeServer("")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: object) -> None:
            pass

        def do_GET(self) -> None:
            state.requests.append((self.path, dict(self.headers)))
            mode = state.mode.pop(0) if len(state.mode) > 1 else state.mode[0]
            if mode == "slow":
                time.sleep(1.5)
            if mode.startswith("429"):
                self.send_response(429)
                if mode == "429-retry-after":
                    self.send_header("Retry-After", "7")
                self.end_headers()
                return
            if mode == "500":
                self.send_response(500)
                self.end_headers()
                return
            if mode == "html":
                body = b"<html><body>Cloudflare says hello</body></html>"
            elif self.path.endswith("/CBFDA"):
                body = FIXTURE.read_bytes()
            else:
                body = _padded_miss()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header(
                "Content-Length", str(len(body) + (5000 if mode == "truncated" else 0))
            )
            self.end_headers()
            self.wfile.write(body if mode != "truncated" else body[: len(body) // 2])
            if mode == "truncated":
                self.wfile.flush()
                self.connection.close()

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    state.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield state
    httpd.shutdown()
    httpd.server_close()


def checker(base_url: str, sleeps: list[float] | None = None) -> BreachChecker:
    return BreachChecker(
        requests.Session(),
        base_url,
        user_agent="secguard/test",
        sleep=(sleeps.append if sleeps is not None else lambda _s: None),
        timeout=(1.0, 0.5),
    )


def test_only_the_five_character_prefix_leaves_with_padding_header(server: RangeServer):
    result = checker(server.base_url).check(BREACHED)
    assert result.status is BreachStatus.BREACHED
    assert result.count == 251682
    assert result.prefix == "CBFDA"
    [(path, headers)] = server.requests
    assert path == "/range/CBFDA"
    assert headers["Add-Padding"] == "true"
    assert headers["User-Agent"] == "secguard/test"
    sent = path + repr(headers)
    assert BREACHED not in sent
    assert sha1_hex(BREACHED)[5:] not in sent


def test_a_miss_is_not_found_and_padding_never_counts(server: RangeServer):
    result = checker(server.base_url).check(NOT_BREACHED)
    assert result.status is BreachStatus.NOT_FOUND
    assert result.count == 0
    assert server.requests[0][0] == f"/range/{range_prefix(NOT_BREACHED)}"


def test_padding_entries_with_count_zero_are_not_hits():
    body = f"{sha1_hex('x')[5:]}:0\r\nABCDEFABCDEFABCDEFABCDEFABCDEFABCDE:3\n"
    entries = parse_range(body)
    assert entries[sha1_hex("x")[5:]] == 0


@pytest.mark.parametrize(
    ("modes", "reason"),
    [
        (["slow"], "timeout"),
        (["500"], "server_error"),
        (["html"], "malformed"),
        (["truncated"], "malformed"),
        (["429", "429"], "rate_limited"),
    ],
)
def test_every_fault_is_unknown_with_its_reason(server: RangeServer, modes: list[str], reason: str):
    server.mode = modes
    result = checker(server.base_url).check(BREACHED)
    assert (result.status, result.reason) == (BreachStatus.UNKNOWN, reason)
    assert result.count is None


def test_429_is_retried_once_honouring_retry_after(server: RangeServer):
    sleeps: list[float] = []
    server.mode = ["429-retry-after", "ok"]
    result = checker(server.base_url, sleeps).check(BREACHED)
    assert result.status is BreachStatus.BREACHED
    assert sleeps == [7.0]
    assert len(server.requests) == 2


def test_429_without_retry_after_waits_a_default(server: RangeServer):
    sleeps: list[float] = []
    server.mode = ["429", "ok"]
    assert checker(server.base_url, sleeps).check(BREACHED).status is BreachStatus.BREACHED
    assert sleeps == [2.0]


def test_connection_refused_is_offline():
    result = checker("http://127.0.0.1:9").check(BREACHED)
    assert (result.status, result.reason) == (BreachStatus.UNKNOWN, "offline")


def test_a_tls_failure_is_unknown(server: RangeServer):
    tls_url = server.base_url.replace("http://", "https://")
    result = checker(tls_url).check(BREACHED)
    assert (result.status, result.reason) == (BreachStatus.UNKNOWN, "tls")


@pytest.mark.parametrize("body", ["", "not a range", "ABC:1", "G" * 35 + ":1", "A" * 35 + ":x"])
def test_malformed_bodies_are_refused(body: str):
    with pytest.raises(MalformedRange):
        parse_range(body)


def test_base_url_from_the_environment_or_a_preset():
    assert base_url_from({}) == "https://api.pwnedpasswords.com"
    assert (
        base_url_from({}, "https://proxy.broker.example/hibp/")
        == "https://proxy.broker.example/hibp"
    )
    assert base_url_from({"SECGUARD_HIBP_URL": "http://127.0.0.1:1/"}) == "http://127.0.0.1:1"


@pytest.mark.parametrize("headers_too", [False, True], ids=["body", "headers"])
def test_a_server_dripping_one_byte_at_a_time_is_cut_off_at_the_total_timeout(headers_too: bool):
    # Each byte comes 0.05 s after the last, far within the 0.5 s read timeout;
    # unbounded, the answer would take 20 s and then be malformed.
    with dripping_server(headers_too=headers_too) as base_url:
        checker = BreachChecker(requests.Session(), base_url, timeout=(1.0, 0.5), total_timeout=1.0)
        result = checker.check(BREACHED)
    assert (result.status, result.reason) == (BreachStatus.UNKNOWN, "timeout")


def test_a_redirect_is_not_followed_to_another_host(server: RangeServer):
    # The other host would answer "breached"; following it would also send it the prefix.
    with redirecting_server(server.base_url) as base_url:
        result = checker(base_url).check(BREACHED)
    assert (result.status, result.reason) == (BreachStatus.UNKNOWN, "redirected")
    assert server.requests == [], "nothing reached the other host"
