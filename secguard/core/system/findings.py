"""What one probe found, and how findings add up to a step's state."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from secguard.core.checklist import CheckState
from secguard.core.system.runner import CommandFailure, CommandOutput


class Topic(enum.StrEnum):
    OS_SUPPORT = "os_support"
    UPDATES = "updates"
    REBOOT = "reboot"
    ANTIVIRUS = "antivirus"
    GATEKEEPER = "gatekeeper"
    SYSTEM_INTEGRITY = "system_integrity"
    XPROTECT = "xprotect"
    CLAMAV = "clamav"


@dataclass(frozen=True)
class Finding:
    """One thing a probe established, in words (``message_id``) and data (``evidence``).

    ``evidence`` holds only what was read from the system (versions, dates,
    counts, product names): it goes into ``check --json`` and reports.
    """

    topic: Topic
    state: CheckState
    message_id: str
    params: Mapping[str, str] = field(default_factory=dict)
    evidence: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))
        object.__setattr__(self, "evidence", MappingProxyType(dict(self.evidence)))

    def to_json(self) -> dict[str, Any]:
        return {
            "topic": self.topic.value,
            "state": self.state.value,
            "message_id": self.message_id,
            "params": dict(self.params),
            "evidence": dict(self.evidence),
        }


def unknown(topic: Topic, message_id: str, **params: str) -> Finding:
    return Finding(topic, CheckState.UNKNOWN, message_id, params)


def command_problem(topic: Topic, output: CommandOutput) -> Finding:
    """A command that could not answer: the probe's result is unknown, with why."""
    message_id = {
        CommandFailure.MISSING: "system.command_missing",
        CommandFailure.TIMEOUT: "system.command_timeout",
        CommandFailure.ERROR: "system.command_failed",
        None: "system.command_failed",
    }[output.failure]
    return Finding(
        topic,
        CheckState.UNKNOWN,
        message_id,
        {"command": output.command},
        {"returncode": output.returncode},
    )


def unreadable(topic: Topic, command: str) -> Finding:
    return unknown(topic, "system.output_unreadable", command=command)


# Worst first.  UNKNOWN ranks above OK: a step with one probe that could not
# tell is never reported as ok, yet a real problem found elsewhere still shows.
_SEVERITY = (CheckState.RISK, CheckState.ATTENTION, CheckState.UNKNOWN, CheckState.OK)


def worst(findings: Iterable[Finding]) -> Finding | None:
    """The finding that decides the step's state (the first of the worst)."""
    ranked = sorted(enumerate(findings), key=lambda pair: (_SEVERITY.index(pair[1].state), pair[0]))
    return ranked[0][1] if ranked else None
