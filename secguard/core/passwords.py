"""How strong a password is: zxcvbn, plus Japanese romaji dictionaries, never crashing.

zxcvbn's traps, handled here: it raises on an empty password (IndexError)
and above 72 characters (ValueError); its cost grows steeply with length;
and every call rewrites a module-level dictionary (the user inputs), so two
evaluations must never run at once.  Long passwords are scored on a bounded
prefix and extrapolated at the prefix's own rate per character, as KeePassXC
does; one unit repeated is scored as the unit.  The password is never stored, logged or returned.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from secguard.core.checklist import CheckState

MAX_SCORED = 64
_REPEATED = re.compile(r"(.+?)\1+", re.DOTALL)
_ZXCVBN_LOCK = threading.Lock()
# zxcvbn's own thresholds from guesses to score (scoring.py, 4.x).
_SCORE_LIMITS = (3.0, 6.0, 8.0, 10.0)  # log10(guesses): below each -> score 0, 1, 2, 3
SCORE_STATES = {
    0: CheckState.RISK,
    1: CheckState.RISK,
    2: CheckState.ATTENTION,
    3: CheckState.OK,
    4: CheckState.OK,
}

# The strength in a word, for people who do not read "2 of 4": very weak ... very strong.
SCORE_WORD_IDS = {score: f"strength.word_{score}" for score in range(5)}

# zxcvbn's English feedback -> secguard's message ids (translated in i18n).
FEEDBACK_IDS: Mapping[str, str] = {
    "Add another word or two. Uncommon words are better.": "strength.add_words",
    "Capitalization doesn't help very much.": "strength.capitalization",
    "Reversed words aren't much harder to guess.": "strength.reversed",
    (
        "Predictable substitutions like '@' instead of 'a' don't help very much."
    ): "strength.substitutions",
    "Use a few words, avoid common phrases.": "strength.few_words",
    "No need for symbols, digits, or uppercase letters.": "strength.no_need_symbols",
    "Straight rows of keys are easy to guess.": "strength.straight_rows",
    "Short keyboard patterns are easy to guess.": "strength.short_keyboard",
    "This is a top-10 common password.": "strength.top10",
    "This is similar to a commonly used password.": "strength.similar_common",
    "A word by itself is easy to guess.": "strength.single_word",
    "All-uppercase is almost as easy to guess as all-lowercase.": "strength.all_uppercase",
    "Use a longer keyboard pattern with more turns.": "strength.longer_keyboard",
    'Repeats like "aaa" are easy to guess.': "strength.repeats_aaa",
    (
        'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
    ): "strength.repeats_abc",
    "This is a top-100 common password.": "strength.top100",
    "This is a very common password.": "strength.very_common",
    "Names and surnames by themselves are easy to guess.": "strength.names_alone",
    "Common names and surnames are easy to guess.": "strength.common_names",
    "Avoid repeated words and characters.": "strength.avoid_repeats",
    'Sequences like "abc" or "6543" are easy to guess.': "strength.sequences",
    "Avoid sequences.": "strength.avoid_sequences",
    "Recent years are easy to guess.": "strength.recent_years",
    "Dates are often easy to guess.": "strength.dates",
    "Avoid recent years.": "strength.avoid_recent_years",
    "Avoid years that are associated with you.": "strength.avoid_your_years",
    "Avoid dates and years that are associated with you.": "strength.avoid_your_dates",
}


@dataclass(frozen=True)
class Strength:
    score: int  # 0-4, zxcvbn's scale
    state: CheckState
    guesses_log10: float
    feedback: tuple[str, ...]  # message ids, warning first
    length: int
    scored_prefix: bool  # True when zxcvbn saw only part of the password


def _score_from(guesses_log10: float) -> int:
    return next((score for score, limit in enumerate(_SCORE_LIMITS) if guesses_log10 < limit), 4)


def hepburn_variants(word: str) -> set[str]:
    """satou -> sato, satoh; yuuto -> yuto: the ways one Japanese name is typed."""
    variants = {word}
    for long, short in (("ou", "o"), ("ou", "oh"), ("uu", "u"), ("oo", "o"), ("ei", "e")):
        variants |= {v.replace(long, short) for v in list(variants) if long in v}
    return variants


class StrengthMeter:
    """Scores passwords; the romaji lists come in from the caller (core reads no files)."""

    def __init__(self, extra_dictionaries: Mapping[str, Sequence[str]] | None = None) -> None:
        from zxcvbn import matching

        if extra_dictionaries:
            expanded = {}
            for name, words in extra_dictionaries.items():
                ranked: list[str] = []
                seen: set[str] = set()
                for word in words:
                    for variant in sorted(hepburn_variants(word.lower())):
                        if variant not in seen:
                            seen.add(variant)
                            ranked.append(variant)
                expanded[f"secguard_{name}"] = ranked
            with _ZXCVBN_LOCK:
                # Registered once per process; zxcvbn keeps them in a module dictionary.
                if not all(key in matching.RANKED_DICTIONARIES for key in expanded):
                    matching.add_frequency_lists(expanded)

    def evaluate(self, password: str, user_inputs: Iterable[str] = ()) -> Strength:
        if not password:
            return Strength(0, CheckState.RISK, 0.0, ("strength.empty",), 0, False)
        from zxcvbn import zxcvbn

        inputs = [word for word in user_inputs if word]
        repeated = _REPEATED.fullmatch(password)
        if repeated and len(password) > MAX_SCORED and len(repeated.group(1)) <= MAX_SCORED:
            # "aaaa..." or "abcabc...": as hard as its unit, times how often it repeats.
            unit = repeated.group(1)
            with _ZXCVBN_LOCK:
                result = zxcvbn(unit, user_inputs=inputs)
            guesses_log10 = float(result["guesses_log10"]) + math.log10(len(password) // len(unit))
            rest = len(password) - len(unit)
        else:
            prefix = password[:MAX_SCORED]
            with _ZXCVBN_LOCK:
                result = zxcvbn(prefix, user_inputs=inputs)
            guesses_log10 = float(result["guesses_log10"])
            rest = len(password) - len(prefix)
            if rest > 0:
                # As KeePassXC: the rest at the prefix's own rate per character.
                guesses_log10 += rest * guesses_log10 / len(prefix)
        score = _score_from(guesses_log10) if rest > 0 else int(result["score"])
        feedback = result.get("feedback") or {}
        texts = [feedback.get("warning") or "", *(feedback.get("suggestions") or [])]
        ids = tuple(FEEDBACK_IDS.get(text, "strength.other") for text in texts if text)
        if score >= 3:
            ids = tuple(i for i in ids if i != "strength.add_words")
        return Strength(score, SCORE_STATES[score], guesses_log10, ids, len(password), rest > 0)
