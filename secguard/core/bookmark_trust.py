"""Whether an address may become a bookmark: the rule the window, the CLI and imports share.

A bookmark is what the person will trust later, so an address the link
judge calls a fake (lookalike) or suspicious can never become one; an
address that is merely unknown (not a broker site secguard knows) may, after
the person has been told so, and is then shown as "not a known broker site".
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from secguard.core.bookmarks import Bookmark, EntryProblem, InvalidBookmark, InvalidBookmarkFile

if TYPE_CHECKING:
    from secguard.core.links import LinkJudge, LinkVerdict


class BookmarkTrust(enum.Enum):
    BROKER_SITE = "broker_site"  # a broker's official site (or already the person's own)
    UNKNOWN_SITE = "unknown_site"  # saved only after a warning; marked in the list
    REFUSED = "refused"  # a fake or suspicious address: never saved


class FakeBookmark(InvalidBookmark):
    """An address judged a fake or suspicious; ``broker`` names whom it imitates, if known."""

    message_id = "bookmark.fake"


@dataclass(frozen=True)
class TrustVerdict:
    trust: BookmarkTrust
    link: LinkVerdict | None  # the judge's verdict, with its reasons


def bookmark_trust(url: str, judge: LinkJudge) -> TrustVerdict:
    from secguard.core.links import Verdict

    link = judge.judge_url(url)
    if link is None:
        return TrustVerdict(BookmarkTrust.REFUSED, None)
    if link.verdict.dangerous:
        return TrustVerdict(BookmarkTrust.REFUSED, link)
    if link.verdict in {Verdict.OFFICIAL, Verdict.BOOKMARKED}:
        return TrustVerdict(BookmarkTrust.BROKER_SITE, link)
    return TrustVerdict(BookmarkTrust.UNKNOWN_SITE, link)


def refuse_fakes(url: str, judge: LinkJudge) -> TrustVerdict:
    """The verdict for ``url``, or ``FakeBookmark`` if it must never be saved."""
    verdict = bookmark_trust(url, judge)
    if verdict.trust is BookmarkTrust.REFUSED:
        broker = verdict.link.broker_id if verdict.link else None
        if broker:
            raise FakeBookmark("bookmark.fake_of_broker", broker=broker)
        raise FakeBookmark()
    return verdict


def refuse_fakes_in_import(bookmarks: Sequence[Bookmark], judge: LinkJudge) -> None:
    """An import with a fake among its entries is refused whole, every fake named
    (``InvalidBookmarkFile``), before anything is written."""
    problems = []
    for number, bookmark in enumerate(bookmarks, 1):
        try:
            refuse_fakes(bookmark.url, judge)
        except FakeBookmark as error:
            problems.append(EntryProblem(number, error.message_id, dict(error.params)))
    if problems:
        raise InvalidBookmarkFile("bookmark.file_has_fakes", problems)
