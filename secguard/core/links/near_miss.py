"""A name spelled nearly like a broker's: one letter changed, added, swapped or missing,
letters reordered or inserted, look-alike letters (sblsec, moenix, matsesui, ѕbіѕес)."""

from __future__ import annotations

from secguard.core.brokers import Broker
from secguard.core.links import thresholds as limit
from secguard.core.links.hosts import (
    JP_ATTRIBUTE_SUFFIXES,
    common_words,
    look_alike_letters,
    loose_skeleton,
    scripts_of,
    skeleton,
)
from secguard.core.links.index import BrokerIndex
from secguard.core.links.shape import compound
from secguard.core.links.suspect import (
    LEGACY_SUFFIXES,
    TYPO_REASONS,
    Imitation,
    Suspect,
    beside,
    caution,
    plain_name,
    same_label_elsewhere,
    typo,
)
from secguard.core.links.verdict import Reason


def near_miss(index: BrokerIndex, candidate: str, host: Suspect) -> Imitation | None:
    """``candidate`` spelled nearly like an official name: sblsec, ma-tsui, moenix, ѕbіѕес."""
    if not candidate or _name_goes_on_elsewhere(index, candidate, host):
        return None
    return (
        _one_letter_short(index, candidate, host)
        or _same_name_other_ending(index, candidate, host)
        or _few_edits_away(index, candidate, company=host.parts.suffix in JP_ATTRIBUTE_SUFFIXES)
        or _letters_reordered(index, candidate)
        or letters_inserted(index, candidate)
    )


def misspelt_name(index: BrokerIndex, candidate: str) -> Imitation | None:
    """A name of its own (a subdomain: moenix.example.com) spelled nearly like a broker's:
    a letter changed, added, swapped or missing, or the letters reordered; never a word."""
    plain = candidate.replace("-", "")
    if len(plain) < limit.BRAND_WORD_MIN_CHARS or candidate in index.labels:
        return None
    found = (
        _few_edits_away(index, candidate)
        or _letters_reordered(index, candidate)
        or letters_inserted(index, candidate)
    )
    if found is None or not (found.caution or found.reason.message_id in TYPO_REASONS):
        return None
    return found  # (a caution when the name goes on: sbisecc)


def _one_letter_short(index: BrokerIndex, candidate: str, host: Suspect) -> Imitation | None:
    """The broker's name with one letter left out, under the broker's own ending: kab.com,
    mfg.jp, matsu.co.jp (the slip of a finger on the address the person meant)."""
    found = index.one_short.get((candidate, host.parts.suffix or ""))
    if found is None or candidate in index.labels:
        return None
    broker, label = found
    return typo(broker, candidate, label)


def _name_goes_on_elsewhere(index: BrokerIndex, candidate: str, host: Suspect) -> bool:
    """A plain name with a letter or two after it under another ending than the broker's
    (monext.fr, monexa.com): a name of its own.  Under the broker's ending (monexa.co.jp) or
    a Japanese one it is the typo of one added letter."""
    suffix = host.parts.suffix or ""
    if suffix.endswith("jp"):
        return False
    plain = candidate.replace("-", "")
    for extra in (1, 2):
        owners = index.labels.get(plain[:-extra], ())
        if owners and plain_name(plain[:-extra]) and all(own != suffix for _b, own in owners):
            return True
    return False


def _same_name_other_ending(index: BrokerIndex, candidate: str, host: Suspect) -> Imitation | None:
    """matsui.co, monex.xyz"""
    parts = host.parts
    for broker, suffix in index.labels.get(candidate, ()):
        if parts.suffix and parts.suffix != suffix:
            return same_label_elsewhere(broker, candidate, parts, suffix, host)
    # A group's shared name (dmm.com, mufg.jp) elsewhere: short, generic, a caution, and
    # nothing under the old generic endings.
    group = index.shared_labels.get(candidate.replace("-", ""))
    if group is None or parts.suffix in LEGACY_SUFFIXES:
        return None
    return caution(group, candidate)


def _few_edits_away(
    index: BrokerIndex, candidate: str, *, company: bool = False
) -> Imitation | None:
    """sblsec, sb1-sec; at no edit, look-alike letters (ѕbіѕес, 5bisec); with more letters
    folded, claiwa and daiuua."""
    plain = candidate.replace("-", "")
    # A registered company (co.jp) is one edit away at most (mito-sec is not naito-sec),
    # or two letters each read as the other at a glance (rakutem-scc for rakuten-sec).
    most = 1 if company else 2
    near = index.near

    def close(match: tuple[str, str, int]) -> bool:
        return match[2] <= most or (
            match[2] == 2 and look_alike_letters(near.fold(candidate), match[1])
        )

    found = [match for match in near.matches(candidate) if close(match)]
    if (
        not found
        and candidate.isascii()
        and plain not in index.plain_labels
        and loose_skeleton(candidate) != skeleton(candidate)
    ):
        near = index.near_loose
        found = [match for match in near.matches(candidate) if close(match)]
    for broker_id, target, distance in found:
        broker = index.directory.get(broker_id)
        if broker is None:
            continue
        if distance == 0:
            if candidate.isascii() and (plain == target or candidate in index.labels):
                continue  # the official name itself
            scripts = "ASCII" if candidate.isascii() else ", ".join(sorted(scripts_of(candidate)))
            params = {"broker": broker.id, "scripts": scripts}
            return Imitation(broker, Reason("link.lookalike_homoglyph", params))
        if plain.isascii() and (
            plain in common_words() or (plain == candidate and compound(plain))
        ):
            continue  # "money" is a word, not a typo of "monex"; nor "clicksend" of click-sec
        name = near.name_of(target)
        if _other_piece(candidate, name):
            continue  # mizuho-rt for mizuho-sc: another company of the name
        flat_name = name.replace("-", "")
        if plain.startswith(flat_name):
            if beside([plain[len(flat_name) :]], generic=True) == "business":
                continue  # iwaicosmo-hd: the group's holding company
            return caution(broker, candidate)  # monext: a name that goes on after monex
        return typo(broker, candidate, name)
    return None


