"""Whether a host imitates a broker: small checks run in order, the first that names one wins.

Each check takes the compiled directory and the host under judgement and
returns the broker it imitates with the reason, or None.  A new rule is one
function here and one entry in ``IMITATION_CHECKS``, in the place where it
should win over the checks after it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from secguard.core.brokers import Broker
from secguard.core.links import thresholds as limit
from secguard.core.links.address import Address
from secguard.core.links.hosts import (
    HostParts,
    common_words,
    scripts_of,
    skeleton,
    to_ascii_lookalike,
)
from secguard.core.links.index import BrokerIndex
from secguard.core.links.verdict import Reason

# Words phishing sites put beside a brand: matsui-jp.com, monex-login.net.
LURE_AFFIXES = frozenset(
    "jp japan login log signin secure security account verify support online web member "
    "auth app update info service official my mypage sec securities shoken trade help "
    "center centre portal site kyc".split()
)
# Pieces of a written-out address or lure words, beside which a misspelt brand
# in a subdomain is an imitation: www-sbl-jp, sec-sbl-jp, co-jp-sblsec.
_ADDRESS_PIECES = LURE_AFFIXES | {"www", "co", "com", "ne", "or"}


@dataclass(frozen=True)
class Imitation:
    broker: Broker
    reason: Reason


class Suspect(NamedTuple):  # (a tuple: built for every host judged)
    """A host that is not a broker's own, with the forms of it the checks read."""

    parts: HostParts
    flat: str  # the host in look-alike ASCII, without dots and hyphens
    userinfo: str  # what stands before an "@", lower case
    registrable: str  # the registrable domain, or the host when there is none
    path: str  # path and query, lower case

    @classmethod
    def of(cls, parts: HostParts, url: Address) -> Suspect:
        return cls(
            parts=parts,
            flat=to_ascii_lookalike(parts.unicode_host).replace(".", "").replace("-", ""),
            userinfo=url.username.lower(),
            registrable=parts.registrable or parts.host,
            path=(url.path + "?" + url.query).lower(),
        )


def _typo(broker: Broker, label: str, official: str) -> Imitation:
    params = {"broker": broker.id, "label": label, "official": official}
    return Imitation(broker, Reason("link.lookalike_typo", params))


def _other_suffix(broker: Broker, suffix: str | None, official_suffix: str) -> Imitation:
    params = {"broker": broker.id, "suffix": suffix or "", "official_suffix": official_suffix}
    return Imitation(broker, Reason("link.lookalike_suffix", params))


def _by_name(index: BrokerIndex, broker: Broker, token: str, parts: HostParts) -> Imitation:
    """The broker's name in the host: its own name with another ending, or a name beside it."""
    for owner, suffix in index.labels.get(parts.label, ()):
        if owner is broker and parts.suffix and parts.suffix != suffix:
            return _other_suffix(broker, parts.suffix, suffix)
    params = {"broker": broker.id, "token": token, "domain": broker.registrable_domains[0]}
    return Imitation(broker, Reason("link.lookalike_name", params))


def _near_miss(index: BrokerIndex, candidate: str, parts: HostParts) -> Imitation | None:
    """``candidate`` spelled nearly like an official name: sblsec, ma-tsui, moenix, ѕbіѕес."""
    if not candidate:
        return None
    return (
        _same_name_other_ending(index, candidate, parts)
        or _few_edits_away(index, candidate)
        or _letters_reordered(index, candidate)
    )


def _same_name_other_ending(
    index: BrokerIndex, candidate: str, parts: HostParts
) -> Imitation | None:
    """matsui.com, monex.net"""
    for broker, suffix in index.labels.get(candidate, ()):
        if parts.suffix and parts.suffix != suffix:
            return _other_suffix(broker, parts.suffix, suffix)
    return None


