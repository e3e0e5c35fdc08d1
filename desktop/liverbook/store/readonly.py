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

from liverbook.store.backups import quick_check_ok
from liverbook.store.errors import StoreReadOnly, StoreTooNew
from liverbook.store.files import private_umask, sidecar
from liverbook.store.opening import _wal_mismatch, db_path
from liverbook.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate, read_versions

UNREADABLE = (
    "Your notes could not be read, and the folder they are kept in cannot be written to, so nothing "
    "was changed. Nothing you saved before has been lost."
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
            if has_wal and _wal_mismatch(path, conn) is not None:
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
            if _wal_mismatch(copy, conn) is not None:
                conn.close()
                conn = _connect(path, "immutable=1")
            yield conn
        finally:
            conn.close()


def load_read_only(data_dir: Path, cause: StoreReadOnly) -> sqlite3.Connection:
    """The notes of ``data_dir`` in an in-memory, query-only database.

    ``cause`` is the error that stopped the normal open; it is raised again when there is nothing
    to show (no notes file yet). Raises StoreTooNew (the file is newer than this version) or
    StoreReadOnly with :data:`UNREADABLE` when the file cannot be read.
    """
    path = db_path(data_dir)
    if not path.is_file():
        raise cause
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        with _source(path) as source:
            app_id, version = read_versions(source)
            if app_id != APPLICATION_ID or version < 1:
                raise StoreReadOnly(
                    UNREADABLE, detail=f"{path}: application_id {app_id:#x}, version {version}"
                )
            if version > SCHEMA_VERSION:
                raise StoreTooNew(path, version, SCHEMA_VERSION)
            source.backup(memory)
        if not quick_check_ok(memory):
            raise StoreReadOnly(UNREADABLE, detail=f"{path}: quick_check failed")
        if version < SCHEMA_VERSION:
            migrate(memory, version)  # in memory only; the file keeps its version
        memory.execute("PRAGMA query_only = 1")
    except (sqlite3.Error, OSError) as exc:
        memory.close()
        raise StoreReadOnly(UNREADABLE, detail=f"{path}: {exc}") from exc
    except BaseException:
        memory.close()
        raise
    return memory
