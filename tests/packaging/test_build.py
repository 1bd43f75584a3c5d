"""`make bundle PRESET=...` refuses an invalid preset, listing every problem, before
PyInstaller runs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.packaging.conftest import EXAMPLE_PRESET, PACKAGING

EXIT_INVALID_PRESET = 3


def _build(preset_file: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "build.py"),
            "--preset-file",
            str(preset_file),
            "--dist",
            str(tmp_path / "dist"),
            "--work",
            str(tmp_path / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def example(tmp_path: Path) -> dict[str, Any]:
    source = PACKAGING / "presets" / f"{EXAMPLE_PRESET}.json"
    shutil.copyfile(source.with_suffix(".png"), tmp_path / f"{EXAMPLE_PRESET}.png")
    return json.loads(source.read_text(encoding="utf-8"))


def _write(document: dict[str, Any], tmp_path: Path) -> Path:
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_invalid_preset_fails_the_build_with_every_error_listed(
    example: dict[str, Any], tmp_path: Path
):
    example["brand"]["accent"] = "pink"
    example["brand"]["names"].pop("ja")
    example["phones"][1]["number"] = "ring ring"
    example["keyring_service"] = "Secguard Sakura"
    example["surprise"] = True
    result = _build(_write(example, tmp_path), tmp_path)
    assert result.returncode == EXIT_INVALID_PRESET
    problems = [line.strip() for line in result.stderr.splitlines()[1:]]
    assert [p.split(":")[0] for p in problems] == [
        "(top)",
        "/brand/accent",
        "/brand/names",
        "/keyring_service",
        "/phones/1/number",
    ]
    assert "'surprise' was unexpected" in problems[0]
    assert not (tmp_path / "dist").exists()  # PyInstaller never ran


def test_a_preset_claiming_another_brokers_domain_fails_the_build(
    example: dict[str, Any], tmp_path: Path
):
    example["broker"]["domains"].append("sbisec.co.jp")
    result = _build(_write(example, tmp_path), tmp_path)
    assert result.returncode == EXIT_INVALID_PRESET
    assert "'sbisec.co.jp' belongs to SBI Securities in the broker directory" in result.stderr


def test_the_example_preset_passes_the_check():
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--preset", EXAMPLE_PRESET, "--check-only"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"preset {EXAMPLE_PRESET}.json checked" in result.stdout
