"""Screenshots of every page and state, for a person to look at (``make screenshots``).

Opens the real window on a real X display (xcb, as a person's desktop;
``make screenshots`` starts a private Xvfb screen of 1920x1080 for it) and
writes one PNG per scene, language, text size and window size into the
folder given (``build/screenshots/`` by default, never committed), named
``<scene>-<language>-<text size>-<window size>.png``.  Beside them,
``problems.txt`` lists what the layout checks of ``tests/ui/layout.py``
find in each picture, 125 % text included.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python -m tests.ui.screenshots [FOLDER]
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QSize, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from secguard.i18n import Language
from tests.ui import scenes
from tests.ui.layout import layout_problems

DISPLAYS = tuple(
    scenes.Display(scale, size)
    for scale in (1.0, 1.25, 1.5)
    for size in (QSize(800, 600), None)  # None: the size the window opens at
)
POLL_MS = 20
X_ROUND_TRIP_MS = 200


def wait_until(predicate: Callable[[], object], timeout: int = scenes.TIMEOUT_MS) -> None:
    """Run the event loop until ``predicate()`` holds (what qtbot.waitUntil does in tests)."""
    deadline = QDeadlineTimer(timeout)
    loop = QEventLoop()
    while not predicate():
        if deadline.hasExpired():
            raise TimeoutError(f"still waiting after {timeout} ms")
        QTimer.singleShot(POLL_MS, loop.quit)
        loop.exec()


def _let_x_catch_up() -> None:
    """A real X server answers resizes asynchronously: give it a moment before measuring."""
    loop = QEventLoop()
    QTimer.singleShot(X_ROUND_TRIP_MS, loop.quit)
    loop.exec()
    scenes.settle(QApplication.instance())  # type: ignore[arg-type]


def _grab(window: QWidget) -> QPixmap:
    """What the X server shows of the window, as a person's screenshot would."""
    picture = window.screen().grabWindow(window.winId())
    return picture if not picture.isNull() else window.grab()


def take_all(app: QApplication, folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    report = []
    shots = 0
    for display in DISPLAYS:
        for language in Language:
            for scene in scenes.SCENES:
                name = f"{scene.name}-{language.value}-{display.name}"
                with scenes.opened(app, scene, language, display, wait_until) as window:
                    _let_x_catch_up()
                    asked = display.size or window.size()
                    problems = layout_problems(window, asked, window.sidebar)
                    # Only the standard sizes get a picture; 125 % is checked, not drawn.
                    if display.text_scale != 1.25:
                        _grab(window).save(str(folder / f"{name}.png"))
                        shots += 1
                report.append(f"{name}: {len(problems)} problem(s)")
                report += [f"    {problem}" for problem in problems]
    (folder / "problems.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    return shots


def main(argv: list[str]) -> int:
    if not os.environ.get("DISPLAY"):
        print("needs an X display: run it through `make screenshots` (xvfb-run)", file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "xcb"  # a real window, not the offscreen plugin
    folder = Path(argv[1]) if len(argv) > 1 else Path("build/screenshots")
    app = QApplication([argv[0]])
    shots = take_all(app, folder)
    print(f"{shots} screenshots and problems.txt written to {folder}/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
