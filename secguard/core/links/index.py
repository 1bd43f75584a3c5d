"""The broker directory compiled once into the look-ups the link judge makes per host."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from secguard.core.brokers import Broker, Directory, GroupDomain
from secguard.core.links import thresholds as limit
from secguard.core.links.hosts import (
    HostParts,
    NearMissIndex,
    ScrambleIndex,
    look_alike_spellings,
    loose_skeleton,
    skeleton,
)
from secguard.core.links.words import LURE_WORDS, MONEY_WORDS


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """One pass over a text for every word, the longest first."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


def _first_owner(pairs: Iterable[tuple[str, Broker]]) -> dict[str, Broker]:
    """Each word's broker: the first in directory order that has it."""
    owners: dict[str, Broker] = {}
    for word, broker in pairs:
        owners.setdefault(word, broker)
    return owners


def _flat(text: str) -> str:
    return text.replace(".", "").replace("-", "")


def _is_shared(broker: Broker, domain: str) -> bool:
    """A domain shared by a whole group (mufg.jp, dmm.com): only some hosts are the broker's."""
    return any(h.endswith("." + domain) for h in broker.official_hosts)


@dataclass(frozen=True)
class GroupSite:
    broker: Broker
    group: GroupDomain


class BrokerIndex:
    """Official domains, names, tokens and paths of every broker, indexed for one host at a time.

    The owner of a word is always the first broker in directory order that uses it.
    """

    def __init__(self, directory: Directory) -> None:
        self.directory = directory
        brokers = directory.brokers
        self.official: dict[str, list[Broker]] = {}
        for broker in brokers:
            for domain in broker.registrable_domains:
                self.official.setdefault(domain, []).append(broker)
        self.groups = {
            group.domain: GroupSite(broker, group)
            for broker in reversed(brokers)
            for group in reversed(broker.group_domains)
        }
        # Official names long enough to look for in other names: sbisec, monex.
        names = [
            (broker, domain.partition(".")[0], domain.partition(".")[2])
            for broker in brokers
            for domain in broker.registrable_domains
            if not _is_shared(broker, domain)
            and len(domain.partition(".")[0]) >= limit.NEAR_NAME_MIN_CHARS
        ]
        self.shared_labels = _first_owner(
            (domain.partition(".")[0], broker)
            for broker in brokers
            for domain in broker.registrable_domains
            if _is_shared(broker, domain)
        )
        self.labels: dict[str, list[tuple[Broker, str]]] = {}
        for broker, label, suffix in names:
            self.labels.setdefault(label, []).append((broker, suffix))
        near = [(broker.id, label) for broker, label, _suffix in names]
        # A group's shared name is misspelt as any other (mufq.jp), though its exact
        # copy elsewhere is only a caution (shared_labels).
        near += [
            (broker.id, label)
            for label, broker in self.shared_labels.items()
            if len(label) >= limit.NEAR_NAME_MIN_CHARS
        ]
        self.near = NearMissIndex(near)
        # Each official name of four letters or more with one letter left out, under its own
        # ending (kab.com for kabu.com, matsu.co.jp for matsui.co.jp): too short for the
        # near-miss search, which starts at four letters.
        self.one_short: dict[tuple[str, str], tuple[Broker, str]] = {}
        for broker, label, suffix in names:
            if len(label) >= limit.NEAR_NAME_MIN_CHARS:
                for i in range(len(label)):
                    short = label[:i] + label[i + 1 :]
                    if short and not short.startswith("-") and not short.endswith("-"):
                        self.one_short.setdefault((short, suffix), (broker, label))
        self.near_loose = NearMissIndex(near, fold=loose_skeleton)
        # Official names of six letters or more by their first and last letters.
        self.labels_by_ends: dict[str, list[tuple[str, str, Broker]]] = {}
        for label, owners in self.labels.items():
            name = label.replace("-", "")
            if len(name) >= limit.INSERTED_MIN_CHARS:
                entry = (name, label, owners[0][0])
                self.labels_by_ends.setdefault(name[0] + name[-1], []).append(entry)
        self.plain_labels = frozenset(label.replace("-", "") for _owner, label in near)
        self._index_look_alikes()
        self.scramble = ScrambleIndex(near)
        self._index_embedded(brokers)
        self._index_tokens(brokers)
        self._index_brand_words(brokers)
        self._index_stems(brokers)
        self.alias_owner = _first_owner(
            (alias.lower(), broker) for broker in brokers for alias in broker.aliases
        )
        self.alias_pattern = _alternation(self.alias_owner)

    def _index_look_alikes(self) -> None:
        """Official names of five letters or more written with look-alike letters, two swaps
        at most (ronura, rronex, tokaitoleyo): the name as a reader sees it at a glance."""
        self.look_alikes: dict[str, tuple[Broker, str]] = {}
        for label, owners in self.labels.items():
            if len(label.replace("-", "")) >= limit.BRAND_WORD_MIN_CHARS:
                for spelling in sorted(look_alike_spellings(label)):
                    if spelling not in self.labels:
                        self.look_alikes.setdefault(spelling, (owners[0][0], label))

    def _index_embedded(self, brokers: Iterable[Broker]) -> None:
        """Official domains as they stand (sbisec.co.jp) and without dots (sbiseccojp)."""
        domains = [(d, broker) for broker in brokers for d in broker.registrable_domains]
        self.embedded_owner = _first_owner(domains)
        self.domain_pattern = _alternation(self.embedded_owner)
        self.flat_domain_owner: dict[str, tuple[str, Broker]] = {}
        for domain, broker in self.embedded_owner.items():
            self.flat_domain_owner.setdefault(_flat(domain), (domain, broker))
        self.flat_domain_pattern = _alternation(
            f for f in self.flat_domain_owner if len(f) >= limit.FLAT_DOMAIN_MIN_CHARS
        )

    def _index_tokens(self, brokers: Iterable[Broker]) -> None:
        """Brand tokens (rakuten-sec) in hosts, their flat forms (rakutensec), and log-in
        path markers (/ETGate/) before tokens in paths."""
        tokens = [(token, broker) for broker in brokers for token in broker.brand_tokens]
        self.token_owner = _first_owner(tokens)
        self.token_pattern = _alternation(self.token_owner)
        self.flat_owner = _first_owner((token.replace("-", ""), b) for token, b in tokens)
        self.flat_pattern = _alternation(
            f for f in self.flat_owner if len(f) >= limit.BRAND_WORD_MIN_CHARS
        )
        markers = _first_owner(
            (marker, broker) for broker in brokers for marker in broker.login_path_markers
        )
        # Only the log-in paths: a brand word in a path is an article's or an account's as
        # often as a kit's (wikipedia.org/wiki/Monex, x.com/MonexJP); see _brand_in_path.
        self.path_owner = markers
        self.path_pattern = _alternation(markers)
        # The last word of a log-in path, put into a host by kits (hometradenomuraa.com,
        # etgate-sbi.example): long and specific enough to be no ordinary word.
        self.host_marker_owner = {
            word: broker
            for marker, broker in markers.items()
            if len(word := marker.rsplit("/", 1)[-1]) >= limit.HOST_MARKER_MIN_CHARS
        }
        self.host_marker_pattern = _alternation(self.host_marker_owner)

    def _index_brand_words(self, brokers: Iterable[Broker]) -> None:
        """Words that name a broker or its group, for subdomains of unrelated domains: the
        directory's brand words, official names of five letters or more, and group names."""
        words: list[tuple[str, Broker]] = []
        for broker in brokers:
            words += [(word, broker) for word in broker.brand_words]
            for domain in [*broker.registrable_domains, *(g.domain for g in broker.group_domains)]:
                word = domain.split(".")[0]
                if len(word) >= limit.BRAND_WORD_MIN_CHARS and not _is_shared(broker, domain):
                    words.append((word, broker))
        self.brand_words = _first_owner(words)
        self.brand_skeletons = {skeleton(word): owner for word, owner in self.brand_words.items()}

    def _index_stems(self, brokers: Iterable[Broker]) -> None:
        """A broker's plain names, for a name with a word beside it (daiwapay, nomura-ssl):
        its brand words, its official names and their own pieces (paypay of paypay-sec)."""
        stems: list[tuple[str, Broker]] = []
        for broker in brokers:
            stems += [(word, broker) for word in broker.brand_words]
            for domain in broker.registrable_domains:
                label = domain.split(".")[0]
                stems.append((label, broker))
                stems += [
                    (piece, broker)
                    for piece in label.split("-")
                    if piece != label
                    and len(piece) >= limit.STEM_MIN_CHARS
                    and piece not in LURE_WORDS | MONEY_WORDS
                ]
        self.stem_owner = _first_owner(stems)
        # A group's own name is also the name of its banks and cards (paypay-bank,
        # rakuten-card): beside it only log-in words make a fake, not money words.
        self.group_stems = frozenset(
            group.domain.split(".")[0] for broker in brokers for group in broker.group_domains
        )
        self.stem_pattern = _alternation(self.stem_owner)
        # A brand token that is only a plain name (monex, moomoo, 03trade): read as a stem,
        # whose word beside it decides; the others (sbisec, nomura-sec) name the broker.
        self.plain_tokens = frozenset(
            token
            for token in self.token_owner
            if token in self.stem_owner
            and len(token) < limit.SPECIFIC_TOKEN_CHARS
            and "sec" not in token
        )
        near = [
            (broker.id, stem)
            for stem, broker in self.stem_owner.items()
            if len(stem) >= limit.BRAND_WORD_MIN_CHARS and stem.isalpha()
        ]
        # The plain names of five letters or more by their first and last letter, read as
        # a hurried reader reads them (skeleton), for a misspelt name inside a longer one.
        self.stems_by_first: dict[str, list[tuple[str, str, Broker]]] = {}
        self.stems_by_last: dict[str, list[tuple[str, str, Broker]]] = {}
        for _broker_id, stem in near:
            target = skeleton(stem)
            entry = (target, stem, self.stem_owner[stem])
            self.stems_by_first.setdefault(target[0], []).append(entry)
            self.stems_by_last.setdefault(target[-1], []).append(entry)

    # --- per host ----------------------------------------------------------------------

    def popular_site(self, parts: HostParts) -> bool:
        """Whether the registered name is among the web's most linked-to (Directory.popular)."""
        return parts.registrable is not None and parts.registrable in self.directory.popular

    def official_broker(self, parts: HostParts) -> Broker | None:
        if not parts.registrable or parts.platform_suffix:
            return None
        for broker in self.official.get(parts.registrable, ()):
            if broker.is_official_host(parts.host, parts.registrable):
                return broker
        return None

    def group_site(self, parts: HostParts) -> GroupSite | None:
        """A group company's real domain (楽天銀行, 住信SBIネット銀行)."""
        if parts.platform_suffix or parts.registrable is None:
            return None
        return self.groups.get(parts.registrable)

    def brokers_named_in(self, message: str) -> list[Broker]:
        found: list[Broker] = []
        for match in self.alias_pattern.finditer(message):
            broker = self.alias_owner[match.group(0)]
            if broker not in found:
                found.append(broker)
        return found
