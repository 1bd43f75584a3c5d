"""Add, then list, 200 bookmarks against a real gnome-keyring; per-operation medians.

Listing runs on the keyring worker in the app (the page shows a loading row
meanwhile), so this measures how long that row is shown.  The in-memory
backend is measured in the same run as the baseline for secguard's own cost.

Then a 500-entry import (chunks of records, one index write per chunk, each
under the cross-process lock) against the same keyring, beside 500 single
adds (each with its own lock, index read and index write) as the baseline.

Run:  .venv/bin/python tests/benchmarks/bench_storage.py [--count N]
It starts its own D-Bus session and unlocked gnome-keyring when needed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from secguard.core.bookmarks import new_bookmark  # noqa: E402
from secguard.storage.vault import KeyringVault  # noqa: E402
from tests.storage.fakes import MemoryKeyring  # noqa: E402


def measure(
    backend: Any, count: int, loads: int, *, bulk_read: bool = True
) -> tuple[list[float], list[float]]:
    service = f"secguard-bench-{uuid.uuid4().hex[:8]}"
    vault = KeyringVault(backend, service=service, bulk_read=bulk_read)
    adds = []
    for number in range(count):
        bookmark = new_bookmark(f"https://www{number}.example.co.jp/", f"Broker {number}")
        start = time.perf_counter()
        vault.add_bookmark(bookmark)
        adds.append(time.perf_counter() - start)
    lists = []
    for _ in range(loads):
        start = time.perf_counter()
        contents = vault.load()
        lists.append(time.perf_counter() - start)
        assert len(contents.bookmarks) == count
    return adds, lists


def measure_import(backend: Any, count: int, tmp: Path) -> tuple[float, float]:
    """Seconds for one import of ``count`` bookmarks and for ``count`` single adds."""
    from secguard.storage.vault_lock import VaultLock

    bookmarks = [new_bookmark(f"https://www{n}.import.co.jp/", f"Broker {n}") for n in range(count)]
    timings = []
    for action in ("import", "adds"):
        service = f"secguard-bench-{uuid.uuid4().hex[:8]}"
        vault = KeyringVault(backend, service=service, lock=VaultLock(tmp, service))
        start = time.perf_counter()
        if action == "import":
            added, _ = vault.import_bookmarks(bookmarks)
            assert len(added) == count
        else:
            for bookmark in bookmarks:
                vault.add_bookmark(bookmark)
        timings.append(time.perf_counter() - start)
        assert len(vault.load().bookmarks) == count
    return timings[0], timings[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--import-count", type=int, default=500)
    args = parser.parse_args()
    if not os.environ.get("SECGUARD_TEST_SECRET_SERVICE"):
        command = [str(ROOT / "scripts" / "with-test-services.sh"), sys.executable, *sys.argv]
        sys.exit(subprocess.call(["dbus-run-session", "--", *command]))

    from keyring.backends import SecretService

    print(f"storage benchmark: {args.count} bookmarks, {args.loads} full listings")
    results = {}
    runs = (
        ("memory", MemoryKeyring(), True),
        ("gnome-keyring, per entry", SecretService.Keyring(), False),
        ("gnome-keyring", SecretService.Keyring(), True),
    )
    for name, backend, bulk in runs:
        adds, lists = measure(backend, args.count, args.loads, bulk_read=bulk)
        results[name] = (statistics.median(adds), statistics.median(lists))
        print(
            f"  {name:25s} add median {statistics.median(adds) * 1000:8.2f} ms"
            f"   list all {args.count} median {statistics.median(lists) * 1000:8.1f} ms"
            f"   ({statistics.median(lists) / args.count * 1000:.2f} ms per bookmark)"
        )
    speedup = results["gnome-keyring, per entry"][1] / results["gnome-keyring"][1]
    ratio = results["gnome-keyring"][1] / results["memory"][1]
    print(f"  listing: one Secret Service session is {speedup:.1f}x faster than per-entry calls;")
    print(f"  gnome-keyring / memory: {ratio:.0f}x (the keyring's D-Bus round trips)")

    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        imported, added = measure_import(SecretService.Keyring(), args.import_count, Path(tmp))
    per_import = imported / args.import_count * 1000
    per_add = added / args.import_count * 1000
    print(
        f"  import of {args.import_count}: {imported:6.1f} s ({per_import:.1f} ms per bookmark);"
        f" {args.import_count} single adds: {added:6.1f} s ({per_add:.1f} ms each);"
        f" import is {added / imported:.1f}x faster"
    )


if __name__ == "__main__":
    main()
