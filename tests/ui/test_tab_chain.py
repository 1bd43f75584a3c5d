"""Every control reachable by Tab, with a name, on every page in both languages
(issue 12, item 7's test).

Each page and its main states (``tests/ui/scenes.py``) at the window's own
size; Tab is pressed from the sidebar, the first stop, round the whole
window.  The checks live in ``tests/ui/keyboard.py``.  Today's failures are
``xfail(strict=True)``: a fixed page turns its entry into an XPASS failure,
and the entry is to be removed with the fix.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from secguard.i18n import Language
from tests.ui import scenes
from tests.ui.keyboard import text_boxes_keeping_tab, unnamed_tab_stops, unreachable_by_tab

DISPLAY = scenes.Display(1.0, None)
SCENES = scenes.START_SCENES + scenes.STATE_SCENES

# Known failures per check, scene name -> what fails (none today).
UNREACHABLE: dict[str, str] = {}
UNNAMED: dict[str, str] = {}
KEEPS_TAB: dict[str, str] = {}


def _cases(known: dict[str, str]) -> list[object]:
    cases = []
    for scene in SCENES:
        for language in Language:
            reason = known.get(scene.name)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            case = f"{scene.name}-{language.value}"
            cases.append(pytest.param(scene, language, id=case, marks=marks))
    return cases


@pytest.mark.parametrize(("scene", "language"), _cases(UNREACHABLE))
def test_every_control_is_reached_by_tab(
    qapp: QApplication, qtbot, scene: scenes.Scene, language: Language
):
    with scenes.opened(qapp, scene, language, DISPLAY, qtbot.waitUntil) as window:
        problems = unreachable_by_tab(qtbot, window, window.sidebar)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(("scene", "language"), _cases(UNNAMED))
def test_every_tab_stop_has_a_name(
    qapp: QApplication, qtbot, scene: scenes.Scene, language: Language
):
    with scenes.opened(qapp, scene, language, DISPLAY, qtbot.waitUntil) as window:
        problems = unnamed_tab_stops(window)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(("scene", "language"), _cases(KEEPS_TAB))
def test_no_text_box_keeps_the_tab_key(
    qapp: QApplication, qtbot, scene: scenes.Scene, language: Language
):
    with scenes.opened(qapp, scene, language, DISPLAY, qtbot.waitUntil) as window:
        problems = text_boxes_keeping_tab(window)
    assert problems == [], "\n".join(problems)
