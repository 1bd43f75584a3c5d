"""A step's state is its worst finding, and "could not tell" outranks "ok"."""

from __future__ import annotations

from secguard.core.checklist import CheckState
from secguard.core.system.findings import Finding, Topic, worst

OK = Finding(Topic.OS_SUPPORT, CheckState.OK, "system.os_supported")
UNKNOWN = Finding(Topic.REBOOT, CheckState.UNKNOWN, "system.reboot_unknown")
ATTENTION = Finding(Topic.UPDATES, CheckState.ATTENTION, "system.updates_pending")
RISK = Finding(Topic.ANTIVIRUS, CheckState.RISK, "system.av_off")


def test_one_probe_that_could_not_tell_keeps_the_step_from_ok():
    assert worst([OK, UNKNOWN]) is UNKNOWN


def test_a_real_problem_still_shows_beside_an_unknown():
    assert worst([UNKNOWN, ATTENTION, OK]) is ATTENTION
    assert worst([ATTENTION, RISK, UNKNOWN]) is RISK
    assert worst([ATTENTION, ATTENTION]) is ATTENTION
    assert worst([]) is None
