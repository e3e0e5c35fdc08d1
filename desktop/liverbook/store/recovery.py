"""Putting a backup in place of the notes, or starting fresh.

A restore is the user's choice, after :class:`~liverbook.store.errors.StoreCorrupt` or at any time
(File > Restore a backup). Neither ever deletes a database: notes that can be read are first kept
as a ``before-restore`` backup; a damaged file is renamed aside (``notes.sqlite3.damaged-<date>``)
and stays there. :class:`Restored` says afterwards what was put in place and where the earlier
notes are, so the window can tell the user.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from liverbook.store.backup_check import BackupSummary, describe_backup
from liverbook.store.backups import make_backup, open_read_only, quick_check_ok
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


@dataclass(frozen=True)
class Restored:
    """What a restore did: the backup now in use, and where the notes it replaced are kept.

    ``kept`` is a ``before-restore`` backup (``kept_damaged`` False) or the damaged file set aside
    (``kept_damaged`` True); None when there were no notes to keep.
    """

    backup: BackupSummary
    kept: Path | None
    kept_damaged: bool = False


def restore_backup(data_dir: Path, backup_path: Path, now: datetime) -> Restored:
    """Put a backup in place of the current database.

    The backup is checked first (:func:`~liverbook.store.backup_check.describe_backup`;
    BackupUnusable if it is not a sound backup of ours: nothing changed). A current database that
    is usable is first saved as a ``before-restore`` backup; a damaged one is moved aside (or
    already was). The backup is copied with the backup API to a temp file, fsynced and renamed over
    the database.
    """
    try:
        summary = describe_backup(backup_path, data_dir)
    except (sqlite3.Error, OSError) as exc:
        error = classify(exc)
        if error is not None:
            raise error from exc
        raise
    if not isinstance(summary, BackupSummary):
        raise BackupUnusable(detail=f"{backup_path}: {summary.reason}")
    path = db_path(data_dir)
    kept: Path | None = None
    damaged = False
    try:
        ensure_private_dir(data_dir)
        remove_leftovers(data_dir)
        try:
            exists = check_file(data_dir, now)
        except StoreCorrupt as corrupt:
            exists = False  # moved aside (now or at an earlier start): it stays there
            kept, damaged = corrupt.moved_to, corrupt.moved_to is not None
        if exists:
            conn = connect(path)
            try:
                kept = make_backup(conn, data_dir, "before-restore", now)
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
    return Restored(summary, kept, damaged)
