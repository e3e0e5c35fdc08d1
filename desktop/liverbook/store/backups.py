"""Backups of the notes database, made with SQLite's online backup API (never a file copy).

Backups live in ``<data>/backups/`` as ``notes-<kind>-<YYYYmmdd-HHMMSS>.sqlite3`` (UTC), each a
self-contained file (rollback journal mode, no -wal needed), 0600, checked with
``PRAGMA quick_check`` before it is given its final name.

Kinds: ``auto`` (at most one a day, see ``Store.maybe_backup``) and the safety copies taken before
a risky operation: ``before-migration``, ``before-import``, ``before-delete-all``,
``before-restore``. Rotation keeps the newest automatic backup of each of the last 7 days that have
one, plus the newest of each of the 4 weeks before those (ISO weeks, UTC), and the newest 10
safety copies.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from liverbook.store.files import (
    BACKUPS_DIR,
    FILE_MODE,
    chmod_quietly,
    ensure_private_dir,
    fsync_dir,
    fsync_file,
    private_umask,
    sidecar,
    stamp,
    unique_path,
)
from liverbook.store.schema import APPLICATION_ID, SCHEMA_VERSION, read_versions

AUTO = "auto"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_SAFETY = 10
NAME_RE = re.compile(r"notes-(?P<kind>[a-z]+(?:-[a-z]+)*)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.sqlite3")


@dataclass(frozen=True)
class BackupInfo:
    """A backup file: where it is, its kind and when it was taken (UTC)."""

    path: Path
    kind: str
    taken: datetime


def backups_dir(data_dir: Path) -> Path:
    """The backups folder of a data folder."""
    return data_dir / BACKUPS_DIR


def open_read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """Open a database without any chance of writing to it (no recovery, no checkpoint)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)


def quick_check_ok(conn: sqlite3.Connection) -> bool:
    """True if ``PRAGMA quick_check`` says ``ok``.

    Read as bytes: on a damaged file SQLite's report can quote bytes of the file that are not
    UTF-8 (a damaged name in the schema), which Python would otherwise fail to decode; so can the
    error SQLite raises, which then counts as a failed check.
    """
    old = conn.text_factory
    conn.text_factory = bytes
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except UnicodeDecodeError:
        return False  # SQLite's message quoted damaged bytes: "malformed database schema (...)"
    finally:
        conn.text_factory = old
    return rows == [(b"ok",)]


def is_usable_backup(path: Path) -> bool:
    """True if ``path`` is one of our databases, not newer than we support, passing quick_check."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
        conn = open_read_only(path)
        try:
            app_id, version = read_versions(conn)
            return app_id == APPLICATION_ID and 1 <= version <= SCHEMA_VERSION and quick_check_ok(conn)
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError, OSError):
        return False


def make_backup(conn: sqlite3.Connection, data_dir: Path, kind: str, now: datetime) -> Path:
    """Copy the database behind ``conn`` into the backups folder; return the new file.

    The copy is written as ``.part``, switched to rollback-journal mode, checked with quick_check,
    fsynced and only then renamed. Raises sqlite3.Error or OSError on failure (no file is left).
    """
    folder = backups_dir(data_dir)
    ensure_private_dir(folder)
    target = unique_path(folder, f"notes-{kind}-{stamp(now)}", ".sqlite3")
    part = target.with_name(target.name + ".part")
    try:
        with private_umask():
            dest = sqlite3.connect(part, isolation_level=None)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            if not quick_check_ok(dest):
                raise sqlite3.DatabaseError(f"backup {part} failed quick_check")
        finally:
            dest.close()
        chmod_quietly(part, FILE_MODE)
        fsync_file(part)
        os.replace(part, target)
        fsync_dir(folder)
    except BaseException:
        for leftover in (part, sidecar(part, "-journal"), sidecar(part, "-wal"), sidecar(part, "-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return target


def list_backups(data_dir: Path, kind: str | None = None) -> list[BackupInfo]:
    """Backups in the data folder (optionally of one kind), newest first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = NAME_RE.fullmatch(path.name)
        if match is None or (kind is not None and match["kind"] != kind):
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=timezone.utc)
        found.append(BackupInfo(path, match["kind"], taken))
    found.sort(key=lambda info: (info.taken, info.path.name), reverse=True)
    return found


def best_backup(data_dir: Path) -> Path | None:
    """The newest automatic backup that passes quick_check, or None."""
    for info in list_backups(data_dir, AUTO):
        if is_usable_backup(info.path):
            return info.path
    return None


def backups_to_keep(
    infos: list[BackupInfo], keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY
) -> set[Path]:
    """Which automatic backups rotation keeps (``infos`` newest first).

    Daily: the newest backup of each of the ``keep_daily`` most recent days. Weekly: the newest
    backup of each ISO week, counting only weeks whose newest backup was not kept as a daily one,
    up to ``keep_weekly`` (so weeklies reach back beyond the dailies, as in borg's prune).
    """
    kept: set[Path] = set()
    days: list[object] = []
    for info in infos:
        day = info.taken.date()
        if day not in days:
            days.append(day)
            if len(days) > keep_daily:
                break
            kept.add(info.path)
    weeks: set[tuple[int, int]] = set()
    weekly = 0
    for info in infos:
        iso = info.taken.isocalendar()
        week = (iso[0], iso[1])
        if week in weeks:
            continue
        weeks.add(week)
        if info.path not in kept:
            if weekly == keep_weekly:
                break
            kept.add(info.path)
            weekly += 1
    return kept


def rotate(data_dir: Path) -> list[Path]:
    """Delete automatic backups outside the rotation and old safety copies; return what went."""
    removed: list[Path] = []
    autos = list_backups(data_dir, AUTO)
    keep = backups_to_keep(autos)
    safety = [info for info in list_backups(data_dir) if info.kind != AUTO]
    keep.update(info.path for info in safety[:KEEP_SAFETY])
    for info in autos + safety:
        if info.path not in keep:
            info.path.unlink()
            removed.append(info.path)
    if removed:
        fsync_dir(backups_dir(data_dir))
    return removed


def remove_partial_backups(data_dir: Path) -> None:
    """Delete ``.part`` files left by a backup that was interrupted (they were never complete)."""
    folder = backups_dir(data_dir)
    if folder.is_dir():
        for path in folder.iterdir():
            if ".sqlite3.part" in path.name:
                with contextlib.suppress(OSError):
                    path.unlink()
