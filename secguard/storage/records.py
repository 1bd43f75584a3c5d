"""One keyring entry per record: its text, and reading it back without trusting it.

Any program running as the person can write entries under secguard's
service name, and an older or newer secguard may have written them, so a
record is parsed with limits (size, nesting, number length) and every field
is checked against the type the dataclass declares before a ``Bookmark`` or
``AccountRecord`` is built from it: a ``url`` that is a number or a list
must be a set-aside record, not a crash in ``check-link``.  A bookmark's
address and broker id are checked as when it was added, so that nothing a
terminal would interpret (ANSI escapes) reaches ``bookmarks list``.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any, Literal, TypeVar

from secguard.core.accounts import AccountRecord
from secguard.core.bookmarks import Bookmark, InvalidBookmark, check_broker_id, normalise_url
from secguard.core.untrusted_json import UntrustedJsonError, parse_untrusted_json

SCHEMA_VERSION = 1
# Entries secguard writes stay under 2,560 bytes (Windows' limit); one written
# by something else may be larger, but never needs to be megabytes.
MAX_READ_CHARS = 64 * 1024

Kind = Literal["bookmark", "account"]
KINDS: tuple[Kind, ...] = ("bookmark", "account")
R = TypeVar("R", Bookmark, AccountRecord)


class UnreadableRecord(ValueError):
    """The entry is not a record secguard can use; it is set aside and kept."""


def parse_entry(raw: str) -> Any:
    """Any stored entry's JSON (index or record), read with limits."""
    try:
        return parse_untrusted_json(raw, max_bytes=MAX_READ_CHARS)
    except UntrustedJsonError as exc:
        raise UnreadableRecord(str(exc)) from exc


def record_text(kind: Kind, record: Bookmark | AccountRecord) -> str:
    data = dataclasses.asdict(record)
    data.pop("id")
    return json.dumps(
        {"schema": SCHEMA_VERSION, "kind": kind, "id": record.id, "data": data},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def kind_of(raw: str) -> Kind | None:
    """The kind a stored record says it is, or None when it cannot be read as one."""
    try:
        data = parse_entry(raw)
    except UnreadableRecord:
        return None
    if isinstance(data, dict) and data.get("schema") == SCHEMA_VERSION:
        kind = data.get("kind")
        if kind in KINDS:
            return kind  # type: ignore[no-any-return]
    return None


# Fields an account record reads itself (core.accounts): a damaged or old value
# (true/false answers, a check of another shape) becomes "not answered" or "no
# check", never an unreadable record.
SELF_READ_FIELDS = frozenset({"password_check", "mfa_enabled", "login_notifications", "mfa_method"})

_FIELD_TYPES: dict[type, dict[str, Any]] = {}


def _field_types(cls: type[Bookmark] | type[AccountRecord]) -> dict[str, Any]:
    """Each field's declared type (``id`` comes from the key), worked out once per class."""
    if cls not in _FIELD_TYPES:
        hints = typing.get_type_hints(cls)
        _FIELD_TYPES[cls] = {
            f.name: hints[f.name] for f in dataclasses.fields(cls) if f.name != "id"
        }
    return _FIELD_TYPES[cls]


def _matches(value: Any, annotation: Any) -> bool:
    """Whether a JSON value fits a field annotation (str, bool | None, dict[str, object] ...)."""
    if annotation is Any or annotation is object:
        return True
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return any(_matches(value, option) for option in typing.get_args(annotation))
    if annotation is type(None):
        return value is None
    origin = typing.get_origin(annotation) or annotation
    if origin is dict:
        return isinstance(value, dict) and all(isinstance(key, str) for key in value)
    if origin is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(origin, type) and isinstance(value, origin)


def parse_record(kind: Kind, record_id: int, raw: str) -> Bookmark | AccountRecord:
    """The record stored under ``record:<record_id>``, or ``UnreadableRecord``."""
    data = parse_entry(raw)
    if not isinstance(data, dict) or data.get("schema") != SCHEMA_VERSION:
        raise UnreadableRecord("schema")
    if data.get("kind") != kind or data.get("id") != record_id:
        raise UnreadableRecord("kind")
    fields = data.get("data")
    if not isinstance(fields, dict):
        raise UnreadableRecord("data")
    cls: type[Bookmark] | type[AccountRecord] = Bookmark if kind == "bookmark" else AccountRecord
    expected = _field_types(cls)
    # Fields a newer secguard added are ignored; missing ones take their defaults.
    known = {name: value for name, value in fields.items() if name in expected}
    for name, value in known.items():
        if name not in SELF_READ_FIELDS and not _matches(value, expected[name]):
            raise UnreadableRecord(f"type of {name}")
    try:
        if cls is AccountRecord:
            record: Bookmark | AccountRecord = AccountRecord.from_fields(record_id, known)
        else:
            record = cls(id=record_id, **known)
    except TypeError as exc:  # a required field is missing
        raise UnreadableRecord("fields") from exc
    if isinstance(record, Bookmark):
        _check_bookmark(record)
    return record


def _check_bookmark(bookmark: Bookmark) -> None:
    try:
        normalise_url(bookmark.url)
        check_broker_id(bookmark.broker_id)
    except InvalidBookmark as exc:
        raise UnreadableRecord(exc.message_id) from exc
