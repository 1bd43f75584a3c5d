"""The guard in front of the OS's update and security settings: a fixed list, nothing else."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from secguard.ui.system_settings import (
    ALLOWED_ADDRESSES,
    LINUX_UPDATERS,
    SettingsPlace,
    SystemSettings,
)


class Recorder:
    """Stands where the desktop opens addresses or starts programs, and notes each call."""

    def __init__(self) -> None:
        self.urls: list[str] = []
        self.programs: list[tuple[str, list[str]]] = []

    def open_url(self, url: QUrl) -> bool:
        self.urls.append(url.toString())
        return True

    def start(self, program: str, arguments: object) -> bool:
        self.programs.append((program, list(arguments)))  # type: ignore[call-overload]
        return True


def settings(platform: str, recorder: Recorder, path: str = "") -> SystemSettings:
    return SystemSettings(
        platform,
        open_url=recorder.open_url,
        find_program=lambda name: shutil.which(name, path=path) if path else None,
        start_program=recorder.start,
    )


@pytest.mark.parametrize(
    ("platform", "place", "address"),
    [
        ("win32", SettingsPlace.UPDATES, "ms-settings:windowsupdate"),
        ("win32", SettingsPlace.PROTECTION, "windowsdefender:"),
        (
            "darwin",
            SettingsPlace.UPDATES,
            "x-apple.systempreferences:com.apple.preferences.softwareupdate",
        ),
        (
            "darwin",
            SettingsPlace.PROTECTION,
            "x-apple.systempreferences:com.apple.preference.security",
        ),
    ],
)
def test_each_os_opens_its_own_settings_page(qapp, platform, place, address):
    recorder = Recorder()
    opener = settings(platform, recorder)
    assert opener.can_open(place)
    assert opener.open(place)
    assert recorder.urls == [address]


@pytest.mark.parametrize(
    "address",
    [
        "https://www.sbisec.co.jp/",
        "file:///etc/passwd",
        "ms-settings:windowsupdate-action",  # one that starts an update, not the page
        "ms-settings:windowsupdate?activationSource=x",
        "MS-SETTINGS:WINDOWSUPDATE",
        "windowsdefender://threat",
        "x-apple.systempreferences:com.apple.preferences.softwareupdate?client=x",
        "javascript:alert(1)",
        "",
    ],
)
def test_anything_not_on_the_list_is_refused(qapp, address):
    recorder = Recorder()
    assert settings("win32", recorder).open_address(address) is False
    assert recorder.urls == []


def test_the_list_holds_only_settings_addresses(qapp):
    assert {address.split(":")[0] for address in ALLOWED_ADDRESSES} == {
        "ms-settings",
        "windowsdefender",
        "x-apple.systempreferences",
    }


def test_linux_without_an_updater_has_nothing_to_open(qapp, tmp_path: Path):
    recorder = Recorder()
    opener = settings("linux", recorder, str(tmp_path))
    assert not opener.can_open(SettingsPlace.UPDATES)
    assert not opener.can_open(SettingsPlace.PROTECTION)
    assert opener.open(SettingsPlace.UPDATES) is False
    assert recorder.urls == recorder.programs == []


def fake_program(folder: Path, name: str, record: Path) -> Path:
    """A stand-in updater on PATH that writes the arguments it was started with."""
    program = folder / name
    program.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{record}"\n', encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


def test_linux_starts_the_first_listed_updater_found_on_path(qtbot, tmp_path: Path):
    record = tmp_path / "arguments"
    fake_program(tmp_path, "update-manager", tmp_path / "wrong")
    fake_program(tmp_path, "gnome-software", record)
    opener = SystemSettings(
        "linux", find_program=lambda name: shutil.which(name, path=str(tmp_path))
    )
    assert opener.updater() == ("gnome-software", "--mode=updates")
    assert opener.open(SettingsPlace.UPDATES)
    # A real process, started detached: wait for what it wrote.
    qtbot.waitUntil(record.exists, timeout=5000)
    qtbot.waitUntil(lambda: record.read_text(encoding="utf-8") == "--mode=updates\n")
    assert not (tmp_path / "wrong").exists()


@pytest.mark.parametrize(
    "command_line",
    [
        ("gnome-software",),  # listed program, other arguments
        ("gnome-software", "--mode=updates", "--verbose"),
        ("sh", "-c", "gnome-software --mode=updates"),
        ("apt-get", "upgrade"),
        (),
    ],
)
def test_a_command_line_not_listed_is_never_started(qapp, tmp_path: Path, command_line):
    recorder = Recorder()
    for name in ("gnome-software", "sh", "apt-get"):
        fake_program(tmp_path, name, tmp_path / f"{name}.ran")
    assert settings("linux", recorder, str(tmp_path)).start_updater(command_line) is False
    assert recorder.programs == []


def test_every_listed_updater_starts_exactly_as_listed(qapp, tmp_path: Path):
    for line in LINUX_UPDATERS:
        recorder = Recorder()
        fake_program(tmp_path, line[0], tmp_path / "ran")
        assert settings("linux", recorder, str(tmp_path)).start_updater(line)
        assert recorder.programs == [(str(tmp_path / line[0]), list(line[1:]))]
