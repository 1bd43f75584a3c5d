"""Host names: registrable domains, Unicode skeletons and near-miss spellings."""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources

from ada_url import idna_to_ascii, idna_to_unicode
from publicsuffixlist import PublicSuffixList

# Japan's attribute-type second-level domains: only companies, schools and
# governments can register under them, and only in ASCII (JPRS allows
# Japanese names under the general-use .jp alone).
JP_ATTRIBUTE_SUFFIXES = frozenset("co.jp or.jp ne.jp ac.jp go.jp lg.jp ed.jp gr.jp ad.jp".split())
# Letters, digits, hyphen (and the underscore some real subdomains use): what
# a registry and a resolver accept in a label, in its punycode form.
_LDH_LABEL = re.compile(r"[a-z0-9_-]{1,63}")
# A registry's rule for the name it sells: no hyphen at either end.
_REGISTRABLE_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


@functools.cache
def _psl_icann() -> PublicSuffixList:
    # The bundled snapshot; never fetched at run time.
    return PublicSuffixList(only_icann=True)


@functools.cache
def _psl_all() -> PublicSuffixList:
    return PublicSuffixList()


@dataclass(frozen=True)
class HostParts:
    host: str  # ASCII (punycode) lower case
    unicode_host: str  # the same, with xn-- labels decoded
    suffix: str | None  # ICANN public suffix ("co.jp"); None when the TLD is unknown
    registrable: str | None  # "sbisec.co.jp"
    platform_suffix: str | None  # a private suffix anyone can publish under ("workers.dev")
    # Worked out once: every check reads them.
    label: str = field(init=False)  # the name the registrant chose: "sbisec" of www.sbisec.co.jp
    unicode_label: str = field(init=False)
    subdomain_labels: tuple[str, ...] = field(init=False)  # ("www",)

    def __post_init__(self) -> None:
        object.__setattr__(self, "label", self._label())
        object.__setattr__(self, "unicode_label", self._unicode_label())
        object.__setattr__(self, "subdomain_labels", self._subdomain_labels())

    def _label(self) -> str:
        if not self.registrable or not self.suffix:
            return self.host.split(".")[0]
        return self.registrable[: -len(self.suffix) - 1]

    def _unicode_label(self) -> str:
        if not self.suffix:
            return self.unicode_host.split(".")[0]
        labels = self.unicode_host.split(".")
        return (
            labels[-(self.suffix.count(".") + 2)]
            if len(labels) > self.suffix.count(".") + 1
            else labels[0]
        )

    def _subdomain_labels(self) -> tuple[str, ...]:
        if not self.registrable:
            return ()
        head = self.host[: -len(self.registrable)].rstrip(".")
        return tuple(head.split(".")) if head else ()

    @property
    def owner_domain(self) -> str:
        """The name one owner controls: the registrable domain, or on a platform anyone can
        publish under, the name just below the platform ("abc.workers.dev")."""
        if self.platform_suffix:
            head = self.host[: -len(self.platform_suffix) - 1]
            return head.rsplit(".", 1)[-1] + "." + self.platform_suffix if head else self.host
        return self.registrable or self.host


def could_be_registered(parts: HostParts) -> bool:
    """Whether someone could own ``parts`` and have a browser reach it: under a real public
    suffix, every label one DNS takes, and a Japanese name only where JPRS allows one."""
    if parts.registrable is None or not _REGISTRABLE_LABEL.fullmatch(parts.label):
        return False
    if not all(_LDH_LABEL.fullmatch(label) for label in parts.host.split(".")):
        return False
    return not (parts.suffix in JP_ATTRIBUTE_SUFFIXES and parts.label.startswith("xn--"))


@functools.lru_cache(maxsize=8192)
def split_host(host: str) -> HostParts:
    """The parts of ``host`` (a pure function of it, so the last few thousand are kept)."""
    host = host.lower().rstrip(".")
    # UTS-46, as browsers apply it (not Python's IDNA 2003 codec).
    ascii_host = (idna_to_ascii(host).decode("ascii") or host) if not host.isascii() else host
    unicode_host = idna_to_unicode(ascii_host) if "xn--" in ascii_host else ascii_host
    icann = _psl_icann()
    suffix = icann.publicsuffix(ascii_host, accept_unknown=False)
    registrable = None
    if suffix and len(ascii_host) > len(suffix) + 1:
        # The suffix and one label more (what privatesuffix() gives, without a second lookup)
        head = ascii_host[: -len(suffix) - 1]
        registrable = head.rsplit(".", 1)[-1] + "." + suffix
        if registrable.startswith("."):
            registrable = None
    platform = None
    if suffix:
        full = _psl_all().publicsuffix(ascii_host, accept_unknown=False)
        if full and full != suffix:
            platform = full
    return HostParts(ascii_host, unicode_host, suffix, registrable, platform)


