"""The other ways a browser could be handed a link: where a message app and a browser disagree.

A message app decides where a link ends; the browser opens whatever it is
given.  An address glued to characters a browser reads through or maps to
a dot (an invisible U+200B or soft hyphen, 。, ``%2e``, a backslash,
``:443@``, a line break before a dot) may end, for one app, at the
broker's host and run on, for another, to the attacker's:
``www.sbisec.co.jp\\u200b.evil.com`` shows as SBI's address and opens
``www.sbisec.co.jp.evil.com``.  The link finder cuts a link the way most
apps do; this module lists the other cuts a browser could receive, so that
the judge decides on the worst of them.  Which of them lands on a host
someone could own is the judge's business (``hosts.could_be_registered``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from secguard.core.links.address import has_web_scheme, with_scheme

# Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt): drawn as
# nothing, dropped from host names by UTS-46.  Inside an address, a sign of
# deception in itself.
INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
# What ends a link for every app: white space, quotes, angle and Japanese
# brackets, Japanese commas.
# Invisible characters with an everyday use right after another character:
# emoji presentation (U+FE0F), ideograph variants, emoji sequences (ZWJ, tags).
_JOINING = re.compile("[\ufe00-\ufe0f\u180b-\u180d\u200d\U000e0000-\U000e0fff]")
_HARD_STOPS = frozenset("<>\"'`「」『』【】〔〕（）〈〉《》、，\u3000")
# A line break or tab is read through only where a host plainly goes on
# across it ("co.jp\t.evil.com", "co.\njp"): an address bar drops it on
# paste, while two words on two lines stay two words, as in every app.
_BREAKS = ("\r\n", "\n", "\r", "\t")
_PATH_START = frozenset("/?#\\")
_HOST_GLUE = frozenset(".-_")
_WEB_PREFIX = re.compile(r"(?i)https?:[/\\\t\n\r]*")
# How far from the link the text is looked at, and how many other starts and
# ends are tried on each side (the nearest ones): a hostile 1 MB paste of
# glued links must stay cheap.
MAX_REACH_BEFORE = 256
MAX_REACH_AFTER = 2048
MAX_CUTS = 3
_MAX_BEFORE_AT = 8
_PORT_THEN_AT = re.compile(r":\d{1,5}@")

_TRAILING = ".,;:!?)]}>'\"*"
# A dot (as written, percent-encoded or ideographic) and a name that could be a
# top-level domain, not followed by more of the host.
_TLD_LIKE = re.compile(
    r"(?i)(?:[.\u3002\uff61\uff0e]|%2e|%e3%80%82|%ef%bc%8e|%ef%bd%a1)"
    r"(?:xn--[a-z0-9-]{1,59}|[a-z]{2,63})(?![a-z0-9.-])"
)


@dataclass(frozen=True)
class Reading:
    text: str  # the characters a browser would be given, without the invisible ones
    url: str  # the same with the scheme an address bar adds
    had_scheme: bool


@dataclass(frozen=True)
class Surroundings:
    readings: tuple[Reading, ...]  # other than the link finder's own cut
    hidden: bool  # an invisible character inside or glued to the address


def strip_trailing(url: str) -> str:
    """A link without the sentence's punctuation after it, as apps cut it."""
    while url and url[-1] in _TRAILING:
        # Keep a closing bracket that has its opening one inside the URL.
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def _is_ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _runs_on(char: str) -> bool:
    return not char.isspace() and char not in _HARD_STOPS


def _break_at(text: str, index: int, backwards: bool) -> int:
    """Length of a line break or tab that the host goes on across, starting (or ending) at
    ``index``; 0 when there is none."""
    for brk in _BREAKS:
        if backwards and text.endswith(brk, 0, index):
            before, after = index - len(brk) - 1, index
        elif not backwards and text.startswith(brk, index):
            before, after = index - 1, index + len(brk)
        else:
            continue
        if before < 0 or after >= len(text):
            return 0
        left, right = text[before], text[after]
        # (Or where the host goes on with a hyphen, or the user-info ends in "@":
        # "co.jp\n-evil.com" is www.sbisec.co.jp-evil.com, "co.jp\n@evil.com" is evil.com.)
        if _runs_on(left) and _runs_on(right) and ("." in (left, right) or right in "-@:"):
            return len(brk)
        return 0
    return 0


def _run_start(text: str, start: int) -> int:
    index = start
    while index > 0 and start - index < MAX_REACH_BEFORE:
        if _runs_on(text[index - 1]):
            index -= 1
            continue
        step = _break_at(text, index, backwards=True)
        if not step:
            break
        index -= step
    return index


def _authority_start(text: str, start: int) -> int:
    prefix = _WEB_PREFIX.match(text, start)
    return prefix.end() if prefix else start


