"""Which check answers each precaution: the one place ui/ and cli.py share.

A precaution absent from this mapping is reported as "unknown — not checked
yet" by ``run_checklist``; the issues that build each precaution's page add
their check here.
"""

from __future__ import annotations

from secguard.core.checklist import CheckFunction, CheckResult, PrecautionId, run_checklist


def available_checks() -> dict[PrecautionId, CheckFunction]:
    return {}


def current_results() -> list[CheckResult]:
    return run_checklist(available_checks())
