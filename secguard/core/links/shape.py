"""What makes an address risky, whoever it imitates: small checks, each its reason or None.

Most real phishing hosts carry no brand at all (random domains,
``*.workers.dev``): the shape of the address counts as much as the name.
Every check that fires adds its reason, in the order of the lists below.
A new rule is one function here and one entry in a list.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable

from secguard.core.links import thresholds as limit
from secguard.core.links.address import Address
from secguard.core.links.extract import FoundLink
from secguard.core.links.hosts import (
    JP_ATTRIBUTE_SUFFIXES,
    HostParts,
    common_words,
    pronounceability,
    scripts_of,
)
from secguard.core.links.verdict import Reason
from secguard.core.links.words import BUSINESS_WORDS, LURE_WORDS, MONEY_WORDS, checked_registry

_LOG_IN_PIECES = LURE_WORDS | MONEY_WORDS
_TRADE_SUFFIX_WORDS = frozenset(
    w for w in BUSINESS_WORDS | {"bank", "securities", "capital"} if len(w) >= 4
)

# Shorteners hide the destination; a broker's own mail never needs one.
SHORTENERS = frozenset(
    "bit.ly bitly.com t.co tinyurl.com is.gd v.gd ow.ly buff.ly goo.gl rebrand.ly cutt.ly "
    "t.ly x.gd tiny.cc shorturl.at shorturl.asia rb.gy s.id lnkd.in bit.do soo.gd clck.ru "
    "u.to qr.paps.jp urx.blue urx.red 00m.in onl.bz onl.tw onl.sh xfl.jp amzn.to amzn.asia "
    "forms.gle 1drv.ms".split()
)
# Pages anyone can create on a well-known domain (phishing forms and sites).
USER_CONTENT_HOSTS = frozenset(
    "sites.google.com docs.google.com drive.google.com script.google.com storage.googleapis.com "
    "forms.office.com onedrive.live.com notion.site www.dropbox.com dl.dropboxusercontent.com "
    "ipfs.io gateway.pinata.cloud".split()
)
# Free dynamic-DNS names anyone gets a subdomain of in a minute (ChangeIP's and
# No-IP's free domains; DuckDNS and others are in the Public Suffix List already):
# platforms, like *.workers.dev.
DYNAMIC_DNS = frozenset(
    "2waky.com 3-a.net 4dq.com 4mydomain.com 4pu.com acmetoy.com almostmy.com "
    "americanunfinished.com authorizeddns.net authorizeddns.org authorizeddns.us "
    "dns-dns.com dns04.com dns05.com dnsrd.com dumb1.com dynamic-dns.net dynamicdns.biz "
    "ezua.com fartit.com gettrials.com got-game.org gr8domain.biz gr8name.biz "
    "https443.net https443.org ikwb.com instanthq.com iownyour.biz iownyour.org "
    "isasecret.com itemdb.com itsaol.com jetos.com jkub.com jungleheart.com justdied.com "
    "lflink.com lflinkup.com lflinkup.net lflinkup.org longmusic.com mefound.com "
    "moneyhome.biz mrbasic.com mrbonus.com mrface.com mrslove.com my03.com mydad.info "
    "myddns.com myftp.info mypicture.info mypop3.net mypop3.org mysecondarydns.com "
    "mywww.biz myz.info ninth.biz ns01.biz ns01.info ns01.us ns02.biz ns02.info ns02.us "
    "ocry.com onedumb.com onmypc.biz onmypc.info onmypc.net onmypc.org onmypc.us "
    "organiccrap.com otzo.com ourhobby.com port25.biz proxydns.com qhigh.com qpoe.com "
    "rebatesrule.net sellclassics.com serveuser.com serveusers.com sexidude.com sixth.biz "
    "squirly.info ssl443.org toh.info toythieves.com trickip.net trickip.org vizvaz.com "
    "wha.la wikaba.com www1.biz wwwhost.biz x24hr.com xxuz.com xxxy.biz xxxy.info "
    "ygto.com youdontcare.com yourtrap.com zyns.com zzux.com "
    "ddns.net hopto.org zapto.org sytes.net servehttp.com serveftp.com myftp.biz myftp.org "
    "myvnc.com no-ip.org no-ip.biz no-ip.info redirectme.net servebeer.com serveblog.net "
    "servecounterstrike.com servegame.com servehalflife.com servemp3.com servepics.com "
    "servequake.com viewdns.net webhop.me ddnsking.com 3utilities.com bounceme.net "
    "freedynamicdns.net freedynamicdns.org gotdns.ch hopto.me".split()
)
# Top-level domains most abused for phishing relative to their size (Spamhaus,
# Interisle and APWG reports 2023-2025) and free or near-free registrations.
RISKY_TLDS = frozenset(
    "top xyz cn cc buzz icu shop club online site live vip work sbs cfd bond click link lol "
    "monster rest quest life win cyou tk ml ga cf gq pw su bar best support store fun today "
    "asia info biz ltd rest mom hair skin beauty boats autos homes yachts digital ink xin "
    "loan kim party review trade date racing download stream gdn men accountant cricket "
    "science faith webcam bid ooo zip mov country host website space press fit".split()
)
# Of those, the endings where phishing far outweighs everything else (the same reports,
# and the endings of JPCERT/CC's 2024-2025 broker-phishing reports: cc, top, cn, icu,
# asia, sbs, xyz...): alone they still warn.  The others (info, biz, work, live, shop...)
# carry many small businesses' and people's sites too, and alone are only a note.
MOST_ABUSED_TLDS = frozenset(
    "top xyz cn cc icu asia sbs cfd bond cyou xin pw tk ml ga cf gq monster rest quest buzz "
    "su lol".split()
)
LOGIN_WORDS = tuple(
    "login log-in signin sign-in verify verification secure security account auth update "
    "confirm unlock suspend kyc wallet mypage support member customer service check "
    "safety".split()
)
_CONSONANT_RUN = re.compile(rf"[bcdfghjklmnpqrstvwxz]{{{limit.CONSONANT_RUN},}}")
_DIGIT_GROUPS = re.compile(r"\d+")
# Letters with digits in or after them, the shape of generated phishing
# domains (jsuq5, qck7ff, qcmky6r in JPCERT/CC's 2025 reports); names that
# start with digits (03trade, 4chan, 360buy) are left alone, and so are names
# whose letters hold a word or something pronounceable (w3schools, y2mate,
# office365).
_GENERATED_ALNUM = re.compile(
    rf"^[a-z][a-z0-9]{{{limit.GENERATED_MIN_CHARS - 1},{limit.GENERATED_MAX_CHARS - 1}}}$"
)


# --- helpers ----------------------------------------------------------------------------


def _generated_alnum(label: str) -> bool:
    if not _GENERATED_ALNUM.match(label) or not any(c.isdigit() for c in label):
        return False
    words = common_words()
    return not any(
        piece in words
        or (
            len(piece) >= limit.WORDLIKE_PIECE_MIN_LETTERS
            and pronounceability(piece) > limit.WORDLIKE_PIECE
        )
        for piece in _DIGIT_GROUPS.split(label)
        if len(piece) >= 3
    )


def compound(label: str) -> bool:
    """Whether *label* is common words of four letters or more run together.

    "customerservice" and "securitiesonline" are; "omnidirectionalp" is not.
    """
    words = common_words()
    shortest = limit.COMPOUND_WORD_MIN_CHARS
    # splits[i]: whether label[i:] is such words run together (the end trivially is).
    splits = [False] * len(label) + [True]
    for start in range(len(label) - 1, -1, -1):
        splits[start] = any(
            splits[end] and label[start:end] in words
            for end in range(start + shortest, len(label) + 1)
        )
    return splits[0]


def _random_pair(parts: HostParts) -> bool:
    """Two weak signals together: one random-looking four-letter subdomain on a
    letter-only name that scores low too ("acjl.basiuoyqas.net"), the shape of kits
    that answer on any subdomain.  Either alone is common on real sites (uniqlo,
    tvtokyo; smbc, jftc)."""
    subs = parts.subdomain_labels
    label = parts.label
    # (Attribute-type .jp names are not where throw-away phishing names are bought.)
    if len(subs) != 1 or parts.suffix in JP_ATTRIBUTE_SUFFIXES:
        return False
    sub = subs[0]
    if not (len(sub) == limit.PAIR_SUBDOMAIN_CHARS and sub.isalpha() and sub not in common_words()):
        return False
    if not (len(label) >= limit.PAIR_NAME_MIN_CHARS and label.isalpha() and not compound(label)):
        return False
    return (
        pronounceability(sub) < limit.PAIR_SUBDOMAIN_SCORE
        and pronounceability(label) < limit.PAIR_NAME_SCORE
    )


def _initials(piece: str) -> bool:
    """Five consonants alone are a name's initials (ncdmm, bsmbc), not a kit's
    letters: kits' names are longer or carry digits."""
    return piece.isalpha() and len(piece) <= limit.INITIALS_MAX_CHARS


