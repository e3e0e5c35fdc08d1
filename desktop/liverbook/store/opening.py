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
import secrets
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
    DB_NAME,
    FILE_MODE,
    SIDECARS,
    atomic_write_bytes,
    chmod_quietly,
    disk_is_full,
    ensure_private_dir,
    fsync_dir,
    fsync_file,
    move_aside,
    private_umask,
    secure_db_files,
    sidecar,
    stamp,
    unique_path,
)
from liverbook.store.messages import stray_wal_message
from liverbook.store.scan import find_bad_rows
from liverbook.store.wal import WRITE_ID_HIGH, WRITE_ID_LOW, wal_problem
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
    """Why the existing file at ``path`` cannot be used, or None if it can. Raises StoreTooNew.

    A -wal beside it has already been checked (and set aside if it does not belong).
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
            if not quick_check_ok(conn):
                return "PRAGMA quick_check failed"
            return find_bad_rows(conn, version)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if not is_environmental(exc):
            return describe(exc)
        raise


def _roll_back_hot_journal(path: Path) -> None:
    """Let SQLite roll back a -journal left by a process killed mid-transaction in rollback mode.

    A read-only connection cannot do it (it fails with "attempt to write a readonly database");
    files the store puts in place are in WAL mode already, but older versions switched at open.
    """
    journal = sidecar(path, "-journal")
    if not journal.exists() or journal.stat().st_size == 0:
        return
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reading rolls the journal back
    except sqlite3.DatabaseError:
        pass  # a damaged file: the check that follows says so
    finally:
        conn.close()


def stray_wal_reason(path: Path) -> str | None:
    """Why the -wal beside ``path`` is not its own, or None (see :mod:`liverbook.store.wal`)."""
    wal = sidecar(path, "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return None
    try:
        conn = open_read_only(path, BUSY_TIMEOUT_S)
    except sqlite3.DatabaseError:
        conn = None
    try:
        return wal_problem(path, wal, conn)
    except sqlite3.DatabaseError:
        return None  # the file itself is damaged: its check says so
    finally:
        if conn is not None:
            conn.close()


def set_aside_wal(data_dir: Path, now: datetime, reason: str) -> str:
    """Move a -wal that does not belong (and its -shm) aside; return a plain message saying so."""
    path = db_path(data_dir)
    target = unique_path(data_dir, f"{path.name}.not-its-own-{stamp(now)}")
    for suffix in ("-wal", "-shm"):
        side = sidecar(path, suffix)
        if side.exists():
            os.replace(side, sidecar(target, suffix))
    fsync_dir(data_dir)
    secure_db_files(target)
    return stray_wal_message(sidecar(target, "-wal").name)


def pending_marker(data_dir: Path) -> Path:
    """Marker left while the user has not yet chosen between a backup and starting fresh."""
    return data_dir / (DB_NAME + ".recovery-pending")


def set_aside_damaged(data_dir: Path, now: datetime, detail: str) -> StoreCorrupt:
    """Move the database (and its side files) aside and build the error that reports it.

    Crash-safe order: the "recovery pending" marker, naming where the file will go, is written
    (atomically) *before* the file is renamed. A kill between the two leaves the marker and the
    damaged file still in place: the next start checks it again and sets it aside again. A kill
    between renaming the file and its side files is finished by :func:`_still_pending`. Until
    :func:`~liverbook.store.rescue.recover` (or a restore) removes the marker, every open reports
    the same damage, so an empty store never quietly takes the place of the notes.
    """
    path = db_path(data_dir)
    if not path.exists() and not any(sidecar(path, s).exists() for s in SIDECARS):
        return StoreCorrupt(None, best_backup(data_dir), detail=detail)
    target = unique_path(data_dir, f"{path.name}.damaged-{stamp(now)}")
    main_exists = path.exists()
    atomic_write_bytes(pending_marker(data_dir), (target if main_exists else sidecar(target, "-wal")).name.encode())
    moved = move_aside(path, "damaged", now, target=target)
    return StoreCorrupt(moved, best_backup(data_dir), detail=detail)


def _still_pending(data_dir: Path) -> StoreCorrupt | None:
    """The damage reported earlier and not yet dealt with, if any (the database file is absent)."""
    marker = pending_marker(data_dir)
    if not marker.exists():
        return None
    name = marker.read_text(encoding="utf-8", errors="replace").strip()
    moved = data_dir / name if name and "/" not in name and "\\" not in name else None
    if moved is not None and not name.endswith(SIDECARS):
        path = db_path(data_dir)
        for suffix in SIDECARS:  # finish a move that a kill cut short
            side, target = sidecar(path, suffix), sidecar(moved, suffix)
            if side.exists() and not target.exists():
                os.replace(side, target)
                fsync_dir(data_dir)
    return StoreCorrupt(
        moved if moved is not None and moved.exists() else None,
        best_backup(data_dir),
        detail="the damaged file was set aside earlier and no choice has been made yet",
    )


def check_file(data_dir: Path, now: datetime, notices: list[str] | None = None) -> bool:
    """Check the database before use; True if it exists and is usable, False if there is none.

    A -wal that does not belong to the file is set aside first (a plain message is appended to
    ``notices``). Raises StoreCorrupt (after moving the file aside) or StoreTooNew (file untouched).
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
        _roll_back_hot_journal(path)
        reason = stray_wal_reason(path)
        if reason is not None:
            message = set_aside_wal(data_dir, now, reason)
            if notices is not None:
                notices.append(message)
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
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA trusted_schema = OFF")
        except BaseException:
            conn.close()
            raise
    secure_db_files(path)
    return conn


def new_write_id() -> int:
    """A random ``write_id`` (see :mod:`liverbook.store.wal`): always stored as 8 bytes by SQLite."""
    return WRITE_ID_LOW + secrets.randbelow(WRITE_ID_HIGH - WRITE_ID_LOW)


def ensure_write_id(conn: sqlite3.Connection) -> None:
    """Give a database from before ``write_id`` existed its first one (one small transaction)."""
    keys = {row[0] for row in conn.execute("SELECT key FROM meta WHERE key IN ('write_id', 'prev_write_id')")}
    if len(keys) == 2:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('write_id', ?), ('prev_write_id', 0)", (new_write_id(),)
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
    data_dir: Path, now: datetime, before_commit: StepHook | None = None, notices: list[str] | None = None
) -> sqlite3.Connection:
    """Check, create or migrate the database of ``data_dir`` and return an open connection.

    A migration is preceded by a ``before-migration`` backup; each step is one transaction.
    Raises StoreCorrupt, StoreTooNew or StoreUnavailable (and its subclasses).
    """
    try:
        ensure_private_dir(data_dir)
        remove_leftovers(data_dir)
        path = db_path(data_dir)
        if not check_file(data_dir, now, notices):
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
