"""Whether a host imitates a broker: small checks run in order, the first that names one wins.

Each check takes the compiled directory and the host under judgement and
returns the broker it imitates with the reason, or None.  A new rule is one
function here and one entry in ``IMITATION_CHECKS``, in the place where it
should win over the checks after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from secguard.core.links import thresholds as limit
from secguard.core.links.hosts import (
    JP_ATTRIBUTE_SUFFIXES,
    common_words,
    skeleton,
)
from secguard.core.links.index import BrokerIndex
from secguard.core.links.near_miss import (
    misspelt_in_piece,
    misspelt_name,
    near_miss,
)
from secguard.core.links.shape import RISKY_TLDS, compound
from secguard.core.links.suspect import (
    ADDRESS_PIECES,
    LURE_AFFIXES,
    TYPO_REASONS,
    Imitation,
    Suspect,
    beside,
    by_name,
    caution,
    gibberish,
    named,
    typo,
)
from secguard.core.links.verdict import Reason
from secguard.core.links.words import CHECKED_TLDS

# --- the checks, in order ----------------------------------------------------------------


def _foreign_letters(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """Letters from other alphabets that read as a broker's name: ѕbіѕес.co.jp"""
    if host.parts.unicode_host.isascii():
        return None
    return near_miss(index, host.parts.unicode_label, host)


