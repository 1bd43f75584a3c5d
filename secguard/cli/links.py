"""``secguard check-link``: judge links as text, never opening them.

``secguard check-link TEXT`` prints a verdict per link in the chosen language;
``secguard check-link --json -`` reads standard input, one input per line, and
writes one JSON object per input line (the contract support staff's scripts
and outside evaluations use):

    {"input": ..., "links": [{"url": ..., "verdict": "official|bookmarked|lookalike|
     suspicious|unknown", "broker": id-or-null, "reasons": [...]}]}

``--eml FILE`` and ``--image FILE`` judge a saved e-mail or the QR codes in a
picture instead (``cli/mail.py`` describes their JSON).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from secguard.cli.output import say
from secguard.core.bookmarks import Bookmark
from secguard.core.links import JudgeResult, LinkJudge
from secguard.i18n import Texts
from secguard.resources import broker_directory

if TYPE_CHECKING:
    from secguard.cli.vault import VaultOpener

BOOKMARK_TIMEOUT_SECONDS = 3.0


def _bookmarks(args: argparse.Namespace, vaults: VaultOpener) -> list[Bookmark]:
    """The person's bookmarks, if the keyring answers quickly; none otherwise.

    Judging never depends on the keyring: without it, a bookmark is simply
    judged as the site it is (official, unknown, ...).
    """
    if args.no_bookmarks:
        return []
    from secguard.storage.errors import StorageError

    try:
        contents = vaults(BOOKMARK_TIMEOUT_SECONDS).call(lambda vault: vault.load())
    except StorageError:
        return []
    return contents.bookmarks


def _as_json(text: str, result: JudgeResult, texts: Texts) -> dict[str, Any]:
    return {
        "input": text,
        "links": [
            {
                "url": link.url,
                "verdict": link.verdict.value,
                "broker": link.broker_id,
                "reasons": [texts.reason(r.message_id, r.params) for r in link.reasons],
            }
            for link in result.links
        ],
    }


def _print_words(text: str, result: JudgeResult, texts: Texts) -> None:
    if not result.links:
        say(texts.translate("Cli", "No link found in: {text}").format(text=text[:200]))
    for number, link in enumerate(result.links, start=1):
        broker = broker_directory().get(link.broker_id)
        name = f" [{broker.name(texts.language.value)}]" if broker else ""
        say(f"{number}. {link.url}\n   {texts.verdict_label(link.verdict.value)}{name}")
        for reason in link.reasons:
            say(f"   - {texts.reason(reason.message_id, reason.params)}")
    for note in result.notes:
        say(texts.reason(note.message_id, note.params))


def _inputs(args: argparse.Namespace) -> Iterable[str]:
    if args.text == "-":
        for line in sys.stdin:
            yield line.rstrip("\r\n")
    else:
        yield args.text


def _run_eml(args: argparse.Namespace, texts: Texts, vaults: VaultOpener) -> int:
    from secguard.cli.mail import mail_json, print_mail, write_json
    from secguard.core.mail import MailJudge

    judge = MailJudge(broker_directory(), _bookmarks(args, vaults))
    result = judge.judge_file(args.eml)  # InvalidMail: one line on stderr, exit 3
    if args.json:
        write_json(mail_json(args.eml, result, texts))
    else:
        print_mail(result, texts)
    return 0


def _run_image(args: argparse.Namespace, texts: Texts, vaults: VaultOpener) -> int:
    from secguard.cli.mail import image_json, print_links, write_json
    from secguard.core.qr_links import judge_qr_texts
    from secguard.ui.qr_image import qr_texts_from_file

    judge = LinkJudge(broker_directory(), _bookmarks(args, vaults))
    found = judge_qr_texts(qr_texts_from_file(args.image), judge)  # InvalidImage: exit 3
    if args.json:
        write_json(image_json(args.image, found, texts))
    else:
        print_links(found.links, (), texts, before=found.notes)
    return 0


def run_check_link(args: argparse.Namespace, texts: Texts, vaults: VaultOpener) -> int:
    if args.eml is not None:
        return _run_eml(args, texts, vaults)
    if args.image is not None:
        return _run_image(args, texts, vaults)
    judge = LinkJudge(broker_directory(), _bookmarks(args, vaults))
    for text in _inputs(args):
        result = judge.judge(text)
        if args.json:
            sys.stdout.write(json.dumps(_as_json(text, result, texts), ensure_ascii=False) + "\n")
        else:
            _print_words(text, result, texts)
        sys.stdout.flush()
    return 0
