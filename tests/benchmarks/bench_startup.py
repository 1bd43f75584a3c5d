"""Cold start to the first painted main window, and peak memory: secguard vs a bare window.

Each run is a new process.  The time is measured by this parent from just
before the process is spawned to the moment the child reports the first
paint event of its main window; peak RSS comes from ``wait4``.  secguard is
started through its real entry point (``secguard.cli.main`` with no
arguments, as a person starts it) with a Japanese locale, so the translation
loading, the crash handler and the overview are included.

With ``--instructions`` each child runs once under valgrind's callgrind and
the CPU instructions it executes up to its first paint are counted (the child
ends right there).  The count does not depend on how busy the machine is, so
it tells a change of a few per cent that the timings above, with their
run-to-run noise, cannot; a fresh home folder per run and a fixed hash seed
make it the same from run to run.

With ``--frozen`` the same is measured for the PyInstaller bundle: secguard
frozen against a bare QMainWindow frozen the same way (packaging/build.py,
the same spec and trimming rules, each with the same first-paint probe as a
runtime hook), both built into build/bench-bundle/ and reused while their
inputs are unchanged.

Run:  .venv/bin/python tests/benchmarks/bench_startup.py [--runs N] [--frozen | --instructions]
Under Xvfb (DISPLAY set) the xcb platform is used, otherwise offscreen.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Shared by both children: quit on the first paint of the main window.  The
# filter watches that one window only: an application-wide Python event filter
# would see every event of every widget and cost the richer window tens of
# milliseconds that no user pays.  REPORT is what the child writes then.
_HOOK = """
import os
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
REPORT
            sys.stdout.flush()
            if os.environ.get("SECGUARD_BENCH_EXIT_AT_PAINT"):
                os._exit(0)  # (--instructions: count nothing after the first paint)
            QTimer.singleShot(0, QApplication.instance().quit)
            watched.removeEventFilter(self)
        return False

hook = FirstPaint()
_show = QMainWindow.show

def _show_watched(window):
    QMainWindow.show = _show
    window.installEventFilter(hook)
    _show(window)

QMainWindow.show = _show_watched
"""


def first_paint_hook(report: str = 'sys.stdout.write("painted\\n")') -> str:
    """The hook with ``report`` (Python statements) run at the first paint of the main
    window, before the child quits (tests/ui/test_startup_imports.py reads what is loaded)."""
    return _HOOK.replace("REPORT\n", textwrap.indent(report.strip("\n"), " " * 12) + "\n")


FIRST_PAINT_HOOK = first_paint_hook()

BARE = (
    FIRST_PAINT_HOOK
    + """
app = QApplication([sys.argv[0]])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1000, 680)
window.show()
app.exec()
"""
)

# A second reference, not the target's: the least a window showing what
# secguard's first screen shows needs (Japanese text, so a CJK font, and a
# list), to tell what any such window pays from what secguard adds.
TEXT = (
    FIRST_PAINT_HOOK
    + """
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget
app = QApplication([sys.argv[0]])
window = QMainWindow()
window.resize(1000, 680)
central = QWidget()
layout = QVBoxLayout(central)
layout.addWidget(QLabel("パスワードの使い回しや単純なパスワードを避ける / No reused passwords"))
steps = QListWidget()
steps.addItems(["1. メール・SMSのリンク", "2. ブックマーク", "3. 多要素認証"])
layout.addWidget(steps)
window.setCentralWidget(central)
window.show()
app.exec()
"""
)

SECGUARD = (
    FIRST_PAINT_HOOK
    + """
