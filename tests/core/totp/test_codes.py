"""Codes through secguard's own path (set-up text -> key -> code), against the RFCs' vectors."""

from __future__ import annotations

import base64

import pytest

from secguard.core.totp import (
    CodeOutcome,
    InvalidCode,
    check_setup_text,
    code_at,
    code_for_counter,
    practice_key,
    read_key,
    verify_code,
)

RFC_SEEDS = {
    "SHA1": b"12345678901234567890",
    "SHA256": b"12345678901234567890123456789012",
    "SHA512": b"1234567890123456789012345678901234567890123456789012345678901234",
}

# RFC 6238 Appendix B: every listed time, all three algorithms, 8 digits, 30 s steps.
RFC_6238_VECTORS = [
    (59, "94287082", "SHA1"),
    (59, "46119246", "SHA256"),
    (59, "90693936", "SHA512"),
    (1111111109, "07081804", "SHA1"),
    (1111111109, "68084774", "SHA256"),
    (1111111109, "25091201", "SHA512"),
    (1111111111, "14050471", "SHA1"),
    (1111111111, "67062674", "SHA256"),
    (1111111111, "99943326", "SHA512"),
    (1234567890, "89005924", "SHA1"),
    (1234567890, "91819424", "SHA256"),
    (1234567890, "93441116", "SHA512"),
    (2000000000, "69279037", "SHA1"),
    (2000000000, "90698825", "SHA256"),
    (2000000000, "38618901", "SHA512"),
    (20000000000, "65353130", "SHA1"),
    (20000000000, "77737706", "SHA256"),
    (20000000000, "47863826", "SHA512"),
]

# RFC 4226 Appendix D: HOTP values for counters 0-9 of the SHA-1 seed.
RFC_4226_VALUES = [
    "755224",
    "287082",
    "359152",
    "969429",
    "338314",
    "254676",
    "287922",
    "162583",
    "399871",
    "520489",
]


def _base32(seed: bytes) -> str:
    return base64.b32encode(seed).decode("ascii").rstrip("=")


@pytest.mark.parametrize(("at", "expected", "algorithm"), RFC_6238_VECTORS)
def test_rfc_6238_appendix_b(at: int, expected: str, algorithm: str):
    uri = (
        f"otpauth://totp/RFC:test?secret={_base32(RFC_SEEDS[algorithm])}"
        f"&algorithm={algorithm}&digits=8&period=30"
    )
    checked = check_setup_text(uri)
    assert checked.valid, checked.problems
    assert checked.key is not None
    assert code_at(checked.key, at) == expected
    # The code the person would type is accepted at that moment.
    assert verify_code(checked.key, expected, at).outcome is CodeOutcome.MATCH


@pytest.mark.parametrize(("counter", "expected"), list(enumerate(RFC_4226_VALUES)))
def test_rfc_4226_appendix_d(counter: int, expected: str):
    key = read_key(_base32(RFC_SEEDS["SHA1"]).lower())  # a bare key, as typed
    assert code_for_counter(key, counter) == expected
    assert code_at(key, counter * 30 + 29) == expected


KEY = read_key("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
NOW = 1_796_000_000.0  # 2026-11-30, passed in: no test reads the clock


def test_one_step_either_side_is_a_match():
    for offset in (-1, 0, 1):
        code = code_at(KEY, NOW + offset * 30)
        result = verify_code(KEY, code, NOW)
        assert result.as_json() == {
            "match": True,
            "offset_steps": offset,
            "clock_offset_s": offset * 30,
        }


def test_a_code_further_away_reports_the_clock_offset():
    two_steps = verify_code(KEY, code_at(KEY, NOW - 60), NOW)
    assert two_steps.as_json() == {"match": False, "offset_steps": -2, "clock_offset_s": -60}
    phone_ahead = code_at(KEY, NOW + 185)  # the phone's clock is about three minutes ahead
    result = verify_code(KEY, phone_ahead, NOW)
    assert result.outcome is CodeOutcome.CLOCK_OFF
    assert result.as_json() == {"match": False, "offset_steps": 6, "clock_offset_s": 180}
    phone_behind = verify_code(KEY, code_at(KEY, NOW - 600), NOW)
    assert (phone_behind.outcome, phone_behind.offset_steps) == (CodeOutcome.CLOCK_OFF, -20)


def test_beyond_ten_minutes_is_no_match():
    result = verify_code(KEY, code_at(KEY, NOW + 21 * 30), NOW)
    assert result.as_json() == {"match": False, "offset_steps": None, "clock_offset_s": None}
    assert result.message_id == "totp.verify_no_match"


def test_typed_codes_tolerate_spaces_and_full_width_digits():
    code = code_at(KEY, NOW)
    spaced = f"{code[:3]} {code[3:]}"
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in code)  # full-width, from a Japanese IME
    assert verify_code(KEY, spaced, NOW).match
    assert verify_code(KEY, full_width, NOW).match


@pytest.mark.parametrize(
    ("typed", "message_id"),
    [
        ("12345", "totp.code_wrong_length"),
        ("1234567", "totp.code_wrong_length"),
        ("12a456", "totp.code_not_digits"),
        ("", "totp.code_empty"),
    ],
)
def test_malformed_codes_are_refused_with_their_reason(typed: str, message_id: str):
    with pytest.raises(InvalidCode) as caught:
        verify_code(KEY, typed, NOW)
    assert caught.value.message_id == message_id


def test_practice_key_is_random_and_usable():
    first, second = practice_key(), practice_key()
    assert first.secret != second.secret
    assert first.secret_bits == 160
    assert verify_code(first, code_at(first, NOW), NOW).match
    fixed = practice_key(lambda n: b"\x01" * n)
    assert fixed.secret == b"\x01" * 20