def _initials_and_a_word(label: str) -> bool:
    """smbcgroup, jfebank: a company's initials and a business word after them."""
    return any(
        label[cut:] in _TRADE_SUFFIX_WORDS and label[:cut].isalpha()
        for cut in range(2, min(limit.INITIALS_MAX_CHARS, len(label) - 4) + 1)
    )


def _random_looking(label: str) -> bool:
    if _generated_alnum(label):
        return True
    if _initials_and_a_word(label):
        return False
    if len(label) < limit.RANDOM_LABEL_MIN_CHARS or label.startswith("xn--"):
        return False
    # Per hyphen-separated piece: "smbc-card" is two words, not "smbcc".
    pieces = label.split("-")
    # A word in it makes the run a join of two words or a word and an abbreviation
    # (smallpdf, appsflyer, nordvpn: 236 of the 417 such names among 25,759 popular sites).
    if any(
        _CONSONANT_RUN.search(piece) and not _initials(piece) and not _holds_word(piece)
        for piece in pieces
    ):
        return True
    if any(
        len(piece) >= limit.RANDOM_WORD_MIN_LETTERS
        and piece.isalpha()
        and pronounceability(piece) < limit.RANDOM_WORD
        for piece in pieces
    ):
        return True
    letters = label.replace("-", "")
    groups = _DIGIT_GROUPS.findall(letters)
    return (
        len(groups) >= limit.DIGIT_GROUPS
        and len(letters) >= limit.DIGIT_GROUPS_MIN_CHARS
        and any(c.isalpha() for c in letters)
    )


