"""The verdict on each link: bookmarked, official, lookalike, suspicious or unknown.

Built for the general attack, not for examples: most real phishing hosts
carry no brand at all (random domains, ``*.workers.dev``), so the shape of
the address and the message around it count as much as the name.  Well-known
sites that merely share a word with a broker (大和ハウス, kabutan.jp) must stay
"unknown": false alarms teach people to ignore warnings.
"""

from __future__ import annotations

import enum
import functools
import ipaddress
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from secguard.core.bookmarks import Bookmark
from secguard.core.brokers import Broker, Directory
from secguard.core.links.address import Address, Unreadable, has_web_scheme, read_address
from secguard.core.links.extract import MAX_LINKS, MAX_TEXT_CHARS, FoundLink, extract_links
from secguard.core.links.hosts import (
    JP_ATTRIBUTE_SUFFIXES,
    HostParts,
    NearMissIndex,
    ScrambleIndex,
    common_words,
    could_be_registered,
    pronounceability,
    scripts_of,
    skeleton,
    split_host,
    to_ascii_lookalike,
)
from secguard.core.links.readings import INVISIBLE, hidden_in_address


class Verdict(enum.StrEnum):
    BOOKMARKED = "bookmarked"
    OFFICIAL = "official"
    LOOKALIKE = "lookalike"
    SUSPICIOUS = "suspicious"
    UNKNOWN = "unknown"

    @property
    def dangerous(self) -> bool:
        """A fake or a suspicious address: never to be opened, trusted or saved."""
        return self in {Verdict.LOOKALIKE, Verdict.SUSPICIOUS}


# Worst first: of several readings of one link, the one shown is the worst.
_WORST_FIRST = (Verdict.LOOKALIKE, Verdict.SUSPICIOUS, Verdict.UNKNOWN, Verdict.OFFICIAL)
_DANGER = {verdict: rank for rank, verdict in enumerate(_WORST_FIRST)} | {Verdict.BOOKMARKED: 4}


@dataclass(frozen=True)
class Reason:
    message_id: str
    params: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))


@dataclass(frozen=True)
class LinkVerdict:
    url: str
    host: str
    verdict: Verdict
    broker_id: str | None
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class JudgeResult:
    links: tuple[LinkVerdict, ...]
    truncated: bool
    context_brokers: tuple[str, ...] = ()

    @property
    def notes(self) -> tuple[Reason, ...]:
        if not self.truncated:
            return ()
        return (Reason("link.truncated", {"chars": str(MAX_TEXT_CHARS), "links": str(MAX_LINKS)}),)


# --- what makes an address risky, whoever it imitates ----------------------------------

