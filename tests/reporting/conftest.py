from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def _one_application(qapp: QApplication) -> QApplication:
    """The PDF writer needs a GUI application; the suite's own, so that the command line's
    off-screen QGuiApplication never takes its place for the tests that follow."""
    return qapp