# --- the address as written: scheme, user-info, port ---------------------------------------


def _scheme(link: FoundLink, url: Address) -> Reason | None:
    if link.had_scheme and url.scheme == "http":
        return Reason("link.http_not_encrypted")
    if link.had_scheme and url.scheme != "https":
        return Reason("link.unusual_scheme", {"scheme": url.scheme})
    return None


def _userinfo(_link: FoundLink, url: Address) -> Reason | None:
    return Reason("link.userinfo", {"host": url.host}) if url.has_userinfo else None


def _port(_link: FoundLink, url: Address) -> Reason | None:
    if url.port is not None and url.port not in {80, 443}:
        return Reason("link.unusual_port", {"port": str(url.port)})
    return None


ADDRESS_CHECKS: tuple[Callable[[FoundLink, Address], Reason | None], ...] = (
    _scheme,
    _userinfo,
    _port,
)


# --- the host, whatever its ending ----------------------------------------------------------


def _shortener(parts: HostParts) -> Reason | None:
    if parts.registrable in SHORTENERS or parts.host in SHORTENERS:
        return Reason("link.shortener", {"host": parts.host})
    return None


def _user_content(parts: HostParts) -> Reason | None:
    return (
        Reason("link.user_content", {"host": parts.host})
        if parts.host in USER_CONTENT_HOSTS
        else None
    )