# --- skeletons ------------------------------------------------------------------

# Characters read as one another in a host name.  Unicode's confusables say
# 1 ~ l and 0 ~ O; phishing also swaps i/l/1 and writes "rn" for "m".
_ASCII_FOLD = str.maketrans(
    {
        "1": "l",
        "i": "l",
        "|": "l",
        "!": "l",
        "0": "o",
        "5": "s",
        "$": "s",
        "3": "e",
        "4": "a",
        "@": "a",
        "8": "b",
        "6": "b",
        "9": "g",
        "7": "t",
        "2": "z",
    }
)
_MULTI = (("rn", "m"), ("vv", "w"))
# More letters read as others in dnstwist's homoglyph table (cl ~ d is also in Unicode's
# confusables): tried only where the plain skeleton finds nothing, since folding "cl"
# in "click" also moves every real typo of it one letter further.
_LOOSE = (
    ("nn", "m"),
    ("cl", "d"),
    ("lc", "k"),
    ("lk", "k"),
    ("lb", "b"),
    ("v", "u"),
    ("uu", "w"),
    ("q", "g"),
)

# Letters written for one another to make a name look like another at a glance, both ways:
# one for one (Unicode's confusables: 0 ~ o, 1 ~ l; dnstwist's homoglyph table: b ~ d,
# c ~ e, m ~ n ~ r) and two for one (rn ~ m, cl ~ d, vv ~ w; dnstwist: nn ~ m, lc ~ k,
# lb ~ b, dl ~ d).  Two such swaps make ronura of nomura and rronex of monex.
# (The letters among them are also what look_alike_letters compares: rakutcm-scc.)
_LOOK_ALIKE_LETTERS = ("bd", "ce", "gq", "mn", "nr", "uv")
_READ_AS_ONE = ("0o", "1l", "1i", "il", *_LOOK_ALIKE_LETTERS, "38", "69")
_READ_AS_TWO = (
    ("m", "rn"),
    ("m", "nn"),
    ("d", "cl"),
    ("w", "vv"),
    ("k", "lc"),
    ("b", "lb"),
    ("d", "dl"),
)
_SWAPS: dict[str, tuple[str, ...]] = {}
for _pair in _READ_AS_ONE:
    _SWAPS[_pair[0]] = (*_SWAPS.get(_pair[0], ()), _pair[1])
    _SWAPS[_pair[1]] = (*_SWAPS.get(_pair[1], ()), _pair[0])
for _one, _two in _READ_AS_TWO:
    _SWAPS[_one] = (*_SWAPS.get(_one, ()), _two)
    _SWAPS[_two] = (*_SWAPS.get(_two, ()), _one)
_SWAP_LENGTHS = sorted({len(key) for key in _SWAPS})


def look_alike_spellings(name: str, swaps: int = 2) -> set[str]:
    """``name`` with up to ``swaps`` letters (or pairs of letters) each written as others
    that look like them: ronura and monura of nomura, rronex of monex, 5bisec is not here
    (5 ~ s is the skeleton's).  ``name`` itself is not among them."""
    found: set[str] = set()
    edge = {name}
    for _ in range(swaps):
        step: set[str] = set()
        for text in edge:
            for start in range(len(text)):
                for size in _SWAP_LENGTHS:
                    piece = text[start : start + size]
                    for other in _SWAPS.get(piece, ()) if len(piece) == size else ():
                        step.add(text[:start] + other + text[start + size :])
        edge = step - found
        found |= step
    found.discard(name)
    return found


@functools.cache
def _confusables() -> dict[str, str]:
    """Non-ASCII character -> the ASCII letter or digit it imitates (Unicode confusables)."""
    data = resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8")
    mapping: dict[str, str] = {}
    for char, entries in json.loads(data).items():
        if char.isascii():
            continue
        for entry in entries:
            target = entry.get("c", "")
            if len(target) == 1 and target.isascii() and target.isalnum():
                mapping[char] = target.lower()
                break
    return mapping


def to_ascii_lookalike(text: str) -> str:
    """``text`` with each non-ASCII character replaced by the ASCII one it imitates."""
    if text.isascii():
        return text
    table = _confusables()
    out = []
    for char in text:
        if char.isascii():
            out.append(char)
            continue
        base = unicodedata.normalize("NFKD", char)
        base = "".join(c for c in base if not unicodedata.combining(c))
        if base.isascii() and base:
            out.append(base.lower())
        else:
            out.append(table.get(char, table.get(char.lower(), char)))
    return "".join(out)


