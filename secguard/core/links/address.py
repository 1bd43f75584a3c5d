"""The address a browser would open for a piece of text, as the browser reads it.

The host the judge decides on must be the host a browser goes to, so every
candidate is parsed by a WHATWG-conformant URL parser (ada, the one Node.js
uses) instead of ``urllib.parse``, which is not WHATWG and reads
``https://evil.com\\@www.sbisec.co.jp/`` as a visit to sbisec.  ada applies
what browsers apply: it strips tab and newline anywhere, reads a backslash
as a slash, accepts ``https:host`` and ``https:\\\\host``, decodes
percent-encoded host bytes (``%2e``, ``%E3%80%82``), maps the ideographic
full stops 。｡． to dots, drops invisible characters (U+200B, U+00AD,
U+FEFF...) through UTS-46 and turns the host into punycode.  What it does
not do, and this module adds: the DNS limits (a label of at most 63
characters, a host of at most 253), which the WHATWG parser leaves to the
resolver, and a bound on the text it is given (a 1 MB label must not reach
punycode, whose cost grows with the square of the label).

Nothing here resolves or fetches anything.
"""

from __future__ import annotations

import enum
import re
from typing import NamedTuple
from urllib.parse import unquote

from ada_url import parse_url

# DNS (RFC 1035): what no resolver, and so no browser, goes beyond.
MAX_HOST_CHARS = 253
MAX_LABEL_CHARS = 63
# The host as written, before mapping: generous enough for a 253-character
# host padded with the invisible characters UTS-46 removes, small enough that
# the parser's IDNA work stays trivial.  Longer is "too long" without parsing.
MAX_AUTHORITY_TEXT = 1024

# Each attribute read costs a call into the parser: the canonical serialisation
# (href) is read once and cut here instead.
_ATTRIBUTES = ("href",)
# scheme, slashes or backslashes, then the authority (user-info, host, port).
_AUTHORITY = re.compile(r"[a-z][a-z0-9+.-]*:[/\\\t\n\r]*([^/?#\\]*)", re.IGNORECASE)
_WEB_SCHEME = re.compile(r"(?i)https?:")
# The parser's canonical form: scheme://[user-info@]host[:port][/path][?query][#fragment]
_CANONICAL = re.compile(r"([^:/?#]+)://(?:([^/?#]*)@)?([^/?#]*)([^?#]*)(?:\?([^#]*))?")


class Unreadable(enum.Enum):
    MALFORMED = "malformed"  # the parser refuses it: a browser would search for the text instead
    TOO_LONG = "too_long"  # longer than any address DNS can resolve


class Address(NamedTuple):  # (a tuple: built for every link judged, twice as fast)
    scheme: str  # "https"
    host: str  # ASCII (punycode), lower case, no trailing dot; "[::1]" for IPv6
    port: int | None  # None for the scheme's default port
    username: str
    password: str
    path: str  # percent-decoded, for reading
    query: str  # without the "?", percent-decoded
    is_ip: bool
    has_userinfo: bool  # an "@" before the host, even with nothing before it


def has_web_scheme(text: str) -> bool:
    return _WEB_SCHEME.match(text) is not None


def with_scheme(text: str) -> str:
    """What a browser's address bar makes of ``text``: http:// added unless it has a web scheme.

    ``www.sbisec.co.jp:443@evil.com`` would otherwise parse as the scheme
    "www.sbisec.co.jp"; an address bar treats it as a host and adds http://.
    """
    return text if has_web_scheme(text) else "http://" + text


def read_address(url: str) -> Address | Unreadable:
    """The address a browser opens for ``url`` (which carries its scheme), or why it opens none."""
    written = _written_authority(url)
    if isinstance(written, Unreadable):
        return written
    try:
        href = str(parse_url(url, attributes=_ATTRIBUTES)["href"])
    except ValueError:
        return Unreadable.MALFORMED
    return _from_href(href, has_userinfo="@" in written)


def _written_authority(url: str) -> str | Unreadable:
    """The authority as written, for its length and for an "@" the parser drops when nothing
    stands before it ("https://@host/"); only read when either could matter."""
    if len(url) <= MAX_AUTHORITY_TEXT and "@" not in url:
        return ""
    authority = _AUTHORITY.match(url)
    if authority is None:
        return Unreadable.MALFORMED
    if len(authority.group(1)) > MAX_AUTHORITY_TEXT:
        return Unreadable.TOO_LONG
    return authority.group(1)


def _from_href(href: str, *, has_userinfo: bool) -> Address | Unreadable:
    """The parts of the parser's canonical serialisation (one call into it, not one per part)."""
    parts = _CANONICAL.match(href)
    if parts is None:
        return Unreadable.MALFORMED  # no host: "abc:def", not a web address
    scheme, userinfo, host_and_port, path, query = parts.groups(default="")
    host, port = _host_and_port(host_and_port)
    if not host:
        return Unreadable.MALFORMED
    # The parser turns every IPv4 form (3232235777, 0xC0A80001) into dotted decimal, and
    # a host whose last label is a number is IPv4 or nothing (WHATWG "ends in a number").
    is_ip = host.startswith("[") or host.rpartition(".")[2].isdigit()
    if not is_ip and not within_dns_limits(host):
        return Unreadable.TOO_LONG
    username, _, password = userinfo.partition(":")
    return Address(
        scheme=scheme,
        host=host,
        port=int(port) if port else None,
        username=_decoded(username),
        password=_decoded(password),
        path=_decoded(path),
        query=_decoded(query),
        is_ip=is_ip,
        has_userinfo=has_userinfo,
    )


def _host_and_port(text: str) -> tuple[str, str]:
    """ "host:port" or "[v6]:port" of a canonical URL; the host without its trailing dot."""
    if text.startswith("["):
        host, _, port = text.partition("]")
        return host + "]", port.removeprefix(":")
    host, _, port = text.partition(":")
    # (A scheme other than http/https keeps the host's case: browsers compare it lower.)
    return host.rstrip(".").lower(), port


def _decoded(component: str) -> str:
    return unquote(component) if "%" in component else component


def within_dns_limits(host: str) -> bool:
    return len(host) <= MAX_HOST_CHARS and all(
        len(label) <= MAX_LABEL_CHARS for label in host.split(".")
    )
