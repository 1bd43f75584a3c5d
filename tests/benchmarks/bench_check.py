"""How long ``secguard check --json`` takes now that steps 6 and 7 probe the machine.

Prints the median wall time of, in the same run: the bare start-up
(``secguard --version``), the slowest probe alone (apt-get -s, where apt
exists), the whole probe run in-process, and ``secguard check --json``;
then the ratios.  The probes run beside the keyring read, so check should
cost about start-up plus the slowest probe.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

RUNS = 5
SECGUARD = str(Path(sys.executable).with_name("secguard"))


def timed(argv: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=False, env=env)
    return time.perf_counter() - started


def median(label: str, measure) -> float:
    times = [measure() for _ in range(RUNS)]
    value = statistics.median(times)
    print(f"{label:<34} median {value:6.2f} s  (min {min(times):.2f}, max {max(times):.2f})")
    return value


def probe_in_process() -> float:
    from secguard.core.system.probes import probe_system
    from secguard.core.system.runner import LocalSystem
    from secguard.resources import os_support_table

    started = time.perf_counter()
    probe_system(LocalSystem(), os_support_table(), datetime.now(UTC))
    return time.perf_counter() - started


def main() -> None:
    env = os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    startup = median("secguard --version", lambda: timed([SECGUARD, "--version"]))
    apt = None
    if shutil.which("apt-get"):
        c_locale = {"LC_ALL": "C", "PATH": "/usr/bin:/bin"}
        apt_argv = ["apt-get", "-s", "-o", "Debug::NoLocking=1", "upgrade"]
        apt = median("apt-get -s upgrade alone", lambda: timed(apt_argv, c_locale))
    probes = median("probe_system() in process", probe_in_process)
    check = median("secguard check --json", lambda: timed([SECGUARD, "check", "--json"], env))
    print(f"check / start-up                   {check / startup:6.1f}x")
    print(f"check - start-up - probes          {check - startup - probes:6.2f} s")
    if apt:
        print(f"probes / apt-get -s alone          {probes / apt:6.2f}x")


if __name__ == "__main__":
    main()
