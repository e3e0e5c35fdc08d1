"""Recovering from a damaged notes file: restore a backup, or start fresh.

Both are the user's choice after :class:`~liverbook.store.errors.StoreCorrupt`; neither ever
deletes a database: the current one is kept as a ``before-restore`` backup or renamed aside.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from liverbook.store.backups import is_usable_backup, make_backup, open_read_only, quick_check_ok
from liverbook.store.errors import BackupUnusable, StoreCorrupt, StoreError, classify
from liverbook.store.files import (
    FILE_MODE,
    SIDECARS,
    chmod_quietly,
    ensure_private_dir,
    fsync_dir,
    fsync_file,
    move_aside,
    private_umask,
    sidecar,
)
from liverbook.store.opening import (
    check_file,
    connect,
    db_path,
    pending_marker,
    raise_environment,
    remove_leftovers,
)


def start_fresh(data_dir: Path, now: datetime) -> None:
    """Set any existing database aside (renamed, never deleted) so the next open starts empty."""
    try:
        move_aside(db_path(data_dir), "set-aside", now)
        pending_marker(data_dir).unlink(missing_ok=True)
    except OSError as exc:
        raise_environment(exc, data_dir, now)
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
        remove_leftovers(data_dir)
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
                # In WAL mode before it is renamed into place: switching at the next open would
                # leave a hot -journal beside the notes if the app were killed just then.
                dest.execute("PRAGMA journal_mode = WAL")
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
        pending_marker(data_dir).unlink(missing_ok=True)
        fsync_dir(data_dir)
    except StoreError:
        raise
    except (sqlite3.Error, OSError) as exc:
        error = classify(exc)
        if error is not None:
            raise error from exc
        raise
