"""What a service shows at authenticator set-up: an ``otpauth://totp/`` URI or a bare Base32 key.

The key-URI format is Google Authenticator's ("Key Uri Format" in the
google-authenticator wiki), which every phone app follows::

    otpauth://totp/ISSUER:ACCOUNT?secret=BASE32&issuer=ISSUER&algorithm=SHA1&digits=6&period=30

Everything is checked and every problem gets its own message id, because a
person who copies a key by hand needs to know which part is wrong.  The
secret itself never appears in a message, a repr or a parameter: a problem
in it is located by position only.
"""

from __future__ import annotations

import base64
import enum
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TypeVar
from urllib.parse import quote, unquote, unquote_plus, urlsplit

from secguard.core.errors import SecguardError

MAX_INPUT_CHARS = 4096  # a QR code holds at most 4,296 characters; a 1 MB paste is refused
MIN_SECRET_BITS = 80  # RFC 4226 §4 requires 128 and recommends 160, but services still issue 80
RECOMMENDED_SECRET_BITS = 128
MAX_SECRET_BYTES = 128  # one SHA-512 block; a longer "secret" is a copying mistake
# A code must stay on screen long enough to be typed, and a step longer than a
# few minutes defeats the point of a one-time code: outside this range the
# URI is a mistake, not a choice.
MIN_PERIOD = 10
MAX_PERIOD = 300
APP_DEFAULTS = (
    "SHA1",
    6,
    30,
)  # what most phone apps honour (Google Authenticator ignores the rest)

_BASE32 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_SEPARATORS = frozenset(" -\t")
# Lengths of unpadded Base32 that no byte string produces (RFC 4648 §6).
_IMPOSSIBLE_LENGTHS = frozenset({1, 3, 6})
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_Value = TypeVar("_Value")


class Algorithm(enum.StrEnum):
    SHA1 = "SHA1"
    SHA256 = "SHA256"
    SHA512 = "SHA512"


class InvalidOtpUri(SecguardError):
    """The set-up text cannot be used; ``message_id`` names the first problem."""

    message_id = "totp.invalid"


@dataclass(frozen=True)
class Finding:
    """One problem, warning or note about the set-up text: a message id and safe parameters."""

    message_id: str
    params: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))


@dataclass(frozen=True)
class TotpKey:
    """A time-based key.  ``secret`` never appears in repr, logs or messages."""

    secret: bytes = field(repr=False)
    algorithm: Algorithm = Algorithm.SHA1
    digits: int = 6
    period: int = 30
    issuer: str = ""
    account: str = ""

    @property
    def secret_bits(self) -> int:
        return len(self.secret) * 8

    def public_parameters(self) -> dict[str, str | int]:
        """Everything about the key that may be shown or printed: not the secret."""
        return {
            "issuer": self.issuer,
            "account": self.account,
            "algorithm": self.algorithm.value,
            "digits": self.digits,
            "period": self.period,
            "secret_bits": self.secret_bits,
        }


@dataclass(frozen=True)
class KeyCheck:
    """The outcome of checking a set-up text.

    ``key`` is None whenever there is a problem; ``warnings`` are choices most
    phone apps ignore; ``notes`` are facts worth knowing that change nothing.
    """

    kind: str  # "uri", "key" or "unknown"
    key: TotpKey | None = field(default=None, repr=False)
    problems: tuple[Finding, ...] = ()
    warnings: tuple[Finding, ...] = ()
    notes: tuple[Finding, ...] = ()
    parameters: Mapping[str, str | int] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return self.key is not None and not self.problems


# --- Base32 -------------------------------------------------------------------------


def _secret_from_base32(text: str) -> bytes | Finding:
    """The secret bytes, tolerating spaces, hyphens, lower case and missing padding.

    A problem is reported by position (1-based, counted in the text as given),
    never by the character itself.
    """
    letters: list[str] = []
    for position, char in enumerate(text, start=1):
        if char in _SEPARATORS:
            continue
        upper = char.upper()
        if upper == "=":
            letters.append(upper)
            continue
        if upper not in _BASE32:
            return Finding("totp.bad_base32", {"position": str(position)})
        letters.append(upper)
    cleaned = "".join(letters)
    unpadded = cleaned.rstrip("=")
    if "=" in unpadded:
        return Finding("totp.bad_base32_padding")
    if not unpadded:
        return Finding("totp.no_secret")
    if len(unpadded) % 8 in _IMPOSSIBLE_LENGTHS:
        return Finding("totp.bad_base32_length")
    padded = unpadded + "=" * (-len(unpadded) % 8)
    return base64.b32decode(padded)


