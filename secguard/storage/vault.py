"""Bookmarks and account records in the OS keyring: one entry per record plus an index.

Layout, all under one service name (a brokerage preset may change it):

- ``index``: ``{"schema": 1, "next_id": N, "bookmark": [...], "account": [...]}``,
  id lists stored as ranges (``[[1, 200]]``) so the index stays small;
- ``record:<id>``: ``{"schema": 1, "kind": ..., "id": ..., "data": {...}}``.

Ids are sequential.  A record is written before the index that lists it, so
an interrupted add leaves a record at ``next_id`` that no index lists; the
next read finds it there (keyring offers no way to list entries, which is
why ids are not random) and repairs the index.  A record that cannot be
read is set aside and reported, never deleted.  Nothing is ever written
anywhere but the keyring, and a keyring that stores in plaintext counts as
no keyring at all.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from secguard.core.accounts import AccountRecord
from secguard.core.bookmarks import Bookmark, now_iso
from secguard.storage.errors import (
    IndexDamaged,
    RecordNotFound,
    RecordTooLarge,
    StorageError,
    StorageLocked,
    StorageUnavailable,
)

SCHEMA_VERSION = 1
DEFAULT_SERVICE = "secguard"
INDEX_KEY = "index"
FINGERPRINT_KEY = "fingerprint-key"
# Windows Credential Manager refuses a blob over 5 * 512 bytes; keyring
# stores the text as UTF-16, so about 1,280 characters.
MAX_ENTRY_BYTES = 2560
# How far past the last known id a rebuild looks before it stops.
REBUILD_GAP = 64

Kind = Literal["bookmark", "account"]
KINDS: tuple[Kind, ...] = ("bookmark", "account")
R = TypeVar("R", Bookmark, AccountRecord)
T = TypeVar("T")


@dataclass(frozen=True)
class SetAside:
    """An entry that could not be used; left in the keyring untouched."""

    key: str
    reason: str  # a message id


@dataclass
class VaultContents:
    bookmarks: list[Bookmark] = field(default_factory=list)
    accounts: list[AccountRecord] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)  # keys re-attached to the index


@dataclass
class _Index:
    next_id: int = 1
    ids: dict[Kind, list[int]] = field(default_factory=lambda: {kind: [] for kind in KINDS})

    def all_ids(self) -> list[int]:
        return sorted(i for kind in KINDS for i in self.ids[kind])


def _to_ranges(ids: Iterable[int]) -> list[list[int]]:
    ranges: list[list[int]] = []
    for value in sorted(set(ids)):
        if ranges and value == ranges[-1][1] + 1:
            ranges[-1][1] = value
        else:
            ranges.append([value, value])
    return ranges


def _from_ranges(ranges: Any) -> list[int]:
    if not isinstance(ranges, list):
        raise ValueError("ranges")
    ids: list[int] = []
    for pair in ranges:
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(v, int) for v in pair)
            or pair[0] > pair[1]
            or pair[1] - pair[0] > 100_000
        ):
            raise ValueError("range")
        ids.extend(range(pair[0], pair[1] + 1))
    return ids


# --- backends -----------------------------------------------------------------

_PLAINTEXT_MODULES = ("keyrings.alt",)
_FREEDESKTOP_BACKEND = "keyring.backends.SecretService.Keyring"
_NO_BACKEND = {"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"}


def _qualified(obj: object) -> str:
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def unusable_backend_reason(backend: Any) -> str | None:
    """Why ``backend`` must not hold secguard's data, or None when it may.

    keyring silently picks ``keyrings.alt``'s plaintext file backend when that
    package is installed and D-Bus is missing: that counts as unavailable.
    """
    name = _qualified(backend)
    if name in _NO_BACKEND:
        return "storage.no_backend"
    if name.startswith(_PLAINTEXT_MODULES):
        return "storage.plaintext_backend"
    if name == "keyring.backends.chainer.ChainerBackend":
        children = list(getattr(backend, "backends", []))
        if not children:
            return "storage.no_backend"
        for child in children:
            reason = unusable_backend_reason(child)
            if reason is not None:
                return reason
    return None


def service_name() -> str:
    """The keyring service name: ``SECGUARD_KEYRING_SERVICE`` (tests against a
    shared keyring), else the bundle's brokerage preset's, else ``secguard``."""
    from secguard.resources import bundled_preset

    preset = bundled_preset()
    return (
        os.environ.get("SECGUARD_KEYRING_SERVICE")
        or (preset.keyring_service if preset is not None else None)
        or DEFAULT_SERVICE
    )


def default_backend() -> Any:
    """The OS keyring keyring would pick (imported here: keyring is slow to import)."""
    import keyring

    return keyring.get_keyring()


def _translate_backend_error(exc: Exception) -> StorageError:
    names = {cls.__name__ for cls in type(exc).__mro__}
    text = str(exc)
    if (
        "KeyringLocked" in names
        or "LockedException" in names
        or "PromptDismissedException" in names
        or "Prompt dismissed" in text
    ):
        return StorageLocked()
    return StorageUnavailable(detail=type(exc).__name__)


# --- the vault ------------------------------------------------------------------


class KeyringVault:
    """Plain Python over a keyring backend, which the caller passes in.

    Every method may raise ``StorageLocked`` or ``StorageUnavailable``; run
    them on the ``SerialWorker``, never on the UI thread.
    """

    def __init__(
        self, backend: Any, service: str = DEFAULT_SERVICE, *, bulk_read: bool = True
    ) -> None:
        self._backend = backend
        self._service = service
        self._bulk_read_allowed = bulk_read
        # During load() only: every entry of this service, read in one go.
        self._snapshot: dict[str, str] | None = None

    @property
    def service(self) -> str:
        return self._service

    # -- low level, every backend call goes through here --

    def _call(self, function: Callable[[], T]) -> T:
        reason = unusable_backend_reason(self._backend)
        if reason is not None:
            raise StorageUnavailable(reason)
        try:
            return function()
        except StorageError:
            raise
        except Exception as exc:  # every backend failure becomes a state
            raise _translate_backend_error(exc) from exc

    def _get(self, key: str) -> str | None:
        if self._snapshot is not None:
            return self._snapshot.get(key)
        value = self._call(lambda: self._backend.get_password(self._service, key))
        return value if value is None else str(value)

    def _set(self, key: str, value: str) -> None:
        self._call(lambda: self._backend.set_password(self._service, key, value))
        if self._snapshot is not None:
            self._snapshot[key] = value

    def _delete(self, key: str) -> None:
        self._call(lambda: self._backend.delete_password(self._service, key))
        if self._snapshot is not None:
            self._snapshot.pop(key, None)

    def _read_everything(self) -> dict[str, str] | None:
        """All of this service's entries through one Secret Service session, or None.

        keyring's SecretService backend opens a D-Bus connection, checks the
        lock and negotiates an encrypted session for every single call (about
        10 ms each); listing 200 bookmarks that way takes seconds.  Here one
        connection, one session and one search serve the whole listing.  The
        lock handling is keyring's own (``get_preferred_collection``, ``unlock``).
        """
        if not self._bulk_read_allowed or _qualified(self._backend) != _FREEDESKTOP_BACKEND:
            return None
        backend = self._backend

        def read() -> dict[str, str]:
            from secretstorage.util import open_session

            collection = backend.get_preferred_collection()
            with contextlib.closing(collection.connection):
                collection.session = open_session(collection.connection)
                scheme = backend.schemes[backend.scheme]
                entries: dict[str, str] = {}
                for item in collection.search_items({scheme["service"]: self._service}):
                    key = item.get_attributes().get(scheme["username"])
                    if key is None or key in entries:
                        continue  # keyring, too, answers with the first match
                    backend.unlock(item)
                    entries[key] = item.get_secret().decode("utf-8")
                return entries

        return self._call(read)

    @staticmethod
    def _check_size(value: str) -> None:
        size = len(value.encode("utf-16-le"))
        if size > MAX_ENTRY_BYTES:
            raise RecordTooLarge(size=str(size), limit=str(MAX_ENTRY_BYTES))

    # -- index --

    def _parse_index(self, raw: str) -> _Index:
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or data.get("schema") != SCHEMA_VERSION:
                raise ValueError("schema")
            next_id = data["next_id"]
            if not isinstance(next_id, int) or next_id < 1:
                raise ValueError("next_id")
            ids = {kind: _from_ranges(data.get(kind, [])) for kind in KINDS}
        except (ValueError, KeyError, TypeError) as exc:
            raise IndexDamaged() from exc
        return _Index(next_id=next_id, ids=ids)

    def _index_text(self, index: _Index) -> str:
        data: dict[str, Any] = {"schema": SCHEMA_VERSION, "next_id": index.next_id}
        data.update({kind: _to_ranges(index.ids[kind]) for kind in KINDS})
        return json.dumps(data, separators=(",", ":"))

    def _write_index(self, index: _Index) -> None:
        text = self._index_text(index)
        self._check_size(text)
        self._set(INDEX_KEY, text)

    def _read_index(self, contents: VaultContents | None = None) -> _Index:
        """The index, with any record an interrupted add left behind re-attached."""
        raw = self._get(INDEX_KEY)
        index = _Index() if raw is None else self._parse_index(raw)
        changed = False
        while True:
            key = f"record:{index.next_id}"
            orphan = self._get(key)
            if orphan is None:
                break
            kind = self._kind_of(orphan)
            if kind is not None:
                index.ids[kind].append(index.next_id)
                if contents is not None:
                    contents.repaired.append(key)
            elif contents is not None:
                contents.set_aside.append(SetAside(key, "storage.record_unreadable"))
            # Skip past it either way, so nothing is ever written over it.
            index.next_id += 1
            changed = True
        if changed:
            self._write_index(index)
        return index

    @staticmethod
    def _kind_of(raw: str) -> Kind | None:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            return None
        if isinstance(data, dict) and data.get("schema") == SCHEMA_VERSION:
            kind = data.get("kind")
            if kind in KINDS:
                return kind  # type: ignore[no-any-return]
        return None

    # -- records --

    @staticmethod
    def _record_text(kind: Kind, record: Bookmark | AccountRecord) -> str:
        data = dataclasses.asdict(record)
        data.pop("id")
        return json.dumps(
            {"schema": SCHEMA_VERSION, "kind": kind, "id": record.id, "data": data},
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @staticmethod
    def _parse_record(kind: Kind, record_id: int, raw: str) -> Bookmark | AccountRecord:
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("schema") != SCHEMA_VERSION:
            raise ValueError("schema")
        if data.get("kind") != kind or data.get("id") != record_id:
            raise ValueError("kind")
        fields = data["data"]
        if not isinstance(fields, dict):
            raise ValueError("data")
        cls: type[Bookmark] | type[AccountRecord]
        cls = Bookmark if kind == "bookmark" else AccountRecord
        known = {f.name for f in dataclasses.fields(cls)} - {"id"}
        return cls(id=record_id, **{k: v for k, v in fields.items() if k in known})

    def load(self) -> VaultContents:
        """Everything stored; unusable entries are reported in ``set_aside``."""
        self._snapshot = self._read_everything()
        try:
            return self._load()
        finally:
            self._snapshot = None

    def _load(self) -> VaultContents:
        contents = VaultContents()
        try:
            index = self._read_index(contents)
        except IndexDamaged:
            contents.set_aside.append(SetAside(INDEX_KEY, "storage.index_damaged"))
            return contents
        for kind in KINDS:
            for record_id in index.ids[kind]:
                key = f"record:{record_id}"
                raw = self._get(key)
                if raw is None:
                    contents.set_aside.append(SetAside(key, "storage.record_missing"))
                    continue
                try:
                    record = self._parse_record(kind, record_id, raw)
                except (ValueError, KeyError, TypeError):
                    contents.set_aside.append(SetAside(key, "storage.record_unreadable"))
                    continue
                if isinstance(record, Bookmark):
                    contents.bookmarks.append(record)
                else:
                    contents.accounts.append(record)
        return contents

    def _add(self, kind: Kind, record: R) -> R:
        index = self._read_index()
        stored = dataclasses.replace(record, id=index.next_id)
        text = self._record_text(kind, stored)
        self._check_size(text)
        index.ids[kind].append(stored.id)
        index.next_id += 1
        self._check_size(self._index_text(index))  # refuse before anything is written
        self._set(f"record:{stored.id}", text)
        self._write_index(index)
        return stored

    def _update(self, kind: Kind, record: R) -> R:
        index = self._read_index()
        if record.id not in index.ids[kind]:
            raise RecordNotFound(id=str(record.id))
        stored = dataclasses.replace(record, updated=now_iso())
        text = self._record_text(kind, stored)
        self._check_size(text)
        self._set(f"record:{stored.id}", text)
        return stored

    def _remove(self, kind: Kind, record_id: int) -> None:
        index = self._read_index()
        if record_id not in index.ids[kind]:
            raise RecordNotFound(id=str(record_id))
        # Index first: if the record's deletion then fails, the list is
        # already right and only an unreachable entry remains.
        index.ids[kind].remove(record_id)
        self._write_index(index)
        if self._get(f"record:{record_id}") is not None:
            self._delete(f"record:{record_id}")

    def add_bookmark(self, bookmark: Bookmark) -> Bookmark:
        return self._add("bookmark", bookmark)

    def update_bookmark(self, bookmark: Bookmark) -> Bookmark:
        return self._update("bookmark", bookmark)

    def remove_bookmark(self, bookmark_id: int) -> None:
        self._remove("bookmark", bookmark_id)

    def add_account(self, account: AccountRecord) -> AccountRecord:
        return self._add("account", account)

    def update_account(self, account: AccountRecord) -> AccountRecord:
        return self._update("account", account)

    def remove_account(self, account_id: int) -> None:
        self._remove("account", account_id)

    def add_bookmarks(self, bookmarks: Iterable[Bookmark]) -> list[Bookmark]:
        """Add several (an import): every size is checked before the first write."""
        items = list(bookmarks)
        for item in items:
            self._check_size(self._record_text("bookmark", dataclasses.replace(item, id=10**9)))
        return [self.add_bookmark(item) for item in items]

    def import_bookmarks(self, bookmarks: Iterable[Bookmark]) -> tuple[list[Bookmark], int]:
        """Add those whose address is not stored yet; returns them and how many were skipped."""
        items = list(bookmarks)
        known = {b.url for b in self.load().bookmarks}
        fresh = [b for b in items if b.url not in known]
        return self.add_bookmarks(fresh), len(items) - len(fresh)

    def fingerprint_key(self) -> bytes:
        """This installation's key for password fingerprints, created on first use.

        An entry that is there but unreadable is never replaced: a new key
        would silently orphan every stored fingerprint.
        """
        from secguard.core.fingerprints import KEY_BYTES, new_key  # not start-up work

        raw = self._get(FINGERPRINT_KEY)
        if raw is None:
            key = new_key()
            self._set(FINGERPRINT_KEY, key.hex())
            return key
        try:
            key = bytes.fromhex(raw)
        except ValueError:
            key = b""
        if len(key) != KEY_BYTES:
            raise StorageError("storage.fingerprint_key_damaged")
        return key

    def rebuild_index(self) -> VaultContents:
        """Rebuild a damaged index from the records themselves.

        The damaged index is kept under ``index.damaged`` first; records are
        found by probing ids until ``REBUILD_GAP`` in a row are empty.
        """
        raw = self._get(INDEX_KEY)
        if raw is not None:
            self._set("index.damaged", raw)
        index = _Index()
        record_id, misses = 1, 0
        while misses < REBUILD_GAP:
            value = self._get(f"record:{record_id}")
            if value is None:
                misses += 1
            else:
                misses = 0
                kind = self._kind_of(value)
                if kind is not None:
                    index.ids[kind].append(record_id)
                index.next_id = record_id + 1
            record_id += 1
        self._write_index(index)
        return self.load()
