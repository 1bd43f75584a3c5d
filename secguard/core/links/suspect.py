"""The host under judgement and what an imitation check returns, with the words beside a
broker's name that tell a kit from a business (shared by ``imitation`` and ``near_miss``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from secguard.core.brokers import Broker
from secguard.core.links import thresholds as limit
from secguard.core.links.address import Address
from secguard.core.links.hosts import (
    HostParts,
    pronounceability,
    to_ascii_lookalike,
)
from secguard.core.links.index import BrokerIndex
from secguard.core.links.verdict import Reason
from secguard.core.links.words import (
    BUSINESS_WORDS,
    LURE_WORDS,
    MONEY_WORDS,
    checked_registry,
    foreign_commerce,
)

# Words phishing sites put beside a brand: matsui-jp.com, monex-login.net.
LURE_AFFIXES = frozenset(
    "jp japan login log signin secure security account verify support online web member "
    "auth app update info service official my mypage sec securities shoken trade help "
    "center centre portal site kyc".split()
)
# Pieces of a written-out address or lure words, beside which a misspelt brand
# in a subdomain is an imitation: www-sbl-jp, sec-sbl-jp, co-jp-sblsec.
ADDRESS_PIECES = LURE_AFFIXES | {"www", "co", "com", "ne", "or"}


# Suffixes where short names were taken decades ago by whoever came first (daiwa.com is
# a fishing-tackle maker, monex.com a metals dealer): a broker's plain name there is a
# caution, not an accusation.
LEGACY_SUFFIXES = frozenset("com net org".split())
KNOWN_WORDS = LURE_WORDS | MONEY_WORDS | BUSINESS_WORDS
_DIGITS = re.compile(r"[0-9]+")
# Two-letter words that end no English word, read even when glued to a name (daiwamy).
_GLUED_PAIRS = frozenset({"jp", "my", "ww"})
TYPO_REASONS = frozenset(
    {"link.lookalike_typo", "link.lookalike_homoglyph", "link.lookalike_letters"}
)


@dataclass(frozen=True)
class Imitation:
    broker: Broker
    reason: Reason
    # Only the broker's name on a site that is not the broker's: a caution (suspicious)
    # unless the address's shape is risky too; False for an accusation (lookalike).
    caution: bool = False


class Suspect(NamedTuple):  # (a tuple: built for every host judged)
    """A host that is not a broker's own, with the forms of it the checks read."""

    parts: HostParts
    flat: str  # the host in look-alike ASCII, without dots and hyphens
    userinfo: str  # what stands before an "@", lower case
    registrable: str  # the registrable domain, or the host when there is none
    path: str  # path and query, lower case
    checked: bool  # a registry that checks who registers (lg.jp, .gov): no name is a fake
    foreign: bool  # another country's business names (com.br, co.uk) with no Japanese word

    @classmethod
    def of(cls, parts: HostParts, url: Address) -> Suspect:
        foreign = foreign_commerce(parts.suffix) and not any(
            piece in {"jp", "japan", "cojp"} for piece in re.split(r"[.-]", parts.host)
        )
        return cls(
            parts=parts,
            flat=to_ascii_lookalike(parts.unicode_host).replace(".", "").replace("-", ""),
            userinfo=url.username.lower(),
            registrable=parts.registrable or parts.host,
            path=(url.path + "?" + url.query).lower(),
            checked=checked_registry(parts.suffix),
            foreign=foreign,
        )


def typo(broker: Broker, label: str, official: str) -> Imitation:
    params = {"broker": broker.id, "label": label, "official": official}
    return Imitation(broker, Reason("link.lookalike_typo", params))


def other_suffix(
    broker: Broker, suffix: str | None, official_suffix: str, *, caution: bool = False
) -> Imitation:
    params = {"broker": broker.id, "suffix": suffix or "", "official_suffix": official_suffix}
    return Imitation(broker, Reason("link.lookalike_suffix", params), caution=caution)


def caution(broker: Broker, token: str) -> Imitation:
    """The broker's name, nothing more: "contains the name daiwa but is not 大和証券's site"."""
    params = {"broker": broker.id, "token": token, "domain": broker.registrable_domains[0]}
    return Imitation(broker, Reason("link.brand_caution", params), caution=True)


