"""The runner runs only its read-only allow list, in a minimal C-locale environment."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from secguard.core.system import runner
from secguard.core.system.runner import (
    APT_SIMULATE_UPGRADE,
    READ_ONLY_COMMANDS,
    CommandFailure,
    CommandRefused,
    LocalSystem,
    ReadOnlyCommand,
    decode_output,
    minimal_environment,
)
from secguard.core.system.updates import parse_apt_simulation
from tests.core.system.fakes import FIXTURES

CORE = Path(runner.__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "argv",
    [
        ("apt-get", "upgrade"),
        ("apt-get", "update"),
        ("apt-get", "-s", "-o", "Debug::NoLocking=1", "upgrade", "-y"),
        ("apt-get", "-o", "Debug::NoLocking=1", "upgrade"),
        ("dnf", "check-update"),  # without --cacheonly it would refresh the metadata
        ("softwareupdate", "--install", "--all"),
        ("sudo", "apt-get", "-s", "upgrade"),
        ("powershell.exe", "-NoProfile", "-NonInteractive", "-Command", "Update-MpSignature"),
    ],
)
def test_refuses_every_command_line_off_the_allow_list(argv: tuple[str, ...]):
    with pytest.raises(CommandRefused) as refused:
        LocalSystem().run(ReadOnlyCommand("anything", argv, 1.0))
    assert refused.value.message_id == "system.command_refused"


def test_a_refused_command_never_starts(tmp_path: Path):
    marker = tmp_path / "written-by-a-refused-command"
    with pytest.raises(CommandRefused):
        LocalSystem().run(ReadOnlyCommand("touch", ("touch", str(marker)), 1.0))
    assert not marker.exists()


def test_allowed_command_lines_do_not_change_anything():
    forbidden = (
        "install",
        "--download",
        "-d",
        "refresh",
        "Set-",
        "Remove-",
        "Start-",
        "Update-Mp",
        "RunAs",
        "sudo",
        "makecache",
        "-y",
    )
    for command in READ_ONLY_COMMANDS:
        words = [word for arg in command.argv for word in arg.replace(";", " ").split()]
        assert not [w for w in words if w in forbidden or w.startswith(("Set-", "Remove-"))], (
            command.name
        )
    assert "-s" in APT_SIMULATE_UPGRADE.argv
    assert "--cacheonly" in runner.DNF_CHECK_UPDATE.argv
    assert "--no-refresh" in runner.ZYPPER_LIST_UPDATES.argv


def test_only_the_runner_starts_processes_in_core():
    importers = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        if names & {"subprocess", "os.system", "pty"}:
            importers.append(path.relative_to(CORE).as_posix())
    assert importers == ["system/runner.py"]


def test_minimal_environment_keeps_nothing_of_the_callers(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("APT_CONFIG", "/nonexistent/apt.conf")
    monkeypatch.setenv("LD_PRELOAD", "evil.so")
    environment = minimal_environment(c_locale=True, platform="linux")
    assert environment == {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "LC_ALL": "C",
        "LANG": "C",
    }
    windows = minimal_environment(c_locale=False, platform="win32")
    assert "APT_CONFIG" not in windows
    assert windows["PATH"].endswith(r"\System32\WindowsPowerShell\v1.0")


@pytest.mark.skipif(shutil.which("apt-get") is None, reason="needs apt (Debian/Ubuntu)")
def test_real_apt_simulation_runs_in_the_c_locale_without_the_callers_environment(
    monkeypatch: pytest.MonkeyPatch,
):
    # A leaked APT_CONFIG would make apt fail; a leaked Japanese locale would
    # translate the lines the parser reads.
    monkeypatch.setenv("APT_CONFIG", "/nonexistent/apt.conf")
    monkeypatch.setenv("LC_ALL", "ja_JP.UTF-8")
    output = LocalSystem().run(APT_SIMULATE_UPGRADE)
    assert output.failure is None
    assert output.returncode == 0
    assert parse_apt_simulation(output.stdout) is not None


def test_a_missing_program_is_reported_as_missing_not_run():
    absent = runner.SW_VERS if shutil.which("sw_vers") is None else runner.SPCTL_STATUS
    if shutil.which(absent.argv[0]):
        pytest.skip("both macOS tools exist here")
    output = LocalSystem(platform="linux").run(absent)
    assert (output.failure, output.returncode) == (CommandFailure.MISSING, None)


def test_japanese_windows_output_is_decoded_with_its_code_page():
    raw = (FIXTURES / "securitycenter_third_party_ja.cp932.json").read_bytes()
    assert "ウイルスバスター クラウド" in decode_output(raw, "cp932")
    assert "ウイルスバスター" not in decode_output(raw, "utf-8")
    assert decode_output(b"ok", "cp99999") == "ok"  # an unknown code page still decodes


def test_console_encoding_off_windows_is_utf8():
    assert runner.console_encoding("linux") == "utf-8"
    assert runner.console_encoding("darwin") == "utf-8"