def _platform(parts: HostParts) -> Reason | None:
    if parts.platform_suffix and parts.host != parts.platform_suffix:
        # (The platform's own site, sakura.ne.jp or hatenablog.com, is its operator's.)
        return Reason("link.platform", {"platform": parts.platform_suffix})
    if parts.registrable in DYNAMIC_DNS and parts.subdomain_labels:
        return Reason("link.platform", {"platform": parts.registrable})
    return None


def _unknown_tld(parts: HostParts) -> Reason | None:
    return Reason("link.unknown_tld") if parts.suffix is None else None


# --- the host under a real top-level domain -------------------------------------------------


def _risky_tld(parts: HostParts) -> Reason | None:
    if checked_registry(parts.suffix):
        return None  # (gov.cn, edu.cn: names given only to governments and schools)
    tld = (parts.suffix or "").rsplit(".", 1)[-1]
    return Reason("link.risky_tld", {"tld": tld}) if tld in RISKY_TLDS else None


def _odd_name(parts: HostParts) -> Reason | None:
    """The registrant's name itself: foreign letters, only digits, or random-looking."""
    label = parts.label
    if not parts.unicode_host.isascii() or "xn--" in parts.host:
        # The registrant's labels only: ".com" would make every IDN "mixed".
        names = parts.unicode_host[: -len(parts.suffix or "") - 1]
        scripts = scripts_of(names)
        key = "link.mixed_script" if len(scripts) > 1 else "link.idn"
        return Reason(key, {"scripts": ", ".join(sorted(scripts))})
    if label.isdigit() and len(label) >= limit.NUMERIC_NAME_MIN_DIGITS:
        return Reason("link.numeric_label")
    if _random_looking(label) and parts.suffix not in JP_ATTRIBUTE_SUFFIXES:
        # (A co.jp name is a registered company's, often its initials: smbctb.co.jp.)
        return Reason("link.random_label", {"label": label})
    if _random_pair(parts):
        return Reason("link.random_label", {"label": parts.subdomain_labels[0]})
    return None


def _throwaway_place(parts: HostParts) -> bool:
    """Where a kit's generated subdomain stands: the one subdomain of a name not registered
    as a Japanese company's (cf.r.kamihimeproject.dmmgames.com and paypayfleamarket.yahoo
    .co.jp are a company's own services)."""
    return len(parts.subdomain_labels) == 1 and parts.suffix not in JP_ATTRIBUTE_SUFFIXES


def _cut_word_subdomain(parts: HostParts) -> Reason | None:
    """A long word cut to 15-20 letters as a subdomain ("omnidirectionalp",
    "internationaliza"): a phishing kit's generated name, seen across JPCERT/CC's
    2025 broker reports on otherwise ordinary domains."""
    if not _throwaway_place(parts):
        return None
    for sub in parts.subdomain_labels:
        if (
            limit.CUT_WORD_MIN_CHARS <= len(sub) <= limit.CUT_WORD_MAX_CHARS
            and sub.isalpha()
            and not compound(sub)
        ):
            return Reason("link.random_label", {"label": sub})
    return None


def made_up_short_name(label: str) -> bool:
    """Four to six letters and digits mixed, with no word in its letters (6s0k6, 1zr7, 4gd2):
    the cheap throw-away names kits answer on.  Short names of real sites are a word or
    a brand with a number (9gag, 4chan, t3n are on the well-known lists)."""
    if not (limit.MADE_UP_MIN_CHARS <= len(label) <= limit.MADE_UP_MAX_CHARS):
        return False
    if not (label.isascii() and label.isalnum()) or label.isdigit() or label.isalpha():
        return False
    words = common_words()
    return not any(len(piece) >= 3 and piece in words for piece in _DIGIT_GROUPS.split(label))


