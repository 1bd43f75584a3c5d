"""The links in the QR codes of a picture ("quishing": a code in a letter, a PDF, a poster).

Every decoded text is judged as a pasted message would be.  A code that
holds an authenticator set-up key (an ``otpauth://`` address anywhere in it, or a
bare Base32 key) is no link: it is said so, and its text is never shown or
judged (it carries a secret).
"""

from __future__ import annotations

from dataclasses import dataclass

from secguard.core.links import LinkJudge, LinkVerdict, Reason
from secguard.core.totp.keys import holds_secret

SHOWN_TEXT_CHARS = 80  # of a code that holds no link: enough to recognise it


@dataclass(frozen=True)
class QrLinks:
    codes: int  # QR codes found in the picture
    links: tuple[LinkVerdict, ...]
    notes: tuple[Reason, ...]


def judge_qr_texts(texts: list[str], judge: LinkJudge) -> QrLinks:
    if not texts:
        return QrLinks(0, (), (Reason("qr.none_found"),))
    links: list[LinkVerdict] = []
    notes: list[Reason] = [Reason("qr.found", {"count": str(len(texts))})]
    for text in texts:
        if holds_secret(text):
            notes.append(Reason("qr.setup_key"))
            continue
        result = judge.judge(text)
        if not result.links:
            shown = " ".join(text.split())[:SHOWN_TEXT_CHARS]
            notes.append(Reason("qr.no_link", {"text": shown}))
        links += [link for link in result.links if link.url not in {x.url for x in links}]
        notes += result.notes
    return QrLinks(len(texts), tuple(links), tuple(notes))
