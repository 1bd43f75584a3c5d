"""The verdict on each link: bookmarked, official, lookalike, suspicious or unknown.

Built for the general attack, not for examples: most real phishing hosts
carry no brand at all (random domains, ``*.workers.dev``), so the shape of
the address and the message around it count as much as the name.  Well-known
sites that merely share a word with a broker (大和ハウス, kabutan.jp) must stay
"unknown": false alarms teach people to ignore warnings.

The rules themselves are lists of small checks: ``shape`` (every one that
fires adds its reason) and ``imitation`` (the first that names a broker
wins), over the directory compiled once in ``index.BrokerIndex``.  This
module decides which host is judged (every reading a browser could be
handed) and how the findings become a verdict.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from secguard.core.bookmarks import Bookmark
from secguard.core.brokers import Broker, Directory
from secguard.core.links.address import Address, Unreadable, has_web_scheme, read_address
from secguard.core.links.extract import FoundLink, extract_links
from secguard.core.links.hosts import HostParts, could_be_registered, split_host
from secguard.core.links.imitation import imitation_of
from secguard.core.links.index import BrokerIndex
from secguard.core.links.readings import INVISIBLE, hidden_in_address
from secguard.core.links.shape import MOST_ABUSED_TLDS, address_reasons, shape_reasons
from secguard.core.links.suspect import Imitation, Suspect
from secguard.core.links.verdict import JudgeResult, LinkVerdict, Reason, Verdict
from secguard.core.links.words import checked_registry, foreign_commerce

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
_LURE_PATTERN = re.compile("|".join(re.escape(word) for word in LURE_WORDS))


# Addresses whose findings are kept: a bookmark file or a long mail holds fewer.
FINDINGS_KEPT = 4096


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


# What a kit's address has and a business's rarely does: beside a broker's name, these
# make the caution an accusation.
_KIT_SHAPES = frozenset(
    "link.hidden_characters link.disguised_characters link.userinfo link.unusual_port "
    "link.shortener link.user_content link.platform link.unknown_tld link.risky_tld "
    "link.idn link.mixed_script link.numeric_label link.random_label link.many_subdomains "
    "link.many_hyphens link.login_words link.japan_path link.address_words".split()
)


def _kit_shaped(reasons: Iterable[Reason]) -> bool:
    return any(reason.message_id in _KIT_SHAPES for reason in reasons)


# Personal pages and blogs (yusuke-matsui.github.io, a hatenablog.com blog) are these
# platforms' usual use; other platforms (workers.dev, pages.dev, dynamic DNS: 43 and 1 and
# 25 of the 58 platform hosts in JPCERT/CC's 2024-2025 broker reports) a kit's usual home.
_PERSONAL_PAGE_PLATFORMS = frozenset(
    "github.io gitlab.io codeberg.page hatenablog.com hatenablog.jp hateblo.jp hatenadiary.jp "
    "sakura.ne.jp".split()
)


# Names given only to registered companies and organisations (JPRS checks co.jp and or.jp
# registrants; one name per company): a weak sign alone is a note there too.
_COMPANY_SUFFIXES = frozenset({"co.jp", "or.jp"})
# Second levels sold as names under another ending (kabuka.jp.net, example.us.com): the
# buyer's own site, as under any other ending.
_NAME_REGISTRIES = frozenset(
    "jp.net us.com uk.com eu.com cn.com de.com ru.com uk.net us.org za.com".split()
)


# Signs many honest sites carry too (a cheap ending, a free host, "secure" in a name): one
# of them alone, on a site's front page or under a registry that checks who registers,
# is said as a note on an unknown verdict, not as a warning.  With a page behind it, a
# broker's name or a lure around it, it still warns.
def _weak(reason: Reason) -> bool:
    match reason.message_id:
        case "link.risky_tld":
            return reason.params.get("tld") not in MOST_ABUSED_TLDS
        case "link.platform":
            platform = reason.params.get("platform")
            return platform in _PERSONAL_PAGE_PLATFORMS or platform in _NAME_REGISTRIES
        case "link.login_words":
            return True
    return False


def _only_weak_signs(risky: list[Reason], evidence: _Evidence) -> bool:
    """One weak sign and nothing else; under another country's business names (com.cn)
    even a most-abused ending is a registered firm's."""
    if len(risky) != 1:
        return False
    return _weak(risky[0]) or (evidence.commerce and risky[0].message_id == "link.risky_tld")


def _login_word_alone(reason: Reason, parts: HostParts) -> bool:
    """A log-in word in a hyphenated name (login-sec, rakuten-secure, confirmation-sec),
    the shape of a kit's, not glued inside one longer word (secureworks, modsecurity): that
    is no weak sign."""
    if reason.message_id != "link.login_words" or "-" not in parts.label:
        return False
    word = reason.params.get("word", "")
    return any(word in piece for piece in parts.label.split("-"))


def _front_page(address: Address) -> bool:
    return address.path in {"", "/"} and not address.query and not address.has_userinfo


