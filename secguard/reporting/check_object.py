"""The object ``secguard check --json`` prints, which the JSON report extends.

Built here once so that the command and the report can never disagree on a field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from secguard.core.checklist import CheckResult
from secguard.i18n import Texts


def result_to_json(result: CheckResult, texts: Texts) -> dict[str, Any]:
    return {
        "number": result.precaution.number,
        "id": result.precaution.id.value,
        "state": result.state.value,
        "message_id": result.message_id,
        "message": texts.reason(result.message_id, result.params),
        "details": dict(result.details),
    }


def storage_to_json(
    state: str, message_id: str, params: Mapping[str, str] | None, texts: Texts
) -> dict[str, Any]:
    return {"state": state, "message_id": message_id, "message": texts.message(message_id, params)}


def check_object(
    version: str,
    results: Sequence[CheckResult],
    storage: tuple[str, str, Mapping[str, str] | None],
    texts: Texts,
) -> dict[str, Any]:
    """``storage``: the keyring's state, the message id saying so, and its params."""
    return {
        "version": version,
        "precautions": [result_to_json(result, texts) for result in results],
        "storage": storage_to_json(*storage, texts),
    }
