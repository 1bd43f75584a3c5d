"""New passwords and passphrases from ``secrets``, within a broker's rules.

Many Japanese brokers cap length (16-20) and accept only some symbols; the
rules confirmed by a source are in the directory (``password_rules``).  For
a broker without them, the defaults below fit the strictest common cap.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Sequence
from dataclasses import dataclass

from secguard.core.brokers import BrokerPasswordRule

DEFAULT_SYMBOLS = "!#$%&*+-=?@_"
# Where a broker's accepted symbols are not confirmed: the ones that appear in
# every confirmed list in the directory (Iwai Cosmo's, and Monex's examples).
UNCONFIRMED_SYMBOLS = "!#$%-"
DEFAULT_LENGTH = 16
_LETTERS_AND_DIGITS = string.ascii_lowercase + string.ascii_uppercase + string.digits


@dataclass(frozen=True)
class GeneratorSettings:
    min_length: int = 8
    max_length: int = DEFAULT_LENGTH
    symbols: str = DEFAULT_SYMBOLS  # "" when the broker allows none
    min_distinct_symbols: int = 1

    @classmethod
    def for_broker(cls, rule: BrokerPasswordRule | None) -> GeneratorSettings:
        if rule is None:
            return cls()
        symbols = UNCONFIRMED_SYMBOLS if rule.symbols is None else rule.symbols
        return cls(
            min_length=rule.min_length,
            max_length=rule.max_length,
            symbols=symbols,
            min_distinct_symbols=max(rule.min_distinct_symbols, 1 if symbols else 0),
        )


def random_password(
    rules: GeneratorSettings = GeneratorSettings(), length: int | None = None
) -> str:
    """Lower and upper case letters, digits and the allowed symbols, at least one of each
    (and as many different symbols as the rules ask), at the longest length the rules
    allow (at most 20).  No character three times in a row and no run such as "abc",
    "321": several brokers refuse both."""
    size = max(rules.min_length, min(length or min(rules.max_length, 20), rules.max_length))
    kinds = [string.ascii_lowercase, string.ascii_uppercase, string.digits]
    if rules.symbols:
        kinds.append(rules.symbols)
    alphabet = "".join(kinds)
    while True:
        candidate = "".join(secrets.choice(alphabet) for _ in range(size))
        if (
            all(any(c in kind for c in candidate) for kind in kinds)
            and len({c for c in candidate if c in rules.symbols}) >= rules.min_distinct_symbols
            and not _has_run(candidate)
        ):
            return candidate


def _has_run(text: str) -> bool:
    """Three of the same character, or three in a row up or down ("abc", "cba", "123")."""
    for a, b, c in zip(text, text[1:], text[2:], strict=False):
        if a == b == c:
            return True
        if all(ch in _LETTERS_AND_DIGITS for ch in (a, b, c)) and (
            ord(b) - ord(a) == ord(c) - ord(b) and abs(ord(b) - ord(a)) == 1
        ):
            return True
    return False


# Five words of four letters or more, with separators: never shorter than this.
PASSPHRASE_MIN_CHARS = 24


def passphrase_fits(rule: BrokerPasswordRule | None) -> bool:
    """Whether a passphrase can be a broker's password: yes where no rules are known;
    where they are, only if they allow its length (no broker in the directory does)."""
    return rule is None or rule.max_length >= PASSPHRASE_MIN_CHARS


def passphrase(words: Sequence[str], count: int = 5, separator: str = "-") -> str:
    """``count`` words chosen uniformly from ``words`` (log2(len(words)) bits each)."""
    if len(words) < 1000:
        raise ValueError("a passphrase needs a list of at least 1,000 words")
    return separator.join(secrets.choice(words) for _ in range(count))


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


def rule_breaks(password: str, rule: BrokerPasswordRule) -> list[tuple[str, dict[str, str]]]:
    """What in ``password`` a broker's rule would refuse, as message ids with parameters
    (empty: nothing found; only what the source confirms is checked)."""
    breaks: list[tuple[str, dict[str, str]]] = []
    if len(password) < rule.min_length:
        breaks.append(("password.rule_too_short", {"limit": str(rule.min_length)}))
    if len(password) > rule.max_length:
        breaks.append(("password.rule_too_long", {"limit": str(rule.max_length)}))
    symbols = {c for c in password if not (c.isascii() and c.isalnum())}
    if rule.symbols is not None:
        refused = sorted(symbols - set(rule.symbols))
        if refused:
            breaks.append(("password.rule_symbols", {"symbols": " ".join(refused)}))
    if len(symbols) < rule.min_distinct_symbols:
        breaks.append(("password.rule_few_symbols", {"count": str(rule.min_distinct_symbols)}))
    return breaks