def _phrase_on_made_up_name(parts: HostParts) -> Reason | None:
    """Words run together as the one subdomain of a made-up short name
    (languagehelpsunderstand.6s0k6.com, supportduringtoughtimes.4s8u8.com): a kit's
    throw-away host; a real site's subdomain is a short service name (www, shop, mail)."""
    if not _throwaway_place(parts) or not made_up_short_name(parts.label):
        return None
    sub = parts.subdomain_labels[0]
    if len(sub) >= limit.PHRASE_SUBDOMAIN_MIN_CHARS and sub.isalpha():
        return Reason("link.random_label", {"label": parts.label})
    return None


def _random_subdomain(parts: HostParts) -> Reason | None:
    """A subdomain of letters that read as no word (auyeqlfz.example.tt, ccrqnxfz...): the
    throw-away names of kits that answer on any subdomain of one domain.  Real sites name
    their subdomains (www, mail, shop, en) or, on CDNs, are platforms."""
    if not _throwaway_place(parts):
        return None
    for sub in parts.subdomain_labels:
        if (
            len(sub) >= limit.RANDOM_WORD_MIN_LETTERS
            and sub.isalpha()
            and sub not in common_words()
            and _reads_as_no_name(sub)
        ):
            return Reason("link.random_label", {"label": sub})
    return None


def _reads_as_no_name(sub: str) -> bool:
    """Letter pairs no word has, or nearly so with no word of four letters in it:
    bzvmmyat, hymskmdo (not openvpn, backupmx, mizuhofukushi)."""
    score = pronounceability(sub)
    if score < limit.RANDOM_WORD:
        return True
    return score < limit.RANDOM_SUBDOMAIN and not _holds_word(sub)


def _holds_word(text: str) -> bool:
    words = common_words()
    shortest = limit.COMPOUND_WORD_MIN_CHARS
    return any(
        text[start:end] in words
        for start in range(len(text) - shortest + 1)
        for end in range(start + shortest, len(text) + 1)
    )


_BROKER_NAME_ENDING = frozenset({"sec"})


def _word_pieces(label: str, also: frozenset[str] = frozenset()) -> list[str] | None:
    """The hyphen pieces of ``label`` when there are two or more and each is a log-in or
    address word (or one of ``also``); else None."""
    pieces = label.split("-")
    if len(pieces) >= 2 and all(piece in LURE_WORDS or piece in also for piece in pieces):
        return pieces
    return None


def _address_words_subdomain(parts: HostParts) -> Reason | None:
    """A subdomain made only of log-in and address words, one of them Japan's
    (www-verify-jp.example.com, secure-jp-login.example.net): a written-out fake address."""
    for sub in parts.subdomain_labels:
        pieces = _word_pieces(sub)
        if pieces and any(piece in {"jp", "jpn", "japan", "cojp"} for piece in pieces):
            return Reason("link.address_words", {"words": sub})
    return None


def _address_words_name(parts: HostParts) -> Reason | None:
    """A registered name made only of log-in and web words, "sec" (the piece brokers' own
    names end in: rakuten-sec, click-sec) counted among them: payment-sec.com,
    www-online.co.jp, click-payment.com name no business, only a log-in.  Not where a
    registry checks who registers (click-sec.gov stays a caution)."""
    if checked_registry(parts.suffix):
        return None
    pieces = _word_pieces(parts.label, also=_BROKER_NAME_ENDING)
    if pieces and any(piece in LURE_WORDS for piece in pieces):
        return Reason("link.address_words", {"words": parts.label})
    return None


def _many_subdomains(parts: HostParts) -> Reason | None:
    count = len(parts.subdomain_labels)
    return (
        Reason("link.many_subdomains", {"count": str(count)})
        if count >= limit.MANY_SUBDOMAINS
        else None
    )


