"""The rules that decide what goes into the bundle, checked without building one."""

from __future__ import annotations

import re
from importlib import metadata

import pytest

from tests.packaging.conftest import load_packaging_module

rules = load_packaging_module("bundle_rules")
icu_data = load_packaging_module("icu_data")

QT = "PySide6/Qt"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{QT}/plugins/platforms/libqxcb.so", True),
        (f"{QT}/plugins/platforms/libqoffscreen.so", True),
        (f"{QT}/plugins/platforms/libqeglfs.so", False),
        (f"{QT}/plugins/platforms/libqwayland.so", False),
        (f"{QT}/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        (f"{QT}/plugins/platformthemes/libqgtk3.so", False),
        (f"{QT}/plugins/imageformats/libqjpeg.so", True),
        (f"{QT}/plugins/imageformats/libqsvg.so", False),
        (f"{QT}/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/platforms/qwindowsd.dll", True),
        (f"{QT}/lib/libQt6Core.so.6", True),  # not a plugin: decided by what links to it
    ],
)
def test_plugins_are_kept_by_type_and_name(dest: str, kept: bool):
    assert rules.keeps_plugin(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{QT}/translations/qtbase_ja.qm", True),
        (f"{QT}/translations/qt_en.qm", True),
        (f"{QT}/translations/qtbase_de.qm", False),
        (f"{QT}/translations/qtdeclarative_ja.qm", False),
        (f"{QT}/qml/QtQuick/qmldir", False),
        (f"{QT}/metatypes/qt6core_metatypes.json", False),
        ("keyring-25.7.0.dist-info/entry_points.txt", True),
        ("keyring-25.7.0.dist-info/RECORD", False),
        ("platformdirs-4.14.9.dist-info/sboms/platformdirs.cdx.json", False),
        ("resources/brokers.json", True),
    ],
)
def test_data_files_kept(dest: str, kept: bool):
    assert rules.keeps_data(dest) is kept


def test_a_library_only_a_dropped_plugin_needed_leaves_with_it():
    links = {
        "/w/libqeglfs.so": ["libQt6EglFSDeviceIntegration.so.6", "libQt6Gui.so.6"],
        "/w/libQt6EglFSDeviceIntegration.so.6": ["libQt6Gui.so.6"],
        "/w/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/w/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/w/libQt6Core.so.6": [],
    }
    binaries = [
        (f"{QT}/plugins/platforms/libqeglfs.so", "/w/libqeglfs.so", "BINARY"),
        (
            f"{QT}/lib/libQt6EglFSDeviceIntegration.so.6",
            "/w/libQt6EglFSDeviceIntegration.so.6",
            "BINARY",
        ),
        ("PySide6/QtGui.abi3.so", "/w/QtGui.abi3.so", "EXTENSION"),
        (f"{QT}/lib/libQt6Gui.so.6", "/w/libQt6Gui.so.6", "BINARY"),
        (f"{QT}/lib/libQt6Core.so.6", "/w/libQt6Core.so.6", "BINARY"),
        (
            "libQt6EglFSDeviceIntegration.so.6",
            f"{QT}/lib/libQt6EglFSDeviceIntegration.so.6",
            "SYMLINK",
        ),
    ]
    trimmed = rules.trim(binaries, [], lambda path: links[path], leave_system_libraries=False)
    assert {b[0] for b in trimmed.binaries} == {
        "PySide6/QtGui.abi3.so",
        f"{QT}/lib/libQt6Core.so.6",
        f"{QT}/lib/libQt6Gui.so.6",
    }
    assert {b[0] for b in trimmed.dropped} == {
        f"{QT}/plugins/platforms/libqeglfs.so",
        f"{QT}/lib/libQt6EglFSDeviceIntegration.so.6",
        "libQt6EglFSDeviceIntegration.so.6",  # the link to it, left dangling otherwise
    }


