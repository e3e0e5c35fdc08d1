"""Opening, creating, checking and restoring the notes database file.

Before the database is opened for writing, it is checked through a read-only connection, which can
neither checkpoint a -wal into the file nor delete it: so a damaged file, or a stray -wal that
belongs to another database, is moved aside exactly as it was found.

Checks, in order: a 0-byte file (we never leave one: a new database is built as ``.new`` and renamed
into place), the SQLite header, ``application_id``, ``user_version`` (newer than we know: refused,
file untouched), ``PRAGMA quick_check``, and, when a -wal is there, that it belongs to this
database (same ``db_id`` in the file alone and with the -wal). A -wal without its database is
moved aside too. Until the user has chosen (restore a backup, or start fresh), every open reports
the damage again, so an empty store never quietly takes the place of their notes.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from liverbook.store.backups import (
    best_backup,
    make_backup,
    open_read_only,
    quick_check_ok,
    remove_partial_backups,
)
from liverbook.store.errors import (
    StoreCorrupt,
    StoreError,
    StoreTooNew,
    StoreUnavailable,
    classify,
    is_corruption,
)
from liverbook.store.files import (
    DB_NAME,
    FILE_MODE,
    SIDECARS,
    atomic_write_bytes,
    chmod_quietly,
    ensure_private_dir,
    fsync_dir,
    fsync_file,
    move_aside,
    private_umask,
    secure_db_files,
    sidecar,
)
from liverbook.store.schema import APPLICATION_ID, SCHEMA_VERSION, StepHook, migrate, read_versions

BUSY_TIMEOUT_S = 5.0
_MAGIC = b"SQLite format 3\x00"
_TEMP_SUFFIXES = (".new", ".restoring")


def db_path(data_dir: Path) -> Path:
    """The notes database of a data folder."""
    return data_dir / DB_NAME


def remove_leftovers(data_dir: Path) -> None:
    """Delete temp files of an interrupted creation or restore; they never held the only copy."""
    path = db_path(data_dir)
    for suffix in _TEMP_SUFFIXES:
        temp = path.with_name(path.name + suffix)
        for leftover in (temp, *(sidecar(temp, s) for s in SIDECARS)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    remove_partial_backups(data_dir)


def _problem_with(path: Path) -> str | None:
    """Why the existing file at ``path`` cannot be used, or None if it can. Raises StoreTooNew."""
    if path.stat().st_size == 0:
        return "the file is empty (0 bytes)"
    with open(path, "rb") as handle:
        head = handle.read(100)
    if len(head) < 100 or not head.startswith(_MAGIC):
        return "the file is not an SQLite database"
    try:
        conn = open_read_only(path, BUSY_TIMEOUT_S)
        try:
            app_id, version = read_versions(conn)
            if app_id != APPLICATION_ID:
                return f"application_id is {app_id:#x}, not {APPLICATION_ID:#x}"
            if version > SCHEMA_VERSION:
                raise StoreTooNew(path, version, SCHEMA_VERSION)
            if version < 1:
                return f"user_version is {version}"
            if not quick_check_ok(conn):
                return "PRAGMA quick_check failed"
            wal = sidecar(path, "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                return _wal_mismatch(path, conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if is_corruption(exc):
            return f"SQLite: {exc}"
        raise
    return None


def _meta(conn: sqlite3.Connection) -> dict[str, int]:
    has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
    return dict(conn.execute("SELECT key, value FROM meta").fetchall()) if has_meta else {}


def _wal_mismatch(path: Path, with_wal: sqlite3.Connection) -> str | None:
    """Why the -wal beside ``path`` cannot belong to it, or None.

    SQLite would apply any well-formed -wal to any database, so a -wal copied from another
    database silently replaces pages. The database file alone (read with ``immutable=1``, which
    ignores the -wal) and the database with its -wal must carry the same ``db_id``, and the
    change counter cannot go backwards.
    """
    alone = sqlite3.connect(path.resolve().as_uri() + "?immutable=1", uri=True, isolation_level=None)
    try:
        before = _meta(alone)
    except sqlite3.DatabaseError:
        # Normal after a crash during a checkpoint: the file alone is half-updated and only makes
        # sense with its -wal (which passed quick_check). Nothing to compare.
        return None
    finally:
        alone.close()
    after = _meta(with_wal)
    if "db_id" not in before:
        return None  # the file predates db_id (or was being migrated): nothing to compare
    if after.get("db_id") != before["db_id"]:
        return "the -wal file belongs to another database"
    if after.get("changes", 0) < before.get("changes", 0):
        return "the -wal file is older than the database"
    return None


def pending_marker(data_dir: Path) -> Path:
    """Marker left while the user has not yet chosen between a backup and starting fresh."""
    return data_dir / (DB_NAME + ".recovery-pending")


def set_aside_damaged(data_dir: Path, now: datetime, detail: str) -> StoreCorrupt:
    """Move the database (and its side files) aside and build the error that reports it.

    A marker is left so that, until :func:`restore_backup` or :func:`start_fresh` is called, every
    open reports the same damage again instead of quietly starting with an empty store.
    """
    moved = move_aside(db_path(data_dir), "damaged", now)
    if moved is not None:
        atomic_write_bytes(pending_marker(data_dir), moved.name.encode("utf-8"))
    return StoreCorrupt(moved, best_backup(data_dir), detail=detail)


def _still_pending(data_dir: Path) -> StoreCorrupt | None:
    marker = pending_marker(data_dir)
    if not marker.exists():
        return None
    name = marker.read_text(encoding="utf-8", errors="replace").strip()
    moved = data_dir / name if name and "/" not in name and "\\" not in name else None
    return StoreCorrupt(
        moved if moved is not None and moved.exists() else None,
        best_backup(data_dir),
        detail="the damaged file was set aside earlier and no choice has been made yet",
    )


def check_file(data_dir: Path, now: datetime) -> bool:
    """Check the database before use; True if it exists and is usable, False if there is none.

    Raises StoreCorrupt (after moving the file aside) or StoreTooNew (file untouched).
    """
    path = db_path(data_dir)
    if not path.exists():
        pending = _still_pending(data_dir)
        if pending is not None:
            raise pending
        wal = sidecar(path, "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise set_aside_damaged(data_dir, now, "a -wal file was found without its database")
        for suffix in SIDECARS:
            with contextlib.suppress(FileNotFoundError):
                sidecar(path, suffix).unlink()
        return False
    with private_umask():  # a read-only connection may still create the -shm file
        problem = _problem_with(path)
    if problem is not None:
        raise set_aside_damaged(data_dir, now, problem)
    pending_marker(data_dir).unlink(missing_ok=True)  # a good file is back: nothing left to choose
    return True


def _create(path: Path) -> None:
    """Build a new, empty database at the current schema as ``<name>.new``, then rename it in place."""
    temp = path.with_name(path.name + ".new")
    with private_umask():
        conn = sqlite3.connect(temp, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = FULL")
        migrate(conn, 0)
    finally:
        conn.close()
    chmod_quietly(temp, FILE_MODE)
    fsync_file(temp)
    os.replace(temp, path)
    fsync_dir(path.parent)


def connect(path: Path) -> sqlite3.Connection:
    """Open the database for reading and writing with the store's settings (WAL, synchronous=FULL)."""
    with private_umask():
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000):d}")
            mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
            if mode.lower() != "wal":
                raise StoreUnavailable(detail=f"journal_mode is {mode}, not wal")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA trusted_schema = OFF")
        except BaseException:
            conn.close()
            raise
    secure_db_files(path)
    return conn