def _many_hyphens(parts: HostParts) -> Reason | None:
    label = parts.label
    if label.count("-") >= limit.MANY_HYPHENS and not label.startswith("xn--"):
        return Reason("link.many_hyphens")
    return None


def _login_word(parts: HostParts) -> Reason | None:
    label = parts.label
    for word in LOGIN_WORDS:
        if word in label:
            return Reason("link.login_words", {"word": word})
    return None


ShapeCheck = Callable[[HostParts], Reason | None]
ANY_HOST_CHECKS: tuple[ShapeCheck, ...] = (_shortener, _user_content, _platform, _unknown_tld)
# Only where the ending is a real top-level domain (the name is then the registrant's).
KNOWN_SUFFIX_CHECKS: tuple[ShapeCheck, ...] = (
    _risky_tld,
    _odd_name,
    _cut_word_subdomain,
    _random_subdomain,
    _phrase_on_made_up_name,
    _address_words_subdomain,
    _address_words_name,
    _many_subdomains,
    _many_hyphens,
    _login_word,
)
# The checks that read the registered name alone (its ending, its letters, its words).
REGISTERED_NAME_CHECKS = frozenset(
    {_risky_tld, _odd_name, _address_words_name, _many_hyphens, _login_word}
)


# --- the host with its path -------------------------------------------------------------


def _kit_subdomain_and_path(parts: HostParts, url: Address) -> Reason | None:
    """A random subdomain and a random page name together ("adkquasi.<name>.com/tjzmh"):
    a kit answering on any subdomain of one name, each link made for one message.  Either
    alone is common on real sites (a CDN's host, a blog's slug); both are not."""
    if len(parts.subdomain_labels) != 1:
        return None
    sub = parts.subdomain_labels[0]
    page = url.path.strip("/")
    if not (_kit_word(sub) and _kit_word(page)):
        return None
    score = (pronounceability(sub) + pronounceability(page)) / 2
    return Reason("link.random_label", {"label": sub}) if score < limit.KIT_PAIR_SCORE else None


def _kit_word(text: str) -> bool:
    return (
        limit.KIT_WORD_MIN_CHARS <= len(text) <= limit.KIT_WORD_MAX_CHARS
        and text.isascii()
        and text.isalpha()
        and text.islower()
        and text not in common_words()
    )


_CODE = re.compile(rf"[A-Za-z0-9]{{{limit.CODE_MIN_CHARS},{limit.CODE_MAX_CHARS}}}")
_NAME_THEN_NUMBER = re.compile(r"[A-Za-z]+[0-9]+")


def _code_path(parts: HostParts, url: Address) -> Reason | None:
    """The whole path a short code that jumps between capitals, small letters and digits
    ("/djWKgB", "/Si6b9x/"), the way kits hand out one link per message.  Names of pages
    and accounts change case at their words only ("/OpenAI", "/MonexJP": twice)."""
    code = url.path.strip("/")
    if url.query or not _CODE.fullmatch(code):
        return None
    made_up = made_up_short_name(parts.label) and parts.suffix not in JP_ATTRIBUTE_SUFFIXES
    if made_up and not code.islower() and not code.isupper():
        # On a made-up short name (1zr7.com/zcQDIL) a code of both cases is enough.
        return Reason("link.random_path", {"code": code})
    kinds = [c.isupper() - c.isdigit() for c in code]  # 1 capital, 0 small, -1 digit
    changes = sum(a != b for a, b in itertools.pairwise(kinds))
    # A name with a number after it ("/Osaka25", "/Taro55") is no code.
    mixed = len(set(kinds)) == 3 and not _NAME_THEN_NUMBER.fullmatch(code)
    needed = limit.CODE_MIXED_CASE_CHANGES if mixed else limit.CODE_CASE_CHANGES
    if changes >= needed:
        return Reason("link.random_path", {"code": code})
    return None


