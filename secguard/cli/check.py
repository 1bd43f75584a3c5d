"""``secguard check [--json]``: the seven precautions, as the overview shows them."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from secguard import __version__
from secguard.cli.exits import EXIT_OK
from secguard.core.checklist import CheckResult, CheckState
from secguard.core.progress import Progress
from secguard.core.stored import StorageState, StoredData
from secguard.i18n import Texts
from secguard.storage.worker import DEFAULT_TIMEOUT_SECONDS

if TYPE_CHECKING:
    from secguard.cli.vault import VaultOpener


def result_to_json(result: CheckResult, texts: Texts) -> dict[str, Any]:
    return {
        "number": result.precaution.number,
        "id": result.precaution.id.value,
        "state": result.state.value,
        "message_id": result.message_id,
        "message": texts.message(result.message_id, result.params),
        "details": dict(result.details),
    }


def _read_state(vaults: VaultOpener) -> tuple[Progress, StoredData, dict[str, Any]]:
    """The progress file, what the keyring holds, and the storage state as JSON."""
    from secguard.storage.errors import StorageError
    from secguard.storage.paths import AppPaths
    from secguard.storage.progress import ProgressStore

    progress = ProgressStore(AppPaths.default().data_dir).load().progress
    try:
        contents = vaults(DEFAULT_TIMEOUT_SECONDS).call(lambda vault: vault.load())
    except StorageError as error:
        storage = {"state": error.state.value, "message_id": error.message_id}
        failed = StoredData.failed(error.state, error.message_id)
        return progress, failed, storage | {"params": dict(error.params)}
    available = {"state": StorageState.AVAILABLE.value, "message_id": "storage.available"}
    return progress, StoredData.read(contents.bookmarks, contents.accounts), available


def _probe_system() -> Any:
    """Steps 6 and 7 from the real machine (read-only commands only, see runner.py)."""
    from datetime import UTC, datetime

    from secguard.core.system.probes import probe_system
    from secguard.core.system.runner import LocalSystem
    from secguard.resources import os_support_table

    return probe_system(LocalSystem(), os_support_table(), datetime.now(UTC))


def run_check(args: argparse.Namespace, texts: Texts, vaults: VaultOpener) -> int:
    from concurrent.futures import ThreadPoolExecutor

    from secguard.core.checks import current_results
    from secguard.resources import broker_directory

    # The probes (apt-get -s takes seconds) run while the keyring is read.
    with ThreadPoolExecutor(max_workers=1) as pool:
        probing = pool.submit(_probe_system)
        progress, stored, storage = _read_state(vaults)
        system = probing.result()
    results = current_results(progress, stored, directory=broker_directory(), system=system)
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
        for line in finding_lines(result, texts):
            print(line)
    return EXIT_OK


def finding_lines(result: CheckResult, texts: Texts) -> list[str]:
    """Steps 6 and 7 list each finding under the step's own line (the decisive one too)."""
    findings = result.details.get("findings") or []
    if len(findings) < 2:
        return []
    return [
        f"   - [{texts.state_label(CheckState(finding['state']))}] "
        f"{texts.message(finding['message_id'], finding['params'])}"
        for finding in findings
    ]
