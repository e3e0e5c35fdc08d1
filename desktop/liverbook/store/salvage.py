"""Rescuing what can be read from a damaged notes file, row by row and column by column.

The damaged file itself is never opened for writing, nor even read in place: it is copied (with its
own -wal, when that belongs to it) into a private temporary folder, and the copy is read with
``text_factory = bytes``. Each table is first read in one pass; if that stops at a damaged page,
every row id after the last one read is looked up on its own, up to the highest id the file
mentions (``sqlite_sequence``, the indexes), so rows beyond the damage are still found. Each row
is then kept column by column (:mod:`liverbook.store.rows`): undecodable bytes become U+FFFD, a
date that cannot be read takes the other date of the note or the file's own time.

What is counted (never what is written) is kept in :class:`Rescued` so the user can be told how
many notes came back and how many could not be read.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from liverbook.store.deep_salvage import DeepRows, read_deep
from liverbook.store.diary_model import DiaryData
from liverbook.store.diary_salvage import read_lenient
from liverbook.store.errors import DAMAGE_ERRORS
from liverbook.store.files import private_umask, sidecar
from liverbook.store.model import MyQuestion, Note, Situation
from liverbook.store.records_rows import RecordsData
from liverbook.store.records_salvage import read_records
from liverbook.store.rows import (
    NOTE_SQL,
    QUESTION_SQL,
    SITUATION_SQL,
    TAG_SQL,
    Repairs,
    lenient_note,
    lenient_question,
    lenient_situation,
)

MAX_PROBES = 2_000_000  # point lookups per table at most (a damaged counter must not run forever)
PROBE_MARGIN = 1_000  # ids looked up past the highest one the file mentions


@dataclass
class Rescued:
    """What could be read from a damaged file."""

    notes: list[Note] = field(default_factory=list)
    situation: Situation = field(default_factory=Situation)
    questions: list[MyQuestion] = field(default_factory=list)
    diary: DiaryData = field(default_factory=DiaryData)
    records: RecordsData = field(default_factory=RecordsData)
    notes_expected: int | None = None  # how many notes the file's index lists, when it can be read
    unreadable_rows: int = 0  # rows SQLite could find but not read
    repairs: Repairs = field(default_factory=Repairs)
    opened: bool = True  # False: SQLite could not read the file at all

    @property
    def notes_missing(self) -> int:
        """Notes the file lists but that could not be read (at least)."""
        expected = self.notes_expected or 0
        return max(expected - len({n.id for n in self.notes}), 0)

    @property
    def has_data(self) -> bool:
        return bool(
            self.notes
            or self.questions
            or self.situation != Situation()
            or self.diary.has_data
            or self.records
        )


@contextlib.contextmanager
def _private_copy(
    path: Path, wal: Path | None, pages: bool = True
) -> Iterator[tuple[sqlite3.Connection, DeepRows]]:
    """A connection to a private copy of ``path`` (and ``wal``), read-only, text as bytes; and the
    rows a reading of the copy's pages finds (after the -wal's changes are written into the copy)."""
    with private_umask(), tempfile.TemporaryDirectory(prefix="liverbook-rescue-") as folder:
        copy = Path(folder) / "rescue.sqlite3"
        shutil.copyfile(path, copy)
        if wal is not None:
            shutil.copyfile(wal, sidecar(copy, "-wal"))
            conn = sqlite3.connect(copy, isolation_level=None)  # recovers the -wal into the private copy
            with contextlib.suppress(sqlite3.DatabaseError):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # so the pages hold it too
        else:
            conn = sqlite3.connect(copy.as_uri() + "?mode=ro&immutable=1", uri=True, isolation_level=None)
        try:
            conn.execute("PRAGMA query_only = 1")
            conn.text_factory = bytes
            yield conn, read_deep(copy) if pages else DeepRows()
        finally:
            conn.close()


def _readable_schema(conn: sqlite3.Connection) -> bool:
    for attempt in range(2):
        try:
            conn.execute("SELECT name FROM sqlite_master").fetchall()
            conn.execute("SELECT 1 FROM notes LIMIT 0").fetchall()
            return True
        except DAMAGE_ERRORS:
            if attempt == 0:
                with contextlib.suppress(*DAMAGE_ERRORS):
                    conn.execute("PRAGMA writable_schema = ON")  # tolerate damage in other tables' schema
    return False


def _int_or_none(conn: sqlite3.Connection, sql: str) -> int | None:
    try:
        row = conn.execute(sql).fetchone()
    except DAMAGE_ERRORS:
        return None
    value = row[0] if row else None
    return value if isinstance(value, int) and 0 <= value < 2**40 else None


def _rows(conn: sqlite3.Connection, sql: str, table: str, counter: list[int]) -> list[tuple[object, ...]]:
    """Every row of ``table`` that SQLite can read: one pass, then one lookup per id after a failure."""
    rows: list[tuple[object, ...]] = []
    try:
        for row in conn.execute(f"{sql} ORDER BY id"):
            rows.append(row)
        return rows
    except DAMAGE_ERRORS:
        pass
    seen = {row[0] for row in rows}
    last = max((r for r in seen if isinstance(r, int)), default=0)
    hints = [
        last,
        _int_or_none(conn, f"SELECT seq FROM sqlite_sequence WHERE name = '{table}'"),
        _int_or_none(conn, f"SELECT max(id) FROM {table} INDEXED BY notes_by_updated")
        if table == "notes"
        else None,
    ]
    bound = min(max(h for h in hints if h is not None) + PROBE_MARGIN, last + MAX_PROBES)
    for row_id in range(last + 1, bound + 1):
        try:
            row = conn.execute(f"{sql} WHERE id = ?", (row_id,)).fetchone()
        except DAMAGE_ERRORS:
            row = _by_columns(conn, sql, row_id)
            if row is None:
                counter[0] += 1
                continue
        if row is not None:
            rows.append(row)
    return rows


def _by_columns(conn: sqlite3.Connection, sql: str, row_id: int) -> tuple[object, ...] | None:
    """One row read a column at a time (a damaged overflow page may spoil some columns only)."""
    head, _, table = sql.partition(" FROM ")
    columns = head.removeprefix("SELECT ").split(", ")
    values: list[object] = []
    found = False
    for column in columns:
        try:
            row = conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (row_id,)).fetchone()
        except DAMAGE_ERRORS:
            values.append(None)
            continue
        if row is None:
            return None
        found = found or column != "id"
        values.append(row[0])
    if not found:
        return None
    values[0] = row_id
    return tuple(values)


def _scan_all(conn: sqlite3.Connection, sql: str) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    with contextlib.suppress(sqlite3.DatabaseError):
        for row in conn.execute(sql):
            rows.append(row)
    return rows


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    try:
        return {str(row[1], "utf-8", "replace") for row in conn.execute(f"PRAGMA table_info({table})")}
    except DAMAGE_ERRORS:
        return set()


def read_rescued(
    conn: sqlite3.Connection | None, fallback: datetime, deep: DeepRows | None = None
) -> Rescued:
    """Everything readable through ``conn`` (text_factory must be bytes; None: SQLite cannot read
    the file), with the rows that only a reading of the pages (``deep``) found."""
    rescued = Rescued()
    by_sql = conn is not None and _readable_schema(conn)
    pages = deep or DeepRows()
    if not by_sql and not pages:
        rescued.opened = False
        return rescued
    unreadable = [0]
    repairs = rescued.repairs

    def rows_of(sql: str, table: str, scan: bool = False) -> list[tuple[object, ...]]:
        columns = _columns(conn, table) if by_sql and conn is not None else set()
        found: list[tuple[object, ...]] = []
        if columns and conn is not None:  # a file from before a table was added, or one lost to damage
            found = (
                _rows(conn, sql, table, unreadable) if "id" in columns and not scan else _scan_all(conn, sql)
            )
        return pages.add_missing(sql, found)

    if by_sql and conn is not None:
        rescued.notes_expected = _int_or_none(conn, "SELECT count(*) FROM notes INDEXED BY notes_by_updated")
    notes: list[Note] = []
    for row in rows_of(NOTE_SQL, "notes"):
        if isinstance(row[0], int):
            notes.extend(lenient_note(row, fallback, repairs))
    next_id = max((n.id for n in notes), default=0) + 1
    for index, note in enumerate(notes):
        if note.id < 1:  # the rest of an over-long text: a note of its own
            notes[index] = replace(note, id=next_id)
            next_id += 1
    rescued.notes = notes
    has_v2 = not by_sql or conn is None or "asked" in _columns(conn, "my_questions")
    sql = QUESTION_SQL if has_v2 else QUESTION_SQL.replace("answered_on, asked", "NULL, 0")
    questions = [q for q in (lenient_question(r, repairs) for r in rows_of(sql, "my_questions")) if q]
    questions.sort(key=lambda q: (q.position, q.id))
    seen_curated: set[str] = set()
    kept: list[MyQuestion] = []
    for question in questions:
        if question.question_id is not None:
            if question.question_id in seen_curated:
                continue
            seen_curated.add(question.question_id)
        kept.append(replace(question, position=len(kept)))
    rescued.questions = kept
    situation_rows = rows_of(SITUATION_SQL, "situation", scan=True)
    situation_row = next(
        (r for r in situation_rows if r[0] == 1), situation_rows[0] if situation_rows else None
    )
    tags = [row[0] for row in rows_of(TAG_SQL, "situation_tags", scan=True)]
    rescued.situation = lenient_situation(situation_row, tags, repairs)
    rescued.diary = read_lenient(rows_of, fallback, repairs)
    rescued.records = read_records(rows_of, repairs, fallback.date())
    rescued.unreadable_rows = unreadable[0]
    return rescued


def rescue_file(
    path: Path,
    wal: Path | None = None,
    wal_belongs: Callable[[Path, Path], bool] | None = None,
    *,
    pages: bool = True,
) -> Rescued:
    """What can be read from the database file ``path`` (never changed; read through a private copy).

    ``wal`` is a -wal file kept with it; it is used only if ``wal_belongs(path, wal)`` says it is
    this file's own. ``pages``: also read the file's pages for rows SQL cannot reach
    (:mod:`liverbook.store.deep_salvage`); not needed for a file that passed its check, such as a
    backup. A file that nothing can be read from gives an empty :class:`Rescued` with ``opened`` False.
    """
    try:
        fallback = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
    except OSError:
        return Rescued(opened=False)
    use_wal = (
        wal if wal is not None and wal.exists() and (wal_belongs is None or wal_belongs(path, wal)) else None
    )
    attempts = [use_wal, None] if use_wal is not None else [None]
    best = Rescued(opened=False)
    for attempt in attempts:
        try:
            with _private_copy(path, attempt, pages) as (conn, deep):
                rescued = read_rescued(conn, fallback, deep)
        except (sqlite3.Error, UnicodeDecodeError, OSError):
            continue
        if rescued.opened and (not best.opened or len(rescued.notes) > len(best.notes)):
            best = rescued
    return best