def _same_other_reading(verdict: LinkVerdict, previous: LinkVerdict) -> bool:
    """Two links in one run of text ("...co.jpです。...example.com") can share the worst
    reading of that run: it is said once."""
    return verdict == previous and verdict.reasons[0].message_id == "link.read_as"


def _shown(link: FoundLink) -> str:
    """The link as the person would recognise it: with its scheme if it had one (and
    without the invisible characters, which only confuse a copy)."""
    shown = link.url if link.had_scheme else link.raw
    return INVISIBLE.sub("", shown) if link.hidden else shown


def _plausible(address: Address | Unreadable) -> HostParts | None:
    """The parts of an address someone could own and a browser reach; None otherwise."""
    if not isinstance(address, Address):
        return None
    parts = split_host(address.host)
    return parts if address.is_ip or could_be_registered(parts) else None


@dataclass
class _Evidence:
    """What the checks found about one link, before it becomes a verdict."""

    risky: list[Reason] = field(default_factory=list)
    imitation: Imitation | None = None
    note: Reason | None = None  # a group company's site: nobody's imitation
    # A front page, or a host under a registry that checks who registers: a weak sign
    # alone does not warn there.
    weak_alone_is_note: bool = False
    commerce: bool = False  # another country's names for its businesses (com.cn, co.uk)
    # http or https: what a browser opens as a page.  javascript://www.sbisec.co.jp/%0a...
    # names the broker's host but runs a script: never the broker's page, nor a bookmark.
    web: bool = True