def test_system_libraries_are_left_to_the_system_only_when_something_kept_needs_them():
    links = {
        "/w/libqgtk3.so": ["libgtk-3.so.0"],
        "/w/libqxcb.so": ["libxcb.so.1"],
        "/usr/lib/x86_64-linux-gnu/libgtk-3.so.0": [],
        "/usr/lib/x86_64-linux-gnu/libxcb.so.1": [],
        "/py/lib/libpython3.11.so.1.0": [],
    }
    binaries = [
        (f"{QT}/plugins/platformthemes/libqgtk3.so", "/w/libqgtk3.so", "BINARY"),
        (f"{QT}/plugins/platforms/libqxcb.so", "/w/libqxcb.so", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/x86_64-linux-gnu/libgtk-3.so.0", "BINARY"),
        ("libxcb.so.1", "/usr/lib/x86_64-linux-gnu/libxcb.so.1", "BINARY"),
        ("libpython3.11.so.1.0", "/py/lib/libpython3.11.so.1.0", "BINARY"),
    ]
    trimmed = rules.trim(binaries, [], lambda path: links[path], leave_system_libraries=True)
    assert [b[0] for b in trimmed.left_to_system] == ["libxcb.so.1"]
    assert [b[0] for b in trimmed.binaries] == [
        f"{QT}/plugins/platforms/libqxcb.so",
        "libpython3.11.so.1.0",
    ]


@pytest.mark.parametrize(
    ("source", "system"),
    [
        ("/usr/lib/x86_64-linux-gnu/libssl.so.3", True),
        ("/lib/x86_64-linux-gnu/libX11.so.6", True),
        ("/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", False),  # Debian's own Python
        ("/usr/lib/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so", False),
        ("/home/a/.venv/lib/python3.11/site-packages/PySide6/Qt/lib/libQt6Core.so.6", False),
        ("/usr/lib/python3/dist-packages/PySide6/Qt/lib/libQt6Core.so.6", False),
    ],
)
def test_what_counts_as_a_system_library(source: str, system: bool):
    assert rules.is_system_library(source) is system


def test_dependencies_bring_their_data_metadata_and_plugins_not_their_tests():
    files = rules.dependency_files(_fake_data)
    shipped = {_canonical(name) for name in files.metadata_dirs}
    assert {"keyring", "pyside6-essentials", "jsonschema", "publicsuffixlist"} <= shipped
    assert not {"pytest", "hypothesis", "ruff", "mypy", "pyinstaller"} & shipped
    # keyring's own backends are found through its entry points...
    assert "keyring.backends.SecretService" in files.hiddenimports
    # ...but a plugin for a tool the bundle does not ship is not.
    assert "platformdirs.pytest_plugin" not in files.hiddenimports
    data = [src for src, _ in files.datas]
    assert any(src.endswith("public_suffix_list.dat") for src in data)
    assert not any(src.endswith("test_psl.txt") for src in data)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _fake_data(package: str) -> list[tuple[str, str]]:
    from PyInstaller.utils.hooks import collect_data_files

    return collect_data_files(package)


def test_a_new_pure_python_dependency_is_found_without_a_hand_list():
    # The runtime closure comes from the installed metadata of secguard itself.
    requires = metadata.requires("secguard") or []
    names = {_canonical(re.split(r"[<>=;\[ ]", r)[0]) for r in requires if "extra ==" not in r}
    closure = {_canonical(d.metadata["Name"]) for d in rules.runtime_distributions()}
    assert names <= closure


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("root.res", True),
        ("res_index.res", True),
        ("ja.res", True),
        ("en_GB.res", True),
        ("de.res", False),
        ("zh_Hant_HK.res", False),
        ("coll/ja.res", True),
        ("coll/ucadata.icu", True),
        ("coll/de_.res", False),
        ("zone/ja.res", True),
        ("zone/fr.res", False),
        ("zoneinfo64.res", True),
        ("supplementalData.res", True),
        ("ibm-943_P15A-2003.cnv", False),
        ("cnvalias.icu", True),
        ("brkitr/cjdict.dict", False),
        ("translit/root.res", False),
        ("uts46.nrm", True),
    ],
)
def test_icu_keeps_what_qt_asks_for_in_japanese_and_english(item: str, kept: bool):
    assert icu_data.keeps_item(item) is kept
