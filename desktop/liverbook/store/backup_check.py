"""Is this file one of our backups, and what is in it? Asked before a backup is offered or restored.

:func:`describe_backup` opens a file read-only (never changing it, nor writing beside it) and says
either what it holds (:class:`BackupSummary`: when it was taken, what kind of copy it is, how many
notes, questions and diary entries) or why it cannot be restored (:class:`NotABackup`, with a
``reason`` the window words in plain language): not a handbook file at all, written by a newer
version, damaged, or the notes file in use itself. The same check guards
:func:`liverbook.store.restore_backup`, so a file is never restored that was not first described.

When a backup was taken comes from its name (``notes-<kind>-<YYYYmmdd-HHMMSS>.sqlite3``, UTC) when it
has ours; a file renamed or copied elsewhere is dated by the newest change found inside it, or else
by the file's own time.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from liverbook.store.backups import NAME_RE, list_backups, open_read_only, quick_check_ok
from liverbook.store.errors import DAMAGE_ERRORS, is_environmental
from liverbook.store.files import db_path
from liverbook.store.model import parse_time
from liverbook.store.schema import APPLICATION_ID, SCHEMA_VERSION, read_versions

_MAGIC = b"SQLite format 3\x00"

NOT_OURS, TOO_NEW, DAMAGED, IN_USE, MISSING = "not-ours", "too-new", "damaged", "in-use", "missing"


@dataclass(frozen=True)
class BackupSummary:
    """A file that can be restored, and what is in it."""

    path: Path
    kind: str | None  # "auto", "before-import", ...; None for a file not named as our backups are
    taken: datetime  # UTC
    notes: int
    questions: int
    diary_entries: int
    version: int


@dataclass(frozen=True)
class NotABackup:
    """Why a file cannot be restored: ``reason`` is one of NOT_OURS, TOO_NEW, DAMAGED, IN_USE, MISSING."""

    path: Path
    reason: str


def _count(conn: sqlite3.Connection, table: str) -> int:
    try:
        row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    except sqlite3.OperationalError:
        return 0  # a file from before the table existed
    return int(row[0]) if row else 0


def _newest_change(conn: sqlite3.Connection) -> datetime | None:
    try:
        row = conn.execute("SELECT max(updated) FROM notes").fetchone()
    except sqlite3.Error:
        return None
    if not row or not isinstance(row[0], str):
        return None
    try:
        return parse_time(row[0])
    except ValueError:
        return None


def _named_time(path: Path) -> tuple[str | None, datetime | None]:
    match = NAME_RE.fullmatch(path.name)
    if match is None:
        return None, None
    taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=timezone.utc)
    return match["kind"], taken


def looks_like_database(path: Path) -> bool:
    """True if ``path`` is a file that starts as an SQLite database does (a backup copy, perhaps)."""
    try:
        if not path.is_file():
            return False
        with open(path, "rb") as handle:
            return handle.read(16) == _MAGIC
    except OSError:
        return False


def describe_backup(path: Path, data_dir: Path | None = None) -> BackupSummary | NotABackup:
    """What the file at ``path`` holds if it can be restored, or why not. Never changes the file.

    ``data_dir``: the data folder it would be restored into; its notes file in use is refused.
    Raises sqlite3 or OS errors of the environment (disk I/O, permissions) as they are.
    """
    try:
        if data_dir is not None and path.resolve() == db_path(data_dir).resolve():
            return NotABackup(path, IN_USE)
        if not path.is_file():
            return NotABackup(path, MISSING)
        if path.stat().st_size == 0 or not looks_like_database(path):
            return NotABackup(path, NOT_OURS)
        mtime = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
    except FileNotFoundError:
        return NotABackup(path, MISSING)
    try:
        conn = open_read_only(path)
    except DAMAGE_ERRORS as exc:
        if is_environmental(exc):
            raise
        return NotABackup(path, NOT_OURS)
    try:
        try:
            app_id, version = read_versions(conn)
        except DAMAGE_ERRORS as exc:
            if is_environmental(exc):
                raise
            return NotABackup(path, NOT_OURS)
        if app_id != APPLICATION_ID or version < 1:
            return NotABackup(path, NOT_OURS)
        if version > SCHEMA_VERSION:
            return NotABackup(path, TOO_NEW)
        from liverbook.store.scan import find_bad_rows  # every table's rows: when a backup is checked

        try:
            if not quick_check_ok(conn) or find_bad_rows(conn, version) is not None:
                return NotABackup(path, DAMAGED)
            counts = [_count(conn, t) for t in ("notes", "my_questions", "diary_entries")]
            newest = _newest_change(conn)
        except DAMAGE_ERRORS as exc:
            if is_environmental(exc):
                raise
            return NotABackup(path, DAMAGED)
    finally:
        conn.close()
    kind, named = _named_time(path)
    return BackupSummary(path, kind, named or newest or mtime, counts[0], counts[1], counts[2], version)


def every_backup(data_dir: Path) -> list[BackupSummary]:
    """Every backup in the data folder that can be restored, newest first (damaged ones left out)."""
    found = []
    for info in list_backups(data_dir):
        try:
            summary = describe_backup(info.path, data_dir)
        except (sqlite3.Error, UnicodeDecodeError, OSError):
            continue
        if isinstance(summary, BackupSummary):
            found.append(summary)
    return found