@functools.lru_cache(maxsize=16384)  # (pure; the same labels are read by several checks)
def skeleton(text: str) -> str:
    """What a hurried reader sees: homoglyphs folded, digits read as letters, no dashes."""
    folded = (
        to_ascii_lookalike(text.lower()).translate(_ASCII_FOLD).replace("-", "").replace("_", "")
    )
    for pair, single in _MULTI:
        folded = folded.replace(pair, single)
    return folded


@functools.lru_cache(maxsize=16384)  # (pure; the same labels are read by several checks)
def loose_skeleton(text: str) -> str:
    """The skeleton with more letters folded: "claiwa" and "daiuua" read as "daiwa"."""
    folded = skeleton(text)
    for pair, single in _LOOSE:
        folded = folded.replace(pair, single)
    return folded


def scripts_of(text: str) -> set[str]:
    """The scripts of the letters in ``text`` ("LATIN", "CYRILLIC", ...), from Unicode names."""
    found = set()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            found.add(name.split(" ")[0] if name else "UNKNOWN")
    return found


# --- near misses ------------------------------------------------------------------


def damerau(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance when it is at most ``limit``; past that, some larger
    number (the search gives up early)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    # A shared beginning and end change nothing (as in rapidfuzz): compare what is left.
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end = 0
    while end < len(a) - start and end < len(b) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    a, b = a[start : len(a) - end], b[start : len(b) - end]
    if not a or not b:
        return min(len(a) + len(b), limit + 1)
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


# Letters a reader takes for one another at a glance, after the skeleton's folds (which
# already read 1/i/l and 0/o alike): the single-letter look-alikes dnstwist also lists.
_LOOK_ALIKE_PAIRS = frozenset(frozenset(pair) for pair in _LOOK_ALIKE_LETTERS)


def look_alike_letters(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` (folded) are the same length and differ only in letters
    each read as the other: rakutcm-scc and rakuten-sec."""
    if len(a) != len(b) or a == b:
        return False
    return all(x == y or frozenset((x, y)) in _LOOK_ALIKE_PAIRS for x, y in zip(a, b, strict=True))


def within_one(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` or one edit from it: a letter changed, added, left out, or two
    neighbours swapped (the optimal-string-alignment distance at most one)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    first = 0
    while first < len(a) and first < len(b) and a[first] == b[first]:
        first += 1
    if len(a) == len(b):
        return a[first + 1 :] == b[first + 1 :] or (
            a[first + 1 : first + 2] == b[first : first + 1]
            and a[first : first + 1] == b[first + 1 : first + 2]
            and a[first + 2 :] == b[first + 2 :]
        )
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[first + 1 :] == shorter[first:]


class NearMissIndex:
    """Finds which official names a label is one or two edits away from.

    There are a few dozen official names: each label is compared with those of
    a length it could reach, one edit at most for names of four to seven
    letters, two for longer ones.  Two edits are confirmed with an exact
    distance only for names that share nearly all the label's letters (no edit
    brings in or takes away more than two different letters).
    """

    def __init__(
        self, names: Iterable[tuple[str, str]], fold: Callable[[str], str] = skeleton
    ) -> None:
        self._fold = fold
        # By length, the names one edit may reach and those two may: (owner, folded name,
        # the order given in) and, for two edits, the name's letters.
        self._one: dict[int, list[tuple[str, str, int]]] = {}
        self._two: dict[int, list[tuple[str, str, int, frozenset[str]]]] = {}
        self._longest = 0
        self._names: dict[str, str] = {}  # each folded name's name as written
        seen: set[tuple[str, str]] = set()
        for owner, name in names:
            target = fold(name)
            self._names.setdefault(target, name)
            self._longest = max(self._longest, len(target))
            if (owner, target) in seen:
                continue
            rank = len(seen)
            seen.add((owner, target))
            if self.allowed(target) == 1:
                self._one.setdefault(len(target), []).append((owner, target, rank))
            elif self.allowed(target) == 2:
                entry = (owner, target, rank, frozenset(target))
                self._two.setdefault(len(target), []).append(entry)

    @staticmethod
    def allowed(target: str) -> int:
        # Short names get one edit, long ones two; below four letters there
        # are too many real names one edit away.  (Common words are filtered
        # by the caller: "money" is not a typo of "monex".)
        if len(target) >= 8:
            return 2
        return 1 if len(target) >= 4 else 0

    def fold(self, label: str) -> str:
        """``label`` folded as this index folds the names (what ``matches`` compares)."""
        return self._fold(label)

    def name_of(self, target: str) -> str:
        """The name as written ("daiwa") of a folded one that ``matches`` returned ("dalwa")."""
        return self._names.get(target, target)

    def matches(self, label: str) -> list[tuple[str, str, int]]:
        """Every official name within its allowed edits of ``label``, folded: nearest
        first, then in the order the names were given (never a set's order, which changes
        with the interpreter's hash seed from one process to the next)."""
        candidate = self._fold(label)
        size = len(candidate)
        # Nothing more than two edits longer than the longest official name can match:
        # a long label never reaches the distance below.
        if size < 4 or size > self._longest + 2:
            return []
        found = []
        first, last = candidate[0], candidate[-1]
        for length in (size - 1, size, size + 1):
            for owner, target, rank in self._one.get(length, ()):
                # One edit keeps the first letter or, when it is at the start, the last.
                if (first == target[0] or last == target[-1]) and within_one(candidate, target):
                    found.append((0 if candidate == target else 1, rank, owner, target))
        letters: frozenset[str] | None = None
        for length in range(size - 2, size + 3):
            for owner, target, rank, target_letters in self._two.get(length, ()):
                letters = letters if letters is not None else frozenset(candidate)
                # Each edit brings in or takes away at most one letter on each side.
                if len(letters ^ target_letters) > 4:
                    continue
                distance = damerau(candidate, target, 2)
                if distance <= 2:
                    found.append((distance, rank, owner, target))
        found.sort()
        return [(owner, target, distance) for distance, _rank, owner, target in found]


class ScrambleIndex:
    """Names whose letters a label holds, reordered, plus at most one more, same first letter
    ("moenix" for "monex").  Indexed by first letter, so a label is compared with few names."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        self._by_first: dict[str, list[tuple[str, str, str]]] = {}
        for owner, name in names:
            target = skeleton(name)
            if len(target) >= 5:
                entry = (owner, name, "".join(sorted(target)))
                self._by_first.setdefault(target[0], []).append(entry)

    def matches(self, label: str) -> list[tuple[str, str]]:
        candidate = skeleton(label)
        if not candidate:
            return []
        letters = sorted(candidate)
        found = []
        for owner, name, target in self._by_first.get(candidate[0], ()):
            extra = len(letters) - len(target)
            if extra in (0, 1) and _contains_sorted(letters, target):
                found.append((owner, name))
        return found


def _contains_sorted(big: list[str], small: str) -> bool:
    """Whether the sorted letters ``small`` are a sub-multiset of the sorted ``big``."""
    i = 0
    for char in small:
        while i < len(big) and big[i] < char:
            i += 1
        if i == len(big) or big[i] != char:
            return False
        i += 1
    return True


@functools.cache
def common_words() -> frozenset[str]:
    """About 90,000 common English words, names and surnames (zxcvbn's lists).

    "money" is one letter from "monex" but is a word, not a typo of a broker.
    Loaded only when a near miss is found (about 30 ms).
    """
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(word for words in FREQUENCY_LISTS.values() for word in words if word.isalpha())


@functools.cache
def _pair_scores() -> tuple[dict[str, float], dict[str, float]]:
    """Each letter pair's log-probability under common words, and for a letter followed by
    a pair never seen, the floor: worked out once, read for every label."""
    pairs: dict[str, int] = {}
    starts: dict[str, int] = {}
    for word in common_words():
        padded = "^" + word + "$"
        for a, b in itertools.pairwise(padded):
            pairs[a + b] = pairs.get(a + b, 0) + 1
            starts[a] = starts.get(a, 0) + 1
    scores = {
        pair: math.log((count + 0.1) / (starts[pair[0]] + 2.7)) for pair, count in pairs.items()
    }
    floors = {first: math.log(0.1 / (count + 2.7)) for first, count in starts.items()}
    return scores, floors


_UNSEEN_FIRST = math.log(0.1 / 2.7)  # a pair after a character no word has


@functools.lru_cache(maxsize=16384)  # (pure; the same labels are read by several checks)
def pronounceability(label: str) -> float:
    """Mean log-probability of the label's letter pairs under common words (higher: more word-like).

    Random strings score below about -4; real names above it (measured on 150
    well-known site names: none below -4.0 at seven letters or more).
    """
    scores, floors = _pair_scores()
    padded = "^" + label + "$"
    total = 0.0
    for i in range(len(padded) - 1):
        pair = padded[i : i + 2]
        score = scores.get(pair)
        total += score if score is not None else floors.get(pair[0], _UNSEEN_FIRST)
    return total / (len(padded) - 1)
