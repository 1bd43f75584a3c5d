"""Whether a host imitates a broker: small checks run in order, the first that names one wins.

Each check takes the compiled directory and the host under judgement and
returns the broker it imitates with the reason, or None.  A new rule is one
function here and one entry in ``IMITATION_CHECKS``, in the place where it
should win over the checks after it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from secguard.core.brokers import Broker
from secguard.core.links import thresholds as limit
from secguard.core.links.address import Address
from secguard.core.links.hosts import (
    JP_ATTRIBUTE_SUFFIXES,
    HostParts,
    common_words,
    loose_skeleton,
    pronounceability,
    scripts_of,
    skeleton,
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
_ADDRESS_PIECES = LURE_AFFIXES | {"www", "co", "com", "ne", "or"}


# Suffixes where short names were taken decades ago by whoever came first (daiwa.com is
# a fishing-tackle maker, monex.com a metals dealer): a broker's plain name there is a
# caution, not an accusation.
_LEGACY_SUFFIXES = frozenset("com net org".split())
_KNOWN_WORDS = LURE_WORDS | MONEY_WORDS | BUSINESS_WORDS
_DIGITS = re.compile(r"[0-9]+")
# Two-letter words that end no English word, read even when glued to a name (daiwamy).
_GLUED_PAIRS = frozenset({"jp", "my", "ww"})
_TYPO_REASONS = frozenset({"link.lookalike_typo", "link.lookalike_homoglyph"})


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


def _typo(broker: Broker, label: str, official: str) -> Imitation:
    params = {"broker": broker.id, "label": label, "official": official}
    return Imitation(broker, Reason("link.lookalike_typo", params))


def _other_suffix(broker: Broker, suffix: str | None, official_suffix: str) -> Imitation:
    params = {"broker": broker.id, "suffix": suffix or "", "official_suffix": official_suffix}
    return Imitation(broker, Reason("link.lookalike_suffix", params))


def _caution(broker: Broker, token: str) -> Imitation:
    """The broker's name, nothing more: "contains the name daiwa but is not 大和証券's site"."""
    params = {"broker": broker.id, "token": token, "domain": broker.registrable_domains[0]}
    return Imitation(broker, Reason("link.brand_caution", params), caution=True)


def _plain_name(label: str) -> bool:
    """A name that is also a surname, a place or a word (daiwa, monex), not one that says
    securities (sbisec, rakuten-sec)."""
    return not any(marker in label for marker in ("sec", "shoken", "trade"))


def _same_label_elsewhere(
    broker: Broker, label: str, parts: HostParts, official_suffix: str, host: Suspect
) -> Imitation | None:
    """The official name under another ending: an accusation, except a plain name under the
    old generic endings, taken decades ago by whoever came first (daiwa.com, monex.com,
    matsui.net: nothing), or under another country's business names (a caution)."""
    if _plain_name(label) and parts.suffix in _LEGACY_SUFFIXES:
        return None
    if _plain_name(label) and host.foreign:
        return _caution(broker, label)
    return _other_suffix(broker, parts.suffix, official_suffix)


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
        if text[:end] in _KNOWN_WORDS and (end > 2 or text[:end] in _GLUED_PAIRS):
            rest = _split_known(text[end:])
            if rest is not None:
                return (text[:end], *rest)
    return None


