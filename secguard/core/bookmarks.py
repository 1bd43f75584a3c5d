"""Broker bookmarks as plain data: validation and the export format.

A bookmark is how a person should reach their broker (FSA precaution 2), so
it must be an https address with nothing hidden in it: no user name or
password before the host, no control, invisible or bidirectional-override
characters, nothing so long that it cannot be read.  Addresses are kept in
one spelling (lower-case host in ASCII, no default port, no trailing dot, a
path of at least "/"), so that two spellings of one site are one bookmark.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from secguard.core.errors import SecguardError
from secguard.core.untrusted_json import UntrustedJsonError, parse_untrusted_json

if TYPE_CHECKING:
    from secguard.core.brokers import Broker

MAX_URL_LENGTH = 2048
MAX_LABEL_LENGTH = 100
MAX_IMPORT_BYTES = 512 * 1024
EXPORT_FORMAT = "secguard-bookmarks"
EXPORT_VERSION = 1

# Characters that show nothing, or move text, where the person reads the
# name or address: controls (Cc, ANSI escapes among them), format characters
# (Cf: zero-width space, byte-order mark, soft hyphen, the bidirectional
# controls that make "moc.lanigiro//:sptth" read as something else), line and
# paragraph separators (U+2028, U+2029), surrogates, private-use and
# unassigned code points.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
# The broker directory's ids; the same rule for `--broker`, imports and stored records.
BROKER_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
HTTPS_DEFAULT_PORT = 443


_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+-]*):(?!\d)")


class InvalidBookmark(SecguardError):
    message_id = "bookmark.invalid"


@dataclass(frozen=True)
class EntryProblem:
    """What is wrong with one entry of an import file (numbered from 1)."""

    number: int
    message_id: str
    params: Mapping[str, str] = field(default_factory=dict)


class InvalidBookmarkFile(SecguardError):
    """An import file that cannot be used; ``errors`` lists every problem found."""

    message_id = "bookmark.file_invalid"

    def __init__(
        self, message_id: str | None = None, errors: Sequence[EntryProblem] = (), **params: str
    ) -> None:
        super().__init__(message_id, **params)
        self.errors = list(errors)


@dataclass(frozen=True)
class Bookmark:
    """One stored bookmark.  ``id`` is assigned by storage; 0 means not stored yet."""

    url: str
    label: str
    broker_id: str | None = None
    id: int = 0
    created: str = ""
    updated: str = ""


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _has_hidden_characters(text: str) -> bool:
    return any(unicodedata.category(ch) in _HIDDEN_CATEGORIES for ch in text)


def check_broker_id(broker_id: str | None) -> None:
    """``InvalidBookmark`` unless ``broker_id`` is None or looks like a directory id."""
    if broker_id is not None and not BROKER_ID_PATTERN.match(broker_id):
        raise InvalidBookmark("bookmark.broker_id_invalid")


def normalise_url(text: str) -> str:
    """The https URL to store for ``text``, or ``InvalidBookmark`` saying why not.

    A bare host ("www.sbisec.co.jp") gets ``https://``; ``http://`` is refused
    rather than silently upgraded, so the person sees what they typed was unsafe.
    """
    candidate = text.strip()
    if not candidate:
        raise InvalidBookmark("bookmark.url_empty")
    if len(candidate) > MAX_URL_LENGTH:
        raise InvalidBookmark("bookmark.url_too_long", limit=str(MAX_URL_LENGTH))
    if _has_hidden_characters(candidate):
        raise InvalidBookmark("bookmark.url_control_characters")
    if "://" not in candidate:
        scheme = _SCHEME.match(candidate)
        if scheme:  # "javascript:...", "mailto:..."; a host has a dot before its colon
            raise InvalidBookmark("bookmark.url_not_https", scheme=scheme.group(1))
        candidate = "https://" + candidate
    try:
        parts = urlsplit(candidate)
        port = parts.port
    except ValueError as exc:
        raise InvalidBookmark("bookmark.url_malformed") from exc
    if parts.scheme.lower() != "https":
        raise InvalidBookmark("bookmark.url_not_https", scheme=parts.scheme)
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise InvalidBookmark("bookmark.url_has_credentials")
    host = (parts.hostname or "").rstrip(".")
    if not host or " " in host:
        raise InvalidBookmark("bookmark.url_no_host")
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise InvalidBookmark("bookmark.url_bad_host") from exc
    if "." not in ascii_host and ascii_host != "localhost":
        raise InvalidBookmark("bookmark.url_bad_host")
    shown_port = port if port not in {None, HTTPS_DEFAULT_PORT} else None
    netloc = ascii_host.lower() + (f":{shown_port}" if shown_port is not None else "")
    return urlunsplit(("https", netloc, parts.path or "/", parts.query, parts.fragment))


def normalise_label(label: str | None, url: str) -> str:
    text = (label or "").strip()
    if _has_hidden_characters(text):
        raise InvalidBookmark("bookmark.label_control_characters")
    if len(text) > MAX_LABEL_LENGTH:
        raise InvalidBookmark("bookmark.label_too_long", limit=str(MAX_LABEL_LENGTH))
    return text or (urlsplit(url).hostname or url)


def new_bookmark(url: str, label: str | None = None, broker_id: str | None = None) -> Bookmark:
    clean_url = normalise_url(url)
    check_broker_id(broker_id or None)
    stamp = now_iso()
    return Bookmark(
        url=clean_url,
        label=normalise_label(label, clean_url),
        broker_id=broker_id or None,
        created=stamp,
        updated=stamp,
    )


def address_key(url: str) -> str:
    """What two bookmarks share when they are the same site: the address in one spelling.

    Stored bookmarks were normalised when added, perhaps by an older
    secguard with fewer rules (":443" was kept once), so they are normalised
    again before comparing; one that no longer passes is compared as it is.
    """
    try:
        return normalise_url(url)
    except InvalidBookmark:
        return url


def not_yet_stored(
    incoming: Iterable[Bookmark], stored_urls: Iterable[str]
) -> tuple[list[Bookmark], int]:
    """The bookmarks whose address is neither stored nor earlier in ``incoming``,
    and how many were left out for that reason."""
    seen = {address_key(url) for url in stored_urls}
    fresh: list[Bookmark] = []
    skipped = 0
    for bookmark in incoming:
        key = address_key(bookmark.url)
        if key in seen:
            skipped += 1
            continue
        seen.add(key)
        fresh.append(bookmark)
    return fresh, skipped


def export_bookmarks(bookmarks: Iterable[Bookmark]) -> str:
    """The JSON text of an export file: addresses and labels only, no secrets."""
    payload = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "bookmarks": [
            {"url": b.url, "label": b.label, "broker_id": b.broker_id} for b in bookmarks
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def parse_export(data: bytes) -> list[Bookmark]:
    """Every bookmark of an export file, or ``InvalidBookmarkFile`` listing all problems.

    All entries are validated before any is returned, so an import is all or nothing.
    """
    if len(data) > MAX_IMPORT_BYTES:
        raise InvalidBookmarkFile("bookmark.file_too_large", limit=str(MAX_IMPORT_BYTES // 1024))
    try:
        payload: Any = parse_untrusted_json(data, max_bytes=MAX_IMPORT_BYTES)
    except UntrustedJsonError as exc:
        raise InvalidBookmarkFile("bookmark.file_not_json") from exc
    if not isinstance(payload, dict) or payload.get("format") != EXPORT_FORMAT:
        raise InvalidBookmarkFile("bookmark.file_wrong_format")
    if payload.get("version") != EXPORT_VERSION:
        raise InvalidBookmarkFile(
            "bookmark.file_wrong_version", version=str(payload.get("version"))
        )
    entries = payload.get("bookmarks")
    if not isinstance(entries, list):
        raise InvalidBookmarkFile("bookmark.file_wrong_format")
    bookmarks: list[Bookmark] = []
    errors: list[EntryProblem] = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
            errors.append(EntryProblem(number, "bookmark.entry_malformed"))
            continue
        label = entry.get("label")
        broker_id = entry.get("broker_id")
        if not isinstance(label, str | None) or not isinstance(broker_id, str | None):
            errors.append(EntryProblem(number, "bookmark.entry_malformed"))
            continue
        try:
            bookmarks.append(new_bookmark(entry["url"], label, broker_id))
        except InvalidBookmark as exc:
            errors.append(EntryProblem(number, exc.message_id, exc.params))
    if errors:
        raise InvalidBookmarkFile("bookmark.file_has_errors", errors=errors, count=str(len(errors)))
    return bookmarks


def address_for(broker: Broker, bookmarks: Iterable[Bookmark]) -> str:
    """The address secguard offers for ``broker``: the person's own bookmark for it,
    else the directory's entry page.  Never an address from a message."""
    own = next((b.url for b in bookmarks if b.broker_id == broker.id), None)
    return own or broker.entry_url
