"""JSON from places an attacker or a damaged disk may have written: parsed with limits.

The standard library's parser recurses once per nesting level, so ``[``
repeated 100,000 times raises ``RecursionError`` (not ``ValueError``), and a
5,000-digit number raises a bare ``ValueError`` from the int conversion.
Every file and keyring entry secguard reads holds small, shallow documents,
so anything larger, deeper or with absurd numbers is refused with one
exception type before or while parsing, and the caller treats it like any
other unreadable data.
"""

from __future__ import annotations

import json
import re
from typing import Any

# secguard's own documents nest four levels at most (an account record's last
# password check inside its data inside the record); 32 leaves room for
# growth without letting the parser recurse far.
DEFAULT_MAX_DEPTH = 32
# Ids, schema versions, counts and timestamps: 18 digits is beyond any of them.
MAX_INTEGER_DIGITS = 18

# The only characters that matter for nesting: brackets, quotes and escapes.
_STRUCTURE = re.compile(r'[\[\]{}"\\]')


class UntrustedJsonError(ValueError):
    """The data is not JSON secguard accepts (malformed, too large, too deep, odd numbers)."""


def _bounded_int(text: str) -> int:
    digits = text.lstrip("-")
    if len(digits) > MAX_INTEGER_DIGITS:
        raise UntrustedJsonError("number too long")
    return int(text)


def _no_constant(name: str) -> Any:
    # NaN and Infinity are not JSON; Python accepts them by default.
    raise UntrustedJsonError(f"not JSON: {name}")


def nesting_depth(text: str) -> int:
    """How deeply arrays and objects nest in ``text``, in one pass without recursing.

    Only brackets, quotes and backslashes are looked at, so a long document
    costs little; brackets inside strings do not count.  Malformed text gets
    some number and then fails in the real parser.
    """
    depth = deepest = 0
    in_string = False
    escaped_at = -1  # the position a backslash inside a string makes literal
    for match in _STRUCTURE.finditer(text):
        position, char = match.start(), match.group()
        if position == escaped_at:
            continue
        if in_string:
            if char == "\\":
                escaped_at = position + 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def parse_untrusted_json(
    data: bytes | str, *, max_bytes: int, max_depth: int = DEFAULT_MAX_DEPTH
) -> Any:
    """The parsed document, or ``UntrustedJsonError``; never ``RecursionError``.

    Bytes are decoded as UTF-8 (a leading byte-order mark is allowed: some
    Windows editors write one).
    """
    if len(data) > max_bytes:
        raise UntrustedJsonError("too large")
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UntrustedJsonError("not UTF-8") from exc
    else:
        text = data
    if nesting_depth(text) > max_depth:
        raise UntrustedJsonError("nested too deeply")
    try:
        return json.loads(text, parse_int=_bounded_int, parse_constant=_no_constant)
    except UntrustedJsonError:
        raise
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        raise UntrustedJsonError("malformed") from exc
