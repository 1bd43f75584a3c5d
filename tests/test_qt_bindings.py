"""The Qt bindings themselves must not break Python: a guard on the installed PySide6.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a
method that returns nothing, so a window that updated a label ten thousand
times made Python abort ("none_dealloc: deallocating None").  Python 3.12
made None immortal, where the count does not move at all.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_that_return_nothing_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        label.update()
    # A few references may come and go with the interpreter's own work; a
    # leak shows as one per call (2000 here).
    assert before - sys.getrefcount(None) < 100