def _japan_path(parts: HostParts, url: Address) -> Reason | None:
    """The whole path "/co.jp/" (a piece of an address, never a page's name), or "/jp" with
    nothing after it, on a site outside .jp with no subdomain but www: where the kits of
    JPCERT/CC's 2025 broker reports put their entry page on hijacked sites.  Sites with a
    Japanese section name it /jp/, /ja/ or /ja-jp/ and go on from there."""
    path = url.path.lower()
    if url.query:
        return None
    cojp = path in {"/co.jp", "/co.jp/"}
    bare_jp = (
        path == "/jp"
        and not (parts.suffix or "").endswith("jp")
        and parts.subdomain_labels in {(), ("www",)}
    )
    return Reason("link.japan_path", {"path": url.path}) if cojp or bare_jp else None


def _disguised_path(_parts: HostParts, url: Address) -> Reason | None:
    """A path in letters that only imitate ordinary ones (/𝙴𝚃𝙶𝚊𝚝𝚎/, fullwidth ＬＯＧＩＮ): no
    real site names its pages so; a kit does, to pass filters that read the path."""
    for char in url.path:
        if ord(char) > 0x7F:
            folded = unicodedata.normalize("NFKC", char)
            if folded != char and folded.isascii() and folded.isalnum():
                return Reason("link.disguised_characters")
    return None


def _log_in_words_subdomain_and_path(parts: HostParts, url: Address) -> Reason | None:
    """A subdomain written out of log-in words (sec-sso, sso-click) in front of a log-in
    page (/loginweb/): a kit's address, whatever the domain."""
    if "login" not in url.path.lower():
        return None
    for sub in parts.subdomain_labels:
        pieces = sub.split("-")
        if len(pieces) >= 2 and all(piece in _LOG_IN_PIECES for piece in pieces):
            return Reason("link.address_words", {"words": sub})
    return None


_QUERY_TOKEN = re.compile(r"[A-Za-z0-9]{16,64}")


def _token_query(_parts: HostParts, url: Address) -> Reason | None:
    """A query that is one bare token mixing capitals, small letters and digits, with no
    name=value (/sp/login/?xNyDKcS8MQOkimaV9hJzWo): a kit's one-link-per-message code.
    Real sites name what they pass (?state=..., ?id=...)."""
    token = url.query
    if not _QUERY_TOKEN.fullmatch(token):
        return None
    kinds = {c.isupper() - c.isdigit() for c in token}
    return Reason("link.random_path", {"code": token}) if len(kinds) == 3 else None


PathCheck = Callable[[HostParts, Address], Reason | None]
PATH_CHECKS: tuple[PathCheck, ...] = (
    _kit_subdomain_and_path,
    _code_path,
    _japan_path,
    _disguised_path,
    _log_in_words_subdomain_and_path,
    _token_query,
)


def shape_reasons(parts: HostParts, url: Address, *, popular: bool = False) -> list[Reason]:
    """What the host and path look like; on a ``popular`` site (among the web's most
    linked-to) the registered name itself is no throw-away one, so only its subdomains and
    pages are read."""
    checks = ANY_HOST_CHECKS + (KNOWN_SUFFIX_CHECKS if parts.suffix is not None else ())
    if popular:
        checks = tuple(check for check in checks if check not in REGISTERED_NAME_CHECKS)
    found = [reason for check in checks if (reason := check(parts)) is not None]
    if parts.suffix is not None and url.path not in {"", "/"}:
        found += [reason for check in PATH_CHECKS if (reason := check(parts, url)) is not None]
    # Two checks may come to the same finding (a generated name with a phrase on it): it is
    # said once.
    return [reason for i, reason in enumerate(found) if reason not in found[:i]]


def address_reasons(link: FoundLink, url: Address) -> list[Reason]:
    return [reason for check in ADDRESS_CHECKS if (reason := check(link, url)) is not None]
