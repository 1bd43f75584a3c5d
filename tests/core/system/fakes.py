"""A machine made of recorded outputs, passed in where the real LocalSystem would be."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from secguard.core.system.runner import (
    CommandFailure,
    CommandOutput,
    ReadOnlyCommand,
    decode_output,
    ensure_allowed,
)

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@dataclass
class RecordedSystem:
    """Answers each allowed command with a fixture; anything not given is "not installed".

    It refuses command lines off the allow list exactly as LocalSystem does,
    so a probe cannot pass its tests with a command the real runner refuses.
    """

    platform: str
    outputs: dict[tuple[str, ...], CommandOutput] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    times: dict[str, datetime] = field(default_factory=dict)
    ran: list[tuple[str, ...]] = field(default_factory=list)

    def answer(
        self,
        command: ReadOnlyCommand,
        stdout: str | bytes = "",
        returncode: int = 0,
        stderr: str = "",
        encoding: str = "utf-8",
    ) -> RecordedSystem:
        text = stdout if isinstance(stdout, str) else decode_output(stdout, encoding)
        self.outputs[command.argv] = CommandOutput(command.name, returncode, text, stderr)
        return self

    def fail(self, command: ReadOnlyCommand, failure: CommandFailure) -> RecordedSystem:
        self.outputs[command.argv] = CommandOutput(command.name, None, failure=failure)
        return self

    def run(self, command: ReadOnlyCommand) -> CommandOutput:
        ensure_allowed(command)
        self.ran.append(command.argv)
        return self.outputs.get(
            command.argv, CommandOutput(command.name, None, failure=CommandFailure.MISSING)
        )

    def read_bytes(self, path: str) -> bytes | None:
        return self.files.get(path)

    def modified(self, path: str) -> datetime | None:
        return self.times.get(path)

    def list_dir(self, path: str) -> list[str] | None:
        prefix = path.rstrip("/") + "/"
        names = sorted(
            {
                key[len(prefix) :].split("/")[0]
                for key in [*self.files, *self.times]
                if key.startswith(prefix)
            }
        )
        return names or None