def _other_piece(candidate: str, name: str) -> bool:
    """Whether ``candidate`` keeps a piece of the hyphenated ``name`` and replaces the
    other whole: mizuho-rt, mizuho-fg (companies of the name) are no typos of mizuho-sc."""
    pieces, named = candidate.split("-"), name.split("-")
    if len(pieces) != len(named) or len(pieces) < 2:
        return False
    kept = [a == b for a, b in zip(pieces, named, strict=True)]
    return any(kept) and all(
        a == b or not set(a) & set(b) for a, b in zip(pieces, named, strict=True)
    )


def _letters_reordered(index: BrokerIndex, candidate: str) -> Imitation | None:
    """moenix for monex"""
    plain = candidate.replace("-", "")
    for broker_id, label in index.scramble.matches(candidate):
        broker = index.directory.get(broker_id)
        if broker is not None and plain != label.replace("-", ""):
            return typo(broker, candidate, label)
    return None


def letters_inserted(index: BrokerIndex, candidate: str) -> Imitation | None:
    """Two letters slipped into a longer name, its first and last letters kept: sbisesec,
    matsesui, okasesan (one letter is a typo the edit distance already finds)."""
    plain = candidate.replace("-", "")
    if not plain.isascii() or not plain:
        return None
    for name, label, broker in index.labels_by_ends.get(plain[0] + plain[-1], ()):
        if 0 < len(plain) - len(name) <= 2 and is_subsequence(name, plain):
            return None if plain in common_words() else typo(broker, candidate, label)
    return None


def is_subsequence(small: str, big: str) -> bool:
    letters = iter(big)
    return all(char in letters for char in small)


def misspelt_in_piece(index: BrokerIndex, piece: str, *, whole_ok: bool) -> Imitation | None:
    letters = piece.rstrip("0123456789")
    if len(letters) < limit.BRAND_WORD_MIN_CHARS or index.stem_pattern.search(letters):
        return None  # (the name itself in it, immonex: _brand_with_word's case)
    seen = skeleton(letters)
    if not seen:
        return None
    # As written when folding kept the length (diawa, not its skeleton dlawa).
    shown = letters if len(letters) == len(seen) else seen
    return _misspelt_at_start(index, seen, shown, whole_ok=whole_ok) or _misspelt_at_end(
        index, seen, shown
    )


def _first_word_length(text: str) -> int:
    """How long the longest common word (five letters or more) is that ``text`` begins with:
    national- in nationalgeographic, marks- in marksandspencer (0 for none)."""
    words = common_words()
    return max(
        (end for end in range(limit.BRAND_WORD_MIN_CHARS, len(text) + 1) if text[:end] in words),
        default=0,
    )


def _misspelt_at_start(
    index: BrokerIndex, seen: str, shown: str, *, whole_ok: bool
) -> Imitation | None:
    first_word: int | None = None
    for target, stem, broker in index.stems_by_first.get(seen[0], ()):
        for size in (len(target), len(target) + 1):
            if size > len(seen) or (size == len(seen) and not whole_ok):
                continue
            window = seen[:size]
            if window[-1] == target[-1] and close(window, target):
                if first_word is None:
                    first_word = _first_word_length(shown)
                if first_word >= size - 2:
                    continue  # the start of a word (natio- of national), not a misspelt name
                found = _misspelt(broker, shown[:size], stem)
                if found is not None:
                    return found
        size = len(target) + 2
        long_enough = len(target) >= limit.BRAND_WORD_MIN_CHARS and size < len(seen)
        if long_enough and _two_letters_slipped_in(seen[:size], target):
            return typo(broker, shown[:size], stem)
    return None


def _misspelt_at_end(index: BrokerIndex, seen: str, shown: str) -> Imitation | None:
    for target, stem, broker in index.stems_by_last.get(seen[-1], ()):
        for size in (len(target), len(target) + 1):
            if size >= len(seen):
                continue
            window = seen[-size:]
            if window[0] == target[0] and close(window, target):
                found = _misspelt(broker, shown[-size:], stem)
                if found is not None:
                    return found
    return None


def _two_letters_slipped_in(window: str, target: str) -> bool:
    """mionerx... for monex: the name's letters in order with two more among them, its first
    and last letters in place, at the start of a longer name that begins with no word
    (moneyexchange begins with "money")."""
    if window[0] != target[0] or window[-1] != target[-1] or window[1] == target[1]:
        return False
    if not is_subsequence(target, window):
        return False
    words = common_words()
    return not any(window[:end] in words for end in range(4, len(window) + 1))


def _misspelt(broker: Broker, window: str, stem: str) -> Imitation | None:
    return None if window in common_words() else typo(broker, window, stem)


def close(window: str, target: str) -> bool:
    """Whether ``window`` is ``target`` with one letter changed, two neighbours swapped or
    one letter added (the same length or one longer), or the same skeleton: a look-alike
    spelling (sblsec; the name as written never gets here)."""
    if window == target:
        return True
    if len(window) == len(target):
        diffs = [i for i, (a, b) in enumerate(zip(window, target, strict=True)) if a != b]
        if len(diffs) == 1:
            return True
        first, *rest = diffs or [0]
        return (
            len(diffs) == 2
            and rest[0] == first + 1
            and window[first] == target[first + 1]
            and window[first + 1] == target[first]
        )
    if len(window) == len(target) + 1:
        return any(window[:i] + window[i + 1 :] == target for i in range(len(window)))
    return False
