"""The clock check against a local server's ``Date`` header, with an injected clock."""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from email.utils import format_datetime

import pytest
import requests

from secguard.core.brokers import parse_directory
from secguard.core.totp.clock import ClockState, check_clock, clock_offset, clock_source
from tests.range_server import head_server

SERVER_TIME = datetime(2026, 11, 30, 3, 0, 0, tzinfo=UTC)
SERVER_DATE = format_datetime(SERVER_TIME, usegmt=True)  # "Mon, 30 Nov 2026 03:00:00 GMT"
EPOCH = SERVER_TIME.timestamp()


def _clock(*readings: float):  # type: ignore[no-untyped-def]
    values = iter(readings)
    return lambda: next(values)


def _check(url: str, *readings: float, **kwargs: float):  # type: ignore[no-untyped-def]
    with requests.Session() as session:
        return check_clock(
            session, url, clock=_clock(*readings), user_agent="secguard/test", **kwargs
        )


def test_a_clock_45_seconds_behind_is_reported():
    with head_server({"Date": SERVER_DATE}) as (base, seen):
        result = _check(base + "/", EPOCH - 45, EPOCH - 45)
    assert result.state is ClockState.OFF
    assert result.offset_s == pytest.approx(45.5)
    assert result.message_id == "totp.clock_behind"
    assert result.params == {"host": "127.0.0.1", "seconds": "46"}
    assert seen[0].startswith("HEAD / HTTP/1.1")
    assert '"User-Agent": "secguard/test"' in seen[0]


def test_ahead_and_right():
    with head_server({"Date": SERVER_DATE}) as (base, _):
        ahead = _check(base, EPOCH + 120, EPOCH + 120.2)
        right = _check(base, EPOCH + 0.3, EPOCH + 0.5)
    assert (ahead.state, ahead.message_id) == (ClockState.OFF, "totp.clock_ahead")
    assert ahead.offset_s == pytest.approx(-119.6)
    assert (right.state, right.message_id) == (ClockState.OK, "totp.clock_ok")


def test_thirty_seconds_is_the_warning_threshold():
    with head_server({"Date": SERVER_DATE}) as (base, _):
        within = _check(base, EPOCH - 29.5, EPOCH - 29.5)  # 30.0 off: not above 30
        beyond = _check(base, EPOCH - 31, EPOCH - 31)
    assert within.state is ClockState.OK
    assert beyond.state is ClockState.OFF


def test_a_3xx_is_not_followed_and_its_date_is_used():
    with head_server({"Date": SERVER_DATE}) as (elsewhere, elsewhere_seen):
        moved = {"Date": SERVER_DATE, "Location": elsewhere + "/login"}
        with head_server(moved, status=302) as (base, seen):
            result = _check(base, EPOCH - 100, EPOCH - 100)
    assert result.state is ClockState.OFF
    assert len(seen) == 1
    assert elsewhere_seen == []  # no request, and no header, went to the other host


@pytest.mark.parametrize(
    ("headers", "reason"),
    [({}, "no_date"), ({"Date": "yesterday"}, "bad_date"), ({"Date": ""}, "no_date")],
)
def test_an_answer_without_a_usable_date_is_unknown(headers: dict[str, str], reason: str):
    with head_server(headers) as (base, _):
        result = _check(base, EPOCH, EPOCH)
    assert (result.state, result.reason) == (ClockState.UNKNOWN, reason)
    assert result.message_id == "totp.clock_unknown_answer"
    assert result.offset_s is None


def test_offline_is_unknown_never_ok():
    result = _check("http://127.0.0.1:9/", EPOCH, EPOCH)
    assert (result.state, result.reason) == (ClockState.UNKNOWN, "offline")
    assert result.message_id == "totp.clock_unknown_offline"


def test_a_slow_answer_cannot_date_the_clock():
    with head_server({"Date": SERVER_DATE}) as (base, _):
        result = _check(base, EPOCH - 40, EPOCH + 10)  # 50 s round trip
    assert (result.state, result.reason) == (ClockState.UNKNOWN, "slow")


def test_the_whole_request_has_a_deadline():
    # A server that accepts the connection and never answers: the per-read
    # timeout is 10 s, the deadline here a quarter of a second.
    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = silent.getsockname()[1]
        started = datetime.now(UTC)
        result = _check(f"http://127.0.0.1:{port}/", EPOCH, EPOCH, deadline=0.25)
        waited = (datetime.now(UTC) - started).total_seconds()
    assert (result.state, result.reason) == (ClockState.UNKNOWN, "timeout")
    assert waited < 5


def test_clock_offset_arithmetic():
    offset, uncertainty = clock_offset(SERVER_DATE, EPOCH - 10, EPOCH - 8)
    assert offset == pytest.approx(9.5)  # server time + 0.5 s (truncated header) - midpoint
    assert uncertainty == pytest.approx(1.5)  # half the 2 s round trip + half a second
    with pytest.raises(ValueError, match="HTTP date"):
        clock_offset("not a date", EPOCH, EPOCH)


def test_the_source_is_one_of_the_persons_brokers_from_the_directory():
    source = {"url": "https://example.co.jp/", "kind": "official", "checked": "2026-11-24"}
    broker = {
        "names": {"ja": "x", "en": "x"},
        "domains": [{"domain": "a.co.jp", "source": source}],
        "site_url": "https://www.a.co.jp/",
        "contact_page": {
            "url": "https://www.a.co.jp/contact",
            "where": {"ja": "お問い合わせ", "en": "Contact"},
            "source": source,
        },
    }
    directory = parse_directory(
        {
            "schema": 1,
            "brokers": [
                {**broker, "id": "first"},
                {**broker, "id": "mine", "site_url": "https://www.mine.a.co.jp/"},
            ],
        }
    )
    assert clock_source(directory, [None, "unknown", "mine"]) == "https://www.mine.a.co.jp/"
    assert clock_source(directory) == "https://www.a.co.jp/"