from secguard.cli import main
main([])
"""
)


def measure(code: str | list[str]) -> tuple[float, float]:
    """Seconds to first paint and peak RSS in MiB, for one fresh process
    (Python ``code``, or a frozen executable's command line)."""
    start = time.perf_counter()
    env = {**os.environ, "LANG": "ja_JP.UTF-8", "LC_ALL": "ja_JP.UTF-8"}
    # An installed copy runs from compiled byte code; without this the children
    # would compile secguard's sources on every run (about 14 ms) wherever the
    # shell sets PYTHONDONTWRITEBYTECODE, as CI and containers often do.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-c", code] if isinstance(code, str) else code
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if line.strip() != b"painted" or proc.returncode != 0:
        raise RuntimeError(f"child did not paint (exit {proc.returncode})")
    # ru_maxrss is KiB on Linux, bytes on macOS.
    peak_mib = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return elapsed, peak_mib


def frozen_children() -> dict[str, list[str]]:
    """Build (or reuse) the frozen secguard and the frozen bare window."""
    folder = REPO / "build" / "bench-bundle"
    folder.mkdir(parents=True, exist_ok=True)
    hook = folder / "first_paint_hook.py"
    hook.write_text(FIRST_PAINT_HOOK, encoding="utf-8")
    bare = folder / "bare_window.py"
    # Its own imports: PyInstaller collects Qt's plugins for the modules a script imports.
    imports = "import sys\nfrom PySide6.QtWidgets import QApplication, QMainWindow\n"
    bare.write_text(imports + BARE.removeprefix(FIRST_PAINT_HOOK), encoding="utf-8")
    children = {}
    for name, entry in (("secguard", None), ("bare", bare)):
        command = [sys.executable, str(REPO / "packaging" / "build.py"), "--reuse"]
        command += ["--name", name, "--dist", str(folder / "dist"), "--work", str(folder / "work")]
        command += ["--runtime-hook", str(hook)]
        if entry is not None:
            command += ["--entry", str(entry)]
        built = subprocess.run(command, capture_output=True, text=True, check=False)
        if built.returncode != 0:
            raise RuntimeError(f"could not build the frozen {name}:\n{built.stderr}")
        print(next(line for line in built.stdout.splitlines() if line.startswith("bundle ")))
        children[f"frozen {name}"] = [str(folder / "dist" / name / name)]
    return children


def report(
    runs: int, children: dict[str, str | list[str]], pairs: list[tuple[str, str, str]]
) -> None:
    for code in children.values():  # warm the OS file cache once, so no side pays it alone
        measure(code)
    times: dict[str, list[float]] = {name: [] for name in children}
    peaks: dict[str, list[float]] = {name: [] for name in children}
    for _ in range(runs):  # interleaved, so drift affects all alike
        for name, code in children.items():
            elapsed, peak = measure(code)
            times[name].append(elapsed)
            peaks[name].append(peak)
    labels = {"text": "bare + CJK text + list"}
    for name in children:
        print(
            f"  {labels.get(name, name):24s} first paint median "
            f"{statistics.median(times[name]) * 1000:7.1f} ms"
            f"   peak RSS median {statistics.median(peaks[name]):6.1f} MiB"
        )
    for target, reference, note in pairs:
        time_ratio = statistics.median(times[target]) / statistics.median(times[reference])
        rss_ratio = statistics.median(peaks[target]) / statistics.median(peaks[reference])
        print(
            f"  ratio {target}/{reference}: start {time_ratio:.2f}x{note}, "
            f"peak RSS {rss_ratio:.2f}x{note}"
        )


def instructions(code: str) -> int:
    """CPU instructions one fresh child executes up to its first paint (callgrind's count)."""
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "LANG": "ja_JP.UTF-8",
            "LC_ALL": "ja_JP.UTF-8",
            "PYTHONHASHSEED": "0",
            "SECGUARD_BENCH_EXIT_AT_PAINT": "1",
            "HOME": home,
            **{f"XDG_{kind}_HOME": str(Path(home) / kind) for kind in ("DATA", "CONFIG", "STATE")},
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
        run = subprocess.run(
            [*command, sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
    collected = re.search(r"Collected : (\d+)", run.stderr)
    if run.stdout.strip() != "painted" or collected is None:
        raise RuntimeError(f"child did not paint under valgrind:\n{run.stderr[-2000:]}")
    return int(collected.group(1))


def report_instructions(children: dict[str, str]) -> None:
    # Byte code compiled first, as an installed copy has it: a run that compiled our
    # sources would count the compiler.
    compileall.compile_dir(REPO / "secguard", quiet=1)
    for code in children.values():  # the first run writes what Python caches
        instructions(code)
    counts = {name: instructions(code) for name, code in children.items()}
    labels = {"text": "bare + CJK text + list"}
    for name, count in counts.items():
        print(f"  {labels.get(name, name):24s} {count / 1e6:9.1f} M instructions to first paint")
    for target, reference in (("secguard", "bare"), ("secguard", "text")):
        print(f"  ratio {target}/{reference}: {counts[target] / counts[reference]:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--frozen", action="store_true", help="measure the PyInstaller bundle")
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions under valgrind"
    )
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    platform = os.environ.get("QT_QPA_PLATFORM", "xcb")

    if args.instructions:
        if shutil.which("valgrind") is None:
            print("--instructions needs valgrind (Debian package valgrind); not found")
            return
        print(f"startup instructions: one run each under callgrind, Qt platform {platform}")
        report_instructions({"bare": BARE, "text": TEXT, "secguard": SECGUARD})
        return

    if args.frozen:
        children: dict[str, str | list[str]] = dict(frozen_children())
        print(f"frozen startup benchmark: {args.runs} runs each, Qt platform {platform}")
        report(args.runs, children, [("frozen secguard", "frozen bare", " (target <= 1.3x)")])
        return
    children = {"bare": BARE, "text": TEXT, "secguard": SECGUARD}
    print(f"startup benchmark: {args.runs} runs each, Qt platform {platform}")
    report(
        args.runs,
        children,
        [("secguard", "bare", " (target <= 1.3x)"), ("secguard", "text", "")],
    )


if __name__ == "__main__":
    main()