# Shorteners hide the destination; a broker's own mail never needs one.
SHORTENERS = frozenset(
    "bit.ly bitly.com t.co tinyurl.com is.gd v.gd ow.ly buff.ly goo.gl rebrand.ly cutt.ly "
    "t.ly x.gd tiny.cc shorturl.at shorturl.asia rb.gy s.id lnkd.in bit.do soo.gd clck.ru "
    "u.to qr.paps.jp urx.blue urx.red 00m.in onl.bz onl.tw onl.sh xfl.jp amzn.to amzn.asia "
    "forms.gle 1drv.ms".split()
)
# Pages anyone can create on a well-known domain (phishing forms and sites).
USER_CONTENT_HOSTS = frozenset(
    "sites.google.com docs.google.com drive.google.com script.google.com storage.googleapis.com "
    "forms.office.com onedrive.live.com notion.site www.dropbox.com dl.dropboxusercontent.com "
    "ipfs.io gateway.pinata.cloud".split()
)
# Top-level domains most abused for phishing relative to their size (Spamhaus,
# Interisle and APWG reports 2023-2025) and free or near-free registrations.
RISKY_TLDS = frozenset(
    "top xyz cn cc buzz icu shop club online site live vip work sbs cfd bond click link lol "
    "monster rest quest life win cyou tk ml ga cf gq pw su bar best support store fun today "
    "asia info biz ltd rest mom hair skin beauty boats autos homes yachts digital ink xin "
    "loan kim party review trade date racing download stream gdn men accountant cricket "
    "science faith webcam bid ooo zip mov country host website space press fit".split()
)
LOGIN_WORDS = (
    "login",
    "log-in",
    "signin",
    "sign-in",
    "verify",
    "verification",
    "secure",
    "security",
    "account",
    "auth",
    "update",
    "confirm",
    "unlock",
    "suspend",
    "kyc",
    "wallet",
    "mypage",
    "support",
    "member",
    "customer",
    "service",
    "check",
    "safety",
)
# Words a lure message uses: log in, confirm, suspended, urgent...
LURE_WORDS = (
    "ログイン",
    "本人確認",
    "認証",
    "ご確認",
    "確認して",
    "確認が必要",
    "更新",
    "停止",
    "制限",
    "凍結",
    "緊急",
    "至急",
    "重要なお知らせ",
    "不正",
    "セキュリティ",
    "アカウント",
    "パスワード",
    "解除",
    "手続き",
    "期限",
    "取引",
    "出金",
    "log in",
    "login",
    "verify",
    "confirm",
    "suspend",
    "unusual",
    "locked",
    "urgent",
    "update your",
)
# Words phishing sites put beside a brand: matsui-jp.com, monex-login.net.
LURE_AFFIXES = frozenset(
    "jp japan login log signin secure security account verify support online web member "
    "auth app update info service official my mypage sec securities shoken trade help "
    "center centre portal site kyc".split()
)
_LURE_PATTERN = re.compile("|".join(re.escape(word) for word in LURE_WORDS))
_CONSONANT_RUN = re.compile(r"[bcdfghjklmnpqrstvwxz]{5,}")
_DIGIT_GROUPS = re.compile(r"\d+")


def _ip_host(host: str) -> bool:
    candidate = host.strip("[]")
    if ":" not in candidate and candidate.strip("0123456789abcdefx."):
        return False  # a letter no IPv4, decimal or hex address has
    try:
        ipaddress.ip_address(candidate)
    except ValueError:
        # Decimal (3232235777) and hex (0xC0A80001) forms browsers still accept.
        return bool(re.fullmatch(r"(0x[0-9a-f]+|\d{8,10})", candidate))
    return True


# Letters with digits in or after them, the shape of generated phishing
# domains (jsuq5, qck7ff, qcmky6r in JPCERT/CC's 2025 reports); names that
# start with digits (03trade, 4chan, 360buy) are left alone, and so are names
# whose letters hold a word or something pronounceable (w3schools, y2mate,
# office365).
_GENERATED_ALNUM = re.compile(r"^[a-z][a-z0-9]{3,9}$")


def _generated_alnum(label: str) -> bool:
    if not _GENERATED_ALNUM.match(label) or not any(c.isdigit() for c in label):
        return False
    words = common_words()
    return not any(
        piece in words or (len(piece) >= 4 and pronounceability(piece) > -3.0)
        for piece in _DIGIT_GROUPS.split(label)
        if len(piece) >= 3
    )


def _compound(label: str) -> bool:
    """Whether *label* is common words of four letters or more run together.

    "customerservice" and "securitiesonline" are; "omnidirectionalp" is not.
    """
    words = common_words()

    @functools.cache
    def rest_splits(start: int) -> bool:
        if start == len(label):
            return True
        return any(
            label[start:end] in words and rest_splits(end)
            for end in range(start + 4, len(label) + 1)
        )

    return rest_splits(0)


# Pieces of a written-out address or lure words, beside which a misspelt brand
# in a subdomain is an imitation: www-sbl-jp, sec-sbl-jp, co-jp-sblsec.
_ADDRESS_PIECES = LURE_AFFIXES | {"www", "co", "com", "ne", "or"}


def _random_pair(parts: HostParts) -> bool:
    """Two weak signals together: one random-looking four-letter subdomain on a
    letter-only name that scores low too ("acjl.basiuoyqas.net"), the shape of kits
    that answer on any subdomain.  Either alone is common on real sites (uniqlo,
    tvtokyo; smbc, jftc)."""
    subs = parts.subdomain_labels
    label = parts.label
    # (Attribute-type .jp names are not where throw-away phishing names are bought.)
    if len(subs) != 1 or parts.suffix in JP_ATTRIBUTE_SUFFIXES:
        return False
    sub = subs[0]
    if not (len(sub) == 4 and sub.isalpha() and sub not in common_words()):
        return False
    if not (len(label) >= 7 and label.isalpha() and not _compound(label)):
        return False
    return pronounceability(sub) < -3.0 and pronounceability(label) < -3.4


