"""Bookmarks and account records in the OS keyring: one entry per record plus an index.

Layout, all under one service name (a brokerage preset may change it):

- ``index``: ``{"schema": 1, "next_id": N, "bookmark": [...], "account": [...]}``,
  id lists stored as ranges (``[[1, 200]]``) so the index stays small;
- ``record:<id>``: ``{"schema": 1, "kind": ..., "id": ..., "data": {...}}``.

Ids are sequential.  A record is written before the index that lists it, so
an interrupted add leaves a record at ``next_id`` that no index lists; the
next read finds it there (keyring offers no way to list entries, which is
why ids are not random) and repairs the index.  A record that cannot be
read (not UTF-8, not JSON, too deep, a field of the wrong type) is set
aside and reported, never deleted, and never stops the others from being
read.  Nothing is ever written anywhere but the keyring, and a keyring that
stores in plaintext counts as no keyring at all (see ``backends.py``).

Every read-modify-write holds the ``VaultLock``, so two processes never
interleave their writes.  An import writes a chunk of records, then the
index once, each chunk under the lock, and skips addresses already stored,
so that an import cut short is completed by running it again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from secguard.core.accounts import AccountRecord
from secguard.core.bookmarks import Bookmark, not_yet_stored, now_iso
from secguard.storage.backends import (
    DEFAULT_SERVICE,
    default_backend,
    qualified_name,
    service_name,
    translate_backend_error,
    unusable_backend_reason,
)
from secguard.storage.errors import (
    EntryUnreadable,
    IndexDamaged,
    RecordNotFound,
    RecordTooLarge,
    StorageError,
    StorageUnavailable,
)
from secguard.storage.index import Index, index_text, parse_index
from secguard.storage.records import (
    KINDS,
    Kind,
    UnreadableRecord,
    kind_of,
    parse_record,
    record_text,
)
from secguard.storage.vault_lock import VaultLock

__all__ = [
    "DEFAULT_SERVICE",
    "INDEX_KEY",
    "MAX_ENTRY_BYTES",
    "KeyringVault",
    "SetAside",
    "VaultContents",
    "default_backend",
    "service_name",
    "unusable_backend_reason",
]

INDEX_KEY = "index"
FINGERPRINT_KEY = "fingerprint-key"
# Windows Credential Manager refuses a blob over 5 * 512 bytes; keyring
# stores the text as UTF-16, so about 1,280 characters.
MAX_ENTRY_BYTES = 2560
# How far past the last known id a rebuild looks before it stops.
REBUILD_GAP = 64
# Records written per index write during an import (and per hold of the lock).
IMPORT_CHUNK = 20
# Missing addresses read one by one up to this many; beyond, in one session.
BULK_READ_AFTER = 8

R = TypeVar("R", Bookmark, AccountRecord)
T = TypeVar("T")
ImportProgress = Callable[[int, int], None]  # (entries handled, entries in the file)


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
class _Snapshot:
    """Every entry of the service read in one session; undecodable ones by key only."""

    entries: dict[str, str]
    undecodable: set[str]


# --- the vault ------------------------------------------------------------------


class KeyringVault:
    """Plain Python over a keyring backend, which the caller passes in.

    Every method may raise ``StorageLocked``, ``StorageUnavailable`` or
    ``VaultBusy``; run them on the ``SerialWorker``, never on the UI thread.
    ``on_answer`` is called after every keyring call (the CLI's heartbeat).
    """

    def __init__(
        self,
        backend: Any,
        service: str = DEFAULT_SERVICE,
        *,
        bulk_read: bool = True,
        lock: VaultLock | None = None,
        on_answer: Callable[[], None] | None = None,
    ) -> None:
        self._backend = backend
        self._service = service
        self._bulk_read_allowed = bulk_read
        self._lock = lock or VaultLock(None, service)
        self._on_answer = on_answer
        self._backend_judged = False
        # During load() only: every entry of this service, read in one go.
        self._snapshot: _Snapshot | None = None

    @property
    def service(self) -> str:
        return self._service

    # -- low level, every backend call goes through here --

    def _judge_backend(self) -> None:
        if not self._backend_judged:  # keyring's priority may cost a D-Bus round trip
            reason = unusable_backend_reason(self._backend)
            if reason is not None:
                raise StorageUnavailable(reason, backend=qualified_name(self._backend))
            self._backend_judged = True

    def _call(self, function: Callable[[], T]) -> T:
        self._judge_backend()
        try:
            return function()
        except StorageError:
            raise
        except UnicodeDecodeError as exc:  # one entry that is not text, not the keyring
            raise EntryUnreadable() from exc
        except Exception as exc:  # every backend failure becomes a state
            raise translate_backend_error(exc) from exc
        finally:
            if self._on_answer is not None:
                self._on_answer()

    def _get(self, key: str) -> str | None:
        if self._snapshot is not None:
            if key in self._snapshot.undecodable:
                raise EntryUnreadable(key=key)
            return self._snapshot.entries.get(key)
        value = self._call(lambda: self._backend.get_password(self._service, key))
        return value if value is None else str(value)

    def _set(self, key: str, value: str) -> None:
        self._call(lambda: self._backend.set_password(self._service, key, value))
        if self._snapshot is not None:
            self._snapshot.entries[key] = value
            self._snapshot.undecodable.discard(key)

    def _delete(self, key: str) -> None:
        self._call(lambda: self._backend.delete_password(self._service, key))
        if self._snapshot is not None:
            self._snapshot.entries.pop(key, None)
            self._snapshot.undecodable.discard(key)

    def _read_everything(self) -> _Snapshot | None:
        """All of this service's entries through one Secret Service session, or None.

        keyring's SecretService backend opens a D-Bus connection, checks the
        lock and negotiates an encrypted session for every single call (about
        10 ms each); listing 200 bookmarks that way takes seconds.  Here one
        connection, one session and one search serve the whole listing.  The
        lock handling is keyring's own (``get_preferred_collection``, ``unlock``).
        A secret that is not UTF-8 is noted by key, and only that entry is
        then unreadable.
        """
        if not self._bulk_read_allowed or qualified_name(self._backend) != (
            "keyring.backends.SecretService.Keyring"
        ):
            return None
        backend = self._backend

        def read() -> _Snapshot:
            from secretstorage.util import open_session

            collection = backend.get_preferred_collection()
            with contextlib.closing(collection.connection):
                collection.session = open_session(collection.connection)
                scheme = backend.schemes[backend.scheme]
                snapshot = _Snapshot({}, set())
                for item in collection.search_items({scheme["service"]: self._service}):
                    key = item.get_attributes().get(scheme["username"])
                    if key is None or key in snapshot.entries or key in snapshot.undecodable:
                        continue  # keyring, too, answers with the first match
                    backend.unlock(item)
                    try:
                        snapshot.entries[key] = item.get_secret().decode("utf-8")
                    except UnicodeDecodeError:
                        snapshot.undecodable.add(key)
                return snapshot

        return self._call(read)

    @staticmethod
    def _check_size(value: str) -> None:
        size = len(value.encode("utf-16-le"))
        if size > MAX_ENTRY_BYTES:
            raise RecordTooLarge(size=str(size), limit=str(MAX_ENTRY_BYTES))

    # -- index --

    def _write_index(self, index: Index) -> None:
        text = index_text(index)
        self._check_size(text)
        self._set(INDEX_KEY, text)

    def _stored_index(self) -> tuple[Index, list[tuple[int, Kind | None]]]:
        """The index as stored, and the records past its ``next_id`` that no index lists
        (left by an interrupted write, or one under way in another process)."""
        try:
            raw = self._get(INDEX_KEY)
        except EntryUnreadable as exc:
            raise IndexDamaged() from exc
        index = Index() if raw is None else parse_index(raw)
        orphans: list[tuple[int, Kind | None]] = []
        while True:
            record_id = index.next_id + len(orphans)
            try:
                value = self._get(f"record:{record_id}")
            except EntryUnreadable:
                value = ""  # there, but no kind can be read from it
            if value is None:
                return index, orphans
            orphans.append((record_id, kind_of(value)))

    def _current_index(self, contents: VaultContents | None = None) -> Index:
        """The index with any orphan re-attached and written back.  Only under the lock."""
        index, orphans = self._stored_index()
        for record_id, kind in orphans:
            key = f"record:{record_id}"
            if kind is not None:
                index.ids[kind].append(record_id)
                if contents is not None:
                    contents.repaired.append(key)
            elif contents is not None:
                contents.set_aside.append(SetAside(key, "storage.record_unreadable"))
            # Skip past it either way, so nothing is ever written over it.
            index.next_id = record_id + 1
        if orphans:
            self._write_index(index)
        return index

    # -- reading --

    def load(self) -> VaultContents:
        """Everything stored; unusable entries are reported in ``set_aside``.

        Reading takes no lock; only when records past the index are found
        (which a repair would write into the index) does it take the lock and
        look again, since another process may be in the middle of adding them.
        """
        self._snapshot = self._read_everything()
        try:
            contents = VaultContents()
            try:
                index, orphans = self._stored_index()
                if orphans:
                    with self._lock.held():
                        self._snapshot = self._read_everything()
                        index = self._current_index(contents)
            except IndexDamaged:
                contents.set_aside.append(SetAside(INDEX_KEY, "storage.index_damaged"))
                return contents
            self._load_records(index, contents)
            return contents
        finally:
            self._snapshot = None

    def _load_records(self, index: Index, contents: VaultContents) -> None:
        for kind in KINDS:
            for record_id in index.ids[kind]:
                key = f"record:{record_id}"
                try:
                    raw = self._get(key)
                    if raw is None:
                        contents.set_aside.append(SetAside(key, "storage.record_missing"))
                        continue
                    record = parse_record(kind, record_id, raw)
                except (EntryUnreadable, UnreadableRecord):
                    contents.set_aside.append(SetAside(key, "storage.record_unreadable"))
                    continue
                if isinstance(record, Bookmark):
                    contents.bookmarks.append(record)
                else:
                    contents.accounts.append(record)

    # -- writing, always under the lock --

    def _add(self, kind: Kind, record: R) -> R:
        with self._lock.held():
            index = self._current_index()
            stored = dataclasses.replace(record, id=index.next_id)
            text = record_text(kind, stored)
            self._check_size(text)
            index.ids[kind].append(stored.id)
            index.next_id += 1
            self._check_size(index_text(index))  # refuse before anything is written
            self._set(f"record:{stored.id}", text)
            self._write_index(index)
        return stored

    def _update(self, kind: Kind, record: R) -> R:
        with self._lock.held():
            index = self._current_index()
            if record.id not in index.ids[kind]:
                raise RecordNotFound(id=str(record.id))
            stored = dataclasses.replace(record, updated=now_iso())
            text = record_text(kind, stored)
            self._check_size(text)
            self._set(f"record:{stored.id}", text)
        return stored

    def _remove(self, kind: Kind, record_id: int) -> None:
        with self._lock.held():
            index = self._current_index()
            if record_id not in index.ids[kind]:
                raise RecordNotFound(id=str(record_id))
            # Index first: if the record's deletion then fails, the list is
            # already right and only an unreachable entry remains.
            index.ids[kind].remove(record_id)
            self._write_index(index)
            try:
                present = self._get(f"record:{record_id}") is not None
            except EntryUnreadable:
                present = True
            if present:
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

    # -- importing --

    def import_bookmarks(
        self,
        bookmarks: Iterable[Bookmark],
        *,
        progress: ImportProgress | None = None,
        stop: threading.Event | None = None,
    ) -> tuple[list[Bookmark], int]:
        """Add those whose address is neither stored nor earlier in the list.

        Returns them and how many were left out as already there.  Every size
        is checked before the first write.  ``progress(handled, total)`` is
        called after each entry (stored, or found already there); an entry
        counts as stored once its record is written, since a read re-attaches
        a record the index does not list yet.  ``stop`` ends the import
        between two entries (the caller gave up waiting).
        """
        items = list(bookmarks)
        for item in items:
            self._check_size(record_text("bookmark", dataclasses.replace(item, id=10**9)))
        known: dict[int, str] = {}  # stored bookmark id -> address, read once
        added: list[Bookmark] = []
        skipped = 0
        for start in range(0, len(items), IMPORT_CHUNK):
            if stop is not None and stop.is_set():
                break
            with self._lock.held():
                index = self._current_index()
                fresh, duplicates = not_yet_stored(
                    items[start : start + IMPORT_CHUNK], self._stored_addresses(index, known)
                )
                skipped += duplicates
                if progress is not None and duplicates:
                    progress(len(added) + skipped, len(items))
                counts = (len(added) + skipped, len(items))
                added += self._write_chunk(
                    index, fresh, known, counts, progress=progress, stop=stop
                )
        return added, skipped

    def _write_chunk(
        self,
        index: Index,
        fresh: list[Bookmark],
        known: dict[int, str],
        counts: tuple[int, int],
        *,
        progress: ImportProgress | None,
        stop: threading.Event | None,
    ) -> list[Bookmark]:
        """Write ``fresh`` one record at a time, then the index once; ``counts`` are
        (entries handled before this chunk, entries in the file)."""
        done_before, total = counts
        written: list[Bookmark] = []
        try:
            for bookmark in fresh:
                if stop is not None and stop.is_set():
                    break
                stored = dataclasses.replace(bookmark, id=index.next_id)
                index.ids["bookmark"].append(stored.id)
                index.next_id += 1
                try:
                    self._check_size(index_text(index))
                    self._set(f"record:{stored.id}", record_text("bookmark", stored))
                except StorageError:
                    index.ids["bookmark"].pop()
                    index.next_id -= 1
                    raise
                written.append(stored)
                known[stored.id] = stored.url
                if progress is not None:
                    progress(done_before + len(written), total)
        except StorageError:
            if written:  # best effort: a later read re-attaches them anyway
                with contextlib.suppress(StorageError):
                    self._write_index(index)
            raise
        if written:
            self._write_index(index)
        return written

    def _stored_addresses(self, index: Index, known: dict[int, str]) -> list[str]:
        """The addresses of the stored bookmarks, reading only those not in ``known``."""
        missing = [i for i in index.ids["bookmark"] if i not in known]
        snapshot = self._read_everything() if len(missing) > BULK_READ_AFTER else None
        for record_id in missing:
            key = f"record:{record_id}"
            try:
                raw = snapshot.entries.get(key) if snapshot is not None else self._get(key)
                if raw is None:
                    continue
                record = parse_record("bookmark", record_id, raw)
            except (EntryUnreadable, UnreadableRecord):
                continue  # set aside; its address is unknown, so it cannot match
            if isinstance(record, Bookmark):
                known[record_id] = record.url
        return [known[i] for i in index.ids["bookmark"] if i in known]

    # -- the fingerprint key and repairs --

    def fingerprint_key(self) -> bytes:
        """This installation's key for password fingerprints, created on first use.

        An entry that is there but unreadable is never replaced: a new key
        would silently orphan every stored fingerprint.  It is created under
        the lock, so two processes never make two keys.
        """
        from secguard.core.fingerprints import KEY_BYTES, new_key  # not start-up work

        try:
            raw = self._get(FINGERPRINT_KEY)
            if raw is None:
                with self._lock.held():
                    raw = self._get(FINGERPRINT_KEY)
                    if raw is None:
                        key = new_key()
                        self._set(FINGERPRINT_KEY, key.hex())
                        return key
        except EntryUnreadable as exc:
            raise StorageError("storage.fingerprint_key_damaged") from exc
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
        with self._lock.held():
            try:
                raw = self._get(INDEX_KEY)
            except EntryUnreadable:
                raw = None  # cannot be copied aside; it stays where it is until overwritten
            if raw is not None:
                self._set("index.damaged", raw)
            index = Index()
            record_id, misses = 1, 0
            while misses < REBUILD_GAP:
                try:
                    value = self._get(f"record:{record_id}")
                except EntryUnreadable:
                    value = ""
                if value is None:
                    misses += 1
                else:
                    misses = 0
                    kind = kind_of(value)
                    if kind is not None:
                        index.ids[kind].append(record_id)
                    index.next_id = record_id + 1
                record_id += 1
            self._write_index(index)
        return self.load()


def system_vault(*, on_answer: Callable[[], None] | None = None) -> KeyringVault:
    """The person's own vault: the OS keyring (judged), the service name, and the
    lock in the data directory shared by every secguard process of this user.

    Call it on the keyring worker: finding the backend imports keyring and may
    talk to D-Bus.
    """
    from secguard.storage.paths import AppPaths

    service = service_name()
    lock = VaultLock(AppPaths.default().data_dir, service)
    return KeyringVault(default_backend(), service, lock=lock, on_answer=on_answer)