def _few_edits_away(index: BrokerIndex, candidate: str) -> Imitation | None:
    """sblsec, sb1-sec; at no edit, look-alike letters (ѕbіѕес, 5bisec)."""
    plain = candidate.replace("-", "")
    for broker_id, target, distance in index.near.matches(candidate):
        broker = index.directory.get(broker_id)
        if broker is None:
            continue
        if distance == 0:
            if candidate.isascii() and plain == target:
                continue  # the official name itself
            scripts = "ASCII" if candidate.isascii() else ", ".join(sorted(scripts_of(candidate)))
            params = {"broker": broker.id, "scripts": scripts}
            return Imitation(broker, Reason("link.lookalike_homoglyph", params))
        if plain.isascii() and plain in common_words():
            continue  # "money" is a word, not a typo of "monex"
        return _typo(broker, candidate, target)
    return None


def _letters_reordered(index: BrokerIndex, candidate: str) -> Imitation | None:
    """moenix for monex"""
    plain = candidate.replace("-", "")
    for broker_id, label in index.scramble.matches(candidate):
        broker = index.directory.get(broker_id)
        if broker is not None and plain != label.replace("-", ""):
            return _typo(broker, candidate, label)
    return None


# --- the checks, in order ----------------------------------------------------------------


def _foreign_letters(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """Letters from other alphabets that read as a broker's name: ѕbіѕес.co.jp"""
    if host.parts.unicode_host.isascii():
        return None
    return _near_miss(index, host.parts.unicode_label, host.parts)


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
    if flat_hit:
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
    """The broker's own name: rakuten-sec-login.com, sbisec.xyz, login-sbisec.cn"""
    hit = index.token_pattern.search(host.parts.host) or index.token_pattern.search(host.userinfo)
    if hit is None:
        return None
    return _by_name(index, index.token_owner[hit.group(0)], hit.group(0), host.parts)


def _flat_brand_token(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """...written without its hyphen or dots: rakutensec.example.com"""
    hit = index.flat_pattern.search(host.flat)
    if hit is None:
        return None
    return _by_name(index, index.flat_owner[hit.group(0)], hit.group(0), host.parts)


def _brand_in_subdomain(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """A broker's (or its group's) name in the subdomain of an unrelated domain:
    rakuten-locali.cwcp8.com, rakuten.vbduteq.net; or its look-alike spelling ("sbl" for
    "sbi") only beside a lure word or a piece of an address: www-sbl-jp.asbr.top"""
    for label in host.parts.subdomain_labels:
        pieces = label.split("-")
        for piece in pieces:
            owner = index.brand_words.get(piece)
            if owner is None and any(p in _ADDRESS_PIECES for p in pieces):
                owner = index.brand_skeletons.get(skeleton(piece))
            if owner is not None:
                return _by_name(index, owner, piece, host.parts)
    return None


def _official_name_with_lure(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """An official name as one part of a hyphenated one: matsui-jp.com (only with a lure
    word beside it: nomura-re.co.jp is a real estate firm)"""
    pieces = host.parts.label.split("-")
    if len(pieces) < 2 or not any(piece in LURE_AFFIXES for piece in pieces):
        return None
    for piece in pieces:
        if len(piece) < limit.BRAND_WORD_MIN_CHARS:
            continue
        for broker, _suffix in index.labels.get(piece, ()):
            return _by_name(index, broker, piece, host.parts)
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
        found = _near_miss(index, candidate, parts)
        if found is not None:
            return found
    return None


def _login_path(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """The broker's log-in path or brand on an unknown host: /ETGate/, /rakusec"""
    hit = index.path_pattern.search(host.path)
    if hit is None:
        return None
    marker = hit.group(0)
    broker = index.path_owner[marker]
    return Imitation(broker, Reason("link.lookalike_path", {"broker": broker.id, "marker": marker}))


ImitationCheck = Callable[[BrokerIndex, Suspect], Imitation | None]
IMITATION_CHECKS: tuple[ImitationCheck, ...] = (
    _foreign_letters,
    _embedded_address,
    _brand_token,
    _flat_brand_token,
    _brand_in_subdomain,
    _official_name_with_lure,
    _near_spelling,
    _login_path,
)


def imitation_of(index: BrokerIndex, host: Suspect) -> Imitation | None:
    for check in IMITATION_CHECKS:
        found = check(index, host)
        if found is not None:
            return found
    return None
