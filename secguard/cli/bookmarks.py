"""``secguard bookmarks list|add|remove|export|import``: one function per action."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from secguard.core import bookmarks as core
from secguard.core.bookmarks import Bookmark
from secguard.i18n import Texts
from secguard.storage.bookmark_files import read_bookmark_file, write_bookmark_file
from secguard.storage.vault import KeyringVault, default_backend, service_name
from secguard.storage.worker import SerialWorker


def _vault() -> KeyringVault:
    return KeyringVault(default_backend(), service_name())


def _bookmark_json(bookmark: Bookmark) -> dict[str, Any]:
    return {
        "id": bookmark.id,
        "label": bookmark.label,
        "url": bookmark.url,
        "broker_id": bookmark.broker_id,
        "created": bookmark.created,
        "updated": bookmark.updated,
    }


def _add(args: argparse.Namespace, texts: Texts, worker: SerialWorker) -> None:
    bookmark = core.new_bookmark(args.url, args.label, args.broker)
    stored = worker.call(lambda: _vault().add_bookmark(bookmark))
    print(
        texts.translate("Cli", "Added bookmark {id}: {label} <{url}>").format(
            id=stored.id, label=stored.label, url=stored.url
        )
    )


def _remove(args: argparse.Namespace, texts: Texts, worker: SerialWorker) -> None:
    worker.call(lambda: _vault().remove_bookmark(args.id))
    print(texts.translate("Cli", "Removed bookmark {id}.").format(id=args.id))


def _import(args: argparse.Namespace, texts: Texts, worker: SerialWorker) -> None:
    incoming = read_bookmark_file(Path(args.file))  # everything validated before any write
    added, skipped = worker.call(lambda: _vault().import_bookmarks(incoming))
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


def _export(args: argparse.Namespace, texts: Texts, worker: SerialWorker) -> None:
    contents = worker.call(lambda: _vault().load())
    _report_problems(contents, texts)
    if args.file == "-":
        sys.stdout.write(core.export_bookmarks(contents.bookmarks))
        return
    write_bookmark_file(Path(args.file), contents.bookmarks)
    print(
        texts.translate("Cli", "Bookmarks exported to {file}: {count}.").format(
            count=len(contents.bookmarks), file=args.file
        )
    )


def _list(args: argparse.Namespace, texts: Texts, worker: SerialWorker) -> None:
    contents = worker.call(lambda: _vault().load())
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


_ACTIONS: dict[str, Callable[[argparse.Namespace, Texts, SerialWorker], None]] = {
    "list": _list,
    "add": _add,
    "remove": _remove,
    "export": _export,
    "import": _import,
}


def run_bookmarks(args: argparse.Namespace, texts: Texts) -> int:
    """Run one action; a ``SecguardError`` propagates for cli.py to report."""
    _ACTIONS[args.bookmarks_command](args, texts, SerialWorker())
    return 0