def _authority_end(text: str, start: int) -> int:
    """Where the host and what goes with it (user-info, port) end, read as a browser reads."""
    index = _authority_start(text, start)
    limit = min(len(text), start + MAX_REACH_AFTER)
    while index < limit and text[index] not in _PATH_START:
        if _runs_on(text[index]):
            index += 1
            continue
        step = _break_at(text, index, backwards=False) or _before_at(text, index)
        if not step:
            break
        index += step
    return index


def _before_at(text: str, index: int) -> int:
    """Length of the quotes, spaces or brackets at ``index`` that an "@" follows: a browser
    handed the whole text reads them as user-info ("www.sbisec.co.jp\"@evil.com" and
    "co.jp\t\t@evil.com" open evil.com)."""
    end = index
    while end < len(text) and end - index < _MAX_BEFORE_AT and not _runs_on(text[end]):
        end += 1
    if text.startswith("@", end) or _PORT_THEN_AT.match(text, end):
        return end - index  # (also " :443@evil.com": a port, then the user-info's end)
    if any(char.isspace() for char in text[index:end]):
        return 0  # (a contact address on the next line is another thing: "\nsupport@...")
    # A quote glued to more of the address and then an "@": "co.jp'x@evil.com" opens evil.com.
    at = end
    while at < len(text) and at - end < _MAX_BEFORE_AT and "\x21" <= text[at] <= "\x7e":
        if text[at] in _PATH_START or text[at] in _HARD_STOPS:
            return 0
        if text[at] == "@":
            return end - index
        at += 1
    return 0


def _run_end(text: str, authority_end: int, end: int) -> int:
    """The path after the host runs on over printable ASCII (Japanese glued to it is text)."""
    index = authority_end
    limit = min(len(text), authority_end + MAX_REACH_AFTER)
    while index < limit and "\x21" <= text[index] <= "\x7e" and text[index] not in _HARD_STOPS:
        index += 1
    return max(index, end)


def _starts(text: str, run_start: int, start: int) -> list[int]:
    """The run's start, the link's, and the nearest places before the link where a name
    begins after a character no host holds ("ログイン.com\\" + "www...", "https:" + "www",
    "!" + "ログイン.com") or an ASCII name after Japanese ("こちら" + "evil.com")."""
    cuts = [index for index in range(start - 1, run_start, -1) if _name_begins(text, index)]
    return [run_start, start, *cuts[:MAX_CUTS]]


def _name_begins(text: str, index: int) -> bool:
    char, before = text[index], text[index - 1]
    if not char.isalnum() or before in _HOST_GLUE or INVISIBLE.match(before):
        return False
    return not before.isalnum() or (char.isascii() and not before.isascii())


def _ends(text: str, start: int, end: int, authority_end: int, run_end: int) -> list[int]:
    """The link's end, the run's, and the places inside the host where a name could end in a
    top-level domain before other text ("...ログイン.com" + "からアクセス"): the first and the
    last few, since an app that knows top-level domains takes the longest."""
    cuts = [
        match.end()
        for match in _TLD_LIKE.finditer(text, _authority_start(text, start), authority_end)
        if match.end() != end
    ]
    return [end, run_end, *cuts[:MAX_CUTS], *cuts[MAX_CUTS:][-MAX_CUTS:]]


def _is_host_char(char: str) -> bool:
    return _is_ascii_alnum(char) or char in ".-"


def _hidden(text: str, start: int, end: int) -> bool:
    """Whether an invisible character in ``text[start:end]`` touches a character of the
    address.  "✅\ufe0f" before a link is an emoji, not a trick."""
    for match in INVISIBLE.finditer(text, start, end):
        index = match.start()
        before = text[index - 1] if index > 0 else ""
        after = text[index + 1] if index + 1 < len(text) else ""
        if before and not before.isascii() and _JOINING.match(match.group()):
            continue
        if _is_host_char(before) or _is_host_char(after):
            return True
    return False


def _shown(piece: str) -> str:
    return INVISIBLE.sub("", piece).translate({9: None, 10: None, 13: None})


def surroundings(text: str, start: int, end: int) -> Surroundings:
    """The other readings of the link ``text[start:end]`` and whether hidden characters touch it."""
    run_start = _run_start(text, start)
    authority_end = _authority_end(text, start)
    run_end = _run_end(text, authority_end, end)
    hidden = _hidden(text, run_start, authority_end)
    seen = {strip_trailing(text[start:end])}
    readings = []
    for first in _starts(text, run_start, start):
        for last in _ends(text, start, end, authority_end, run_end):
            piece = strip_trailing(text[first:last])
            if piece in seen or not any(_is_ascii_alnum(c) for c in piece):
                continue
            seen.add(piece)
            shown = _shown(piece)
            readings.append(Reading(shown, with_scheme(shown), has_web_scheme(shown)))
    return Surroundings(tuple(readings), hidden)


def hidden_in_address(url: str) -> bool:
    """Whether an invisible character stands in the host part of a whole URL."""
    return INVISIBLE.search(url) is not None and _hidden(url, 0, _authority_end(url, 0))
