"""New passwords and passphrases from ``secrets``, within a broker's rules.

Many Japanese brokers cap length (often 16-20) and allow only some symbols;
where a broker's rules are not confirmed (none are recorded yet, see the
directory), the defaults below fit the strictest common cap.
"""

from __future__ import annotations

import math
import secrets
import string
from collections.abc import Sequence
from dataclasses import dataclass

DEFAULT_SYMBOLS = "!#$%&*+-=?@_"


@dataclass(frozen=True)
class PasswordRules:
    min_length: int = 8
    max_length: int = 16
    symbols: str = DEFAULT_SYMBOLS  # "" when the broker allows none


def random_password(rules: PasswordRules = PasswordRules(), length: int | None = None) -> str:
    """Letters, digits and the allowed symbols, at least one of each kind."""
    size = max(rules.min_length, min(length or rules.max_length, rules.max_length))
    kinds = [string.ascii_lowercase, string.ascii_uppercase, string.digits]
    if rules.symbols:
        kinds.append(rules.symbols)
    alphabet = "".join(kinds)
    while True:
        candidate = "".join(secrets.choice(alphabet) for _ in range(size))
        if all(any(c in kind for c in candidate) for kind in kinds):
            return candidate


def passphrase(words: Sequence[str], count: int = 5, separator: str = "-") -> str:
    """``count`` words chosen uniformly from ``words`` (log2(len(words)) bits each)."""
    if len(words) < 1000:
        raise ValueError("a passphrase needs a list of at least 1,000 words")
    return separator.join(secrets.choice(words) for _ in range(count))


def passphrase_bits(word_count: int, count: int) -> float:
    return count * math.log2(word_count)


def passphrase_words(candidates: Sequence[str], size: int = 8192) -> list[str]:
    """Distinct, easy-to-type words of 4-8 letters, the first ``size`` of ``candidates``."""
    seen: set[str] = set()
    chosen: list[str] = []
    for word in candidates:
        if 4 <= len(word) <= 8 and word.isascii() and word.isalpha() and word not in seen:
            seen.add(word)
            chosen.append(word.lower())
            if len(chosen) == size:
                break
    return chosen
