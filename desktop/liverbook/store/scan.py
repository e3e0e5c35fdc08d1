"""The check of every row at start: what ``PRAGMA quick_check`` cannot see.

``quick_check`` proves the file's structure is sound, not that each row holds what the store
wrote. :func:`find_bad_rows` reads every row of every table with ``text_factory = bytes`` and
checks each column (:mod:`liverbook.store.rows`), and checks that the indexes the store reads
through hold the same rows as their tables (``quick_check`` does not compare them). It returns a
description of the first problem, naming table, row id and column, never content; or None.

Cost: one pass over the notes, about 10 ms for 10,000 notes on the reference machine, and one over
the diary (:func:`liverbook.store.diary_rows.check_diary`) and one over the records
(:func:`liverbook.store.records_salvage.check_records`).
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from liverbook.store.diary_rows import check_diary
from liverbook.store.errors import describe, is_environmental
from liverbook.store.model import MAX_NOTE_CHARS, is_handbook_id
from liverbook.store.records_salvage import check_records
from liverbook.store.rows import (
    NOTE_SQL,
    QUESTION_SQL,
    SITUATION_SQL,
    TAG_SQL,
    BadRow,
    strict_question,
    strict_situation,
    strict_tag,
)

_V1_QUESTION_SQL = "SELECT id, question_id, text, position, answer, NULL, 0 FROM my_questions"


def _check_notes(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    """Check every note (inlined for speed: this runs at each start); return (id, page_id, updated) of each."""
    keys: list[tuple[object, ...]] = []
    good_pages: set[bytes] = set()
    good_times: set[bytes] = set()
    from datetime import datetime

    for row in conn.execute(NOTE_SQL):
        note_id, text, page_id, created, updated = row
        column = "id"
        try:
            if type(note_id) is not int:
                raise TypeError
            column = "text"
            if type(text) is not bytes or len(text.decode("utf-8")) > MAX_NOTE_CHARS:
                raise TypeError
            column = "page_id"
            if page_id is not None and page_id not in good_pages:
                if type(page_id) is not bytes or not is_handbook_id(page_id.decode("utf-8")):
                    raise TypeError
                good_pages.add(page_id)
            for _column, value in (("created", created), ("updated", updated)):
                if value not in good_times:
                    if type(value) is not bytes or len(value) > 40:
                        raise TypeError
                    datetime.fromisoformat(value.decode("ascii"))
                    if len(good_times) < 100_000:
                        good_times.add(value)
        except (TypeError, ValueError, UnicodeDecodeError, OverflowError):
            raise BadRow("notes", note_id, column) from None
        keys.append((note_id, page_id, updated))
    return keys


def _index_matches(conn: sqlite3.Connection, sql: str, expected: Counter[tuple[object, ...]]) -> bool:
    return Counter(conn.execute(sql)) == expected


def _indexes(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    return {row[0].decode("utf-8", "replace") if isinstance(row[0], bytes) else str(row[0]) for row in rows}


def _check(conn: sqlite3.Connection, version: int) -> str | None:
    keys = _check_notes(conn)
    indexes = _indexes(conn)
    # The index entries themselves are read by list_notes (ORDER BY updated): compare their keys too.
    checks: tuple[tuple[str, str, Counter[tuple[object, ...]]], ...] = (
        ("notes_by_updated", "id, updated", Counter((k[0], k[2]) for k in keys)),
        ("notes_by_page", "id, page_id, updated", Counter(keys)),
    )
    for index, columns, expected in checks:
        if version >= 2 and index not in indexes:
            return f"the index {index} is missing"
        if index in indexes and not _index_matches(
            conn, f"SELECT {columns} FROM notes INDEXED BY {index}", expected
        ):
            return f"the index {index} does not match the notes"
    questions = []
    for row in conn.execute(QUESTION_SQL if version >= 2 else _V1_QUESTION_SQL):
        questions.append(strict_question(row))
    curated = [q.question_id for q in questions if q.question_id is not None]
    if len(set(curated)) != len(curated):
        return "a handbook question is on the list twice"
    unique = "sqlite_autoindex_my_questions_1"
    if unique in indexes:
        found = [row[0] for row in conn.execute(f"SELECT question_id FROM my_questions INDEXED BY {unique}")]
        if sorted(q for q in found if q is not None) != sorted(q.encode() for q in curated):
            return "the index of the questions does not match them"
    rows = conn.execute(SITUATION_SQL).fetchall()
    if len(rows) != 1:
        return f"the situation has {len(rows)} rows, not 1"
    strict_situation(rows[0])
    for row in conn.execute(TAG_SQL):
        strict_tag(row)
    if version >= 2:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        for key in (b"changes", b"backed_up_changes", b"db_id"):
            if type(meta.get(key)) is not int:
                return f"the meta value {key.decode()} cannot be read"
    if version >= 3:
        problem = check_diary(conn)
        if problem is not None:
            return problem
    return check_records(conn, version)


def find_bad_rows(conn: sqlite3.Connection, version: int) -> str | None:
    """The first row or index that is not as the store wrote it, described without content; or None.

    Raises the sqlite3 error if reading failed for a reason of the environment (disk I/O, busy...).
    """
    old = conn.text_factory
    conn.text_factory = bytes
    try:
        return _check(conn, version)
    except BadRow as bad:
        return str(bad)
    except UnicodeDecodeError:
        return "SQLite reported damage in words that cannot be read (the schema is damaged)"
    except sqlite3.Error as exc:
        if is_environmental(exc):
            raise
        return describe(exc)  # e.g. "no such column": the schema itself was damaged
    finally:
        conn.text_factory = old