def _beside(
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
        if len(piece) == 2 and piece in _KNOWN_WORDS and piece not in glued:
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


def _gibberish(piece: str) -> bool:
    """A piece no business names itself with: digits in it, or letters that read as none
    (sbi-drelies04)."""
    return any(char.isdigit() for char in piece) or (
        len(piece) >= limit.RANDOM_LABEL_MIN_CHARS and pronounceability(piece) < limit.RANDOM_WORD
    )


def _by_name(index: BrokerIndex, broker: Broker, token: str, parts: HostParts) -> Imitation:
    """The broker's name in the host: its own name with another ending, or a name beside it."""
    for owner, suffix in index.labels.get(parts.label, ()):
        if owner is broker and parts.suffix and parts.suffix != suffix:
            return _other_suffix(broker, parts.suffix, suffix)
    return _named(broker, token)


def _named(broker: Broker, token: str) -> Imitation:
    params = {"broker": broker.id, "token": token, "domain": broker.registrable_domains[0]}
    return Imitation(broker, Reason("link.lookalike_name", params))


def _near_miss(index: BrokerIndex, candidate: str, host: Suspect) -> Imitation | None:
    """``candidate`` spelled nearly like an official name: sblsec, ma-tsui, moenix, ѕbіѕес."""
    if not candidate:
        return None
    return (
        _same_name_other_ending(index, candidate, host)
        or _few_edits_away(index, candidate, company=host.parts.suffix in JP_ATTRIBUTE_SUFFIXES)
        or _letters_reordered(index, candidate)
        or _letters_inserted(index, candidate)
    )


def _same_name_other_ending(index: BrokerIndex, candidate: str, host: Suspect) -> Imitation | None:
    """matsui.co, monex.xyz"""
    parts = host.parts
    for broker, suffix in index.labels.get(candidate, ()):
        if parts.suffix and parts.suffix != suffix:
            return _same_label_elsewhere(broker, candidate, parts, suffix, host)
    # A group's shared name (dmm.com, mufg.jp) elsewhere: short, generic, a caution, and
    # nothing under the old generic endings.
    group = index.shared_labels.get(candidate.replace("-", ""))
    if group is None or parts.suffix in _LEGACY_SUFFIXES:
        return None
    return _caution(group, candidate)


def _few_edits_away(
    index: BrokerIndex, candidate: str, *, company: bool = False
) -> Imitation | None:
    """sblsec, sb1-sec; at no edit, look-alike letters (ѕbіѕес, 5bisec); with more letters
    folded, claiwa and daiuua."""
    plain = candidate.replace("-", "")
    # A registered company (co.jp) is one edit away at most: mito-sec is not naito-sec.
    most = 1 if company else 2
    near = index.near
    found = [match for match in near.matches(candidate) if match[2] <= most]
    if (
        not found
        and candidate.isascii()
        and plain not in index.plain_labels
        and loose_skeleton(candidate) != skeleton(candidate)
    ):
        near = index.near_loose
        found = [match for match in near.matches(candidate) if match[2] <= most]
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
        if plain.isascii() and plain in common_words():
            continue  # "money" is a word, not a typo of "monex"
        name = near.name_of(target)
        if _other_piece(candidate, name):
            continue  # mizuho-rt for mizuho-sc: another company of the name
        flat_name = name.replace("-", "")
        if plain.startswith(flat_name):
            if _beside([plain[len(flat_name) :]], generic=True) == "business":
                continue  # iwaicosmo-hd: the group's holding company
            return _caution(broker, candidate)  # monext: a name that goes on after monex
        return _typo(broker, candidate, name)
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
            return _typo(broker, candidate, label)
    return None


def _letters_inserted(index: BrokerIndex, candidate: str) -> Imitation | None:
    """Two letters slipped into a longer name, its first and last letters kept: sbisesec,
    matsesui, okasesan (one letter is a typo the edit distance already finds)."""
    plain = candidate.replace("-", "")
    if not plain.isascii() or not plain:
        return None
    for name, label, broker in index.labels_by_ends.get(plain[0] + plain[-1], ()):
        if 0 < len(plain) - len(name) <= 2 and _is_subsequence(name, plain):
            return None if plain in common_words() else _typo(broker, candidate, label)
    return None


def _is_subsequence(small: str, big: str) -> bool:
    letters = iter(big)
    return all(char in letters for char in small)


# --- the checks, in order ----------------------------------------------------------------


def _foreign_letters(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """Letters from other alphabets that read as a broker's name: ѕbіѕес.co.jp"""
    if host.parts.unicode_host.isascii():
        return None
    return _near_miss(index, host.parts.unicode_label, host)


def _embedded_address(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """An official address inside another one: sbisec.co.jp.account-verify.com,
    www-sbisec-co-jp.example.com, https://www.sbisec.co.jp@evil.example/"""
    parts = host.parts
    flat_hit = index.flat_domain_pattern.search(host.flat)
    if flat_hit and flat_hit.group(0) == host.flat:
        domain, broker = index.flat_domain_owner[host.flat]
        if host.registrable != domain:
            # ma-tsui.co.jp, sbi-sec.co.jp: the same letters, split differently.
            return _typo(broker, parts.label, domain.split(".")[0])
    candidates = [match.group(0) for match in index.domain_pattern.finditer(host.userinfo)]
    candidates += [
        match.group(0)
        for match in index.domain_pattern.finditer(parts.host)
        if not parts.host.endswith(match.group(0))
    ]
    # (At the very end, "bank-daiwa.co.jp" flat, the official address is only a name
    # with a word before it: _brand_with_word's case, not an address inside another.)
    if flat_hit and flat_hit.end() < len(host.flat):
        domain, _broker = index.flat_domain_owner[flat_hit.group(0)]
        if host.registrable != domain:
            candidates.append(domain)
    if not candidates:
        return None
    domain = candidates[0]
    broker = index.embedded_owner[domain]
    params = {"broker": broker.id, "domain": domain, "registrable": host.registrable}
    return Imitation(broker, Reason("link.lookalike_embedded", params))


def _brand_token(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """The broker's own name: rakuten-sec-login.com, sbisec.xyz, login-sbisec.cn; not
    a longer word that starts with it (daiwa-securities) nor its group's companies
    (iwaicosmo-hd.jp)."""
    for text in (host.parts.host, host.userinfo):
        for hit in index.token_pattern.finditer(text):
            token = hit.group(0)
            if token in index.plain_tokens or text[hit.end() : hit.end() + 1].isalpha():
                continue
            if text is host.parts.host and _group_company(host.parts.label, token):
                continue
            return _by_name(index, index.token_owner[token], token, host.parts)
    return None


def _group_company(label: str, token: str) -> bool:
    """iwaicosmo-hd: the broker's name and a business word (a group's holding company)."""
    if token not in label or label == token:
        return False
    rest = [piece for piece in label.replace(token, "-").split("-") if piece]
    return _beside(rest, generic=True) == "business"


def _flat_brand_token(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """...written without its hyphen or dots: rakutensec.example.com (not the start of a
    longer word: daiwa-securities)"""
    for hit in index.flat_pattern.finditer(host.flat):
        token = hit.group(0)
        if token in index.plain_tokens or _runs_on_in_word(host.parts.host, hit.end()):
            continue
        if _group_company(host.parts.label.replace("-", ""), token):
            continue
        return _by_name(index, index.flat_owner[token], token, host.parts)
    return None


def _runs_on_in_word(host: str, flat_end: int) -> bool:
    """Whether the letter after the ``flat_end``-th letter of ``host`` (dots and hyphens not
    counted) follows it in the same word."""
    if not host.isascii():
        return False
    seen = 0
    for index, char in enumerate(host):
        if char in ".-":
            continue
        seen += 1
        if seen == flat_end:
            return host[index + 1 : index + 2].isalpha()
    return False


def _brand_in_subdomain(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """A broker's (or its group's) name in the subdomain of an unrelated domain:
    rakuten-locali.cwcp8.com, rakuten.vbduteq.net; or its look-alike spelling ("sbl" for
    "sbi") only beside a lure word or a piece of an address: www-sbl-jp.asbr.top.  The
    plain name alone is a caution (daiwa.example.com may be a shop's page)."""
    parts = host.parts
    for position, label in enumerate(parts.subdomain_labels):
        pieces = label.split("-")
        if parts.platform_suffix and position == len(parts.subdomain_labels) - 1:
            # The name just below a platform is its owner's (yusuke-matsui.github.io):
            # read as a registered name, beside which only a log-in word accuses.
            found = _owner_name_on_platform(index, label)
            if found is not None:
                return found
            continue
        beside_lure = any(p in _ADDRESS_PIECES for p in pieces)
        for piece in pieces:
            owner = index.brand_words.get(piece)
            if owner is None and beside_lure:
                owner = index.brand_skeletons.get(skeleton(piece))
                if owner is not None:
                    return _named(owner, piece)
            if owner is not None:
                others = [p for p in pieces if p != piece] + [host.parts.label]
                if _beside(others, generic=False) == "lure" or any(
                    _beside(sub.split("-"), generic=False) == "lure"
                    for sub in host.parts.subdomain_labels
                    if sub != label
                ):
                    return _by_name(index, owner, piece, host.parts)
                return _caution(owner, piece)
    return None


def _owner_name_on_platform(index: BrokerIndex, label: str) -> Imitation | None:
    pieces = label.split("-")
    for piece in pieces:
        owner = index.stem_owner.get(piece)
        if owner is None:
            continue
        others = [p for p in pieces if p != piece]
        if not others:
            return _caution(owner, piece)
        if _beside(others, generic=len(piece) < limit.BRAND_WORD_MIN_CHARS) == "lure":
            return _named(owner, piece)
    return None


def _official_name_with_lure(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """An official name as one part of a hyphenated one: matsui-jp.com (only with a lure
    word beside it: nomura-re.co.jp is a real estate firm)"""
    pieces = host.parts.label.split("-")
    if len(pieces) < 2 or not any(piece in LURE_AFFIXES for piece in pieces):
        return None
    company = host.parts.suffix in JP_ATTRIBUTE_SUFFIXES
    for piece in pieces:
        if len(piece) < limit.BRAND_WORD_MIN_CHARS:
            continue
        others = [p for p in pieces if p != piece]
        if company and _beside(others, generic=False, company=True) != "lure":
            continue  # daiwa-securities-living.co.jp: a group company's own name
        for broker, _suffix in index.labels.get(piece, ()):
            return _by_name(index, broker, piece, host.parts)
    return None


def _brand_with_word(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """A broker's plain name with a word beside it in the registered name.  A log-in,
    address or money word makes a fake (nomura-ssl.com, daiwapay.co.jp, matsuijp.net);
    a trade makes a business (daiwahouse, nomura-dental); anything else is a caution
    (daiwa-abcd.com), except under registries for companies (co.jp) or of other countries."""
    label = host.parts.label
    if not label.isascii() or label.startswith("xn--"):
        return None
    for hit in index.stem_pattern.finditer(label):
        start, end = hit.span()
        at_start = start == 0 or label[start - 1] == "-"
        at_end = end == len(label) or label[end] == "-"
        if not (at_start or at_end):
            continue
        before, after = label[:start].split("-"), label[end:].split("-")
        rest = [piece for piece in (*before, *after) if piece]
        if not rest:
            continue  # the name itself: _near_spelling's "same name, other ending"
        glued = {before[-1], after[0]} - {""}
        stem = hit.group(0)
        broker = index.stem_owner[stem]
        generic = len(stem) < limit.BRAND_WORD_MIN_CHARS or stem in index.group_stems
        company = host.parts.suffix in JP_ATTRIBUTE_SUFFIXES
        if company and not (after[0] and after[0] == label[end:]):
            # A registered company: money words only glued after the name (daiwapay),
            # never as names of their own (bank-daiwa, daiwa-securities-living).
            generic = True
        beside = _beside(rest, generic=generic, company=company, glued=glued)
        if beside == "lure":
            return _named(broker, stem)
        # Anything else beside the name (yuto-matsui, matsui-color, haranomura) is some
        # business's or person's name; only a piece of its own that reads as no name at
        # all (sbi-drelies04) is a caution.
        if (
            beside == "other"
            and at_start
            and at_end
            and not (company or host.foreign)
            and any(_gibberish(piece) for piece in rest)
        ):
            return _caution(broker, stem)
    return None


def _near_spelling(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """Spelled nearly the same: sblsec, sb1-sec, ma-tsui, moenix, sb.isec (a dot inside)"""
    parts = host.parts
    joined = (
        "".join(parts.subdomain_labels[-1:]) + parts.label
        if parts.subdomain_labels
        else parts.label
    )
    # In this order (not a set's, which changes with the hash seed), each once.
    for candidate in dict.fromkeys((parts.unicode_label, joined, parts.label)):
        found = _near_miss(index, candidate, host)
        if found is not None:
            near_only = found.reason.message_id in _TYPO_REASONS or (
                found.caution and candidate not in index.labels
            )
            if host.foreign and near_only:
                return None  # kabum.com.br: a Brazilian shop, not a typo of kabu.com
            return found
    return None


def _misspelt_inside(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """A broker's name misspelt at the start or end of a longer name, or as a subdomain:
    mionexmailera.com, diawahaiwasu.net, sec-rakouten001.com, miysblsec.example.com,
    moneix.example.org.  Only a changed, added or swapped letter inside the name counts
    (not one missing or changed at its end: matsumoto is no typo of matsui), and never a
    word (money)."""
    if host.foreign:
        return None
    parts = host.parts
    labels = [parts.label, *parts.subdomain_labels]
    for label in labels:
        if not label.isascii() or label.startswith("xn--"):
            continue
        for piece in label.split("-"):
            whole_ok = label is not parts.label or piece != label
            found = _misspelt_in_piece(index, piece, whole_ok=whole_ok)
            if found is not None:
                return found
    return None


def _misspelt_in_piece(index: BrokerIndex, piece: str, *, whole_ok: bool) -> Imitation | None:
    letters = piece.rstrip("0123456789")
    if len(letters) < limit.BRAND_WORD_MIN_CHARS or index.stem_pattern.search(letters):
        return None  # (the name itself in it, immonex: _brand_with_word's case)
    seen = skeleton(letters)
    if not seen:
        return None
    # As written when folding kept the length (diawa, not its skeleton dlawa).
    shown = letters if len(letters) == len(seen) else seen
    for target, stem, broker in index.stems_by_first.get(seen[0], ()):
        for size in (len(target), len(target) + 1):
            if size > len(seen) or (size == len(seen) and not whole_ok):
                continue
            window = seen[:size]
            if window[-1] == target[-1] and _close(window, target):
                found = _misspelt(broker, shown[:size], stem)
                if found is not None:
                    return found
    for target, stem, broker in index.stems_by_last.get(seen[-1], ()):
        for size in (len(target), len(target) + 1):
            if size >= len(seen):
                continue
            window = seen[-size:]
            if window[0] == target[0] and _close(window, target):
                found = _misspelt(broker, shown[-size:], stem)
                if found is not None:
                    return found
    return None


def _misspelt(broker: Broker, window: str, stem: str) -> Imitation | None:
    return None if window in common_words() else _typo(broker, window, stem)


def _close(window: str, target: str) -> bool:
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


def _login_path(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """The broker's log-in path on an unknown host (/ETGate/, /rakusec), or its address
    behind an "@" in the path, where a reader takes it for the host
    (https://evil.com\\@www.sbisec.co.jp/ opens evil.com)."""
    at = host.path.find("@")
    if at >= 0:
        shown = index.domain_pattern.search(host.path, at)
        if shown is not None and shown.start() <= at + 5:
            domain = shown.group(0)
            broker = index.embedded_owner[domain]
            params = {"broker": broker.id, "domain": domain, "registrable": host.registrable}
            return Imitation(broker, Reason("link.lookalike_embedded", params))
    hit = index.path_pattern.search(host.path)
    if hit is None:
        return None
    marker = hit.group(0)
    broker = index.path_owner[marker]
    return Imitation(broker, Reason("link.lookalike_path", {"broker": broker.id, "marker": marker}))


def _brand_in_path(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """A broker's plain name as the whole path of an unrelated site (example.com/rakuten),
    or its securities name anywhere in the path or query (?sbisecjapan=login,
    /daiwasec/): a caution, since an article or an account may carry a name too."""
    path = host.path.partition("?")[0].strip("/")
    name = path.rsplit(".", 1)[0] if path.endswith((".html", ".php")) else path
    owner = index.stem_owner.get(name)
    if owner is not None:
        return _caution(owner, name)
    for hit in index.token_pattern.finditer(host.path):
        token = hit.group(0)
        if token not in index.plain_tokens and "sec" in token:
            return _caution(index.token_owner[token], token)
    return None


ImitationCheck = Callable[[BrokerIndex, Suspect], Imitation | None]
IMITATION_CHECKS: tuple[ImitationCheck, ...] = (
    _foreign_letters,
    _embedded_address,
    _brand_token,
    _flat_brand_token,
    _brand_in_subdomain,
    _official_name_with_lure,
    _brand_with_word,
    _near_spelling,
    _misspelt_inside,
    _login_path,
    _brand_in_path,
)
# Where a registry checks who registers (a city office under lg.jp, a university under
# .edu) no name is an imitation; only a broker's log-in path on such a site is.
CHECKED_REGISTRY_CHECKS: tuple[ImitationCheck, ...] = (_login_path,)


def imitation_of(index: BrokerIndex, host: Suspect) -> Imitation | None:
    checks = CHECKED_REGISTRY_CHECKS if host.checked else IMITATION_CHECKS
    for check in checks:
        found = check(index, host)
        if found is not None:
            return found
    return None
