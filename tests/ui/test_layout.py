"""Nothing clipped or off-screen: every page and its main states, in both languages,
at 100 % and 150 % text size, in an 800x600 and a 1000x680 window (issue 12, item 3).

The checks live in ``tests/ui/layout.py``, the screens in ``tests/ui/scenes.py``.
Three displays keep the run short (about 0.2 s a case): 100 % text at
800x600, and 150 % text at 1000x680 and at 800x600; 125 % sits between
them and is covered by the screenshot script's checks
(``make screenshots``).

Today's failures are marked ``xfail(strict=True)`` case by case, from the
run that wrote them down: when a page is fixed its cases pass, pytest
reports them as XPASS(strict) failures, and the entry below is to be
removed with the fix.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from secguard.i18n import Language
from tests.ui import scenes
from tests.ui.layout import layout_problems

DISPLAYS = (
    scenes.Display(1.0, QSize(800, 600)),
    scenes.Display(1.5, QSize(1000, 680)),
    scenes.Display(1.5, QSize(800, 600)),
)


# Cases that fail and are known, each with what fails (none today: issue 12 fixed
# the last ones).  A strict xfail turns into a failure once the case passes.
KNOWN_FAILURES: dict[str, tuple[str, ...]] = {}


def _cases() -> list[object]:
    cases = []
    for scene in scenes.SCENES:
        for language in Language:
            for display in DISPLAYS:
                case = f"{scene.name}-{language.value}-{display.name}"
                known = KNOWN_FAILURES.get(case)
                marks = [pytest.mark.xfail(strict=True, reason="; ".join(known))] if known else []
                cases.append(pytest.param(scene, language, display, id=case, marks=marks))
    return cases


def test_every_known_failure_names_a_case():
    ids = {param.id for param in _cases()}  # type: ignore[attr-defined]
    assert sorted(KNOWN_FAILURES.keys() - ids) == []


@pytest.mark.parametrize(("scene", "language", "display"), _cases())
def test_nothing_is_clipped_or_off_screen(
    qapp: QApplication, qtbot, scene: scenes.Scene, language: Language, display: scenes.Display
):
    assert display.size is not None
    with scenes.opened(qapp, scene, language, display, qtbot.waitUntil) as window:
        problems = layout_problems(window, display.size, window.sidebar)
    assert problems == [], "\n".join(problems)
