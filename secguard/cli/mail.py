"""``secguard check-link --eml FILE`` and ``--image FILE``: a saved e-mail or a QR picture.

``--eml --json`` writes one object (the contract in issue 16)::

    {"input": FILE,
     "sender": {"verdict": "official|lookalike|suspicious|unknown", "broker": id-or-null,
                "reasons": [...], "authentication": {"spf": ..., "dkim": ..., "dmarc": ...}},
     "links": [{"url", "verdict", "broker", "reasons"}, ...]}

The sender's verdict values: ``official`` (a broker's address, verified by the
receiving provider), ``lookalike`` (pretends to be a broker: a failed SPF or
DMARC check for a broker's domain, a broker's name over another address, an
imitating domain), ``suspicious`` (something is off, no broker imitated) and
``unknown`` (nothing wrong found, nothing vouches for it).  Authentication
values are the result words of the topmost ``Authentication-Results`` header
(``pass``, ``fail``, ``softfail``, ``neutral``, ``none``, ``temperror``,
``permerror``), null where it has none.

``--image --json`` writes ``{"input": FILE, "codes": N, "links": [...]}``.
A file that cannot be read exits 3 with one line on standard error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any

from secguard.cli.output import say, utf8_text
from secguard.core.links import LinkVerdict, Reason
from secguard.core.mail import MailResult
from secguard.core.qr_links import QrLinks
from secguard.i18n import Texts
from secguard.resources import broker_directory


def links_json(links: Iterable[LinkVerdict], texts: Texts) -> list[dict[str, Any]]:
    return [
        {
            "url": link.url,
            "verdict": link.verdict.value,
            "broker": link.broker_id,
            "reasons": [texts.reason(r.message_id, r.params) for r in link.reasons],
        }
        for link in links
    ]


def mail_json(path: str, result: MailResult, texts: Texts) -> dict[str, Any]:
    sender = result.sender
    auth = sender.authentication
    return {
        "input": utf8_text(path),
        "sender": {
            "verdict": sender.verdict.value,
            "broker": sender.broker_id,
            "reasons": [texts.reason(r.message_id, r.params) for r in sender.reasons],
            "authentication": {"spf": auth.spf, "dkim": auth.dkim, "dmarc": auth.dmarc},
        },
        "links": links_json(result.links, texts),
    }


def image_json(path: str, found: QrLinks, texts: Texts) -> dict[str, Any]:
    return {
        "input": utf8_text(path),
        "codes": found.codes,
        "links": links_json(found.links, texts),
    }


def print_links(
    links: Iterable[LinkVerdict],
    notes: Iterable[Reason],
    texts: Texts,
    *,
    before: Iterable[Reason] = (),
) -> None:
    """The links and their reasons, numbered; ``before`` and ``notes`` above and below."""
    for note in before:
        say(texts.reason(note.message_id, note.params))
    for number, link in enumerate(links, start=1):
        broker = broker_directory().get(link.broker_id)
        name = f" [{broker.name(texts.language.value)}]" if broker else ""
        say(f"{number}. {link.url}\n   {texts.verdict_label(link.verdict.value)}{name}")
        for reason in link.reasons:
            say(f"   - {texts.reason(reason.message_id, reason.params)}")
    for note in notes:
        say(texts.reason(note.message_id, note.params))


def print_mail(result: MailResult, texts: Texts) -> None:
    sender = result.sender
    broker = broker_directory().get(sender.broker_id)
    name = f" [{broker.name(texts.language.value)}]" if broker else ""
    say(f"{texts.message('mail.sender.' + sender.verdict.value)}{name}")
    if sender.address:
        say(f"   {sender.address}")
    for reason in sender.reasons:
        say(f"   - {texts.reason(reason.message_id, reason.params)}")
    auth = sender.authentication
    if auth.spf is None and auth.dkim is None and auth.dmarc is None:
        say(f"   - {texts.message('mail.no_authentication')}")
    else:
        missing = texts.message("mail.result_missing")
        words = {m: auth.result(m) or missing for m in ("spf", "dkim", "dmarc")}
        say(f"   - {texts.message('mail.authentication', words)}")
    say(f"   ({texts.message('mail.trust_note')})")
    say("")
    if not result.links:
        say(texts.message("mail.no_links"))
    print_links(result.links, result.notes, texts)


def write_json(document: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")
    sys.stdout.flush()
