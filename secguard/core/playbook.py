"""The "something looks wrong" playbook: five steps, each ticked off with its time.

This module is what the progress file keeps of it (the steps and each run); it is
read before the window's first paint.  What steps 1 and 2 show is in
``core.emergency``, step 3's guidance in ``core.mfa``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, replace


class PlaybookStep(enum.StrEnum):
    """In the order a person takes them; the values are kept in the progress file."""

    STOP_DAMAGE = "stop-damage"
    CHANGE_PASSWORDS = "change-passwords"
    TURN_ON_MFA = "turn-on-mfa"
    KEEP_EVIDENCE = "keep-evidence"
    GET_HELP = "get-help"


# Each step's title and its plain explanation (i18n_review.py holds the words).
STEP_TEXTS: Mapping[PlaybookStep, tuple[str, str]] = {
    step: (f"playbook.{step.value}", f"playbook.{step.value}_why") for step in PlaybookStep
}
# What to keep as evidence, one message id per line.
EVIDENCE_ITEMS = (
    "playbook.evidence_screenshots",
    "playbook.evidence_messages",
    "playbook.evidence_times",
    "playbook.evidence_calls",
)
# The most runs a progress file keeps: an incident a year is already a lot.
MAX_RUNS = 20


@dataclass(frozen=True)
class PlaybookRun:
    """One time through the playbook: when it started, for which broker, which steps are
    ticked off and when (ISO 8601 times, as every record keeps them)."""

    started: str
    broker_id: str | None = None
    ticked: Mapping[str, str] = field(default_factory=dict)

    @property
    def completed(self) -> bool:
        return all(step.value in self.ticked for step in PlaybookStep)

    def ticked_at(self, step: PlaybookStep) -> str | None:
        return self.ticked.get(step.value)

    def tick(self, step: PlaybookStep, at: str) -> PlaybookRun:
        return replace(self, ticked={**self.ticked, step.value: at})

    def untick(self, step: PlaybookStep) -> PlaybookRun:
        return replace(self, ticked={k: v for k, v in self.ticked.items() if k != step.value})

    @classmethod
    def from_document(cls, data: object) -> PlaybookRun:
        """A run as the progress file holds it; TypeError when it is not one."""
        if not isinstance(data, Mapping) or not isinstance(data.get("started"), str):
            raise TypeError("playbook run")
        broker_id = data.get("broker_id")
        ticked = data.get("ticked", {})
        if not isinstance(broker_id, str | None) or not isinstance(ticked, Mapping):
            raise TypeError("playbook run")
        steps = {step.value for step in PlaybookStep}
        if not all(k in steps and isinstance(v, str) for k, v in ticked.items()):
            raise TypeError("playbook run")
        return cls(data["started"], broker_id, dict(ticked))
