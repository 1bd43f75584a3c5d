"""Who sent the e-mail, as far as its headers can tell.

The verdict, worst first:

- ``lookalike``: the mail pretends to be a broker: the receiving server's
  SPF or DMARC check failed for a broker's domain (the strongest sign there
  is), the sender's name names a broker over an address that is not the
  broker's, or the address's domain imitates a broker's;
- ``suspicious``: something is off but no broker is imitated: a failed check
  for another domain, replies that go elsewhere, a suspicious domain;
- ``official``: the address is a broker's and the receiving server verified
  it (DMARC pass for the From's domain, or SPF and DKIM both pass for it);
- ``unknown``: nothing wrong was found, and nothing vouches for the sender
  (an address can be forged: only the receiving server's check says more).

Only the topmost ``Authentication-Results`` header is read: the receiving
provider adds it on top, while any header below it could have been written
by the sender.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from secguard.core.brokers import Broker
from secguard.core.links import LinkJudge, Reason, Verdict
from secguard.core.links.hosts import split_host
from secguard.core.links.index import BrokerIndex
from secguard.core.mail.read import MailContent, domain_of

_NOT_THE_BROKERS = frozenset({"mail.reply_to_differs", "mail.several_senders"})
_ADDRESS_DOMAIN = re.compile(r"[\w.+-]+@([a-z0-9.-]+\.[a-z]{2,})")
_RESULT = re.compile(r"\s*([a-z][a-z0-9_-]*)\s*(?:/\s*\d+\s*)?=\s*([a-z]+)", re.IGNORECASE)
_PROPERTY = re.compile(r"\b(header\.from|header\.d|header\.i|smtp\.mailfrom)\s*=\s*([^\s;]+)")
FAILED = frozenset({"fail", "hardfail"})
METHODS = ("spf", "dkim", "dmarc")


class SenderVerdict(enum.StrEnum):
    OFFICIAL = "official"
    LOOKALIKE = "lookalike"
    SUSPICIOUS = "suspicious"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Authentication:
    """The receiving server's results (``pass``, ``fail``, ``softfail``, ``none``, ...),
    None where the topmost header has none."""

    spf: str | None = None
    dkim: str | None = None
    dmarc: str | None = None
    authserv_id: str | None = None
    # The domains each result speaks for (smtp.mailfrom, header.d or header.i of every
    # passing signature, header.from), where the header names them.
    spf_domain: str | None = None
    dkim_domains: tuple[str, ...] = ()
    dmarc_domain: str | None = None

    def result(self, method: str) -> str | None:
        value: str | None = getattr(self, method)
        return value

    def verified(self, domain: str) -> str | None:
        """How the provider verified mail from ``domain``: "dmarc", or "spf, dkim" when both
        pass for ``domain``'s owner (a pass for the sender's own other domain proves nothing
        about the From); None when nothing did.  A DMARC pass counts only with the domain
        it is for (``header.from``, which Gmail, Outlook and Yahoo all write): a bare
        "dmarc=pass" ties nothing to this From."""
        owner = _owner(domain)
        if (
            self.dmarc == "pass"
            and self.dmarc_domain is not None
            and _owner(self.dmarc_domain) == owner
        ):
            return "dmarc"
        aligned_spf = self.spf_domain is not None and _owner(self.spf_domain) == owner
        aligned_dkim = any(_owner(d) == owner for d in self.dkim_domains)
        if self.spf == "pass" and self.dkim == "pass" and aligned_spf and aligned_dkim:
            return "spf, dkim"
        return None

    @property
    def failed(self) -> tuple[str, str] | None:
        """The first failed method and its result (DMARC first: it speaks for the From)."""
        for method in ("dmarc", "spf"):
            result = self.result(method)
            if result in FAILED:
                return method, result or ""
        return None

    @property
    def weak(self) -> tuple[str, str] | None:
        """A result short of failing that a broker's own mail never gets: an SPF softfail
        (the sending server is not one the domain lists) or a DKIM signature that fails."""
        if self.spf == "softfail":
            return "spf", "softfail"
        if self.dkim in FAILED:
            return "dkim", self.dkim or ""
        return None


def _without_comments(text: str) -> str:
    """``text`` with each comment, however deeply nested, as one space: (google.com: domain
    of (x) designates ...).  One pass: 50,000 nested parentheses cost no more than 50,000
    letters.  An opening parenthesis never closed stays, as written."""
    out: list[str] = []
    opened: list[int] = []
    for char in text:
        if char == "(":
            opened.append(len(out))
            out.append(char)
        elif char == ")" and opened:
            del out[opened.pop() :]
            out.append(" ")
        else:
            out.append(char)
    return "".join(out)


def parse_authentication(header: str | None) -> Authentication:
    """The results in one ``Authentication-Results`` value (RFC 8601)."""
    if not header:
        return Authentication()
    text = _without_comments(header)
    pieces = text.split(";")
    authserv = pieces[0].split()[0].lower() if pieces[0].split() else None
    found: dict[str, str] = {}
    named: dict[str, str] = {}
    dkim_domains: list[str] = []
    for piece in pieces[1:]:
        match = _RESULT.match(piece)
        if match is None:
            continue
        method, result = match.group(1).lower(), match.group(2).lower()
        if method not in METHODS:
            continue
        properties = {k.lower(): _domain(v) for k, v in _PROPERTY.findall(piece)}
        if method == "dkim" and result == "pass":
            signer = properties.get("header.d") or properties.get("header.i")
            dkim_domains += [signer] if signer else []
        # Several DKIM signatures: one that passes is enough.
        if method not in found or (method == "dkim" and result == "pass"):
            found[method] = result
            key = {"spf": "smtp.mailfrom", "dmarc": "header.from"}.get(method)
            if key in properties:
                named[method] = properties[key]
    return Authentication(
        spf=found.get("spf"),
        dkim=found.get("dkim"),
        dmarc=found.get("dmarc"),
        authserv_id=authserv,
        spf_domain=named.get("spf"),
        dkim_domains=tuple(dkim_domains),
        dmarc_domain=named.get("dmarc"),
    )


def _domain(value: str) -> str:
    """The domain of ``bounce@mail.example.jp``, ``@example.jp`` or ``example.jp``."""
    return value.rpartition("@")[2].strip().strip("<>\"'").rstrip(".").lower()


@dataclass(frozen=True)
class SenderResult:
    verdict: SenderVerdict
    broker_id: str | None
    reasons: tuple[Reason, ...]
    authentication: Authentication
    address: str
    domain: str


def _owner(domain: str) -> str:
    """Who controls ``domain`` (its registrable domain); a name no DNS takes, as written."""
    try:
        return split_host(domain).owner_domain if domain else ""
    except ValueError:
        return domain


class SenderJudge:
    """The sender's verdict, from the directory and the person's link judge."""

    def __init__(self, index: BrokerIndex, links: LinkJudge) -> None:
        self._index = index
        self._links = links

    def _broker_of_domain(self, domain: str) -> Broker | None:
        """The broker whose official domain ``domain`` is (mail.sbisec.co.jp counts)."""
        if not domain:
            return None
        verdict = self._links.judge_url(f"https://{domain}/")
        if verdict is None or verdict.verdict is not Verdict.OFFICIAL:
            return None
        return self._index.directory.get(verdict.broker_id)

    def _named_brokers(self, name: str) -> list[Broker]:
        """Brokers a display name names: by name (SBI証券, "SBI 証券", the same in full
        width) or by address (www.sbisec.co.jp, info@rakuten-sec.co.jp)."""
        folded = unicodedata.normalize("NFKC", name).lower()
        found = self._index.brokers_named_in(folded)
        named: list[Broker | None] = [*self._index.brokers_named_in("".join(folded.split()))]
        named += [
            self._index.directory.get(link.broker_id)
            for link in self._links.judge(name).links
            if link.verdict is Verdict.OFFICIAL
        ]
        named += [self._broker_of_domain(domain) for domain in _ADDRESS_DOMAIN.findall(folded)]
        for other in named:
            if other is not None and other not in found:
                found.append(other)
        return found

    def judge(self, mail: MailContent) -> SenderResult:
        auth = parse_authentication(
            mail.authentication_results[0] if mail.authentication_results else None
        )
        domain = domain_of(mail.from_address)
        if not domain:
            nobody = (Reason("mail.no_sender"),)
            return SenderResult(SenderVerdict.UNKNOWN, None, nobody, auth, mail.from_address, "")
        official = self._broker_of_domain(domain)
        others = list(self._other_domains(mail, domain, official))
        if official is not None:
            verdict, reasons = self._from_broker(official, domain, auth, others)
            return SenderResult(verdict, official.id, reasons, auth, mail.from_address, domain)
        verdict, broker, reasons = self._from_elsewhere(mail, domain, auth, others)
        return SenderResult(verdict, broker, reasons, auth, mail.from_address, domain)

    def _other_domains(
        self, mail: MailContent, domain: str, official: Broker | None
    ) -> Iterable[Reason]:
        """Reply-To and Return-Path domains that belong to someone else than the From's."""
        owner = _owner(domain)
        seen: set[tuple[str, str]] = set()
        for key, address in [
            *(("mail.several_senders", a) for a in mail.other_senders),
            *(("mail.reply_to_differs", a) for a in mail.reply_to),
            ("mail.return_path_differs", mail.return_path),
        ]:
            other = domain_of(address)
            if not other or _owner(other) == owner or (key, other) in seen:
                continue
            if key != "mail.several_senders" and (
                official is not None and self._broker_of_domain(other) is official
            ):
                continue  # the same broker's other domain
            seen.add((key, other))
            yield Reason(key, {"domain": other, "from_domain": domain})

    @staticmethod
    def _from_broker(
        broker: Broker, domain: str, auth: Authentication, others: list[Reason]
    ) -> tuple[SenderVerdict, tuple[Reason, ...]]:
        failed = auth.failed
        if failed is not None:
            failed_method, result = failed
            params = {
                "broker": broker.id,
                "domain": domain,
                "method": failed_method,
                "result": result,
            }
            return SenderVerdict.LOOKALIKE, (Reason("mail.auth_failed_broker", params), *others)
        # What a verified broker's mail still may not carry: replies or a second sender
        # going elsewhere.
        replies = [r for r in others if r.message_id in _NOT_THE_BROKERS]
        method = auth.verified(domain)
        if method is not None:
            params = {"broker": broker.id, "domain": domain, "method": method}
            reasons = (Reason("mail.sender_verified", params), *replies)
            return (SenderVerdict.SUSPICIOUS if replies else SenderVerdict.OFFICIAL), reasons
        params = {"broker": broker.id, "domain": domain}
        weak = auth.weak
        doubts = (
            (Reason("mail.auth_failed", {"domain": domain, "method": weak[0], "result": weak[1]}),)
            if weak is not None
            else ()
        )
        reasons = (Reason("mail.sender_unverified", params), *doubts, *others)
        return (SenderVerdict.SUSPICIOUS if doubts or others else SenderVerdict.UNKNOWN), reasons

    def _from_elsewhere(
        self, mail: MailContent, domain: str, auth: Authentication, others: list[Reason]
    ) -> tuple[SenderVerdict, str | None, tuple[Reason, ...]]:
        address_verdict = self._links.judge_url(f"https://{domain}/")
        named = self._named_brokers(f"{mail.from_name} {mail.from_address.partition('@')[0]}")
        failed = auth.failed
        failure = (
            (
                Reason(
                    "mail.auth_failed", {"domain": domain, "method": failed[0], "result": failed[1]}
                ),
            )
            if failed is not None
            else ()
        )
        group = self._index.group_site(split_host(domain))
        if named and (group is None or group.broker not in named):
            broker = named[0]
            params = {"broker": broker.id, "name": mail.from_name, "address": mail.from_address}
            reasons = (Reason("mail.name_names_broker", params), *failure, *others)
            return SenderVerdict.LOOKALIKE, broker.id, reasons
        if address_verdict is not None and address_verdict.verdict is Verdict.LOOKALIKE:
            params = {"broker": address_verdict.broker_id or "", "domain": domain}
            reasons = (Reason("mail.from_lookalike", params), *address_verdict.reasons, *failure)
            return SenderVerdict.LOOKALIKE, address_verdict.broker_id, (*reasons, *others)
        shape = (
            address_verdict.reasons
            if address_verdict is not None and address_verdict.verdict is Verdict.SUSPICIOUS
            else ()
        )
        reasons = (Reason("mail.sender_not_broker", {"domain": domain}), *failure, *shape)
        # What a verified broker's mail still may not carry: replies or a second sender
        # going elsewhere.
        replies = [r for r in others if r.message_id in _NOT_THE_BROKERS]
        verdict = SenderVerdict.SUSPICIOUS if failure or shape or replies else SenderVerdict.UNKNOWN
        return verdict, None, (*reasons, *others)
