"""Plumbing under :class:`~liverbook.store.store.Store`: opening, closing, transactions, errors.

Every write goes through :meth:`StoreBase._writing`: ``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back
whole on any error. SQLite and OS errors that come from the environment become
:class:`~liverbook.store.errors.StoreError` subclasses; a damaged file is moved aside and reported
as :class:`~liverbook.store.errors.StoreCorrupt`. Everything else (bugs) propagates unchanged.
All SQL runs through :meth:`StoreBase._exec`, which calls the optional ``fault_hook`` first: tests
use it to simulate a full disk or a read-only folder even when running as root.

:meth:`StoreBase.open_read_only` is for a data folder that cannot be written to: the notes are read
into memory (see :mod:`liverbook.store.readonly`) and every write raises StoreReadOnly.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from liverbook.store.backups import make_backup
from liverbook.store.errors import (
    StoreCorrupt,
    StoreError,
    StoreReadOnly,
    StoreUnavailable,
    classify,
    describe,
    is_corruption,
)
from liverbook.store.files import ensure_private_dir
from liverbook.store.lock import WriterLock, acquire
from liverbook.store.model import to_utc, utc_now
from liverbook.store.opening import connect, db_path, new_write_id, open_database, set_aside_damaged
from liverbook.store.rows import BadRow
from liverbook.store.schema import StepHook

FaultHook = Callable[[str], None]
"""Called with each SQL statement the store is about to run; tests raise from it to simulate faults."""

Clock = Callable[[], datetime]

if TYPE_CHECKING:
    from typing_extensions import Self  # typing.Self needs Python 3.11

    from liverbook.store.salvage import Rescued


def _lock_if_possible(data_dir: Path) -> WriterLock | None:
    """The writer lock (StoreLocked if another copy holds it); None when the folder cannot be made
    (opening then says why in plain words)."""
    try:
        ensure_private_dir(data_dir)
    except OSError:
        return None
    return acquire(data_dir)


class StoreBase:
    """Connection, transactions and error handling of the store."""

    def __init__(self, data_dir: Path, conn: sqlite3.Connection, clock: Clock, fault_hook: FaultHook | None):
        """Use :meth:`open`."""
        self._data_dir = data_dir
        self._conn: sqlite3.Connection | None = conn
        self._closed = False
        self._damaged: StoreCorrupt | None = None
        self._clock = clock
        self.fault_hook = fault_hook
        self._read_only = False
        self._lock: WriterLock | None = None
        self._other_thread = False  # a reader() for another thread: it never moves a file aside
        self.rescued: Rescued | None = None
        """Set on a read-only store made from a damaged file: how much could be read."""
        self.notices: list[str] = []
        """Plain messages about what was found and done while opening (e.g. a stray -wal set aside)."""
        self.on_damage: Callable[[StoreCorrupt], None] | None = None
        """Called once when damage is found while running (the file is already set aside), so the
        window can offer the recovery at once; the call that found it still raises StoreCorrupt."""
        self.rows_checked = True
        """False when opened with ``check_rows=False`` until :meth:`find_damage` has said the file is sound."""

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        clock: Clock = utc_now,
        fault_hook: FaultHook | None = None,
        migration_hook: StepHook | None = None,
        check_rows: bool = True,
    ) -> Self:
        """Open (creating, checking, migrating as needed) the store in ``data_dir``.

        Raises StoreCorrupt (file moved aside; offer ``best_backup``), StoreTooNew (file untouched)
        or StoreUnavailable (disk full, read-only, busy). ``check_rows`` False skips ``quick_check``
        and the check of every row (most of a second with years of data): ``rows_checked`` is then
        False, and the caller runs :meth:`find_damage` soon after (the app: once its window is up).
        """
        notices: list[str] = []
        lock = _lock_if_possible(data_dir)
        try:
            conn = open_database(data_dir, to_utc(clock()), migration_hook, notices, check_rows)
        except BaseException:
            if lock is not None:
                lock.unlock()
            raise
        store = cls(data_dir, conn, clock, fault_hook)
        store.notices = notices
        store._lock = lock
        store.rows_checked = check_rows
        return store

    @classmethod
    def open_read_only(cls, data_dir: Path, cause: StoreError | None, *, clock: Clock = utc_now) -> Self:
        """The notes as saved, in memory, without changing anything in the folder.

        For a folder that cannot be written to or a full disk (after :meth:`open` raised ``cause``),
        and for exports and the summary (``cause`` None: no notes file gives empty data). A damaged
        file gives what can be read of it (``rescued`` says how much). Every write raises
        StoreReadOnly. Raises ``cause`` again if there are no notes to show, StoreTooNew, or
        StoreReadOnly if the file cannot be read at all.
        """
        from liverbook.store.readonly import load_read_only  # and the rescue: not needed to start

        conn, rescued = load_read_only(data_dir, cause)
        store = cls(data_dir, conn, clock, None)
        store._read_only = True
        store.rescued = rescued
        return store

    def reader(self) -> Self:
        """A second, read-only store over the same file, for one other thread (the search index's worker).

        Its connection may be used from any one thread at a time; close it there when done. Raises
        StoreReadOnly when there is no file to read beside this one (a read-only store keeps its
        data in memory), StoreError if the file cannot be opened.
        """
        if self._read_only or self._closed:
            raise StoreReadOnly(detail="no file to read in another thread")
        try:
            conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro",
                uri=True,
                isolation_level=None,
                check_same_thread=False,
            )
            conn.execute("PRAGMA trusted_schema = OFF")
        except sqlite3.Error as exc:
            self._environment_error(exc)
            raise
        store = type(self)(self._data_dir, conn, self._clock, None)
        store._read_only = True
        store._other_thread = True
        return store

    @property
    def read_only(self) -> bool:
        """True when the notes are only shown: the folder cannot be written to."""
        return self._read_only

    @property
    def closed(self) -> bool:
        """True once :meth:`close` was called (the window that used it has gone)."""
        return self._closed

    @property
    def data_dir(self) -> Path:
        """The data folder."""
        return self._data_dir

    @property
    def path(self) -> Path:
        """The database file."""
        return db_path(self._data_dir)

    def close(self) -> None:
        """Close the database (idempotent) and let go of the writer lock."""
        self._closed = True
        if self._conn is not None:
            conn, self._conn = self._conn, None
            conn.close()
        if self._lock is not None:
            self._lock.unlock()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- plumbing -------------------------------------------------------------------------------

    def _db(self) -> sqlite3.Connection:
        if self._damaged is not None:  # every later call says the same, in plain words
            raise StoreCorrupt(self._damaged.moved_to, self._damaged.best_backup, detail=self._damaged.detail)
        if self._closed:
            raise RuntimeError("the store is closed")
        if self._conn is None and self._read_only:
            raise StoreReadOnly(detail="the read-only copy was closed after an error")
        if self._conn is None:  # dropped after a failed rollback: connect again
            try:
                self._conn = connect(self.path)
            except (sqlite3.Error, OSError) as exc:
                self._environment_error(exc)
                raise
        return self._conn

    def _now(self) -> datetime:
        return to_utc(self._clock())

    def _exec(self, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        conn = self._db()
        if self.fault_hook is not None:
            self.fault_hook(sql)
        return conn.execute(sql, params)

    def _rollback(self) -> None:
        conn = self._conn
        if conn is None or not conn.in_transaction:
            return
        try:
            if self.fault_hook is not None:
                self.fault_hook("ROLLBACK")
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            # The connection is in an unknown state: drop it (SQLite rolls back on close); the
            # next call connects again.
            self._conn = None
            with contextlib.suppress(sqlite3.Error):
                conn.close()

    def _environment_error(self, exc: BaseException) -> None:
        """Raise the StoreError for ``exc`` if it is an environment error; return if it is a bug."""
        if isinstance(exc, StoreError):
            return
        if self._other_thread and isinstance(exc, (sqlite3.Error, OSError, UnicodeError, BadRow)):
            # Damage is for the window's own store to find and handle, on its own thread.
            raise StoreUnavailable(detail=describe(exc)) from exc
        if isinstance(exc, (UnicodeError, BadRow)) or (
            isinstance(exc, sqlite3.OperationalError) and "could not decode" in str(exc).lower()
        ):
            self._bad_row(exc)
        if is_corruption(exc):
            # The file is set aside; this store object stays unusable (each call raises
            # StoreCorrupt again) until the GUI has recovered and opened a new one.
            raise self._set_damaged(describe(exc)) from exc
        error = classify(exc)
        if error is not None:
            raise error from exc

    @contextlib.contextmanager
    def _writing(self, count_change: bool = True) -> Iterator[None]:
        """One write transaction: committed on success, rolled back whole on any error."""
        if self._read_only:
            raise StoreReadOnly(detail="the notes were opened read-only")
        try:
            self._exec("BEGIN IMMEDIATE")
            yield
            self._stamp_write(count_change)
            self._exec("COMMIT")
        except BaseException as exc:
            self._rollback()
            self._environment_error(exc)
            raise

    def _stamp_write(self, count_change: bool) -> None:
        """Count the change and give this transaction a new ``write_id`` (see :mod:`liverbook.store.wal`)."""
        row = self._exec("SELECT value FROM meta WHERE key = 'write_id'").fetchone()
        self._exec(
            "UPDATE meta SET value = CASE key WHEN 'changes' THEN value + ? WHEN 'prev_write_id' THEN ? "
            "ELSE ? END WHERE key IN ('changes', 'prev_write_id', 'write_id')",
            (1 if count_change else 0, row[0] if row else 0, new_write_id()),
        )

    def _bad_row(self, exc: BaseException) -> None:
        """A row that cannot be read turned up while running: the file is damaged (never a crash)."""
        if self._read_only:
            raise StoreReadOnly(detail=f"a row cannot be read: {describe(exc)}") from None
        raise self._set_damaged(f"a row cannot be read: {describe(exc)}") from None

    def _set_damaged(self, detail: str) -> StoreCorrupt:
        """Close, set the file aside and remember why (every later call raises it again); tell ``on_damage``."""
        self.close()
        self._damaged = set_aside_damaged(self._data_dir, self._now(), detail)
        if self.on_damage is not None:
            self.on_damage(self._damaged)
        return self._damaged

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """A consistent read (one snapshot); environment errors become StoreErrors."""
        if self._db().in_transaction:  # nested in another read or write
            yield
            return
        try:
            self._exec("BEGIN")
            yield
            self._exec("COMMIT")
        except BaseException as exc:
            self._rollback()
            self._environment_error(exc)
            raise

    def _backup(self, kind: str) -> Path:
        if self._read_only:
            raise StoreReadOnly(detail="the notes were opened read-only")
        try:
            return make_backup(self._db(), self._data_dir, kind, self._now())
        except (sqlite3.Error, OSError) as exc:
            self._environment_error(exc)
            raise
