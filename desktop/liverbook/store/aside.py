"""Setting aside what cannot be used: a damaged notes file, a -wal that is not its own; and what is pending.

Nothing is ever deleted: a file is renamed beside the notes (``notes.sqlite3.damaged-<date>``,
``notes.sqlite3.not-its-own-<date>-wal``). For a damaged file a "recovery pending" marker is
written first (see :func:`set_aside_damaged` for why the order matters), so that until the user
has chosen what to put in its place (:mod:`liverbook.store.rescue`), every open reports the same
damage again.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from liverbook.store.backups import best_backup, open_read_only
from liverbook.store.errors import DAMAGE_ERRORS, StoreCorrupt
from liverbook.store.files import (
    DB_NAME,
    SIDECARS,
    atomic_write_bytes,
    db_path,
    fsync_dir,
    move_aside,
    secure_db_files,
    sidecar,
    stamp,
    unique_path,
)
from liverbook.store.messages import stray_wal_message
from liverbook.store.wal import wal_problem

BUSY_TIMEOUT_S = 5.0


def roll_back_hot_journal(path: Path) -> None:
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
    except DAMAGE_ERRORS:
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
    except DAMAGE_ERRORS:
        conn = None
    try:
        return wal_problem(path, wal, conn)
    except DAMAGE_ERRORS:
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
    return stray_wal_message(str(data_dir))


def pending_marker(data_dir: Path) -> Path:
    """Marker left while the user has not yet chosen between a backup and starting fresh."""
    return data_dir / (DB_NAME + ".recovery-pending")


def set_aside_damaged(data_dir: Path, now: datetime, detail: str) -> StoreCorrupt:
    """Move the database (and its side files) aside and build the error that reports it.

    Crash-safe order: the "recovery pending" marker, naming where the file will go, is written
    (atomically) *before* the file is renamed. A kill between the two leaves the marker and the
    damaged file still in place: the next start checks it again and sets it aside again. A kill
    between renaming the file and its side files is finished by :func:`still_pending`. Until
    :func:`~liverbook.store.rescue.recover` (or a restore) removes the marker, every open reports
    the same damage, so an empty store never quietly takes the place of the notes.
    """
    path = db_path(data_dir)
    if not path.exists() and not any(sidecar(path, s).exists() for s in SIDECARS):
        return StoreCorrupt(None, best_backup(data_dir), detail=detail)
    target = unique_path(data_dir, f"{path.name}.damaged-{stamp(now)}")
    main_exists = path.exists()
    atomic_write_bytes(
        pending_marker(data_dir), (target if main_exists else sidecar(target, "-wal")).name.encode()
    )
    moved = move_aside(path, "damaged", now, target=target)
    return StoreCorrupt(moved, best_backup(data_dir), detail=detail)


def still_pending(data_dir: Path) -> StoreCorrupt | None:
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
