"""Reading the notes when their folder cannot be written to: a read-only copy held in memory.

When the data folder is read-only (a read-only disk or mount, a folder that belongs to another
user), the store cannot open the notes for writing, and SQLite cannot even open a WAL database
read-only without creating its -shm file there. So that the user still sees every note, the
database is copied into memory with SQLite's backup API (never a plain file copy: that would miss
what is in the -wal), checked, brought up to the current schema in memory if it is older, and
locked with ``PRAGMA query_only``. Nothing is ever written to the data folder.

Sources, in order: the file through a ``mode=ro`` connection (sees the -wal when SQLite can use
its -shm); the file alone with ``immutable=1`` when there is no -wal; and when there is a -wal
that SQLite cannot read in place, a private temporary copy of the file and its -wal (deleted at
once) from which SQLite recovers the committed writes. A -wal that belongs to another database is
ignored, as :mod:`liverbook.store.opening` would set it aside.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from liverbook.i18n import QT_TRANSLATE_NOOP
from liverbook.store.backups import quick_check_ok
from liverbook.store.errors import StoreError, StoreReadOnly, StoreTooNew, describe, is_environmental
from liverbook.store.files import private_umask, sidecar
from liverbook.store.messages import NOTHING_READABLE
from liverbook.store.opening import db_path
from liverbook.store.salvage import Rescued, rescue_file
from liverbook.store.scan import find_bad_rows
from liverbook.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate, read_versions
from liverbook.store.wal import wal_belongs, wal_problem

UNREADABLE = QT_TRANSLATE_NOOP(
    "Store",
    "Your notes could not be read, and the folder they are kept in cannot be written to, so nothing "
    "was changed. Nothing you saved before has been lost.",
)


def _connect(path: Path, query: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path.resolve().as_uri() + "?" + query, uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA schema_version").fetchone()  # opening is lazy: make it read now
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def _source(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that reads ``path`` as it was last committed, changing nothing beside it."""
    wal = sidecar(path, "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    try:
        conn = _connect(path, "mode=ro")
    except sqlite3.OperationalError:
        conn = None
    if conn is not None:
        try:
            if has_wal and wal_problem(path, wal, conn) is not None:
                conn.close()
                conn = _connect(path, "immutable=1")
            yield conn
        finally:
            conn.close()
        return
    if not has_wal:
        conn = _connect(path, "immutable=1")
        try:
            yield conn
        finally:
            conn.close()
        return
    with private_umask(), tempfile.TemporaryDirectory(prefix="liverbook-read-only-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, sidecar(copy, "-wal"))
        conn = sqlite3.connect(copy, isolation_level=None)  # recovers the -wal into the private copy
        try:
            if wal_problem(path, wal, conn) is not None:
                conn.close()
                conn = _connect(path, "immutable=1")
            yield conn
        finally:
            conn.close()


def _memory_from(rescued: Rescued) -> sqlite3.Connection:
    """An in-memory database holding what was rescued from a damaged file."""
    from liverbook.store.rescue import (
        write_rows,  # rescue imports opening, which this module must not need first
    )

    memory = sqlite3.connect(":memory:", isolation_level=None)
    migrate(memory, 0)
    write_rows(memory, rescued.notes, rescued.situation, rescued.questions, rescued.diary, rescued.records)
    memory.execute("PRAGMA query_only = 1")
    return memory


def _rescue(path: Path) -> Rescued:
    return rescue_file(path, sidecar(path, "-wal"), wal_belongs)


def _pending_rescue(data_dir: Path) -> Rescued | None:
    """What can be read of a damaged file set aside earlier and not yet dealt with, if there is one."""
    marker = data_dir / (db_path(data_dir).name + ".recovery-pending")
    try:
        name = marker.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    aside = data_dir / name
    if not name or "/" in name or "\\" in name or not aside.is_file() or name.endswith(("-wal", "-shm")):
        return None
    return _rescue(aside)


def load_read_only(data_dir: Path, cause: StoreError | None) -> tuple[sqlite3.Connection, Rescued | None]:
    """The notes of ``data_dir`` in an in-memory, query-only database, and what was rescued if damaged.

    ``cause`` is the error that stopped the normal open; it is raised again when there is nothing
    to show (no notes file yet). With ``cause`` None (an export, a summary), an empty database is
    given instead. A damaged file (or one set aside earlier and not yet dealt with) gives what can
    be read of it, row by row (:mod:`liverbook.store.salvage`), and that :class:`Rescued`. Raises
    StoreTooNew (the file is newer than this version) or StoreReadOnly with :data:`UNREADABLE` when
    nothing at all can be read.
    """
    path = db_path(data_dir)
    if not path.is_file():
        pending = _pending_rescue(data_dir)
        if pending is not None and pending.opened:
            return _memory_from(pending), pending
        if cause is not None:
            raise cause
        memory = sqlite3.connect(":memory:", isolation_level=None)
        migrate(memory, 0)
        memory.execute("PRAGMA query_only = 1")
        return memory, None
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        with private_umask(), _source(path) as source:
            app_id, version = read_versions(source)
            if app_id != APPLICATION_ID or version < 1:
                raise StoreReadOnly(
                    UNREADABLE, detail=f"{path}: application_id {app_id:#x}, version {version}"
                )
            if version > SCHEMA_VERSION:
                raise StoreTooNew(path, version, SCHEMA_VERSION)
            source.backup(memory)
        problem = None if quick_check_ok(memory) else "quick_check failed"
        problem = problem or find_bad_rows(memory, version)
        if problem is not None:
            raise sqlite3.DatabaseError(problem)
        if version < SCHEMA_VERSION:
            migrate(memory, version)  # in memory only; the file keeps its version
        memory.execute("PRAGMA query_only = 1")
    except StoreTooNew:
        memory.close()
        raise
    except (sqlite3.Error, UnicodeDecodeError, OSError, StoreReadOnly) as exc:
        memory.close()
        if isinstance(exc, sqlite3.Error) and is_environmental(exc) or isinstance(exc, OSError):
            raise StoreReadOnly(UNREADABLE, detail=f"{path}: {describe(exc)}") from None
        rescued = _rescue(path)
        if not rescued.opened:
            if cause is None:  # an export or a summary
                raise StoreError(NOTHING_READABLE, detail=f"{path}: {describe(exc)}") from None
            raise StoreReadOnly(UNREADABLE, detail=f"{path}: {describe(exc)}") from None
        return _memory_from(rescued), rescued
    except BaseException:
        memory.close()
        raise
    return memory, None