class LinkJudge:
    """Judges links against a broker directory and the person's own bookmarks.

    Build it once (it indexes the directory) and call ``judge`` as often as
    needed; no call changes the verdict of another (it only keeps what the checks
    found for the last few thousand addresses, which are the same each time).
    """

    def __init__(self, directory: Directory, bookmarks: Iterable[Bookmark] = ()) -> None:
        self._index = BrokerIndex(directory)
        self._bookmarks = {self._host_of(b.url): b for b in bookmarks}
        self._found: dict[tuple[str, str, str, str], tuple[Imitation | None, tuple[Reason, ...]]]
        self._found = {}

    @staticmethod
    def _host_of(url: str) -> str:
        address = read_address(url)
        return address.host if isinstance(address, Address) else ""

    # --- public ---------------------------------------------------------------------

    def judge(self, text: str) -> JudgeResult:
        extraction = extract_links(text)
        message = self._message_text(extraction.text, extraction.links)
        context = self._index.brokers_named_in(message)
        lure = bool(_LURE_PATTERN.search(message))
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
        return self._judge_link(link, read_address(text), [], lure=False)

    # --- which host is judged -------------------------------------------------------------

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
            parts = _plausible(other)
            if parts is None or not isinstance(other, Address):
                continue
            if own is not None and parts.owner_domain == own.owner_domain:
                continue
            shown = FoundLink(
                reading.url, reading.text, reading.had_scheme, link.disguised, hidden=link.hidden
            )
            candidate = self._judge_link(shown, other, context, lure, parts)
            if verdict is None or candidate.is_worse_than(verdict):
                read_as = Reason("link.read_as", {"host": candidate.host})
                verdict = LinkVerdict(
                    candidate.url,
                    candidate.host,
                    candidate.verdict,
                    candidate.broker_id,
                    (read_as, *candidate.reasons),
                )
        return verdict

    @staticmethod
    def _message_text(text: str, links: Iterable[FoundLink]) -> str:
        for link in links:
            text = text.replace(link.raw, " ")
        return text.lower()

    # --- one host ---------------------------------------------------------------------------

    def _judge_link(
        self,
        link: FoundLink,
        address: Address | Unreadable,
        context: list[Broker],
        lure: bool,
        parts: HostParts | None = None,
    ) -> LinkVerdict:
        """``parts``: the address's host already split, when the caller has it."""
        if not isinstance(address, Address):
            key = "link.host_too_long" if address is Unreadable.TOO_LONG else "link.malformed"
            return LinkVerdict(_shown(link), "", Verdict.SUSPICIOUS, None, (Reason(key),))
        evidence = _Evidence(web=address.scheme in {"http", "https"})
        if link.hidden:
            evidence.risky.append(Reason("link.hidden_characters"))
        if _ip_host(address.host):
            evidence.risky.append(Reason("link.ip_address"))
            return self._conclude(link, address.host, evidence, context, lure)
        parts = parts or split_host(address.host)
        evidence.risky += address_reasons(link, address)
        evidence.weak_alone_is_note = (
            _front_page(address)
            or checked_registry(parts.suffix)
            or parts.suffix in _COMPANY_SUFFIXES
        )
        evidence.commerce = foreign_commerce(parts.suffix)
        official = self._index.official_broker(parts)
        if official is not None:
            return self._on_official_host(
                link, parts, official, evidence, context=context, lure=lure
            )
        group = self._index.group_site(parts)
        if group is not None:
            # A group company's real domain (楽天銀行, 住信SBIネット銀行): not the
            # broker's trading site, but no attacker controls it either.
            params = {"group": group.group.domain, "broker": group.broker.id}
            evidence.note = Reason("link.group", params)
            return self._conclude(link, parts.host, evidence, [], lure=False)
        imitation, shapes = self._findings(parts, address)
        evidence.imitation = imitation
        if evidence.imitation is None and link.disguised:
            evidence.risky.append(Reason("link.disguised_characters"))
        evidence.risky += shapes
        if not checked_registry(parts.suffix) and any(
            _login_word_alone(reason, parts) for reason in shapes
        ):
            evidence.weak_alone_is_note = False  # login-sec.com, rakuten-secure.net
        return self._conclude(link, parts.host, evidence, context, lure)

    def _findings(
        self, parts: HostParts, address: Address
    ) -> tuple[Imitation | None, tuple[Reason, ...]]:
        """What the checks find in a host, its user-info and its path: the same each time
        (a mail, a bookmark file, a feed repeat the same hosts), so kept for a while."""
        key = (parts.host, address.username, address.path, address.query)
        found = self._found.get(key)
        if found is None:
            imitation = imitation_of(self._index, Suspect.of(parts, address))
            popular = self._index.popular_site(parts)
            found = (imitation, tuple(shape_reasons(parts, address, popular=popular)))
            if len(self._found) >= FINDINGS_KEPT:
                self._found.clear()
            self._found[key] = found
        return found

    def _on_official_host(
        self,
        link: FoundLink,
        parts: HostParts,
        official: Broker,
        evidence: _Evidence,
        *,
        context: list[Broker],
        lure: bool,
    ) -> LinkVerdict:
        if link.disguised:
            # 𝐬𝐛𝐢𝐬𝐞𝐜.co.jp: only Unicode folding makes it the real name.
            reason = Reason("link.lookalike_disguised", {"broker": official.id})
            evidence.imitation = Imitation(official, reason)
            return self._conclude(link, parts.host, evidence, context, lure)
        if link.hidden:
            # The broker's own host, with characters no real link carries: a trick
            # whose other readings did not land elsewhere, never a site to trust.
            return self._conclude(link, parts.host, evidence, [], lure)
        if not evidence.web:
            # The broker's host under another scheme (javascript://, intent://, file://):
            # not the broker's page, whatever it names.
            reasons = tuple(evidence.risky)
            return LinkVerdict(_shown(link), parts.host, Verdict.SUSPICIOUS, official.id, reasons)
        bookmark = self._bookmarks.get(parts.host)
        if bookmark is not None:
            reasons = (Reason("link.bookmarked", {"label": bookmark.label}), *evidence.risky)
            broker_id = bookmark.broker_id or official.id
            return LinkVerdict(_shown(link), parts.host, Verdict.BOOKMARKED, broker_id, reasons)
        params = {"broker": official.id, "domain": parts.registrable or parts.host}
        reasons = (Reason("link.official", params), *evidence.risky)
        return LinkVerdict(_shown(link), parts.host, Verdict.OFFICIAL, official.id, reasons)

    def _conclude(
        self,
        link: FoundLink,
        host: str,
        evidence: _Evidence,
        context: list[Broker],
        lure: bool,
    ) -> LinkVerdict:
        shown = _shown(link)
        bookmark = None if link.hidden or not evidence.web else self._bookmarks.get(host)
        if bookmark is not None and evidence.imitation is None:
            reasons = (Reason("link.bookmarked", {"label": bookmark.label}), *evidence.risky)
            return LinkVerdict(shown, host, Verdict.BOOKMARKED, bookmark.broker_id, reasons)
        imitation = evidence.imitation
        if imitation is None and context and evidence.note is None:
            broker = context[0]
            params = {"broker": broker.id, "domain": broker.registrable_domains[0]}
            imitation = Imitation(broker, Reason("link.lookalike_context", params))
        if imitation is not None:
            reasons = (imitation.reason, *evidence.risky)
            verdict = Verdict.LOOKALIKE
            if imitation.caution and not lure and not _kit_shaped(evidence.risky):
                verdict = Verdict.SUSPICIOUS  # the name alone: a caution, not an accusation
            return LinkVerdict(shown, host, verdict, imitation.broker.id, reasons)
        risky = evidence.risky
        if lure and evidence.note is None:
            risky = [*risky, Reason("link.message_lure")]
        if risky and not (evidence.weak_alone_is_note and _only_weak_signs(risky, evidence)):
            return LinkVerdict(shown, host, Verdict.SUSPICIOUS, None, tuple(risky))
        if risky:
            return LinkVerdict(shown, host, Verdict.UNKNOWN, None, (*risky, Reason("link.unknown")))
        notes = (evidence.note,) if evidence.note is not None else ()
        return LinkVerdict(shown, host, Verdict.UNKNOWN, None, (*notes, Reason("link.unknown")))
