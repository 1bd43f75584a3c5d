"""Test set-up shared by the whole suite.

Qt runs off-screen (set here, before any QApplication exists, never by the
user), and every test gets its own empty data and log directories so that
nothing touches the developer's real files.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from secguard.storage.paths import AppPaths


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    return home


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths(data_dir=tmp_path / "data", log_dir=tmp_path / "log")
