"""A saved e-mail read into what the judge needs: its sender headers, its text and its links.

Only text parts are decoded; an attachment (a 10 MB PDF) is skipped without
being decoded.  HTML is read with ``html.parser`` as text: no image, style
sheet or script is loaded or run.  Malformed headers are read as far as they
go (the ``email`` package records them as defects) and never stop the rest.
"""

from __future__ import annotations

import base64
import binascii
import email.errors
import email.policy
import itertools
import re
from dataclasses import dataclass
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

from secguard.core.errors import SecguardError

MAX_MAIL_BYTES = 25 * 1024 * 1024  # the largest message common mail providers accept
MAX_TEXT_PART_CHARS = 1_000_000  # more text than any real message; the judge reads 200,000
# One header field, with its folded lines: a long References or DKIM-Signature is a few KB.
# Python's parser of encoded words takes quadratic time (a 230 KB Subject: 7 s, 1 GB).
MAX_HEADER_FIELD_BYTES = 32 * 1024
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_FIELD_START = re.compile(rb"(?m)^(?![ \t])")
# Headers nearly every message carries: a file with none of them is not an e-mail.
_MAIL_HEADERS = (
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "received",
    "return-path",
    "mime-version",
    "authentication-results",
)
# Exceptions the email package's header parser is known to raise on hostile input
# instead of recording a defect.
_HEADER_ERRORS = (
    email.errors.MessageError,
    ValueError,
    IndexError,
    TypeError,
    AttributeError,
    LookupError,
)
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt footer form h1 h2 h3 h4 h5 h6 header "
    "hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_HIDDEN_TAGS = frozenset("head script style template noscript title".split())
_BASE64_DEFECTS = (
    email.errors.InvalidBase64CharactersDefect,
    email.errors.InvalidBase64PaddingDefect,
    email.errors.InvalidBase64LengthDefect,
)
_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/=]")
_PADDING = re.compile(r"=+")
# <meta http-equiv="refresh" content="0; url=https://...">: where a browser goes by itself.
_REFRESH_URL = re.compile(r"(?i)^\s*[0-9.]*\s*[;,]?\s*(?:url\s*=\s*)?['\"]?([^'\"]+)")


_FOLDING = re.compile(r"[ \t\r\n]+")  # header folding, not the ideographic space of Japanese


class InvalidMail(SecguardError):
    """The file cannot be judged as an e-mail: too large, unreadable or not an e-mail."""

    message_id = "mail.not_email"


@dataclass(frozen=True)
class Anchor:
    """An HTML link: where it really goes and the words the reader sees."""

    href: str
    text: str


@dataclass(frozen=True)
class MailContent:
    from_name: str
    from_address: str
    reply_to: tuple[str, ...]
    other_senders: tuple[str, ...]  # the addresses of a second From header or a From list
    return_path: str
    authentication_results: tuple[str, ...]  # topmost first, as the headers stand
    subject: str
    texts: tuple[str, ...]  # every text part, and the visible text of every HTML part
    anchors: tuple[Anchor, ...]
    malformed: bool  # the email package found defects in headers or structure


def domain_of(address: str) -> str:
    """The domain of ``name@domain``, lower case, without brackets and a final dot."""
    _local, at, domain = address.strip().strip("<>").rpartition("@")
    return domain.strip().strip("[]").rstrip(".").lower() if at else ""


_STRIPPED = str.maketrans("", "", "\t\n\r")
_HAS_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def browser_href(href: str, base: str) -> str:
    """Where a mail reader's browser goes for ``href``: without the tabs and line breaks a
    browser drops (``ht&#9;tps://``), ``//host`` on https, a relative address against the
    page's ``<base href>``.  A relative address without a base goes to no site."""
    href = href.translate(_STRIPPED).strip()
    if href.startswith(("//", "\\\\")):
        return "https:" + href
    if base and not _HAS_SCHEME.match(href):
        return urljoin(base, href)
    return href


