"""One-time codes (RFC 4226 HOTP, RFC 6238 TOTP) and the check of a code the person typed.

secguard is not an authenticator: it computes codes only to prove that the
person's phone app was set up with the same key and a clock that agrees.
Time is always passed in (``at``, seconds since the epoch); nothing here
reads the clock.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

import pyotp

from secguard.core.errors import SecguardError
from secguard.core.totp.keys import Algorithm, TotpKey

ACCEPTED_STEPS = 1  # RFC 6238 §5.2: one step either side covers typing time and small drift
SEARCH_SECONDS = 600  # a match within ten minutes means a clock is off, not a wrong key
PRACTICE_SECRET_BYTES = 20  # 160 bits, RFC 4226's recommendation

_DIGESTS = {
    Algorithm.SHA1: hashlib.sha1,
    Algorithm.SHA256: hashlib.sha256,
    Algorithm.SHA512: hashlib.sha512,
}


class InvalidCode(SecguardError):
    message_id = "totp.code_invalid"


class _Otp(pyotp.OTP):
    # Services still issue 80-bit keys (16 Base32 characters) that pyotp refuses
    # by default; keys.py has already decided which lengths are acceptable.
    min_secret_length_bits: ClassVar[int] = 80


def code_for_counter(key: TotpKey, counter: int) -> str:
    """RFC 4226's HOTP value for ``counter`` (a TOTP step number), with the key's settings."""
    encoded = base64.b32encode(key.secret).decode("ascii")
    return str(
        _Otp(encoded, digits=key.digits, digest=_DIGESTS[key.algorithm]).generate_otp(counter)
    )


def step_at(key: TotpKey, at: float) -> int:
    """RFC 6238's T: whole periods since the Unix epoch."""
    return int(at // key.period)


def code_at(key: TotpKey, at: float) -> str:
    return code_for_counter(key, step_at(key, at))


class CodeOutcome(enum.StrEnum):
    MATCH = "match"  # within one step: the authenticator is set up correctly
    CLOCK_OFF = "clock_off"  # matched further away: a clock is off by about the offset
    NO_MATCH = "no_match"


@dataclass(frozen=True)
class CodeCheck:
    """``offset_steps`` > 0: the phone shows a later code than this PC expects (its clock
    is ahead, or this PC's is behind); ``clock_offset_s`` is that offset in seconds."""

    outcome: CodeOutcome
    offset_steps: int | None
    clock_offset_s: int | None

    @property
    def match(self) -> bool:
        return self.outcome is CodeOutcome.MATCH

    @property
    def message_id(self) -> str:
        return f"totp.verify_{self.outcome.value}"

    @property
    def params(self) -> dict[str, str]:
        if self.clock_offset_s is None:
            return {}
        return {"seconds": str(abs(self.clock_offset_s))}

    def as_json(self) -> dict[str, bool | int | None]:
        return {
            "match": self.match,
            "offset_steps": self.offset_steps,
            "clock_offset_s": self.clock_offset_s,
        }


def typed_code(text: str, digits: int) -> str:
    """The digits of what the person typed: spaces and full-width digits (from a Japanese
    input method) tolerated; anything else is InvalidCode."""
    cleaned = "".join(unicodedata.normalize("NFKC", text).split()).replace("-", "")
    if not cleaned:
        raise InvalidCode("totp.code_empty", digits=str(digits))
    if not (cleaned.isascii() and cleaned.isdigit()):
        raise InvalidCode("totp.code_not_digits", digits=str(digits))
    if len(cleaned) != digits:
        raise InvalidCode("totp.code_wrong_length", digits=str(digits), typed=str(len(cleaned)))
    return cleaned


def _offsets(limit: int) -> list[int]:
    """0, -1, 1, -2, 2, ...: the nearest match wins if two steps happen to share a code."""
    order = [0]
    for distance in range(1, limit + 1):
        order += [-distance, distance]
    return order


def verify_code(key: TotpKey, typed: str, at: float) -> CodeCheck:
    """Whether ``typed`` is the key's code around ``at``, and if not quite, by how much."""
    code = typed_code(typed, key.digits)
    now = step_at(key, at)
    for offset in _offsets(max(ACCEPTED_STEPS, SEARCH_SECONDS // key.period)):
        if now + offset < 0:
            continue
        if hmac.compare_digest(code_for_counter(key, now + offset), code):
            outcome = CodeOutcome.MATCH if abs(offset) <= ACCEPTED_STEPS else CodeOutcome.CLOCK_OFF
            return CodeCheck(outcome, offset, offset * key.period)
    return CodeCheck(CodeOutcome.NO_MATCH, None, None)


# Why a code did not match, most likely first (for the page to list in this order).
NO_MATCH_CAUSES = (
    "totp.cause_other_account",
    "totp.cause_typo",
    "totp.cause_key_copied_wrong",
    "totp.cause_settings",
    "totp.cause_clock_far_off",
)

# How to set the clock right, per device (for a CLOCK_OFF outcome and the clock check).
CLOCK_FIXES = {
    "windows": "totp.clock_fix_windows",
    "macos": "totp.clock_fix_macos",
    "iphone": "totp.clock_fix_iphone",
    "android": "totp.clock_fix_android",
}


PRACTICE_ISSUER = "secguard"
PRACTICE_ACCOUNT = "practice"


def practice_key(random_bytes: Callable[[int], bytes] = secrets.token_bytes) -> TotpKey:
    """A throwaway key for trying the whole flow before touching a real account."""
    return TotpKey(
        random_bytes(PRACTICE_SECRET_BYTES), issuer=PRACTICE_ISSUER, account=PRACTICE_ACCOUNT
    )
