"""``secguard check [--json]``: the seven precautions, as the overview shows them."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from secguard import __version__
from secguard.cli.exits import EXIT_OK
from secguard.core.checklist import CheckResult, CheckState
from secguard.core.progress import Progress
from secguard.core.stored import StorageState, StoredData
from secguard.i18n import Texts
from secguard.reporting.check_object import check_object
from secguard.reporting.this_machine import StorageReport, probe_this_machine
from secguard.storage.worker import DEFAULT_TIMEOUT_SECONDS

if TYPE_CHECKING:
    from secguard.cli.vault import VaultOpener
    from secguard.core.system.probes import SystemReport


def read_state(vaults: VaultOpener) -> tuple[Progress, StoredData, StorageReport]:
    """The progress file, what the keyring holds, and the keyring's state."""
    from secguard.storage.errors import StorageError
    from secguard.storage.paths import AppPaths
    from secguard.storage.progress import ProgressStore

    progress = ProgressStore(AppPaths.default().data_dir).load().progress
    try:
        contents = vaults(DEFAULT_TIMEOUT_SECONDS).call(lambda vault: vault.load())
    except StorageError as error:
        failed = StoredData.failed(error.state, error.message_id)
        return progress, failed, (error.state.value, error.message_id, dict(error.params))
    available: StorageReport = (StorageState.AVAILABLE.value, "storage.available", {})
    return progress, StoredData.read(contents.bookmarks, contents.accounts), available


def check_everything(
    vaults: VaultOpener,
) -> tuple[list[CheckResult], Progress, StoredData, StorageReport, SystemReport]:
    """All seven checks now, as ``check`` and ``report`` both run them."""
    from concurrent.futures import ThreadPoolExecutor

    from secguard.core.checks import current_results
    from secguard.resources import broker_directory

    # The probes (apt-get -s takes seconds) run while the keyring is read.
    with ThreadPoolExecutor(max_workers=1) as pool:
        probing = pool.submit(probe_this_machine)
        progress, stored, storage = read_state(vaults)
        system = probing.result()
    results = current_results(
        progress, stored, directory=broker_directory(), system=system, at=datetime.now(UTC)
    )
    return results, progress, stored, storage, system


def run_check(args: argparse.Namespace, texts: Texts, vaults: VaultOpener) -> int:
    results, _progress, _stored, storage, _system = check_everything(vaults)
    if args.json:
        payload: dict[str, Any] = check_object(__version__, results, storage, texts)
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