def _secret_size(secret: bytes) -> tuple[Finding | None, Finding | None]:
    """(problem, note) for the secret's length."""
    bits = str(len(secret) * 8)
    if len(secret) * 8 < MIN_SECRET_BITS:
        return Finding("totp.secret_too_short", {"bits": bits}), None
    if len(secret) > MAX_SECRET_BYTES:
        return Finding("totp.secret_too_long"), None
    if len(secret) * 8 < RECOMMENDED_SECRET_BITS:
        return None, Finding("totp.secret_short_accepted", {"bits": bits})
    return None, None


# --- parameters -----------------------------------------------------------------------


def _shown(value: str) -> str:
    """A parameter value as it may appear in a message: printable and short."""
    visible = "".join(c for c in value if c.isprintable())
    return visible[:24] + ("…" if len(visible) > 24 else "")


def _algorithm(value: str) -> Algorithm | Finding:
    name = value.strip().upper().replace("-", "")
    if name in Algorithm.__members__:
        return Algorithm[name]
    return Finding("totp.unknown_algorithm", {"algorithm": _shown(value)})


def _digits(value: str) -> int | Finding:
    if value.strip() in {"6", "8"}:
        return int(value)
    return Finding("totp.bad_digits", {"digits": _shown(value)})


def _period(value: str) -> int | Finding:
    text = value.strip()
    if text.isascii() and text.isdigit() and MIN_PERIOD <= int(text) <= MAX_PERIOD:
        return int(text)
    return Finding(
        "totp.bad_period", {"period": _shown(value), "min": str(MIN_PERIOD), "max": str(MAX_PERIOD)}
    )


def _setting(
    values: Mapping[str, str],
    name: str,
    read: Callable[[str], _Value | Finding],
    default: _Value,
    findings: tuple[list[Finding], list[Finding]],
) -> _Value:
    """One setting of the URI: absent is the app default; anything else is a warning,
    because most phone apps ignore it and would show different codes."""
    problems, warnings = findings
    if name not in values:
        return default
    value = read(values[name])
    if isinstance(value, Finding):
        problems.append(value)
        return default
    if value != default:
        warnings.append(Finding(f"totp.app_may_ignore_{name}", {name: str(value)}))
    return value


def _decoded(text: str, *, plus_is_space: bool) -> str | Finding:
    """Percent-decoding that refuses what a generator got wrong instead of guessing."""
    if _BAD_PERCENT.search(text):
        return Finding("totp.bad_percent_encoding")
    try:
        decoded = (unquote_plus if plus_is_space else unquote)(text, errors="strict")
    except UnicodeDecodeError:
        return Finding("totp.bad_percent_encoding")
    if any(unicodedata.category(c) in {"Cc", "Cf"} for c in decoded):
        return Finding("totp.control_characters")
    return decoded


def _query(query: str) -> tuple[dict[str, str], list[Finding]]:
    values: dict[str, str] = {}
    problems: list[Finding] = []
    for part in query.split("&"):
        if not part:
            continue
        raw_name, _, raw_value = part.partition("=")
        name = raw_name.strip().lower()
        value = _decoded(raw_value, plus_is_space=True)
        if isinstance(value, Finding):
            problems.append(value)
            continue
        if name in values:
            problems.append(Finding("totp.duplicate_parameter", {"name": _shown(name)}))
            continue
        values[name] = value
    return values, problems


def _label(path: str) -> tuple[str, str] | Finding:
    """(issuer, account) from the label; a literal or encoded colon separates them."""
    raw = path[1:] if path.startswith("/") else path
    match = re.search(r":|%3[Aa]", raw)
    raw_issuer, raw_account = (raw[: match.start()], raw[match.end() :]) if match else ("", raw)
    issuer = _decoded(raw_issuer, plus_is_space=False)
    if isinstance(issuer, Finding):
        return issuer
    account = _decoded(raw_account, plus_is_space=False)
    if isinstance(account, Finding):
        return account
    return issuer.strip(), account.strip()


# --- the URI ----------------------------------------------------------------------------


def _uri_type_problem(scheme: str, kind: str) -> Finding | None:
    if scheme == "otpauth-migration":
        return Finding("totp.migration_export")
    if scheme != "otpauth":
        return Finding("totp.wrong_scheme", {"scheme": _shown(scheme)})
    if kind == "hotp":
        return Finding("totp.hotp_refused")
    if kind != "totp":
        return Finding("totp.unknown_type", {"type": _shown(kind)})
    return None