def plain_name(label: str) -> bool:
    """A name that is also a surname, a place or a word (daiwa, monex), not one that says
    securities (sbisec, rakuten-sec)."""
    return not any(marker in label for marker in ("sec", "shoken", "trade"))


def same_label_elsewhere(
    broker: Broker, label: str, parts: HostParts, official_suffix: str, host: Suspect
) -> Imitation | None:
    """The official name under another ending: an accusation, except a plain name under the
    old generic endings, taken decades ago by whoever came first (daiwa.com, monex.com,
    matsui.net: nothing), or under another country's business names (a caution)."""
    if plain_name(label) and parts.suffix in LEGACY_SUFFIXES:
        return None
    if plain_name(label) and host.foreign:
        return None  # daiwa.com.tr, moomoo.co.il: a local business of the name
    # A plain name under another country's or a new ending (daiwa.de, moomoo.agency) is
    # as often a namesake's as a kit's: a caution, which a risky ending or a lure makes an
    # accusation.  Under a Japanese ending (daiwa.co.jp for daiwa.jp) it is a fake.
    foreign_ending = not (parts.suffix or "").endswith("jp")
    return other_suffix(
        broker, parts.suffix, official_suffix, caution=plain_name(label) and foreign_ending
    )


@functools.cache
def _split_known(text: str) -> tuple[str, ...] | None:
    """``text`` as known words and digits run together ("loginjp", "house2"); None when some
    part is no word of the lists."""
    if not text:
        return ()
    digits = _DIGITS.match(text)
    if digits:
        rest = _split_known(text[digits.end() :])
        return None if rest is None else (digits.group(0), *rest)
    for end in range(len(text), 1, -1):
        # (Two letters glued to a name are too often a word's end: invast+or, monex+t.)
        if text[:end] in KNOWN_WORDS and (end > 2 or text[:end] in _GLUED_PAIRS):
            rest = _split_known(text[end:])
            if rest is not None:
                return (text[:end], *rest)
    return None


def beside(
    pieces: list[str], *, generic: bool, company: bool = False, glued: Iterable[str] = ()
) -> str:
    """What stands beside a broker's name: "lure" (log-in, address or, beside the broker's
    own name, money words), "business" (a trade: house, dental) or "other".  For a
    registered company (``company``: co.jp) a lure only when nothing else stands there:
    daiwapay.co.jp is a fake, daiwa-securities-living.co.jp the group's estate company."""
    lure = LURE_WORDS if generic else LURE_WORDS | MONEY_WORDS
    words: list[str] = []
    unknown = False
    for piece in pieces:
        if len(piece) == 2 and piece in KNOWN_WORDS and piece not in glued:
            # nomura-co-jp: a piece of its own (invastor's "or" is the end of a word)
            words.append(piece)
            continue
        split = _split_known(piece)
        if split is None:
            unknown = True
        else:
            words += split
    if any(word in lure for word in words) and not (
        company and (unknown or not all(w in lure or w.isdigit() for w in words))
    ):
        return "lure"
    if (
        not unknown
        and any(word in BUSINESS_WORDS for word in words)
        and all(word in BUSINESS_WORDS or word.isdigit() for word in words)
    ):
        return "business"
    return "other"


def gibberish(piece: str) -> bool:
    """A piece no business names itself with: digits in it, or letters that read as none
    (sbi-drelies04)."""
    return any(char.isdigit() for char in piece) or (
        len(piece) >= limit.RANDOM_LABEL_MIN_CHARS and pronounceability(piece) < limit.RANDOM_WORD
    )


def by_name(index: BrokerIndex, broker: Broker, token: str, parts: HostParts) -> Imitation:
    """The broker's name in the host: its own name with another ending, or a name beside it."""
    for owner, suffix in index.labels.get(parts.label, ()):
        if owner is broker and parts.suffix and parts.suffix != suffix:
            return other_suffix(broker, parts.suffix, suffix)
    return named(broker, token)


def named(broker: Broker, token: str) -> Imitation:
    params = {"broker": broker.id, "token": token, "domain": broker.registrable_domains[0]}
    return Imitation(broker, Reason("link.lookalike_name", params))
