"""Finding every link in whatever a person pastes: one URL, a whole SMS or e-mail.

Handles full-width characters (NFKC), links without a scheme or with the
forms browsers accept (``https:host``, ``https:\\host``), defanged forms
(``hxxps://``, ``ttps://``, ``[.]``, ``(dot)``), and Japanese text glued to
a link ("https://example.com/にログイン").  Each link is cut the way most
message apps cut it, and carries the other cuts a browser could be handed
(``readings``).  Nothing is fetched.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote

from secguard.core.links.readings import Reading, strip_trailing, surroundings

# A 1 MB paste is cut here (about 200,000 characters of text are far more
# than any message) and at this many links; the result says it was cut.
MAX_TEXT_CHARS = 200_000
MAX_LINKS = 500

_DEFANG_SCHEME = re.compile(r"(?i)\b(?:h(?:xx|\*\*|tt)ps?|ttps?|hxxp|h\*\*p)(?=\[?:\]?//)")
_DEFANG_BRACKETS = re.compile(r"(?i)[\[({]\s*(?:\.|dot)\s*[\])}]")
_DEFANG_COLON = re.compile(r"\[:\]")
_IDEOGRAPHIC_DOT = re.compile(r"(?<=[A-Za-z0-9])[\u3002\uff61](?=[A-Za-z0-9])")

_STOP = "\\s<>\"'`「」『』【】〔〕（）〈〉《》、。，｡\u3000"
# scheme://host[:port][path]; the host may be an IDN, the path stops at the
# first non-ASCII character (Japanese text glued to the link).  Browsers also
# open http(s) with any number of slashes or backslashes, or none before a name.
# Japanese glued before the scheme ("こちらhttps://...") does not hide it.
_WITH_SCHEME = re.compile(
    r"(?i)(?<![a-z0-9+.\-])(?:https?:(?:[/\\]+|(?=[a-z0-9][a-z0-9-]*\.))|[a-z][a-z0-9+.-]{1,15}://)"
    rf"(?P<rest>[^{_STOP}/?#\\]+(?:[/?#\\][\x21-\x7e]*)?)"
)
# Japanese text glued to the end of a host ("https://www.sbisec.co.jpにログイン"):
# most apps end the link there; the reading that runs on is kept among the others.
_GLUED_JAPANESE = re.compile(
    r"(?<=[A-Za-z0-9])[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]"
)
# host.tld[/path], ASCII only, not part of an e-mail address, a longer word or
# a percent-encoded host ("...co.jp%2eevil.com" is one host to a browser).
_BARE_DOMAIN = re.compile(
    r"(?i)(?<![a-z0-9_@.\-/%])(?P<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:xn--[a-z0-9-]{2,59}|[a-z]{2,63}))"
    r"(?![a-z0-9_\-@])(?P<tail>(?::\d{1,5})?(?:[/?#][\x21-\x7e]*)?)"
)


@dataclass(frozen=True)
class FoundLink:
    url: str  # normalised: NFKC, defanged, a scheme added where there was none
    raw: str  # as it appeared in the pasted text (after NFKC)
    had_scheme: bool
    disguised: bool  # NFKC changed letters other than full-width ASCII (e.g. 𝐬𝐛𝐢)
    hidden: bool = False  # an invisible character inside or glued to the address
    readings: tuple[Reading, ...] = ()  # other cuts of the text a browser could be handed


@dataclass(frozen=True)
class Extraction:
    links: tuple[FoundLink, ...]
    text: str  # the normalised text, for the message-context checks
    truncated: bool


def _is_benign_fold(char: str) -> bool:
    # Full-width ASCII and the ideographic space are everyday Japanese typing.
    return "\uff01" <= char <= "\uff5e" or char == "\u3000"


# Characters NFKC turns into an address's delimiters (／ into /, ？ into ?, ＃ ＼ ⁇ ...).  A
# browser does not: in "https://www.sbisec.co.jp／@evil.com/" the ／ is part of the user-info
# and the host is evil.com.  They are kept as the browser keeps them, percent-encoded, except
# in a scheme's "：／／" and in an address whose scheme is written in full width
# (ｈｔｔｐｓ：／／...): no browser opens that, a reader retypes it.
_COMPAT_DELIMITERS = re.compile(
    "(?P<scheme>[hH\uff48\uff28][tT\uff54\uff34]{2}[pP\uff50\uff30][sS\uff53\uff33]?"
    "[:\uff1a][/\\\\\uff0f\uff3c]+)"
    "|[\u2047\u2048\u2049\u2100\u2101\u2105\u2106\ufe16\ufe56\ufe5f\ufe68"
    "\uff03\uff0f\uff1f\uff3c]"
)
_FULL_WIDTH_SCHEME = re.compile("[\uff28\uff48][\uff34\uff54]{2}[\uff30\uff50]")
_RUN_BREAK = re.compile(r"\s")


def _keep_delimiters(text: str) -> str:
    """``text`` with those characters percent-encoded where a browser would keep them
    (one pass: a hostile paste of 200,000 of them stays linear)."""
    breaks = [match.end() for match in _RUN_BREAK.finditer(text)]
    schemes = [match.start() for match in _FULL_WIDTH_SCHEME.finditer(text)]
    out: list[str] = []
    done = next_break = next_scheme = 0
    run_start, scheme_in_run = 0, False
    for match in _COMPAT_DELIMITERS.finditer(text):
        at = match.start()
        while next_break < len(breaks) and breaks[next_break] <= at:
            run_start, scheme_in_run = breaks[next_break], False
            next_break += 1
        while next_scheme < len(schemes) and schemes[next_scheme] < at:
            scheme_in_run = scheme_in_run or schemes[next_scheme] >= run_start
            next_scheme += 1
        if match.group("scheme") or scheme_in_run:
            continue
        out += (text[done:at], quote(match.group(0), safe=""))
        done = match.end()
    out.append(text[done:])
    return "".join(out)


def _normalise(text: str) -> tuple[str, bool]:
    kept = text if text.isascii() else _keep_delimiters(text)
    folded = unicodedata.normalize("NFKC", kept)
    if folded == text:
        return text, False
    return folded, any(_folds_to_ascii_letter(ch) for ch in text if not ch.isascii())


def _folds_to_ascii_letter(char: str) -> bool:
    """𝐬 (mathematical bold s) and similar: NFKC makes them ASCII, the eye reads a letter."""
    if _is_benign_fold(char):
        return False
    folded = unicodedata.normalize("NFKC", char)
    return folded != char and folded.isascii() and folded.isalnum()


def _defang(text: str) -> str:
    text = _DEFANG_SCHEME.sub(
        lambda m: "https" if m.group(0).lower().endswith("s") else "http", text
    )
    text = _DEFANG_BRACKETS.sub(".", text)
    text = _DEFANG_COLON.sub(":", text)
    return _IDEOGRAPHIC_DOT.sub(".", text)


_PLAIN_URL = re.compile(r"https?://[!#-'*-;=?-~]+", re.ASCII)
_DEFANG_MARKS = re.compile(r"\[|\(|\{|hxxp|ttps?://", re.IGNORECASE)


def _single_plain_url(text: str) -> FoundLink | None:
    """The common case, one ordinary URL and nothing else, without the general machinery."""
    if not text.isascii() or len(text) > 2048 or not _PLAIN_URL.fullmatch(text):
        return None
    if _DEFANG_MARKS.search(text[8:]) or "\\" in text:
        return None
    url = strip_trailing(text)
    return FoundLink(url, url, True, False)


# An address whose path goes on in Japanese ("https://ja.wikipedia.org/wiki/楽天証券"), as an
# address bar shows it, with nothing else around it.
_SENTENCE_MARKS = frozenset("<>\"'`「」『』【】〔〕（）〈〉《》、。，｡")
_PATH_START_AFTER_HOST = re.compile(r"(?i)https?://[^/?#\\]+[/?#]")


def _whole_address(clean: str) -> str | None:
    """The pasted text when it is one address whose path goes on in Japanese, with no space
    or Japanese punctuation in it: pasted alone, what follows the path is the path (a page
    title), not a message naming a broker.  Japanese glued to the host itself is text."""
    text = clean.strip()
    match = _WITH_SCHEME.match(text)
    if match is None or match.end() == len(text) or text.isascii():
        return None
    if any(char.isspace() or char in _SENTENCE_MARKS for char in text):
        return None
    return text if _PATH_START_AFTER_HOST.match(match.group(0)) else None


def extract_links(text: str) -> Extraction:
    plain = _single_plain_url(text)
    if plain is not None:
        return Extraction((plain,), text, False)
    truncated = len(text) > MAX_TEXT_CHARS
    text = text[:MAX_TEXT_CHARS]
    normalised, disguised_anywhere = _normalise(text)
    clean = _defang(normalised)
    found: list[tuple[int, FoundLink]] = []
    whole = _whole_address(clean)
    if whole is not None:
        disguised = disguised_anywhere and _has_folded(text, whole)
        start = clean.index(whole)
        found.append((start, _found(clean, start, whole, had_scheme=True, disguised=disguised)))
        return _in_order(found, clean, truncated=truncated)
    taken: list[tuple[int, int]] = []
    for match in _WITH_SCHEME.finditer(clean):
        url = _cut_glued_text(match.group(0).replace("\\", "/"))
        start = match.start()
        taken.append((start, start + len(url)))
        if url[:7].lower() == "otpauth":
            continue  # an authenticator's set-up address: a secret, never a link to show
        disguised = disguised_anywhere and _has_folded(text, url)
        found.append((start, _found(clean, start, url, had_scheme=True, disguised=disguised)))
        if len(found) >= MAX_LINKS:
            return _in_order(found, clean, truncated=True)
    for match in _BARE_DOMAIN.finditer(clean):
        start = match.start()
        if any(a <= start < b for a, b in taken):
            continue
        raw = strip_trailing(match.group(0))
        disguised = disguised_anywhere and _has_folded(text, raw)
        found.append((start, _found(clean, start, raw, had_scheme=False, disguised=disguised)))
        if len(found) >= MAX_LINKS:
            return _in_order(found, clean, truncated=True)
    return _in_order(found, clean, truncated=truncated)


def _cut_glued_text(url: str) -> str:
    glued = _GLUED_JAPANESE.search(url)
    return strip_trailing(url[: glued.start()] if glued else url)


def _found(clean: str, start: int, raw: str, *, had_scheme: bool, disguised: bool) -> FoundLink:
    around = surroundings(clean, start, start + len(raw))
    url = raw if had_scheme else "http://" + raw
    return FoundLink(url, raw, had_scheme, disguised, around.hidden, around.readings)


def _in_order(found: list[tuple[int, FoundLink]], clean: str, *, truncated: bool) -> Extraction:
    found.sort(key=lambda item: item[0])
    return Extraction(tuple(link for _start, link in found), clean, truncated)


def _has_folded(original: str, url: str) -> bool:
    """Whether the link's text in ``original`` used letters that only NFKC made ASCII."""
    host_part = url.split("://", 1)[-1].split("/", 1)[0]
    letters = {ch for ch in host_part if ch.isalnum()}
    return any(
        _folds_to_ascii_letter(ch) and unicodedata.normalize("NFKC", ch) in letters
        for ch in original
        if not ch.isascii()
    )