class _HtmlText(HTMLParser):
    """The visible text of an HTML part and every ``<a href>`` with the text it shows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.anchors: list[Anchor] = []
        self._hidden = 0
        self._href: str | None = None
        self._anchor_text: list[str] = []
        self._base = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("area", "form", "meta"):
            self._other_link(tag, dict(attrs))
        if tag in _HIDDEN_TAGS:
            self._hidden += 1
        elif tag in _BLOCK_TAGS:
            self.chunks.append("\n")
        elif tag == "base" and not self._base:
            self._base = browser_href(dict(attrs).get("href") or "", "")
        elif tag == "a":
            self._close_anchor()
            href = dict(attrs).get("href")
            self._href = browser_href(href, self._base) if href is not None else None
            self._anchor_text = []
        elif tag == "img":
            # The words of a picture link ("alt") are what a reader sees while it loads.
            alt = dict(attrs).get("alt")
            if alt and self._href is not None:
                self._anchor_text.append(alt)

    def _other_link(self, tag: str, attrs: dict[str, str | None]) -> None:
        """Where else a click or the page itself takes the reader: a region of a picture
        (``<area href>``), a form's "send" (``<form action>``: a kit asking for the password
        in the mail itself) and ``<meta http-equiv=refresh>``."""
        if tag == "area" and attrs.get("href") is not None:
            self.anchors.append(
                Anchor(browser_href(attrs["href"] or "", self._base), attrs.get("alt") or "")
            )
        elif tag == "form" and attrs.get("action"):
            self.anchors.append(Anchor(browser_href(attrs["action"] or "", self._base), ""))
        elif tag == "meta" and (attrs.get("http-equiv") or "").strip().lower() == "refresh":
            found = _REFRESH_URL.match(attrs.get("content") or "")
            if found and found.group(1).strip():
                self.anchors.append(Anchor(browser_href(found.group(1), self._base), ""))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.chunks.append("\n")
        if tag in ("img", "area", "meta", "form", "base"):
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "a":
            self._close_anchor()
        elif tag in _BLOCK_TAGS:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        self.chunks.append(data)
        if self._href is not None:
            self._anchor_text.append(data)

    def _close_anchor(self) -> None:
        if self._href is not None:
            text = " ".join("".join(self._anchor_text).split())
            self.anchors.append(Anchor(self._href, text))
            self.chunks.append("\n")
        self._href = None
        self._anchor_text = []

    def close(self) -> None:
        super().close()
        self._close_anchor()


def _html_text(html: str) -> tuple[str, list[Anchor]]:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    return "".join(parser.chunks), parser.anchors


def _header(message: Message, name: str) -> list[str]:
    """Every value of header ``name`` as text; a value the parser chokes on is skipped."""
    try:
        return [str(value) for value in message.get_all(name) or []]
    except _HEADER_ERRORS:
        # The parsed form failed: the value as written, still better than nothing.
        wanted = name.lower()
        return [str(v) for k, v in message.raw_items() if k.lower() == wanted]


def _lenient_base64(encoded: str) -> list[bytes]:
    """Damaged base64 read as forgiving mail readers read it, both ways: as one stream
    that skips stray characters and restarts after padding in the middle, and line by
    line (a stray character on one line spoils only that line).  Python's reader stops
    at the first padding and gives a length it cannot use back undecoded, so a link
    after the damage was never judged."""

    def decoded(text: str) -> bytes:
        pieces = []
        for piece in _PADDING.split(_NOT_BASE64.sub("", text)):
            usable = piece[: len(piece) - 1] if len(piece) % 4 == 1 else piece
            if usable:
                try:
                    pieces.append(base64.b64decode(usable + "=" * (-len(usable) % 4)))
                except (binascii.Error, ValueError):
                    continue
        return b"".join(pieces)

    return [decoded(encoded), b"".join(decoded(line) for line in encoded.splitlines())]


def _payloads(part: Message) -> list[bytes]:
    """The decoded bytes of a part: one reading, or two where its base64 is damaged."""
    try:
        payload = part.get_payload(decode=True)
    except _HEADER_ERRORS:
        return []
    if not isinstance(payload, bytes):
        return []
    if any(isinstance(defect, _BASE64_DEFECTS) for defect in part.defects):
        raw = part.get_payload(decode=False)
        if isinstance(raw, str):
            return _lenient_base64(raw[: MAX_TEXT_PART_CHARS * 8])
    return [payload]


def _part_texts(part: Message) -> list[str]:
    return [_decoded_text(part, payload) for payload in _payloads(part)]


def _decoded_text(part: Message, payload: bytes) -> str:
    """The text of ``payload``; an unknown or wrong charset is read as UTF-8."""
    payload = payload[: MAX_TEXT_PART_CHARS * 4]
    charset = part.get_content_charset() or "us-ascii"
    try:
        text = payload.decode(charset, errors="replace")
    except (LookupError, ValueError):  # (charset="idna" raises UnicodeError even so)
        text = payload.decode("utf-8", errors="replace")
    return text[:MAX_TEXT_PART_CHARS]


def _is_attachment(part: Message) -> bool:
    try:
        disposition = part.get_content_disposition()
    except _HEADER_ERRORS:
        return False
    return disposition == "attachment"


def _bodies(message: Message) -> tuple[list[str], list[Anchor]]:
    texts: list[str] = []
    anchors: list[Anchor] = []
    seen: set[Anchor] = set()
    for part in message.walk():
        if part.is_multipart():
            continue
        content_type = part.get_content_type()
        if content_type not in ("text/plain", "text/html") or _is_attachment(part):
            continue  # pictures, PDFs, archives: never decoded
        readings = _part_texts(part)
        for reading in readings:
            if content_type != "text/html":
                texts.append(reading)
                continue
            text, found = _html_text(reading)
            texts.append(text)
            # (Two readings of a damaged part find most links twice.)
            anchors += found if len(readings) == 1 else [a for a in found if a not in seen]
            seen.update(found)
    return texts, anchors


def _defects(message: Message) -> bool:
    return any(part.defects for part in message.walk())


def _looks_like_mail(message: Message, data: bytes) -> bool:
    end = _HEADER_END.search(data, 0, 4096)
    if b"\x00" in data[: end.start() if end else 4096]:
        # A picture, an archive, a program.  (Only the headers are looked at: a NUL in a
        # body, which the sender writes, must not make the mail escape its verdict.)
        return False
    names = {name.lower() for name in message}
    return any(name in names for name in _MAIL_HEADERS)


def _addresses(values: list[str]) -> list[tuple[str, str]]:
    """Every (display name, address) in header ``values``; each value alone where the list
    parser chokes."""
    try:
        return getaddresses(values)
    except _HEADER_ERRORS:
        return [parseaddr(value) for value in values]


def _first_address(values: list[str]) -> tuple[str, str]:
    """The display name and address of the first sender in ``values``."""
    if not values:
        return "", ""
    pairs = _addresses(values)
    for name, address in pairs:
        if address:
            return name.strip(), address.strip()
    return (pairs[0][0].strip() if pairs else ""), ""


def read_mail(data: bytes) -> MailContent:
    """What ``data`` (a whole .eml file) says; InvalidMail if it is not an e-mail."""
    try:
        return _read_mail(data)
    except RecursionError:
        # Parts, messages or comments nested thousands deep (the email package reads them
        # recursively): no mail a person receives is built so.
        raise InvalidMail("mail.not_email") from None


def _capped_headers(data: bytes) -> tuple[bytes, bool]:
    """``data`` with every header field cut to MAX_HEADER_FIELD_BYTES, and whether one was."""
    end = _HEADER_END.search(data)
    head, rest = (data[: end.start()], data[end.start() :]) if end else (data, b"")
    if len(head) <= MAX_HEADER_FIELD_BYTES:
        return data, False
    starts = [match.start() for match in _FIELD_START.finditer(head)] + [len(head)]
    fields = [head[a:b] for a, b in itertools.pairwise(starts) if b > a]
    if all(len(field) <= MAX_HEADER_FIELD_BYTES for field in fields):
        return data, False
    capped = [field[:MAX_HEADER_FIELD_BYTES].rstrip(b"\r\n") + b"\r\n" for field in fields]
    return b"".join(capped).rstrip(b"\r\n") + rest, True


def _read_mail(data: bytes) -> MailContent:
    if len(data) > MAX_MAIL_BYTES:
        raise InvalidMail("mail.too_large", megabytes=str(MAX_MAIL_BYTES // (1024 * 1024)))
    data, cut = _capped_headers(data.removeprefix(b"\xef\xbb\xbf"))  # (a Windows tool's BOM)
    message = BytesParser(policy=email.policy.default).parsebytes(data)
    if not _looks_like_mail(message, data):
        raise InvalidMail("mail.not_email")
    senders = _header_decoded(message, "From")
    from_name, from_address = _first_address(senders)
    other_senders = tuple(
        dict.fromkeys(a for _n, a in _addresses(senders) if a and a != from_address)
    )
    if from_name == "" and from_address == "":
        from_name = " ".join(_header_decoded(message, "From"))
    reply_to = tuple(a for _n, a in _addresses(_header_decoded(message, "Reply-To")) if a)
    return_paths = _header(message, "Return-Path")
    texts, anchors = _bodies(message)
    return MailContent(
        from_name=from_name,
        from_address=from_address,
        reply_to=reply_to,
        other_senders=other_senders,
        return_path=parseaddr(return_paths[0])[1] if return_paths else "",
        authentication_results=tuple(_header(message, "Authentication-Results")),
        subject=" ".join(_header_decoded(message, "Subject")),
        texts=tuple(texts),
        anchors=tuple(anchors),
        malformed=cut or _defects(message),
    )


def _header_decoded(message: Message, name: str) -> list[str]:
    """Header values as one line each (the policy has decoded =?ISO-2022-JP?B?...?= words)."""
    return [_FOLDING.sub(" ", value).strip() for value in _header(message, name)]


def read_mail_file(path: str | Path) -> MailContent:
    """The e-mail in the file at ``path``: read once, never copied or written."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if not file.is_file():
            raise InvalidMail("mail.not_email")
        if size > MAX_MAIL_BYTES:
            raise InvalidMail("mail.too_large", megabytes=str(MAX_MAIL_BYTES // (1024 * 1024)))
        with file.open("rb") as stream:
            data = stream.read(MAX_MAIL_BYTES + 1)
    except OSError:
        raise InvalidMail("mail.unreadable", name=file.name) from None
    return read_mail(data)
