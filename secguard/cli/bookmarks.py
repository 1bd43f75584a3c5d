"""``secguard bookmarks list|add|remove|export|import|repair``: one function per action.

Each action opens the vault through ``cli.vault`` (the judged OS keyring and
the lock shared with every other secguard process, or a backend a test
passes in).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secguard.core import bookmarks as core
from secguard.core.bookmark_trust import BookmarkTrust, refuse_fakes, refuse_fakes_in_import
from secguard.core.bookmarks import Bookmark
from secguard.i18n import Texts
from secguard.storage.bookmark_files import read_bookmark_file, write_bookmark_file
from secguard.storage.errors import ImportStopped, StorageError

if TYPE_CHECKING:
    from secguard.cli.vault import CliVault, VaultOpener
    from secguard.core.links import LinkJudge

# Imports this small finish before a progress line would help.
PROGRESS_AFTER_ENTRIES = 20


def _bookmark_json(bookmark: Bookmark) -> dict[str, Any]:
    return {
        "id": bookmark.id,
        "label": bookmark.label,
        "url": bookmark.url,
        "broker_id": bookmark.broker_id,
        "created": bookmark.created,
        "updated": bookmark.updated,
    }


def _add(args: argparse.Namespace, texts: Texts, vault: CliVault) -> None:
    bookmark = core.new_bookmark(args.url, args.label, args.broker)
    trust = refuse_fakes(bookmark.url, _judge())
    if trust.trust is BookmarkTrust.UNKNOWN_SITE:
        # Saved (scripts add brokers the directory lacks), but never silently.
        warning = texts.message("bookmark.unknown_site_saved")
        print(f"secguard: {warning}", file=sys.stderr)
    stored = vault.call(lambda v: v.add_bookmark(bookmark))
    print(
        texts.translate("Cli", "Added bookmark {id}: {label} <{url}>").format(
            id=stored.id, label=stored.label, url=stored.url
        )
    )


def _remove(args: argparse.Namespace, texts: Texts, vault: CliVault) -> None:
    vault.call(lambda v: v.remove_bookmark(args.id))
    print(texts.translate("Cli", "Removed bookmark {id}.").format(id=args.id))


class _ImportProgress:
    """Progress lines on stderr, one per tenth, and the count for a stopped import."""

    def __init__(self, texts: Texts) -> None:
        self._texts = texts
        self.done = 0
        self._shown_tenth = 0

    def update(self, done: int, total: int) -> None:  # called on the keyring worker
        self.done = done
        tenth = done * 10 // total
        if total > PROGRESS_AFTER_ENTRIES and tenth > self._shown_tenth:
            self._shown_tenth = tenth
            line = self._texts.translate("Cli", "Importing bookmarks: {done} of {total}")
            print(f"secguard: {line.format(done=done, total=total)}", file=sys.stderr, flush=True)


def _import(args: argparse.Namespace, texts: Texts, vault: CliVault) -> None:
    """Import in chunks; the keyring timeout applies to each call, not to the whole file."""
    incoming = read_bookmark_file(Path(args.file))  # everything validated before any write
    refuse_fakes_in_import(incoming, _judge())  # and no fake among them, before any write
    progress = _ImportProgress(texts)
    stop = threading.Event()

    try:
        added, skipped = vault.call(
            lambda v: v.import_bookmarks(incoming, progress=progress.update, stop=stop)
        )
    except StorageError as error:
        stop.set()  # no write after the count below is printed
        raise ImportStopped(error, done=progress.done, total=len(incoming)) from error
    print(
        texts.translate("Cli", "Bookmarks imported: {added} (already there: {skipped}).").format(
            added=len(added), skipped=skipped
        )
    )


def _report_problems(contents: Any, texts: Texts) -> list[dict[str, str]]:
    problems = [
        {"entry": item.key, "message_id": item.reason, "message": texts.message(item.reason)}
        for item in contents.set_aside
    ]
    for problem in problems:
        print(f"secguard: {problem['entry']}: {problem['message']}", file=sys.stderr)
    return problems


def _export(args: argparse.Namespace, texts: Texts, vault: CliVault) -> None:
    contents = vault.call(lambda v: v.load())
    _report_problems(contents, texts)
    if args.file == "-":
        _write_stdout(core.export_bookmarks(contents.bookmarks))
        return
    write_bookmark_file(Path(args.file), contents.bookmarks)
    print(
        texts.translate("Cli", "Bookmarks exported to {file}: {count}.").format(
            count=len(contents.bookmarks), file=args.file
        )
    )


def _write_stdout(text: str) -> None:
    """Standard output that cannot be written (``> /dev/full``) is a failed export, said so."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError:
        # What is still buffered would fail again at exit; it goes nowhere instead.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise core.InvalidBookmarkFile("bookmark.file_unwritable") from None


def _list(args: argparse.Namespace, texts: Texts, vault: CliVault) -> None:
    contents = vault.call(lambda v: v.load())
    problems = _report_problems(contents, texts)
    if args.json:
        payload = {
            "bookmarks": [_bookmark_json(b) for b in contents.bookmarks],
            "problems": problems,
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    if not contents.bookmarks:
        print(texts.translate("Cli", "No bookmarks stored yet."))
    for b in contents.bookmarks:
        broker = f" [{b.broker_id}]" if b.broker_id else ""
        print(f"{b.id}\t{b.label}\t{b.url}{broker}")


def _repair(_args: argparse.Namespace, texts: Texts, vault: CliVault) -> None:
    """Rebuild a damaged index from the records (the damaged copy is kept aside)."""
    contents = vault.call(lambda v: v.rebuild_index())
    found = len(contents.bookmarks) + len(contents.accounts)
    text = texts.translate("Cli", "Index rebuilt from the stored records: {count} found.")
    print(text.format(count=found))
    _report_problems(contents, texts)


def _judge() -> LinkJudge:
    from secguard.core.links import LinkJudge
    from secguard.resources import broker_directory

    return LinkJudge(broker_directory())


_ACTIONS: dict[str, Callable[[argparse.Namespace, Texts, CliVault], None]] = {
    "list": _list,
    "add": _add,
    "remove": _remove,
    "export": _export,
    "import": _import,
    "repair": _repair,
}


def run_bookmarks(args: argparse.Namespace, texts: Texts, vaults: VaultOpener) -> int:
    """Run one action; a ``SecguardError`` propagates for cli.py to report."""
    from secguard.storage.worker import DEFAULT_TIMEOUT_SECONDS

    _ACTIONS[args.bookmarks_command](args, texts, vaults(DEFAULT_TIMEOUT_SECONDS))
    return 0