def _random_looking(label: str) -> bool:
    if _generated_alnum(label):
        return True
    if len(label) < 5 or label.startswith("xn--"):
        return False
    # Per hyphen-separated piece: "smbc-card" is two words, not "smbcc".
    pieces = label.split("-")
    if any(_CONSONANT_RUN.search(piece) for piece in pieces):
        return True
    if any(
        len(piece) >= 7 and piece.isalpha() and pronounceability(piece) < -4.0 for piece in pieces
    ):
        return True
    letters = label.replace("-", "")
    groups = _DIGIT_GROUPS.findall(letters)
    return len(groups) >= 2 and len(letters) >= 6 and any(c.isalpha() for c in letters)


def _same_other_reading(verdict: LinkVerdict, previous: LinkVerdict) -> bool:
    """Two links in one run of text ("...co.jpです。...example.com") can share the worst
    reading of that run: it is said once."""
    return verdict == previous and verdict.reasons[0].message_id == "link.read_as"


def _shown(link: FoundLink) -> str:
    """The link as the person would recognise it: with its scheme if it had one (and
    without the invisible characters, which only confuse a copy)."""
    shown = link.url if link.had_scheme else link.raw
    return INVISIBLE.sub("", shown) if link.hidden else shown


def _typo(broker: Broker, label: str, official: str) -> Reason:
    return Reason(
        "link.lookalike_typo", {"broker": broker.id, "label": label, "official": official}
    )


def _other_suffix(broker: Broker, suffix: str | None, official_suffix: str) -> Reason:
    return Reason(
        "link.lookalike_suffix",
        {"broker": broker.id, "suffix": suffix or "", "official_suffix": official_suffix},
    )


@dataclass
class _Evidence:
    lookalike: list[Reason] = field(default_factory=list)
    risky: list[Reason] = field(default_factory=list)
    notes: list[Reason] = field(default_factory=list)
    broker: Broker | None = None

    def imitates(self, broker: Broker, reason: Reason) -> None:
        self.broker = self.broker or broker
        self.lookalike.append(reason)


