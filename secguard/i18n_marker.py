"""The marker lupdate looks for, in its own module so that every message file can use it."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - lupdate's marker name
    """Marks ``source`` for lupdate under ``context``; translated when shown.

    Qt's own marker is typed as returning ``object``; this one keeps ``str``.
    """
    del context
    return source
