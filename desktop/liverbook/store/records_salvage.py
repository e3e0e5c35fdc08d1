"""The records through the store's safety net: the check of every row at start, the rescue of a
damaged file, the merge of what was rescued with a backup, and the writing of a rebuilt file.

* :func:`check_records` (:mod:`liverbook.store.scan`): every row of every records table read
  strictly, and the indexes the app reads through compared with their tables; the first problem is
  described by table, row id and column, never content.
* :func:`read_records` (:mod:`liverbook.store.salvage`): every row that can be read, each column
  that can be read (:func:`liverbook.store.records_rows.rescue`).
* :func:`merge_records` (:mod:`liverbook.store.rescue`): the rescued records, plus what only the
  backup has; nothing readable is dropped.
* :func:`write_records`: rows into a new database being rebuilt (rescue, the read-only copy).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from liverbook.records.model import NAME_MAX, SHORT_MAX, TEXT_MAX
from liverbook.records.numbers import NumberProblem
from liverbook.store.records_rows import (
    CARE_TEAM,
    LAB_RESULTS,
    LIVER_ANSWERS,
    LOST,
    MEDICINES,
    OWN_TEST,
    TABLES,
    TIME_MAX,
    TREATMENT_LINES,
    VISIT_QUESTIONS,
    VISITS,
    RecordsData,
    Table,
    encode,
)
from liverbook.store.rows import BadRow, Repairs, _text_lenient

RECORDS_VERSION = 4
RowReader = Callable[[str, str], list[tuple[object, ...]]]
"""Every row of a table that can be read (:func:`liverbook.store.salvage.read_rescued`)."""

# The indexes the app reads through, and the columns to compare with their table.
_INDEXES = (
    ("lab_results_by_test", "lab_results", "id, test, taken_on"),
    ("lab_results_by_day", "lab_results", "id, taken_on"),
    ("visits_by_date", "visits", "id, on_date, at_time"),
    ("medicines_by_position", "medicines", "id, position"),
    ("treatment_lines_by_start", "treatment_lines", "id, started"),
    ("liver_answers_by_day", "liver_answers", "id, on_date"),
)


# -- lenient: one row, as much as can be read ---------------------------------------------------------------


def rescue(table: Table, row: tuple[object, ...], fallback: dt.date, repairs: Repairs) -> Any | None:
    """The row with every readable column kept and safe values in the others; None if nothing useful is left."""
    values: list[Any] = []
    for column, convert, value in zip(table.columns, table.converters, row, strict=True):
        try:
            values.append(convert(value))
            continue
        except (ValueError, TypeError, OverflowError, UnicodeDecodeError, NumberProblem):
            pass
        kept = _rescued_column(table, column, value, fallback, repairs)
        if kept is _GONE:
            repairs.fields += 1
            return None
        values.append(kept)
    if table is LAB_RESULTS and values[1].startswith(OWN_TEST) and not values[2].strip():
        values[2] = values[1][len(OWN_TEST) :]  # the person's own test: its name is in its key too
    try:
        return table.build(values)
    except (BadRow, ValueError):
        repairs.fields += 1
        return None


_GONE = object()
_DEFAULTS: dict[str, object] = {
    "drug_id": None, "origin": "prescribed", "started": None, "stopped": None, "stop_reason": None,
    "drug_ids": (), "in_trial": False, "urgent": False, "ask_again": False, "checked": False,
    "contact_id": None, "question_id": None, "ascites": None, "encephalopathy": None, "kind": "other",
}  # fmt: skip
_ESSENTIAL = {("lab_results", "test"), ("lab_results", "value"), ("lab_results", "unit"), ("lab_results", "taken_on"),
              ("visit_questions", "visit_id"), ("liver_answers", "on_date"), ("id", "id")}  # fmt: skip
_LIMITS = {"name": NAME_MAX, "note": TEXT_MAX, "understood": TEXT_MAX, "text": TEXT_MAX, "at_time": TIME_MAX}


def _rescued_column(table: Table, column: str, value: object, fallback: dt.date, repairs: Repairs) -> object:
    if (table.name, column) in _ESSENTIAL or column == "id":
        return _GONE
    if column in _DEFAULTS:
        repairs.fields += 1
        return _DEFAULTS[column]
    if column in ("on_date",):
        repairs.fields += 1
        return fallback
    if column == "position":
        repairs.fields += 1
        return 1 << 30
    found = _text_lenient(value, repairs)
    limit = _LIMITS.get(column, SHORT_MAX)
    if found is None or not found.strip():
        if (table.name, column) in LOST:
            repairs.fields += 1
            return LOST[(table.name, column)]
        return ""
    if len(found) > limit:
        repairs.fields += 1
        return found[:limit]
    return found


def check_records(conn: sqlite3.Connection, version: int) -> str | None:
    """The first records row or index that is not as the store wrote it (None: all is well).

    ``conn`` reads text as bytes; BadRow propagates (the caller describes it).
    """
    if version < RECORDS_VERSION:
        return None
    visits: set[object] = set()
    for table in TABLES:
        known: list[dict[object, Any]] = [{} for _ in table.columns]
        for row in conn.execute(table.select):
            found = table.decode(row, known)
            if table is VISITS:
                visits.add(row[0])
            elif table is VISIT_QUESTIONS and found[0] not in visits:
                raise BadRow("visit_questions", row[0], "visit_id")
    urgent = conn.execute("SELECT count(*) FROM care_team WHERE urgent = 1").fetchone()[0]
    if urgent > 1:
        return "more than one care team contact is marked urgent"
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    for index, table_name, columns in _INDEXES:
        if index.encode() not in names and index not in names:
            return f"the index {index} is missing"
        expected = Counter(conn.execute(f"SELECT {columns} FROM {table_name} NOT INDEXED"))
        if Counter(conn.execute(f"SELECT {columns} FROM {table_name} INDEXED BY {index}")) != expected:
            return f"the index {index} does not match its table"
    return None


def read_records(rows: RowReader, repairs: Repairs, fallback: dt.date) -> RecordsData:
    """Everything readable of the records; ``rows(sql, table)`` gives the raw rows of a table (text as
    bytes), none for a table the file lacks."""
    found: dict[str, list[Any]] = {}
    for table in TABLES:
        kept: list[Any] = []
        for row in rows(table.select, table.name):
            if isinstance(row[0], int):
                record = rescue(table, row, fallback, repairs)
                if record is not None:
                    kept.append(record)
        found[table.name] = kept
    visits = {v.id: v for v in found["visits"]}
    by_visit: dict[int, list[tuple[int, Any]]] = {}
    for visit_id, position, question in found["visit_questions"]:
        if visit_id in visits:
            by_visit.setdefault(visit_id, []).append((position, question))
    return RecordsData(
        found["medicines"],
        found["treatment_lines"],
        _one_urgent(found["care_team"]),
        [
            dataclasses.replace(
                v, questions=tuple(q for _, q in sorted(by_visit.get(v.id, []), key=lambda p: p[0]))
            )
            for v in sorted(found["visits"], key=lambda v: (v.on, v.at == "", v.at, v.id))
        ],
        sorted(found["lab_results"], key=lambda r: (r.taken_on, r.id)),
        sorted(found["liver_answers"], key=lambda a: (a.on, a.id)),
    )


def _one_urgent(contacts: list[Any]) -> list[Any]:
    """At most one contact marked urgent (the first keeps it): damage must not break the rule."""
    seen = False
    kept = []
    for contact in contacts:
        if contact.urgent and seen:
            contact = dataclasses.replace(contact, urgent=False)
        seen = seen or contact.urgent
        kept.append(contact)
    return kept


def _union(rescued: Sequence[Any], backup: Sequence[Any]) -> list[Any]:
    ids = {r.id for r in rescued}
    return [*rescued, *(b for b in backup if b.id not in ids)]


def merge_records(rescued: RecordsData, backup: RecordsData) -> RecordsData:
    """The rescued records, then those only the backup has (by id); a visit's after-visit words lost
    in the damage are taken from the backup."""
    by_id = {v.id: v for v in backup.visits}
    visits = []
    for visit in rescued.visits:
        other = by_id.get(visit.id)
        if other is not None and not visit.understood.strip() and other.understood.strip():
            visit = dataclasses.replace(visit, understood=other.understood)
        if other is not None and not visit.questions and other.questions:
            visit = dataclasses.replace(visit, questions=other.questions)
        visits.append(visit)
    return RecordsData(
        _union(rescued.medicines, backup.medicines),
        _union(rescued.treatment_lines, backup.treatment_lines),
        _one_urgent(_union(rescued.contacts, backup.contacts)),
        sorted(_union(visits, backup.visits), key=lambda v: (v.on, v.at == "", v.at, v.id)),
        sorted(_union(rescued.lab_results, backup.lab_results), key=lambda r: (r.taken_on, r.id)),
        sorted(_union(rescued.liver_answers, backup.liver_answers), key=lambda a: (a.on, a.id)),
    )


def relinked(data: RecordsData, question_ids: dict[int, int]) -> RecordsData:
    """The records with each visit question's My questions id changed by ``question_ids`` (old -> new);
    a link to an id not in it is dropped (the question's words stay)."""
    visits = [
        dataclasses.replace(v, questions=tuple(
            dataclasses.replace(q, question_id=question_ids.get(q.question_id) if q.question_id is not None else None)
            for q in v.questions
        ))
        for v in data.visits
    ]  # fmt: skip
    return dataclasses.replace(data, visits=visits)


def write_records(conn: sqlite3.Connection, data: RecordsData, now: str) -> None:
    """Insert ``data`` into a new database at schema 4 or later, inside the caller's transaction."""

    def insert(table: Table, record_id: int, values: tuple[object, ...], position: int | None = None) -> None:
        columns = [*table.columns, "created", "updated"] + (["position"] if position is not None else [])
        row = (record_id, *values, now, now) + ((position,) if position is not None else ())
        marks = ", ".join("?" for _ in columns)
        conn.execute(f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})", row)

    for position, medicine in enumerate(data.medicines):
        insert(MEDICINES, medicine.id, encode(medicine), position)
    for line in data.treatment_lines:
        insert(TREATMENT_LINES, line.id, encode(line))
    for position, contact in enumerate(data.contacts):
        insert(CARE_TEAM, contact.id, encode(contact), position)
    for visit in data.visits:
        insert(VISITS, visit.id, encode(visit))
        conn.executemany(
            "INSERT INTO visit_questions (visit_id, position, question_id, text, understood, ask_again) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (visit.id, i, q.question_id, q.text, q.understood, int(q.ask_again))
                for i, q in enumerate(visit.questions)
            ],
        )
    for result in data.lab_results:
        insert(LAB_RESULTS, result.id, encode(result))
    for answers in data.liver_answers:
        insert(LIVER_ANSWERS, answers.id, encode(answers))
