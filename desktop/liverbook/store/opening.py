"""Opening, creating, checking and restoring the notes database file.

Before the database is opened for writing, it is checked through a read-only connection, which can
neither checkpoint a -wal into the file nor delete it: so a damaged file, or a stray -wal that
belongs to another database, is moved aside exactly as it was found.

Checks, in order: a 0-byte file (we never leave one: a new database is built as ``.new`` and renamed
into place), the SQLite header, ``application_id``, ``user_version`` (newer than we know: refused,
file untouched), ``PRAGMA quick_check``, and, when a -wal is there, that it belongs to this
database (same ``db_id`` in the file alone and with the -wal). A -wal without its database is
moved aside too.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from liverbook.store.backups import (
    best_backup,
    is_usable_backup,
    make_backup,
    open_read_only,
    quick_check_ok,
    remove_partial_backups,
)
from liverbook.store.errors import (
    BackupUnusable,
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


def _remove_leftovers(data_dir: Path) -> None:
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


def set_aside_damaged(data_dir: Path, now: datetime, detail: str) -> StoreCorrupt:
    """Move the database (and its side files) aside and build the error that reports it."""
    moved = move_aside(db_path(data_dir), "damaged", now)
    return StoreCorrupt(moved, best_backup(data_dir), detail=detail)


def check_file(data_dir: Path, now: datetime) -> bool:
    """Check the database before use; True if it exists and is usable, False if there is none.

    Raises StoreCorrupt (after moving the file aside) or StoreTooNew (file untouched).
    """
    path = db_path(data_dir)
    if not path.exists():
        wal = sidecar(path, "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise set_aside_damaged(data_dir, now, "a -wal file was found without its database")
        for suffix in SIDECARS:
            with contextlib.suppress(FileNotFoundError):
                sidecar(path, suffix).unlink()
        return False
    problem = _problem_with(path)
    if problem is not None:
        raise set_aside_damaged(data_dir, now, problem)
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


def _raise_environment(exc: BaseException, data_dir: Path, now: datetime) -> None:
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
        _remove_leftovers(data_dir)
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
        _raise_environment(exc, data_dir, now)
        raise


def start_fresh(data_dir: Path, now: datetime) -> None:
    """Set any existing database aside (renamed, never deleted) so the next open starts empty."""
    try:
        move_aside(db_path(data_dir), "set-aside", now)
    except OSError as exc:
        _raise_environment(exc, data_dir, now)
        raise


def restore_backup(data_dir: Path, backup_path: Path, now: datetime) -> None:
    """Put a backup in place of the current database.

    The backup is checked first (BackupUnusable if it fails: nothing changed). A current database
    that is usable is first saved as a ``before-restore`` backup; a damaged one is moved aside. The
    backup is copied with the backup API to a temp file, fsynced and renamed over the database.
    """
    if not is_usable_backup(backup_path):
        raise BackupUnusable(detail=str(backup_path))
    path = db_path(data_dir)
    try:
        ensure_private_dir(data_dir)
        _remove_leftovers(data_dir)
        try:
            exists = check_file(data_dir, now)
        except StoreCorrupt:
            exists = False  # moved aside; nothing more to keep
        if exists:
            conn = connect(path)
            try:
                make_backup(conn, data_dir, "before-restore", now)
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        temp = path.with_name(path.name + ".restoring")
        source = open_read_only(backup_path)
        try:
            with private_umask():
                dest = sqlite3.connect(temp, isolation_level=None)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
                if not quick_check_ok(dest):
                    raise BackupUnusable(detail=f"{backup_path}: the copy failed quick_check")
            finally:
                dest.close()
        finally:
            source.close()
        chmod_quietly(temp, FILE_MODE)
        fsync_file(temp)
        if any(sidecar(path, s).exists() for s in SIDECARS):
            move_aside(path, "replaced", now)  # side files that outlived their database's close
        os.replace(temp, path)
        fsync_dir(data_dir)
    except StoreError:
        raise
    except (sqlite3.Error, OSError) as exc:
        error = classify(exc)
        if error is not None:
            raise error from exc
        raise
