"""English source strings of password strength, the breach check and brokers'
password rules (page 4 and ``secguard password check``).

Kept out of ``i18n.py`` so that file stays under 600 lines; ``i18n.MESSAGES``
includes these.
"""

from __future__ import annotations

from collections.abc import Mapping

from secguard.i18n_marker import QT_TRANSLATE_NOOP

PASSWORD_MESSAGES: Mapping[str, str] = {
    # password strength (zxcvbn's feedback, translated) and checks
    "strength.add_words": QT_TRANSLATE_NOOP(
        "Messages", "Add another word or two. Uncommon words are better."
    ),
    "strength.capitalization": QT_TRANSLATE_NOOP(
        "Messages", "Capitalization doesn't help very much."
    ),
    "strength.reversed": QT_TRANSLATE_NOOP(
        "Messages", "Reversed words aren't much harder to guess."
    ),
    "strength.substitutions": QT_TRANSLATE_NOOP(
        "Messages", "Predictable substitutions like '@' instead of 'a' don't help very much."
    ),
    "strength.few_words": QT_TRANSLATE_NOOP("Messages", "Use a few words, avoid common phrases."),
    "strength.no_need_symbols": QT_TRANSLATE_NOOP(
        "Messages", "No need for symbols, digits, or uppercase letters."
    ),
    "strength.straight_rows": QT_TRANSLATE_NOOP(
        "Messages", "Straight rows of keys are easy to guess."
    ),
    "strength.short_keyboard": QT_TRANSLATE_NOOP(
        "Messages", "Short keyboard patterns are easy to guess."
    ),
    "strength.top10": QT_TRANSLATE_NOOP("Messages", "This is a top-10 common password."),
    "strength.similar_common": QT_TRANSLATE_NOOP(
        "Messages", "This is similar to a commonly used password."
    ),
    "strength.single_word": QT_TRANSLATE_NOOP("Messages", "A word by itself is easy to guess."),
    "strength.all_uppercase": QT_TRANSLATE_NOOP(
        "Messages", "All-uppercase is almost as easy to guess as all-lowercase."
    ),
    "strength.longer_keyboard": QT_TRANSLATE_NOOP(
        "Messages", "Use a longer keyboard pattern with more turns."
    ),
    "strength.repeats_aaa": QT_TRANSLATE_NOOP("Messages", 'Repeats like "aaa" are easy to guess.'),
    "strength.repeats_abc": QT_TRANSLATE_NOOP(
        "Messages", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
    ),
    "strength.top100": QT_TRANSLATE_NOOP("Messages", "This is a top-100 common password."),
    "strength.very_common": QT_TRANSLATE_NOOP("Messages", "This is a very common password."),
    "strength.names_alone": QT_TRANSLATE_NOOP(
        "Messages", "Names and surnames by themselves are easy to guess."
    ),
    "strength.common_names": QT_TRANSLATE_NOOP(
        "Messages", "Common names and surnames are easy to guess."
    ),
    "strength.avoid_repeats": QT_TRANSLATE_NOOP("Messages", "Avoid repeated words and characters."),
    "strength.sequences": QT_TRANSLATE_NOOP(
        "Messages", 'Sequences like "abc" or "6543" are easy to guess.'
    ),
    "strength.avoid_sequences": QT_TRANSLATE_NOOP("Messages", "Avoid sequences."),
    "strength.recent_years": QT_TRANSLATE_NOOP("Messages", "Recent years are easy to guess."),
    "strength.dates": QT_TRANSLATE_NOOP("Messages", "Dates are often easy to guess."),
    "strength.avoid_recent_years": QT_TRANSLATE_NOOP("Messages", "Avoid recent years."),
    "strength.avoid_your_years": QT_TRANSLATE_NOOP(
        "Messages", "Avoid years that are associated with you."
    ),
    "strength.avoid_your_dates": QT_TRANSLATE_NOOP(
        "Messages", "Avoid dates and years that are associated with you."
    ),
    "strength.empty": QT_TRANSLATE_NOOP("Messages", "Type a password to check it."),
    "strength.word_0": QT_TRANSLATE_NOOP("Messages", "Very weak"),
    "strength.word_1": QT_TRANSLATE_NOOP("Messages", "Weak"),
    "strength.word_2": QT_TRANSLATE_NOOP("Messages", "Fair"),
    "strength.word_3": QT_TRANSLATE_NOOP("Messages", "Strong"),
    "strength.word_4": QT_TRANSLATE_NOOP("Messages", "Very strong"),
    # why a breach check could not finish
    "breach.reason.offline": QT_TRANSLATE_NOOP(
        "Messages", "this computer could not reach the breach service (offline?)"
    ),
    "breach.reason.timeout": QT_TRANSLATE_NOOP(
        "Messages", "the breach service did not answer in time"
    ),
    "breach.reason.tls": QT_TRANSLATE_NOOP(
        "Messages", "the secure connection to the breach service could not be checked"
    ),
    "breach.reason.rate_limited": QT_TRANSLATE_NOOP(
        "Messages", "the breach service asked to wait; try again in a minute"
    ),
    "breach.reason.server_error": QT_TRANSLATE_NOOP(
        "Messages", "the breach service had a problem of its own"
    ),
    "breach.reason.malformed": QT_TRANSLATE_NOOP(
        "Messages", "the breach service's answer could not be read"
    ),
    "breach.reason.unexpected_status": QT_TRANSLATE_NOOP(
        "Messages", "the breach service gave an unexpected answer"
    ),
    "breach.reason.other": QT_TRANSLATE_NOOP("Messages", "the check was interrupted"),
    "strength.other": QT_TRANSLATE_NOOP(
        "Messages", "This password follows a pattern that is easy to guess."
    ),
    "password.none_given": QT_TRANSLATE_NOOP(
        "Messages", "No password was given on standard input."
    ),
    # a broker's confirmed password rules
    "password.rule_too_short": QT_TRANSLATE_NOOP(
        "Messages", "Too short for this broker: it needs at least {limit} characters."
    ),
    "password.rule_too_long": QT_TRANSLATE_NOOP(
        "Messages", "Too long for this broker: it accepts at most {limit} characters."
    ),
    "password.rule_symbols": QT_TRANSLATE_NOOP(
        "Messages", "This broker does not accept these symbols: {symbols}"
    ),
    "password.rule_few_symbols": QT_TRANSLATE_NOOP(
        "Messages", "This broker asks for at least {count} different symbols."
    ),
    "storage.fingerprint_key_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The key that protects your password fingerprints cannot be read, so reuse cannot be "
        "checked. It was kept as it is.",
    ),
}