def _embedded_address(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """An official address inside another one: sbisec.co.jp.account-verify.com,
    www-sbisec-co-jp.example.com, https://www.sbisec.co.jp@evil.example/"""
    parts = host.parts
    flat_hit = index.flat_domain_pattern.search(host.flat)
    if flat_hit and flat_hit.group(0) == host.flat:
        domain, broker = index.flat_domain_owner[host.flat]
        if host.registrable != domain:
            # ma-tsui.co.jp, sbi-sec.co.jp: the same letters, split differently.
            return typo(broker, parts.label, domain.split(".")[0])
    candidates = [match.group(0) for match in index.domain_pattern.finditer(host.userinfo)]
    candidates += [
        match.group(0)
        for match in index.domain_pattern.finditer(parts.host)
        if not parts.host.endswith(match.group(0))
    ]
    # (At the very end, "bank-daiwa.co.jp" flat, the official address is only a name
    # with a word before it: _brand_with_word's case, not an address inside another.)
    if flat_hit and flat_hit.end() < len(host.flat):
        domain, _broker = index.flat_domain_owner[flat_hit.group(0)]
        if host.registrable != domain:
            candidates.append(domain)
    if not candidates:
        return None
    domain = candidates[0]
    broker = index.embedded_owner[domain]
    params = {"broker": broker.id, "domain": domain, "registrable": host.registrable}
    return Imitation(broker, Reason("link.lookalike_embedded", params))


def _login_word_in_name(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """A broker's log-in path word in the host name (hometradenomuraa.com, etgate-jp.example):
    no business names itself after another firm's log-in page."""
    hit = index.host_marker_pattern.search(host.flat)
    if hit is None:
        return None
    broker = index.host_marker_owner[hit.group(0)]
    rest = host.flat[: hit.start()] + "." + host.flat[hit.end() :]
    if compound(hit.group(0)) and not index.stem_pattern.search(rest):
        return None  # "hometrade" alone is also two words a shop may use; with nomura it is not
    params = {"broker": broker.id, "marker": hit.group(0)}
    return Imitation(broker, Reason("link.lookalike_login_name", params))


def _brand_token(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """The broker's own name: rakuten-sec-login.com, sbisec.xyz, login-sbisec.cn; not
    a longer word that starts with it (daiwa-securities) nor its group's companies
    (iwaicosmo-hd.jp)."""
    for text in (host.parts.host, host.userinfo):
        for hit in index.token_pattern.finditer(text):
            token = hit.group(0)
            if token in index.plain_tokens or text[hit.end() : hit.end() + 1].isalpha():
                continue
            if text is host.parts.host and _group_company(host.parts.label, token):
                continue
            return by_name(index, index.token_owner[token], token, host.parts)
    return None


def _group_company(label: str, token: str) -> bool:
    """iwaicosmo-hd: the broker's name and a business word (a group's holding company)."""
    if token not in label or label == token:
        return False
    rest = [piece for piece in label.replace(token, "-").split("-") if piece]
    return beside(rest, generic=True) == "business"


def _flat_brand_token(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """...written without its hyphen or dots: rakutensec.example.com (not the start of a
    longer word: daiwa-securities)"""
    # The registrant's letters only: in marukabu.co.jp, "kabu" and the real ending "co.jp"
    # do not make kabu.co.jp (in kabu-co-jp.example.com they do).
    own = len(host.flat) - len((host.parts.suffix or "").replace(".", "").replace("-", ""))
    for hit in index.flat_pattern.finditer(host.flat):
        token = hit.group(0)
        if token in index.plain_tokens or _runs_on_in_word(host.parts.host, hit.end()):
            continue
        if host.parts.suffix and hit.end() > own and hit.start() < own:
            continue
        if _group_company(host.parts.label.replace("-", ""), token):
            continue
        return by_name(index, index.flat_owner[token], token, host.parts)
    return None


def _runs_on_in_word(host: str, flat_end: int) -> bool:
    """Whether the letter after the ``flat_end``-th letter of ``host`` (dots and hyphens not
    counted) follows it in the same word."""
    if not host.isascii():
        return False
    seen = 0
    for index, char in enumerate(host):
        if char in ".-":
            continue
        seen += 1
        if seen == flat_end:
            return host[index + 1 : index + 2].isalpha()
    return False


def _brand_in_subdomain(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """A broker's (or its group's) name in the subdomain of an unrelated domain:
    rakuten-locali.cwcp8.com, rakuten.vbduteq.net; or its look-alike spelling ("sbl" for
    "sbi") only beside a lure word or a piece of an address: www-sbl-jp.asbr.top.  The
    plain name alone is a caution (daiwa.example.com may be a shop's page)."""
    parts = host.parts
    for position, label in enumerate(parts.subdomain_labels):
        pieces = label.split("-")
        if parts.platform_suffix and position == len(parts.subdomain_labels) - 1:
            # The name just below a platform is its owner's (yusuke-matsui.github.io):
            # read as a registered name, beside which only a log-in word accuses.
            found = _owner_name_on_platform(index, label)
            if found is not None:
                return found
            continue
        beside_lure = any(p in ADDRESS_PIECES for p in pieces)
        for piece in pieces:
            owner = index.brand_words.get(piece)
            if owner is None and beside_lure:
                owner = index.brand_skeletons.get(skeleton(piece))
                if owner is not None:
                    return named(owner, piece)
            if owner is not None:
                others = [p for p in pieces if p != piece] + [host.parts.label]
                if beside(others, generic=False) == "lure" or any(
                    beside(sub.split("-"), generic=False) == "lure"
                    for sub in host.parts.subdomain_labels
                    if sub not in {label, "www"}
                ):
                    return by_name(index, owner, piece, host.parts)
                if _namesakes_domain(host):
                    return None
                return caution(owner, piece)
    return None


def _namesakes_domain(host: Suspect) -> bool:
    """A name alone as the subdomain of a registered Japanese company (monex.ifis.co.jp) or
    of a site under another country's ending with no Japanese word (sbi.uni-rostock.de):
    that owner's department or page, not a kit's (kits take .com, .net, .top...)."""
    suffix = host.parts.suffix or ""
    if suffix == "co.jp":
        return True
    country = suffix.rsplit(".", 1)[-1]
    return (
        len(country) == 2
        and country != "jp"
        and country not in RISKY_TLDS
        and not any(
            piece in {"jp", "japan", "cojp"} for piece in re.split(r"[.-]", host.parts.host)
        )
    )


def _owner_name_on_platform(index: BrokerIndex, label: str) -> Imitation | None:
    pieces = label.split("-")
    for piece in pieces:
        owner = index.stem_owner.get(piece)
        if owner is None:
            continue
        others = [p for p in pieces if p != piece]
        if not others:
            return caution(owner, piece)
        if beside(others, generic=len(piece) < limit.BRAND_WORD_MIN_CHARS) == "lure":
            return named(owner, piece)
    return None


def _official_name_with_lure(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """An official name as one part of a hyphenated one: matsui-jp.com (only with a lure
    word beside it: nomura-re.co.jp is a real estate firm)"""
    pieces = host.parts.label.split("-")
    if len(pieces) < 2 or not any(piece in LURE_AFFIXES for piece in pieces):
        return None
    company = host.parts.suffix in JP_ATTRIBUTE_SUFFIXES
    for piece in pieces:
        if len(piece) < limit.BRAND_WORD_MIN_CHARS:
            continue
        others = [p for p in pieces if p != piece]
        if company and beside(others, generic=False, company=True) != "lure":
            continue  # daiwa-securities-living.co.jp: a group company's own name
        for broker, _suffix in index.labels.get(piece, ()):
            return by_name(index, broker, piece, host.parts)
    return None


def _brand_with_word(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """A broker's plain name with a word beside it in the registered name.  A log-in,
    address or money word makes a fake (nomura-ssl.com, daiwapay.co.jp, matsuijp.net);
    a trade makes a business (daiwahouse, nomura-dental); anything else is a caution
    (daiwa-abcd.com), except under registries for companies (co.jp) or of other countries."""
    label = host.parts.label
    if not label.isascii() or label.startswith("xn--"):
        return None
    for hit in index.stem_pattern.finditer(label):
        start, end = hit.span()
        at_start = start == 0 or label[start - 1] == "-"
        at_end = end == len(label) or label[end] == "-"
        if not (at_start or at_end):
            continue
        before, after = label[:start].split("-"), label[end:].split("-")
        rest = [piece for piece in (*before, *after) if piece]
        if not rest:
            continue  # the name itself: _near_spelling's "same name, other ending"
        glued = {before[-1], after[0]} - {""}
        stem = hit.group(0)
        broker = index.stem_owner[stem]
        generic = len(stem) < limit.BRAND_WORD_MIN_CHARS or stem in index.group_stems
        company = host.parts.suffix in JP_ATTRIBUTE_SUFFIXES
        if company and not (after[0] and after[0] == label[end:]):
            # A registered company: money words only glued after the name (daiwapay),
            # never as names of their own (bank-daiwa, daiwa-securities-living).
            generic = True
        kind = beside(rest, generic=generic, company=company, glued=glued)
        if kind == "lure":
            return named(broker, stem)
        # Anything else beside the name (yuto-matsui, matsui-color, haranomura) is some
        # business's or person's name; only a piece of its own that reads as no name at
        # all (sbi-drelies04) is a caution.
        if (
            kind == "other"
            and at_start
            and at_end
            and not (company or host.foreign)
            and any(gibberish(piece) for piece in rest)
        ):
            return caution(broker, stem)
    return None


def _near_spelling(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """Spelled nearly the same: sblsec, sb1-sec, ma-tsui, moenix, sb.isec (a dot inside)"""
    parts = host.parts
    joined = (
        "".join(parts.subdomain_labels[-1:]) + parts.label
        if parts.subdomain_labels
        else parts.label
    )
    # In this order (not a set's, which changes with the hash seed), each once.
    for candidate in dict.fromkeys((parts.unicode_label, joined, parts.label)):
        found = near_miss(index, candidate, host)
        if found is not None:
            near_only = found.reason.message_id in TYPO_REASONS or (
                found.caution and candidate not in index.labels
            )
            if host.foreign and near_only:
                return None  # kabum.com.br: a Brazilian shop, not a typo of kabu.com
            return found
    return None


def _look_alike_letters(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """An official name with one or two letters written as others that look like them:
    ronura.co.jp (nomura), rronex.co.jp (monex), tokaitoleyo.co.jp (tokaitokyo)."""
    label = host.parts.label
    found = index.look_alikes.get(label)
    if found is None or host.foreign or label in common_words():
        return None  # (kabum.com.br is a shop; "money" a word)
    broker, official = found
    params = {"broker": broker.id, "label": label, "official": official}
    return Imitation(broker, Reason("link.lookalike_letters", params))


def _misspelt_inside(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """A broker's name misspelt at the start or end of a longer name, or as a subdomain:
    mionexmailera.com, diawahaiwasu.net, sec-rakouten001.com, miysblsec.example.com,
    moneix.example.org.  Only a changed, added or swapped letter inside the name counts
    (not one missing or changed at its end: matsumoto is no typo of matsui), and never a
    word (money)."""
    if host.foreign:
        return None
    parts = host.parts
    labels = [parts.label, *parts.subdomain_labels]
    for label in labels:
        if not label.isascii() or label.startswith("xn--"):
            continue
        for piece in label.split("-"):
            whole_ok = label is not parts.label or piece != label
            found = misspelt_in_piece(index, piece, whole_ok=whole_ok)
            if found is not None:
                return found
    return None


def _misspelt_subdomain(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """A broker's name misspelt as a whole subdomain of an unrelated domain:
    moenix.example.com, sbisecc.example.net (the registrant's own name is _near_spelling's)."""
    if host.foreign or host.parts.platform_suffix:
        return None
    for label in host.parts.subdomain_labels:
        if label.isascii() and not label.startswith("xn--") and label.isalpha():
            found = misspelt_name(index, label)
            if found is not None:
                return found
    return None


def _login_path(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """The broker's log-in path on an unknown host (/ETGate/, /rakusec), or its address
    behind an "@" in the path, where a reader takes it for the host
    (https://evil.com\\@www.sbisec.co.jp/ opens evil.com)."""
    at = host.path.find("@")
    if at >= 0:
        shown = index.domain_pattern.search(host.path, at)
        if shown is not None and shown.start() <= at + 5:
            domain = shown.group(0)
            broker = index.embedded_owner[domain]
            params = {"broker": broker.id, "domain": domain, "registrable": host.registrable}
            return Imitation(broker, Reason("link.lookalike_embedded", params))
    hit = index.path_pattern.search(host.path)
    if hit is None:
        return None
    marker = hit.group(0)
    broker = index.path_owner[marker]
    return Imitation(broker, Reason("link.lookalike_path", {"broker": broker.id, "marker": marker}))


def _official_name_in_checked_registry(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """A broker's registered name right under an ending whose registry checks who
    registers (sbisec.gov, monex.edu): neither the broker nor a kit can hold it, so no
    accusation, but a reader takes it for the broker's site: a caution.  Names under
    such a site (matsui.house.gov) and second levels (a city office under lg.jp) are
    their own."""
    parts = host.parts
    if parts.suffix not in CHECKED_TLDS:
        return None
    if len(parts.label.replace("-", "")) < limit.NEAR_NAME_MIN_CHARS:
        return None  # dmm.gov: three letters are anyone's initials
    owners = index.labels.get(parts.label)
    if owners:
        return caution(owners[0][0], parts.label)
    group = index.shared_labels.get(parts.label)  # a group's shared name (mufg.gov)
    return None if group is None else caution(group, parts.label)


def _brand_in_path(index: BrokerIndex, host: Suspect) -> Imitation | None:
    """A broker's plain name as the whole path of an unrelated site (example.com/rakuten),
    or its securities name anywhere in the path or query (?sbisecjapan=login,
    /daiwasec/): a caution, since an article or an account may carry a name too."""
    path = host.path.partition("?")[0].strip("/")
    name = path.rsplit(".", 1)[0] if path.endswith((".html", ".php")) else path
    owner = index.stem_owner.get(name)
    if owner is not None:
        return caution(owner, name)
    for hit in index.token_pattern.finditer(host.path):
        token = hit.group(0)
        if token not in index.plain_tokens and "sec" in token:
            return caution(index.token_owner[token], token)
    return None


ImitationCheck = Callable[[BrokerIndex, Suspect], Imitation | None]
IMITATION_CHECKS: tuple[ImitationCheck, ...] = (
    _foreign_letters,
    _embedded_address,
    _login_word_in_name,
    _brand_token,
    _flat_brand_token,
    _brand_in_subdomain,
    _official_name_with_lure,
    _brand_with_word,
    _near_spelling,
    _look_alike_letters,
    _misspelt_inside,
    _misspelt_subdomain,
    _login_path,
    _brand_in_path,
)
# Where a registry checks who registers (a city office under lg.jp, a university under
# .edu) no name is an imitation: a broker's log-in path on such a site is, and its
# registered name right under the ending is a caution.
CHECKED_REGISTRY_CHECKS: tuple[ImitationCheck, ...] = (
    _login_path,
    _official_name_in_checked_registry,
)
# A site among the web's most linked-to chose its name long ago and for itself (etrade.com,
# mizuhobank.com, daiwa.com): what its subdomains, address and pages carry is still read.
_OWN_NAME_CHECKS = frozenset(
    {
        _foreign_letters,
        _flat_brand_token,
        _official_name_with_lure,
        _brand_with_word,
        _near_spelling,
        _look_alike_letters,
        _misspelt_inside,
    }
)
POPULAR_SITE_CHECKS = tuple(check for check in IMITATION_CHECKS if check not in _OWN_NAME_CHECKS)


def imitation_of(index: BrokerIndex, host: Suspect) -> Imitation | None:
    if host.checked:
        checks = CHECKED_REGISTRY_CHECKS
    elif index.popular_site(host.parts):
        checks = POPULAR_SITE_CHECKS
    else:
        checks = IMITATION_CHECKS
    for check in checks:
        found = check(index, host)
        if found is not None:
            return _weighed(found, host)
    return None


_WEIGHED_REASONS = frozenset({"link.lookalike_typo", "link.lookalike_letters"})


def _weighed(found: Imitation, host: Suspect) -> Imitation:
    """A misspelling is an accusation when it copies the broker's whole registered name
    (sblsec.co.jp, matsul.co.jp, daiwa-jp misspelt under .jp); as one part of a longer
    name or under another ending (gendaiya, okaasan.net, diawahaiwasu.net) it is a caution,
    which a kit's shape or a lure around it still makes an accusation."""
    if found.caution or found.reason.message_id not in _WEIGHED_REASONS:
        return found
    parts = host.parts
    whole = found.reason.params.get("label") in {parts.label, parts.unicode_label}
    suffix = parts.suffix or ""
    own_ending = suffix.endswith("jp") or any(
        domain.endswith("." + suffix) for domain in found.broker.registrable_domains
    )
    beside_lure = any(
        piece in LURE_AFFIXES
        for label in (parts.label, *parts.subdomain_labels)
        for piece in label.split("-")
    )
    if (whole and own_ending) or beside_lure:
        return found  # (sec-rakouten001.com: a log-in word beside the misspelling)
    return Imitation(found.broker, found.reason, caution=True)
