"""The Qt binding itself: a release that corrupts reference counts must never be installed.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a
method that returns nothing; the window then aborts after a few minutes of
use.  Python 3.12 made None immortal, so there the count cannot be watched.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel

CALLS = 500


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_calling_void_methods_does_not_drain_none(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
        label.update()
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 10, f"the Qt binding dropped {lost} references to None"