class LinkJudge:
    """Judges links against a broker directory and the person's own bookmarks.

    Build it once (it indexes the directory) and call ``judge`` as often as
    needed; it keeps no state between calls.
    """

    def __init__(
        self, directory: Directory, bookmarks: Iterable[Bookmark] = (), language: str = "en"
    ) -> None:
        self._directory = directory
        self._language = language
        self._official: dict[str, list[Broker]] = {}
        self._groups: dict[str, tuple[Broker, Mapping[str, str]]] = {}
        self._labels: dict[str, list[tuple[Broker, str]]] = {}
        self._embedded: list[tuple[str, str, Broker]] = []
        self._tokens: list[tuple[str, str, Broker]] = []
        self._paths: list[tuple[str, Broker]] = []
        self._aliases: list[tuple[str, Broker]] = []
        near: list[tuple[str, str]] = []
        for broker in directory.brokers:
            for domain in broker.registrable_domains:
                self._official.setdefault(domain, []).append(broker)
                label, _, suffix = domain.partition(".")
                shared = any(h.endswith("." + domain) for h in broker.official_hosts)
                self._embedded.append((domain, domain.replace(".", "").replace("-", ""), broker))
                if not shared and len(label) >= 4:
                    self._labels.setdefault(label, []).append((broker, suffix))
                    near.append((broker.id, label))
            for group in broker.group_domains:
                self._groups.setdefault(group.domain, (broker, group.name))
            for token in broker.brand_tokens:
                self._tokens.append((token, token.replace("-", ""), broker))
            self._paths.extend((marker, broker) for marker in broker.login_path_markers)
            self._aliases.extend((alias.lower(), broker) for alias in broker.aliases)
        self._near = NearMissIndex(near)
        # Words that name a broker or its group, for subdomains of unrelated
        # domains: the directory's brand words, official names of five letters
        # or more, and group names.
        self._brand_words: dict[str, Broker] = {}
        for broker in directory.brokers:
            for word in broker.brand_words:
                self._brand_words.setdefault(word, broker)
            for domain in [*broker.registrable_domains, *(g.domain for g in broker.group_domains)]:
                word = domain.split(".")[0]
                if len(word) >= 5 and not any(
                    h.endswith("." + domain) for h in broker.official_hosts
                ):
                    self._brand_words.setdefault(word, broker)
        self._brand_skeletons = {skeleton(word): owner for word, owner in self._brand_words.items()}
        self._scramble = ScrambleIndex(near)
        # One pass over the host for every brand token, longest first.
        tokens = sorted({t for t, _flat, _b in self._tokens}, key=len, reverse=True)
        self._token_pattern = re.compile("|".join(re.escape(t) for t in tokens))
        flats = sorted({f for _t, f, _b in self._tokens if len(f) >= 5}, key=len, reverse=True)
        self._flat_pattern = re.compile("|".join(re.escape(f) for f in flats))
        self._token_owner = {t: b for t, _f, b in reversed(self._tokens)}
        self._embedded_owner = {d: (f, b) for d, f, b in reversed(self._embedded)}
        # Log-in path markers first, then brand tokens long enough to mean something.
        self._path_owner = {t: b for t, _f, b in reversed(self._tokens) if len(t) >= 5}
        self._path_owner.update(dict(reversed(self._paths)))
        markers = [m for m, _b in self._paths]
        tokens_in_paths = sorted(set(self._path_owner) - set(markers), key=len, reverse=True)
        self._path_pattern = re.compile(
            "|".join(
                re.escape(t)
                for t in [*sorted(set(markers), key=len, reverse=True), *tokens_in_paths]
            )
        )
        self._alias_owner = dict(reversed(self._aliases))
        self._alias_pattern = re.compile(
            "|".join(re.escape(a) for a in sorted(self._alias_owner, key=len, reverse=True))
        )
        domains = sorted(self._embedded_owner, key=len, reverse=True)
        self._domain_pattern = re.compile("|".join(re.escape(d) for d in domains))
        flat_domains = sorted(
            {f for f, _b in self._embedded_owner.values() if len(f) >= 8}, key=len, reverse=True
        )
        self._flat_domain_pattern = re.compile("|".join(re.escape(f) for f in flat_domains))
        self._flat_domain_owner = {f: (d, b) for d, (f, b) in self._embedded_owner.items()}
        self._flat_owner = {f: b for _t, f, b in reversed(self._tokens)}
        self._bookmarks = {self._host_of(b.url): b for b in bookmarks}

    @staticmethod
    def _host_of(url: str) -> str:
        address = read_address(url)
        return address.host if isinstance(address, Address) else ""

    # --- public ---------------------------------------------------------------------

    def judge(self, text: str) -> JudgeResult:
        extraction = extract_links(text)
        message = self._message_text(extraction.text, extraction.links)
        context = self._brokers_named_in(message)
        lure = bool(_LURE_PATTERN.search(message))
        # A bare "name.ext" is a link only when .ext is a real top-level domain
        # ("report.pdf" is a file name); with a scheme, every address counts.
        verdicts: list[LinkVerdict] = []
        for link in extraction.links:
            verdict = self._judge_readings(link, context, lure)
            if verdict is None or (verdicts and _same_other_reading(verdict, verdicts[-1])):
                continue
            verdicts.append(verdict)
        return JudgeResult(tuple(verdicts), extraction.truncated, tuple(b.id for b in context))

    def judge_url(self, url: str) -> LinkVerdict | None:
        """One address as it stands (a browser bookmark); None for javascript:, file:, ..."""
        text = url.strip()
        if not has_web_scheme(text):  # browsers also open "https:host" and "https:\\host"
            return None
        link = FoundLink(text, text, True, False, hidden=hidden_in_address(text))
        return self._judge_link(link, read_address(text), [], False)

    @staticmethod
    def _plausible(address: Address | Unreadable) -> HostParts | None:
        """The parts of an address someone could own and a browser reach; None otherwise."""
        if not isinstance(address, Address):
            return None
        parts = split_host(address.host)
        return parts if address.is_ip or could_be_registered(parts) else None

    def _judge_readings(
        self, link: FoundLink, context: list[Broker], lure: bool
    ) -> LinkVerdict | None:
        """The worst verdict over every reading of the link a browser could be handed.

        Official or bookmarked only when every such reading lands on the same owner's
        domain as the link finder's cut: a reading that runs on to another owner's
        domain is judged on its own, and the worse verdict is the link's.  None when
        no reading of a link without a scheme names a site ("report.pdf" is a file
        name: .pdf is no top-level domain).
        """
        address = read_address(link.url)
        own = split_host(address.host) if isinstance(address, Address) else None
        verdict = None
        if link.had_scheme or (own is not None and own.suffix is not None):
            verdict = self._judge_link(link, address, context, lure, own)
        for reading in link.readings:
            other = read_address(reading.url)
            parts = self._plausible(other)
            if parts is None or not isinstance(other, Address):
                continue
            if own is not None and parts.owner_domain == own.owner_domain:
                continue
            shown = FoundLink(
                reading.url, reading.text, reading.had_scheme, link.disguised, hidden=link.hidden
            )
            candidate = self._judge_link(shown, other, context, lure, parts)
            if verdict is None or _DANGER[candidate.verdict] < _DANGER[verdict.verdict]:
                read_as = Reason("link.read_as", {"host": candidate.host})
                verdict = LinkVerdict(
                    candidate.url,
                    candidate.host,
                    candidate.verdict,
                    candidate.broker_id,
                    (read_as, *candidate.reasons),
                )
        return verdict

    # --- context ----------------------------------------------------------------------

    @staticmethod
    def _message_text(text: str, links: Iterable[FoundLink]) -> str:
        for link in links:
            text = text.replace(link.raw, " ")
        return text.lower()

    def _brokers_named_in(self, message: str) -> list[Broker]:
        found: list[Broker] = []
        for match in self._alias_pattern.finditer(message):
            broker = self._alias_owner[match.group(0)]
            if broker not in found:
                found.append(broker)
        return found

    # --- one link -----------------------------------------------------------------------

    def _judge_link(
        self,
        link: FoundLink,
        address: Address | Unreadable,
        context: list[Broker],
        lure: bool,
        parts: HostParts | None = None,
    ) -> LinkVerdict:
        """``parts``: the address's host already split, when the caller has it."""
        if address is Unreadable.TOO_LONG:
            return LinkVerdict(
                _shown(link), "", Verdict.SUSPICIOUS, None, (Reason("link.host_too_long"),)
            )
        if not isinstance(address, Address):
            return LinkVerdict(
                _shown(link), "", Verdict.SUSPICIOUS, None, (Reason("link.malformed"),)
            )
        host = address.host
        evidence = _Evidence()
        if link.hidden:
            evidence.risky.append(Reason("link.hidden_characters"))
        if _ip_host(host):
            evidence.risky.append(Reason("link.ip_address"))
            return self._conclude(
                link, host=host, parts=None, evidence=evidence, context=context, lure=lure
            )
        parts = parts or split_host(host)
        self._check_scheme_and_port(link, address, evidence)

        official = self._official_broker(parts)
        if official is not None and link.disguised:
            # 𝐬𝐛𝐢𝐬𝐞𝐜.co.jp: only Unicode folding makes it the real name.
            evidence.imitates(official, Reason("link.lookalike_disguised", {"broker": official.id}))
            return self._conclude(
                link, host=parts.host, parts=parts, evidence=evidence, context=context, lure=lure
            )
        if official is not None and link.hidden:
            # The broker's own host, with characters no real link carries: a trick
            # whose other readings did not land elsewhere, never a site to trust.
            return self._conclude(
                link, host=parts.host, parts=parts, evidence=evidence, context=[], lure=lure
            )
        if official is not None and parts.host in self._bookmarks:
            bookmark = self._bookmarks[parts.host]
            reasons = [Reason("link.bookmarked", {"label": bookmark.label}), *evidence.risky]
            broker_id = bookmark.broker_id or official.id
            return LinkVerdict(
                _shown(link), parts.host, Verdict.BOOKMARKED, broker_id, tuple(reasons)
            )
        if official is not None:
            reasons = [
                Reason(
                    "link.official", {"broker": official.id, "domain": parts.registrable or host}
                )
            ]
            reasons += evidence.risky
            return LinkVerdict(
                _shown(link), parts.host, Verdict.OFFICIAL, official.id, tuple(reasons)
            )

        if parts.registrable in self._groups and not parts.platform_suffix:
            # A group company's real domain (楽天銀行, 住信SBIネット銀行): not the
            # broker's trading site, but no attacker controls it either.
            broker, group_name = self._groups[parts.registrable]
            group = group_name.get(self._language, group_name["en"])
            evidence.notes.append(Reason("link.group", {"group": group, "broker": broker.id}))
            return self._conclude(
                link, host=parts.host, parts=parts, evidence=evidence, context=[], lure=False
            )
        self._check_imitation(parts, address, link, evidence)
        self._check_shape(parts, link, evidence)
        return self._conclude(
            link, host=parts.host, parts=parts, evidence=evidence, context=context, lure=lure
        )

    def _official_broker(self, parts: HostParts) -> Broker | None:
        if not parts.registrable or parts.platform_suffix:
            return None
        for broker in self._official.get(parts.registrable, ()):
            if broker.is_official_host(parts.host, parts.registrable):
                return broker
        return None

    @staticmethod
    def _check_scheme_and_port(link: FoundLink, url: Address, evidence: _Evidence) -> None:
        scheme = url.scheme
        if link.had_scheme and scheme == "http":
            evidence.risky.append(Reason("link.http_not_encrypted"))
        elif link.had_scheme and scheme != "https":
            evidence.risky.append(Reason("link.unusual_scheme", {"scheme": scheme}))
        if url.has_userinfo:
            evidence.risky.append(Reason("link.userinfo", {"host": url.host}))
        if url.port is not None and url.port not in {80, 443}:
            evidence.risky.append(Reason("link.unusual_port", {"port": str(url.port)}))

    def _check_imitation(
        self, parts: HostParts, url: Address, link: FoundLink, evidence: _Evidence
    ) -> None:
        host = parts.host
        flat = to_ascii_lookalike(parts.unicode_host).replace(".", "").replace("-", "")
        userinfo = url.username.lower()
        registrable = parts.registrable or host
        # 0. Letters from other alphabets that read as a broker's name: ѕbіѕес.co.jp
        if not parts.unicode_host.isascii() and self._near_miss(
            parts.unicode_label, parts, evidence
        ):
            return
        # 1. An official address inside another one: sbisec.co.jp.account-verify.com,
        #    www-sbisec-co-jp.example.com, https://www.sbisec.co.jp@evil.example/
        if self._check_embedded(parts, flat, userinfo, registrable, evidence):
            return
        # 2. The broker's own name: rakuten-sec-login.com, sbisec.xyz, login-sbisec.cn
        hit = self._token_pattern.search(host) or self._token_pattern.search(userinfo)
        if hit:
            self._imitation_by_name(self._token_owner[hit.group(0)], hit.group(0), parts, evidence)
            return
        flat_hit = self._flat_pattern.search(flat)
        if flat_hit:
            broker = self._flat_owner[flat_hit.group(0)]
            self._imitation_by_name(broker, flat_hit.group(0), parts, evidence)
            return
        #    ...or a broker's (or its group's) name in the subdomain of an unrelated
        #    domain: rakuten-locali.cwcp8.com, rakuten.vbduteq.net
        #    (or its look-alike spelling, "sbl" for "sbi", only beside a lure word or
        #    a piece of an address: www-sbl-jp.asbr.top)
        for label in parts.subdomain_labels:
            pieces = label.split("-")
            for piece in pieces:
                owner = self._brand_words.get(piece)
                if owner is None and any(p in _ADDRESS_PIECES for p in pieces):
                    owner = self._brand_skeletons.get(skeleton(piece))
                if owner is not None:
                    self._imitation_by_name(owner, piece, parts, evidence)
                    return
        #    ...or an official name as one part of a hyphenated one: matsui-jp.com
        #    (only with a lure word beside it: nomura-re.co.jp is a real estate firm)
        pieces = parts.label.split("-")
        if len(pieces) > 1 and any(piece in LURE_AFFIXES for piece in pieces):
            for piece in pieces:
                for broker, _suffix in self._labels.get(piece, ()) if len(piece) >= 5 else ():
                    self._imitation_by_name(broker, piece, parts, evidence)
                    return
        # 3. Spelled nearly the same: sblsec, sb1-sec, ma-tsui, moenix, ѕbіѕес (Cyrillic)
        label_text = parts.unicode_label
        joined = (
            "".join(parts.subdomain_labels[-1:]) + parts.label
            if parts.subdomain_labels
            else parts.label
        )
        for candidate in {label_text, joined, parts.label}:
            if self._near_miss(candidate, parts, evidence):
                return
        # 4. The broker's log-in path or brand on an unknown host: /ETGate/, /rakusec
        path = (url.path + "?" + url.query).lower()
        marker_hit = self._path_pattern.search(path)
        if marker_hit:
            marker = marker_hit.group(0)
            broker = self._path_owner[marker]
            evidence.imitates(
                broker, Reason("link.lookalike_path", {"broker": broker.id, "marker": marker})
            )
            return
        if link.disguised:
            evidence.risky.append(Reason("link.disguised_characters"))

    def _check_embedded(
        self, parts: HostParts, flat: str, userinfo: str, registrable: str, evidence: _Evidence
    ) -> bool:
        host = parts.host
        flat_hit = self._flat_domain_pattern.search(flat)
        if flat_hit and flat_hit.group(0) == flat:
            domain, broker = self._flat_domain_owner[flat]
            if registrable != domain:
                # ma-tsui.co.jp, sbi-sec.co.jp: the same letters, split differently.
                reason = _typo(broker, parts.label, domain.split(".")[0])
                evidence.imitates(broker, reason)
                return True
        candidates = []
        for match in self._domain_pattern.finditer(userinfo):
            candidates.append(match.group(0))
        for match in self._domain_pattern.finditer(host):
            if not host.endswith(match.group(0)):
                candidates.append(match.group(0))
        if flat_hit:
            domain, _broker = self._flat_domain_owner[flat_hit.group(0)]
            if registrable != domain:
                candidates.append(domain)
        for domain in candidates:
            _flat, broker = self._embedded_owner[domain]
            reason = Reason(
                "link.lookalike_embedded",
                {"broker": broker.id, "domain": domain, "registrable": registrable},
            )
            evidence.imitates(broker, reason)
            return True
        return False

    def _imitation_by_name(
        self, broker: Broker, token: str, parts: HostParts, evidence: _Evidence
    ) -> None:
        label = parts.label
        same_label = self._labels.get(label, ())
        for owner, suffix in same_label:
            if owner is broker and parts.suffix and parts.suffix != suffix:
                evidence.imitates(
                    broker,
                    _other_suffix(broker, parts.suffix, suffix),
                )
                return
        evidence.imitates(
            broker,
            Reason(
                "link.lookalike_name",
                {"broker": broker.id, "token": token, "domain": broker.registrable_domains[0]},
            ),
        )

    def _near_miss(self, candidate: str, parts: HostParts, evidence: _Evidence) -> bool:
        if not candidate:
            return False
        # Same name, another ending: matsui.com, monex.net
        for broker, suffix in self._labels.get(candidate, ()):
            if parts.suffix and parts.suffix != suffix:
                evidence.imitates(
                    broker,
                    _other_suffix(broker, parts.suffix, suffix),
                )
                return True
        plain = candidate.replace("-", "")
        for broker_id, target, distance in self._near.matches(candidate):
            near = self._directory.get(broker_id)
            if near is None:
                continue
            broker = near
            if distance == 0 and not candidate.isascii():
                scripts = ", ".join(sorted(scripts_of(candidate)))
                evidence.imitates(
                    broker,
                    Reason("link.lookalike_homoglyph", {"broker": broker.id, "scripts": scripts}),
                )
                return True
            if distance == 0 and plain != target:
                evidence.imitates(
                    broker,
                    Reason("link.lookalike_homoglyph", {"broker": broker.id, "scripts": "ASCII"}),
                )
                return True
            if distance > 0 and plain.isascii() and plain in common_words():
                continue  # "money" is a word, not a typo of "monex"
            if distance > 0 or plain != target:
                evidence.imitates(
                    broker,
                    _typo(broker, candidate, target),
                )
                return True
        for broker_id, label in self._scramble.matches(candidate):
            broker_found = self._directory.get(broker_id)
            if broker_found is not None and plain != label.replace("-", ""):
                evidence.imitates(
                    broker_found,
                    _typo(broker_found, candidate, label),
                )
                return True
        return False

    def _check_shape(self, parts: HostParts, link: FoundLink, evidence: _Evidence) -> None:
        host = parts.host
        if parts.registrable in SHORTENERS or host in SHORTENERS:
            evidence.risky.append(Reason("link.shortener", {"host": host}))
        if host in USER_CONTENT_HOSTS:
            evidence.risky.append(Reason("link.user_content", {"host": host}))
        if parts.platform_suffix:
            evidence.risky.append(Reason("link.platform", {"platform": parts.platform_suffix}))
        if parts.suffix is None:
            evidence.risky.append(Reason("link.unknown_tld"))
            return
        tld = parts.suffix.rsplit(".", 1)[-1]
        if tld in RISKY_TLDS:
            evidence.risky.append(Reason("link.risky_tld", {"tld": tld}))
        label = parts.label
        if not parts.unicode_host.isascii() or "xn--" in host:
            # The registrant's labels only: ".com" would make every IDN "mixed".
            names = parts.unicode_host[: -len(parts.suffix) - 1]
            scripts = scripts_of(names)
            key = "link.mixed_script" if len(scripts) > 1 else "link.idn"
            evidence.risky.append(Reason(key, {"scripts": ", ".join(sorted(scripts))}))
        elif label.isdigit() and len(label) >= 6:
            evidence.risky.append(Reason("link.numeric_label"))
        elif _random_looking(label):
            evidence.risky.append(Reason("link.random_label", {"label": label}))
        elif _random_pair(parts):
            evidence.risky.append(Reason("link.random_label", {"label": parts.subdomain_labels[0]}))
        for sub in parts.subdomain_labels:
            # A long word cut to 15-20 letters as a subdomain ("omnidirectionalp",
            # "internationaliza"): a phishing kit's generated name, seen across
            # JPCERT/CC's 2025 broker reports on otherwise ordinary domains.
            if 15 <= len(sub) <= 20 and sub.isalpha() and not _compound(sub):
                evidence.risky.append(Reason("link.random_label", {"label": sub}))
                break
        if len(parts.subdomain_labels) >= 4:
            evidence.risky.append(
                Reason("link.many_subdomains", {"count": str(len(parts.subdomain_labels))})
            )
        if label.count("-") >= 3 and not label.startswith("xn--"):
            evidence.risky.append(Reason("link.many_hyphens"))
        for word in LOGIN_WORDS:
            if word in label:
                evidence.risky.append(Reason("link.login_words", {"word": word}))
                break

    def _conclude(
        self,
        link: FoundLink,
        *,
        host: str,
        parts: HostParts | None,
        evidence: _Evidence,
        context: list[Broker],
        lure: bool,
    ) -> LinkVerdict:
        bookmark = None if link.hidden else self._bookmarks.get(host)
        if bookmark is not None and not evidence.lookalike:
            reasons = (Reason("link.bookmarked", {"label": bookmark.label}), *evidence.risky)
            return LinkVerdict(_shown(link), host, Verdict.BOOKMARKED, bookmark.broker_id, reasons)
        if not evidence.lookalike and context and not evidence.notes:
            broker = context[0]
            evidence.imitates(
                broker,
                Reason(
                    "link.lookalike_context",
                    {"broker": broker.id, "domain": broker.registrable_domains[0]},
                ),
            )
        if evidence.lookalike and evidence.broker is not None:
            reasons = (*evidence.lookalike, *evidence.risky)
            return LinkVerdict(_shown(link), host, Verdict.LOOKALIKE, evidence.broker.id, reasons)
        if lure and not evidence.notes:
            evidence.risky.append(Reason("link.message_lure"))
        if evidence.risky:
            return LinkVerdict(_shown(link), host, Verdict.SUSPICIOUS, None, tuple(evidence.risky))
        reasons = (*evidence.notes, Reason("link.unknown"))
        return LinkVerdict(_shown(link), host, Verdict.UNKNOWN, None, reasons)
