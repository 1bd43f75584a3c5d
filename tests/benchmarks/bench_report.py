"""How long a report takes in each format, beside ``secguard check --json``'s own object.

Prints, in the same run and for the known state of tests/reporting/known_state.py:
the median time to build the check object (the baseline), and the JSON, HTML and
PDF reports in Japanese, each as a ratio of the baseline; then ``secguard report``
end to end (start-up, probes, keyring, writing) against ``secguard check --json``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

RUNS = 15
SECGUARD = str(Path(sys.executable).with_name("secguard"))


def median(label: str, measure: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        measure()
        times.append(time.perf_counter() - started)
    value = statistics.median(times)
    print(f"{label:<36} median {value * 1000:8.1f} ms  (min {min(times) * 1000:.1f})")
    return value


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    from secguard.i18n import Language, Texts
    from secguard.reporting.check_object import check_object
    from secguard.reporting.formats import ReportFormat, render_report
    from secguard.resources import broker_directory
    from tests.reporting.known_state import known_report, results

    app = QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    texts, directory = Texts(Language.JAPANESE), broker_directory()
    report = known_report("ja")
    storage = ("available", "storage.available", {})
    base = median("check object (baseline)", lambda: check_object("0", results(), storage, texts))
    for report_format in (ReportFormat.JSON, ReportFormat.HTML, ReportFormat.PDF):
        value = median(
            f"report {report_format.value}",
            lambda f=report_format: render_report(report, f, texts, directory),
        )
        print(f"{'':<36} {value / base:8.1f} x the baseline")
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    with tempfile.TemporaryDirectory() as folder:
        out = str(Path(folder) / "r.pdf")
        check = median(
            "secguard check --json",
            lambda: subprocess.run(
                [SECGUARD, "check", "--json"], capture_output=True, env=env, check=False
            ),
            runs=3,
        )
        whole = median(
            "secguard report --format pdf",
            lambda: subprocess.run(
                [SECGUARD, "report", "--format", "pdf", "-o", out],
                capture_output=True,
                env=env,
                check=False,
            ),
            runs=3,
        )
    print(f"{'report pdf / check --json':<36} {whole / check:8.2f}")
    del app


if __name__ == "__main__":
    main()
