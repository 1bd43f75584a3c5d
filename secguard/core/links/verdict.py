"""What the link judge returns: plain data with message ids, named in words by ui/ and cli/."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from secguard.core.links.extract import MAX_LINKS, MAX_TEXT_CHARS


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
_WORST_FIRST = (
    Verdict.LOOKALIKE,
    Verdict.SUSPICIOUS,
    Verdict.UNKNOWN,
    Verdict.OFFICIAL,
    Verdict.BOOKMARKED,
)
_DANGER_RANK = {verdict: rank for rank, verdict in enumerate(_WORST_FIRST)}


@dataclass(frozen=True)
class Reason:
    """A message id and its parameters.  ``broker`` holds a broker id and ``group`` a group
    company's domain: ui/ and cli/ name them in the person's language."""

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

    @property
    def dangerous(self) -> bool:
        """A fake or a suspicious address: never to be opened, trusted or saved."""
        return self.verdict.dangerous

    def is_worse_than(self, other: LinkVerdict) -> bool:
        return _DANGER_RANK[self.verdict] < _DANGER_RANK[other.verdict]


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
