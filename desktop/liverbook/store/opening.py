"""Opening, creating, checking and restoring the notes database file.

Before the database is opened for writing, it is checked through a read-only connection, which can
neither checkpoint a -wal into the file nor delete it: so a damaged file, or a stray -wal that
belongs to another database, is moved aside exactly as it was found.

First, a -wal beside the file is checked against it (:mod:`liverbook.store.wal`): one that does
not belong is moved aside, with a message, and the file is opened without it. Then the file:
a 0-byte file (we never leave one: a new database is built as ``.new`` and renamed into place),
the SQLite header, ``application_id``, ``user_version`` (newer than we know: refused, file
untouched), ``PRAGMA quick_check``, and every row and index (:mod:`liverbook.store.scan`: what
``quick_check`` does not see). A damaged file is moved aside byte for byte; a -wal without its
database too. Until the user has chosen (:mod:`liverbook.store.rescue`), every open reports the
damage again, so an empty store never quietly takes the place of their notes.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from liverbook.store.aside import (
    pending_marker as pending_marker,
    roll_back_hot_journal,
    set_aside_damaged as set_aside_damaged,
    set_aside_wal,
    still_pending,
    stray_wal_reason,
)
from liverbook.store.backups import (
    make_backup,
    open_read_only,
    quick_check_ok,
    remove_partial_backups,
)
from liverbook.store.errors import (
    DAMAGE_ERRORS,
    StoreDiskFull,
    StoreError,
    StoreTooNew,
    StoreUnavailable,
    classify,
    describe,
    is_corruption,
    is_environmental,
)
from liverbook.store.files import (
    FILE_MODE,
    SIDECARS,
    chmod_quietly,
    db_path as db_path,
    disk_is_full,
    ensure_private_dir,
    fsync_dir,
    fsync_file,
    private_umask,
    secure_db_files,
    sidecar,
)
from liverbook.store.schema import APPLICATION_ID, SCHEMA_VERSION, StepHook, migrate, read_versions
from liverbook.store.wal import WRITE_ID_HIGH, WRITE_ID_LOW

BUSY_TIMEOUT_S = 5.0
_MAGIC = b"SQLite format 3\x00"
_TEMP_SUFFIXES = (".new", ".restoring")


def remove_leftovers(data_dir: Path) -> None:
    """Delete temp files of an interrupted creation or restore; they never held the only copy."""
    path = db_path(data_dir)
    for suffix in _TEMP_SUFFIXES:
        temp = path.with_name(path.name + suffix)
        for leftover in (temp, *(sidecar(temp, s) for s in SIDECARS)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    remove_partial_backups(data_dir)


def _problem_with(path: Path, check_rows: bool = True) -> str | None:
    """Why the existing file at ``path`` cannot be used, or None if it can. Raises StoreTooNew.

    A -wal beside it has already been checked (and set aside if it does not belong). Without
    ``check_rows`` only the header and versions are checked here, unless the file is to be migrated:
    :func:`find_damage` is then the caller's to run (the app runs it once its window is up).
    """
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
            if not check_rows and version == SCHEMA_VERSION:
                return None
            return find_damage(conn, version)
        finally:
            conn.close()
    except DAMAGE_ERRORS as exc:
        if not is_environmental(exc):
            return describe(exc)
        raise


def find_damage(conn: sqlite3.Connection, version: int) -> str | None:
    """What ``PRAGMA quick_check`` and the check of every row (:mod:`liverbook.store.scan`) find wrong
    with the database behind ``conn``, described without content; None when it is sound.

    Raises the sqlite3 error if reading failed for a reason of the environment (disk I/O, busy...).
    """
    if not quick_check_ok(conn):
        return "PRAGMA quick_check failed"
    from liverbook.store.scan import find_bad_rows  # imported here: not every open needs it

    return find_bad_rows(conn, version)


def check_file(
    data_dir: Path, now: datetime, notices: list[str] | None = None, check_rows: bool = True
) -> bool:
    """Check the database before use; True if it exists and is usable, False if there is none.

    A -wal that does not belong to the file is set aside first (a plain message is appended to
    ``notices``). Raises StoreCorrupt (after moving the file aside) or StoreTooNew (file untouched).
    ``check_rows`` False leaves ``quick_check`` and the rows to :func:`find_damage` (see ``_problem_with``).
    """
    path = db_path(data_dir)
    if not path.exists():
        pending = still_pending(data_dir)
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
        roll_back_hot_journal(path)
        reason = stray_wal_reason(path)
        if reason is not None:
            message = set_aside_wal(data_dir, now, reason)
            if notices is not None:
                notices.append(message)
        problem = _problem_with(path, check_rows)
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
        ensure_write_id(conn)
        conn.execute("PRAGMA journal_mode = WAL")  # before the rename: no switch (and -journal) at open
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
            # What is deleted is overwritten with zeros: a deleted note is really gone from the file,
            # and a rescue that reads the pages (deep_salvage) can never bring it back.
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA trusted_schema = OFF")
        except BaseException:
            conn.close()
            raise
    secure_db_files(path)
    return conn


def new_write_id() -> int:
    """A random ``write_id`` (see :mod:`liverbook.store.wal`): always stored as 8 bytes by SQLite."""
    # os.urandom, as the secrets module does (without importing it, and hashlib with it, at start);
    # the span is 2**61, which divides 2**64: every value is as likely as every other.
    return WRITE_ID_LOW + int.from_bytes(os.urandom(8), "big") % (WRITE_ID_HIGH - WRITE_ID_LOW)


def ensure_write_id(conn: sqlite3.Connection) -> None:
    """Give a database from before ``write_id`` existed its first one (one small transaction)."""
    keys = {row[0] for row in conn.execute("SELECT key FROM meta WHERE key IN ('write_id', 'prev_write_id')")}
    if len(keys) == 2:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('write_id', ?), ('prev_write_id', 0)",
            (new_write_id(),),
        )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def raise_environment(exc: BaseException, data_dir: Path, now: datetime) -> None:
    """Re-raise an OS/SQLite error as a StoreError if it is one; return if it is a bug.

    SQLite reports a full disk met while making its -shm file as a "disk I/O error": when the disk
    is in fact full, it is told as such (and the notes can then be shown read-only).
    """
    if is_corruption(exc):
        raise set_aside_damaged(data_dir, now, describe(exc)) from exc
    error = classify(exc)
    if error is not None and type(error) is StoreUnavailable and disk_is_full(data_dir):
        error = StoreDiskFull(detail=describe(exc))
    if error is not None:
        raise error from exc


def open_database(
    data_dir: Path,
    now: datetime,
    before_commit: StepHook | None = None,
    notices: list[str] | None = None,
    check_rows: bool = True,
) -> sqlite3.Connection:
    """Check, create or migrate the database of ``data_dir`` and return an open connection.

    A migration is preceded by a ``before-migration`` backup; each step is one transaction.
    Raises StoreCorrupt, StoreTooNew or StoreUnavailable (and its subclasses).
    """
    try:
        ensure_private_dir(data_dir)
        remove_leftovers(data_dir)
        path = db_path(data_dir)
        if not check_file(data_dir, now, notices, check_rows):
            _create(path)
        conn = connect(path)
        try:
            app_id, version = read_versions(conn)
            if app_id != APPLICATION_ID or version > SCHEMA_VERSION:  # changed since the check
                raise StoreUnavailable(detail="the database changed while it was being opened")
            if version < SCHEMA_VERSION:
                make_backup(conn, data_dir, "before-migration", now)
                migrate(conn, version, before_commit=before_commit)
            ensure_write_id(conn)
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
