"""``secguard check [--json]``: the seven precautions, as the overview shows them."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from secguard import __version__
from secguard.cli.exits import EXIT_OK
from secguard.core.checklist import CheckResult
from secguard.i18n import Texts


def result_to_json(result: CheckResult, texts: Texts) -> dict[str, Any]:
    return {
        "number": result.precaution.number,
        "id": result.precaution.id.value,
        "state": result.state.value,
        "message_id": result.message_id,
        "message": texts.message(result.message_id, result.params),
        "details": dict(result.details),
    }


def _read_state() -> tuple[Any, Any, dict[str, Any]]:
    """The progress file, what the keyring holds (or None) and the storage state."""
    from secguard.storage.errors import StorageError, StorageState
    from secguard.storage.paths import AppPaths
    from secguard.storage.progress import ProgressStore
    from secguard.storage.vault import system_vault
    from secguard.storage.worker import SerialWorker

    progress = ProgressStore(AppPaths.default().data_dir).load().progress
    try:
        contents = SerialWorker().call(lambda: system_vault().load())
    except StorageError as error:
        storage = {"state": error.state.value, "message_id": error.message_id}
        return progress, None, storage | {"params": dict(error.params)}
    available = {"state": StorageState.AVAILABLE.value, "message_id": "storage.available"}
    return progress, contents, available


def run_check(args: argparse.Namespace, texts: Texts) -> int:
    from secguard.core.checks import current_results

    progress, contents, storage = _read_state()
    problem = None if contents is not None else storage["message_id"]
    bookmarks = None if contents is None else contents.bookmarks
    accounts = None if contents is None else contents.accounts
    results = current_results(progress, bookmarks, problem, accounts)
    if args.json:
        payload = {
            "version": __version__,
            "precautions": [result_to_json(result, texts) for result in results],
            "storage": {
                "state": storage["state"],
                "message_id": storage["message_id"],
                "message": texts.message(storage["message_id"], storage.get("params")),
            },
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    for result in results:
        print(
            f"{result.precaution.number}. [{texts.state_label(result.state)}] "
            f"{texts.precaution_title(result.precaution.id)}: "
            f"{texts.message(result.message_id, result.params)}"
        )
    return EXIT_OK
