"""The verdict on a saved e-mail: its sender first, then every link in it.

Links are judged by the same ``LinkJudge`` as a pasted message, with the
mail's subject and text as the message around them.  On top of that, an
HTML link whose words show one address but whose ``href`` goes to another
owner's site is a trick of its own (``mail.link_text_differs``): a fake of
the broker whose address the words show, and suspicious otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from secguard.core.bookmarks import Bookmark
from secguard.core.brokers import Directory
from secguard.core.links import LinkJudge, LinkVerdict, Reason, Verdict
from secguard.core.links.address import has_web_scheme
from secguard.core.links.hosts import split_host
from secguard.core.links.index import BrokerIndex
from secguard.core.mail.read import Anchor, MailContent, read_mail, read_mail_file
from secguard.core.mail.sender import SenderJudge, SenderResult, SenderVerdict


@dataclass(frozen=True)
class MailResult:
    sender: SenderResult
    links: tuple[LinkVerdict, ...]
    notes: tuple[Reason, ...]


def _owner(host: str) -> str:
    """Who controls ``host`` (its registrable domain); a name no DNS takes, as written."""
    try:
        return split_host(host).owner_domain if host else ""
    except ValueError:
        return host


class MailJudge:
    """Judges saved e-mails against a broker directory and the person's bookmarks.

    Build it once (it indexes the directory) and call ``judge_file`` or
    ``judge_bytes`` as often as needed; it keeps no state between calls.
    """

    def __init__(self, directory: Directory, bookmarks: Iterable[Bookmark] = ()) -> None:
        self._links = LinkJudge(directory, bookmarks)
        self._sender = SenderJudge(BrokerIndex(directory), self._links)

    def judge_file(self, path: str | Path) -> MailResult:
        """The verdict on the .eml file at ``path``; InvalidMail when it cannot be one."""
        return self.judge_content(read_mail_file(path))

    def judge_bytes(self, data: bytes) -> MailResult:
        return self.judge_content(read_mail(data))

    def judge_content(self, mail: MailContent) -> MailResult:
        sender = self._sender.judge(mail)
        hrefs = [a.href for a in mail.anchors if has_web_scheme(a.href)]
        # One message for the judge: where the links really go (each on its own line, so
        # that no text runs into them), then what the reader sees.  The links come first: a
        # body padded past the judge's 200,000 characters or 500 links cannot hide them.
        text = "\n".join([*dict.fromkeys(hrefs), "", mail.from_name, mail.subject, *mail.texts])
        judged = self._links.judge(text)
        links = list(judged.links)
        if sender.verdict is SenderVerdict.OFFICIAL:
            # The broker's own verified mail: the broker's name in it is no evidence
            # against a link to its app store page or its group's bank.
            links = [self._links.judge_url(link.url) or link for link in links]
        links = self._with_shown_text(links, mail.anchors)
        notes = list(judged.notes)
        if mail.malformed:
            notes.append(Reason("mail.malformed"))
        return MailResult(sender, tuple(links), tuple(notes))

    def _with_shown_text(
        self, links: list[LinkVerdict], anchors: Iterable[Anchor]
    ) -> list[LinkVerdict]:
        """Each link whose words show another owner's address carries that as its first reason."""
        shown_for: dict[str, LinkVerdict] = {}
        hrefs: set[str] = set()
        shown_urls: set[str] = set()
        # Words that show an address over a link to no web page (javascript:, mailto:, a
        # relative address): where it really goes, for each address the words show.
        nowhere: dict[str, tuple[LinkVerdict, str]] = {}
        for anchor in anchors:
            if not anchor.text:
                continue
            if not has_web_scheme(anchor.href):
                for words in self._links.judge(anchor.text).links:
                    nowhere.setdefault(words.url, (words, _where(anchor.href)))
                continue
            target = self._links.judge_url(anchor.href)
            if target is None or not target.host:
                continue
            hrefs.add(target.url)
            for words in self._links.judge(anchor.text).links:
                shown_urls.add(words.url)
                if words.host and _owner(words.host) != _owner(target.host):
                    shown_for.setdefault(target.url, words)
        # The address the words show is no link of its own: the href is where it goes.
        words_only = shown_urls - hrefs
        result: list[LinkVerdict] = []
        for link in links:
            if link.url in nowhere and link.url not in hrefs:
                words, where = nowhere.pop(link.url)
                result.append(_goes_elsewhere(link, words, where))
                continue
            if link.url in words_only:
                continue
            words_only.add(link.url)  # a link said once, however often the mail repeats it
            shown = shown_for.get(link.url)
            result.append(link if shown is None else _text_differs(link, shown))
        return result


# Reasons that vouch for a link: wrong beside a link that shows another address.
_VOUCHING = frozenset({"link.unknown", "link.official", "link.bookmarked"})
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,15}:")


def _where(href: str) -> str:
    """A link to no web page, as the reason names it: its scheme (javascript:), or the
    relative address itself, shortened."""
    scheme = _SCHEME.match(href)
    return scheme.group(0).lower() if scheme else (href[:40] or '""')


def _text_differs(link: LinkVerdict, shown: LinkVerdict) -> LinkVerdict:
    """A link whose words show another owner's address: a fake of the broker whose real
    address they show, or of the one the link imitates; suspicious otherwise."""
    reason = Reason("mail.link_text_differs", {"shown": shown.host, "host": link.host})
    broker = shown.broker_id if shown.verdict in (Verdict.OFFICIAL, Verdict.BOOKMARKED) else None
    broker_id: str | None
    if broker is not None:
        verdict, broker_id = Verdict.LOOKALIKE, broker
    elif link.verdict is Verdict.LOOKALIKE:
        verdict, broker_id = Verdict.LOOKALIKE, link.broker_id
    else:
        verdict, broker_id = Verdict.SUSPICIOUS, None
    reasons = (reason, *(r for r in link.reasons if r.message_id not in _VOUCHING))
    return LinkVerdict(link.url, link.host, verdict, broker_id, reasons)


def _goes_elsewhere(link: LinkVerdict, words: LinkVerdict, where: str) -> LinkVerdict:
    """The address the words show, over a link that goes to no web page: never trusted; a
    fake of the broker whose real address the words show."""
    reason = Reason("mail.link_text_differs", {"shown": words.host or link.url, "host": where})
    reasons = (reason, *(r for r in link.reasons if r.message_id not in _VOUCHING))
    if words.verdict in (Verdict.OFFICIAL, Verdict.BOOKMARKED):
        return LinkVerdict(link.url, link.host, Verdict.LOOKALIKE, words.broker_id, reasons)
    return LinkVerdict(link.url, link.host, Verdict.SUSPICIOUS, None, reasons)
