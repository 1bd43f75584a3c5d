"""The built bundle, started as a person's computer starts it: from its own folder.

Branded with the example preset, so the self-test also proves that the
preset is found inside the bundle, merged into the directory and bookmarked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.packaging.conftest import BuiltBundle

SIZE_BUDGET_BYTES = 90_000_000  # issue 17: the Linux onedir within 90 MB


def _run(bundle: BuiltBundle, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    # A clean environment: nothing of this checkout (PYTHONPATH, the venv) may help it.
    base = {
        key: os.environ[key]
        for key in ("PATH", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "XDG_DATA_HOME", "HOME")
        if key in os.environ
    }
    return subprocess.run(
        [str(bundle.executable), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd="/",
        env={**base, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **env},
    )


def test_the_bundle_passes_its_self_test_with_its_preset(built_bundle: BuiltBundle):
    result = _run(built_bundle, "--self-test")
    assert result.returncode == 0, result.stderr
    assert "self-test passed: 10 pages in 2 languages" in result.stdout
    assert "22 brokers" in result.stdout  # 21 of the directory and the preset's
    assert "secguard's and Qt's Japanese translations" in result.stdout
    assert "preset sakuradori-example (log-in page bookmarked)" in result.stdout
    assert result.stderr == ""


def test_the_bundle_judges_the_presets_site_official(built_bundle: BuiltBundle):
    result = _run(
        built_bundle,
        "check-link",
        "--json",
        "--no-bookmarks",
        "https://login.sakuradori-example.co.jp/",
    )
    assert result.returncode == 0, result.stderr
    (link,) = json.loads(result.stdout)["links"]
    assert (link["verdict"], link["broker"]) == ("official", "sakuradori-example")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the budget is for Linux")
def test_the_linux_bundle_stays_within_its_size_budget(built_bundle: BuiltBundle):
    total = sum(
        p.stat().st_size
        for p in built_bundle.folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    )
    assert total <= SIZE_BUDGET_BYTES, built_bundle.build_output


def test_only_what_secguard_uses_is_bundled(built_bundle: BuiltBundle):
    files = [p.relative_to(built_bundle.folder).as_posix() for p in built_bundle.folder.rglob("*")]
    qt = [f for f in files if "/PySide6/" in f]
    assert not [f for f in qt if "/qml/" in f or "Quick" in f or "Qml" in f or "WebEngine" in f]
    assert not [f for f in files if f.endswith(".ts") or "/tests/" in f or "pytest" in f]
    translations = sorted(Path(f).name for f in qt if "/translations/" in f)
    assert translations
    assert all(name.endswith(("_ja.qm", "_en.qm")) for name in translations)
    platforms = sorted(Path(f).name for f in qt if "/plugins/platforms/" in f)
    assert platforms == (
        ["libqoffscreen.so", "libqxcb.so"] if sys.platform.startswith("linux") else platforms
    )
    assert "_internal/resources/translations/secguard_ja.qm" in files
    assert "_internal/resources/preset/preset.json" in files


@pytest.mark.secret_service
@pytest.mark.skipif(
    not os.environ.get("SECGUARD_TEST_SECRET_SERVICE"),
    reason="needs the test command's private gnome-keyring (make test)",
)
def test_the_bundle_stores_under_the_presets_keyring_service(built_bundle: BuiltBundle):
    """The frozen app finds keyring's backends (entry points) and uses the preset's service."""
    from keyring.backends import SecretService

    label = f"bundle-test-{uuid.uuid4().hex[:8]}"
    added = _run(built_bundle, "bookmarks", "add", "https://www.sbisec.co.jp/", "--label", label)
    assert added.returncode == 0, added.stderr
    listed = _run(built_bundle, "bookmarks", "list", "--json")
    assert label in [b["label"] for b in json.loads(listed.stdout)["bookmarks"]]
    # Stored under the brokerage's own service name, not the plain app's.
    assert SecretService.Keyring().get_password("secguard-sakuradori-example", "index") is not None