def _check_uri(text: str) -> KeyCheck:
    parts = urlsplit(text)
    refused = _uri_type_problem(parts.scheme.lower(), parts.netloc.lower())
    if refused is not None:
        return KeyCheck("uri", problems=(refused,))
    problems: list[Finding] = []
    warnings: list[Finding] = []
    notes: list[Finding] = []
    label = _label(parts.path)
    issuer, account = ("", "") if isinstance(label, Finding) else label
    if isinstance(label, Finding):
        problems.append(label)
    values, query_problems = _query(parts.query)
    problems += query_problems
    named_issuer = values.get("issuer", "").strip()
    if issuer and named_issuer and issuer.casefold() != named_issuer.casefold():
        problems.append(
            Finding(
                "totp.issuer_mismatch", {"label": _shown(issuer), "issuer": _shown(named_issuer)}
            )
        )
    findings = (problems, warnings)
    algorithm = _setting(values, "algorithm", _algorithm, Algorithm.SHA1, findings)
    digits = _setting(values, "digits", _digits, 6, findings)
    period = _setting(values, "period", _period, 30, findings)
    secret = _uri_secret(values, problems, notes)
    if problems or secret is None:
        return KeyCheck("uri", problems=tuple(problems), warnings=tuple(warnings))
    key = TotpKey(
        secret,
        algorithm=algorithm,
        digits=digits,
        period=period,
        issuer=named_issuer or issuer,
        account=account,
    )
    return KeyCheck("uri", key, (), tuple(warnings), tuple(notes), key.public_parameters())


def _uri_secret(
    values: Mapping[str, str], problems: list[Finding], notes: list[Finding]
) -> bytes | None:
    if not values.get("secret", "").strip():
        problems.append(Finding("totp.no_secret"))
        return None
    secret = _secret_from_base32(values["secret"].strip())
    if isinstance(secret, Finding):
        problems.append(secret)
        return None
    problem, note = _secret_size(secret)
    if problem is not None:
        problems.append(problem)
        return None
    if note is not None:
        notes.append(note)
    return secret


def _check_bare_key(text: str) -> KeyCheck:
    secret = _secret_from_base32(text)
    if isinstance(secret, Finding):
        return KeyCheck("key", problems=(secret,))
    problem, note = _secret_size(secret)
    if problem is not None:
        return KeyCheck("key", problems=(problem,))
    key = TotpKey(secret)
    notes = (Finding("totp.bare_key_defaults"), *((note,) if note else ()))
    return KeyCheck("key", key, (), (), notes, key.public_parameters())


# A bare key this long is taken for one (RFC 4226 asks for 128 bits; services show 16 or 32).
BARE_KEY_MIN_CHARS = 16


def holds_secret(text: str) -> bool:
    """Whether ``text`` (a QR code's, a paste) carries an authenticator secret: an otpauth
    address anywhere in it, however written (full width, after invisible characters or
    other words), or a bare Base32 key.  Such text is never shown, judged or printed."""
    folded = "".join(
        char for char in unicodedata.normalize("NFKC", text) if unicodedata.category(char) != "Cf"
    ).lower()
    if "otpauth" in folded:
        return True
    letters = "".join(char for char in folded if char not in _SEPARATORS and not char.isspace())
    if len(letters.rstrip("=")) < BARE_KEY_MIN_CHARS:
        return False
    return isinstance(_secret_from_base32(letters), bytes)


def check_setup_text(text: str) -> KeyCheck:
    """Check what a person pasted or a QR code held: a key URI or a bare Base32 key."""
    if len(text) > MAX_INPUT_CHARS:
        return KeyCheck("unknown", problems=(Finding("totp.input_too_long"),))
    stripped = text.strip()
    if not stripped:
        return KeyCheck("unknown", problems=(Finding("totp.empty"),))
    if _SCHEME.match(stripped):
        return _check_uri(stripped)
    return _check_bare_key(stripped)


def read_key(text: str) -> TotpKey:
    """The key in ``text``, or InvalidOtpUri naming the first problem."""
    checked = check_setup_text(text)
    if checked.key is None or checked.problems:
        first = checked.problems[0] if checked.problems else Finding("totp.invalid")
        raise InvalidOtpUri(first.message_id, **first.params)
    return checked.key


def provisioning_uri(key: TotpKey) -> str:
    """The key as a URI for a phone app (to show as a QR code): a secret itself."""
    secret = base64.b32encode(key.secret).decode("ascii").rstrip("=")
    label = quote(key.account, safe="")
    if key.issuer:
        label = f"{quote(key.issuer, safe='')}:{label}"
    query = f"secret={secret}"
    if key.issuer:
        query += f"&issuer={quote(key.issuer, safe='')}"
    if (key.algorithm.value, key.digits, key.period) != APP_DEFAULTS:
        query += f"&algorithm={key.algorithm.value}&digits={key.digits}&period={key.period}"
    return f"otpauth://totp/{label}?{query}"