def raise_environment(exc: BaseException, data_dir: Path, now: datetime) -> None:
    """Re-raise an OS/SQLite error as a StoreError if it is one; return if it is a bug."""
    if is_corruption(exc):
        raise set_aside_damaged(data_dir, now, f"SQLite: {exc}") from exc
    error = classify(exc)
    if error is not None:
        raise error from exc


def open_database(data_dir: Path, now: datetime, before_commit: StepHook | None = None) -> sqlite3.Connection:
    """Check, create or migrate the database of ``data_dir`` and return an open connection.

    A migration is preceded by a ``before-migration`` backup; each step is one transaction.
    Raises StoreCorrupt, StoreTooNew or StoreUnavailable (and its subclasses).
    """
    try:
        ensure_private_dir(data_dir)
        remove_leftovers(data_dir)
        path = db_path(data_dir)
        if not check_file(data_dir, now):
            _create(path)
        conn = connect(path)
        try:
            app_id, version = read_versions(conn)
            if app_id != APPLICATION_ID or version > SCHEMA_VERSION:  # changed since the check
                raise StoreUnavailable(detail="the database changed while it was being opened")
            if version < SCHEMA_VERSION:
                make_backup(conn, data_dir, "before-migration", now)
                migrate(conn, version, before_commit=before_commit)
            secure_db_files(path)
        except BaseException:
            conn.close()
            raise
        return conn
    except StoreError:
        raise
    except (sqlite3.Error, OSError) as exc:
        raise_environment(exc, data_dir, now)
        raise
