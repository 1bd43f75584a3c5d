"""The layering rules of ARCHITECTURE.md, enforced."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "secguard"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _python_files(subpackage: str) -> list[Path]:
    return sorted((PACKAGE / subpackage).rglob("*.py"))


@pytest.mark.parametrize("layer", ["core", "storage"])
def test_core_and_storage_do_not_import_qt(layer: str):
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name for name in _imported_modules(path) if name.split(".")[0] == "PySide6"
        )
        for path in _python_files(layer)
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_core_does_not_reach_up_into_ui_storage_or_cli():
    upward = ("secguard.ui", "secguard.storage", "secguard.cli", "keyring")
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name for name in _imported_modules(path) if name.startswith(upward)
        )
        for path in _python_files("core")
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_only_storage_touches_the_keyring():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if "storage" not in path.relative_to(PACKAGE).parts
        and any(name.split(".")[0] in {"keyring", "keyrings"} for name in _imported_modules(path))
    ]
    assert offenders == []


def test_the_architecture_test_sees_the_package():
    # Guard against the checks above passing because they found no files.
    assert len(_python_files("core")) >= 3
    assert len(_python_files("ui")) >= 5
