"""Plumbing under the records part of the store: rows in and out through the table specs of
:mod:`liverbook.store.records_rows`, each write one transaction, deletes that can be undone.

:class:`RecordsBase` holds what every kind of record shares; :class:`~liverbook.store.records.RecordsMixin`
adds the public methods, one small group per kind.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from liverbook.store.base import StoreBase
from liverbook.store.lazy import LazyModule
from liverbook.store.model import clean_text, format_time

if TYPE_CHECKING:  # imported when a record is first read or written, not at every start
    from liverbook.records import model as records_model
    from liverbook.records.model import Visit, VisitQuestion
    from liverbook.store import records_rows
    from liverbook.store.records_rows import Table
else:
    records_model = LazyModule("liverbook.records.model")
    records_rows = LazyModule("liverbook.store.records_rows")

R = TypeVar("R")
_ORDERED = {"medicines", "care_team"}  # tables whose rows the person puts in order


def cleaned(record: R) -> R:
    """The record with every text made storable (lone surrogates replaced), nothing else changed."""
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, field.name)
        if isinstance(value, str):
            changes[field.name] = clean_text(value, field.name, 1_000_000)
    if isinstance(record, records_model.Visit):
        changes["questions"] = tuple(cleaned(q) for q in record.questions)
    return dataclasses.replace(record, **changes)  # type: ignore[type-var]


class RecordsBase(StoreBase):
    """What every kind of record shares."""

    # -- plumbing ----------------------------------------------------------------------------------

    def _rows(self, table: Table, where: str = "", params: tuple[object, ...] = ()) -> list[Any]:
        rows = self._exec(f"{table.select} {where} ORDER BY {table.order}", params).fetchall()
        return [table.decode(row) for row in rows]

    def _one(self, table: Table, record_id: int) -> Any:
        row = self._exec(f"{table.select} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise KeyError(f"no {table.name} row {record_id}")
        found = table.decode(row)
        return self._with_questions([found])[0] if table is records_rows.VISITS else found

    def _insert(self, record: Any, record_id: int | None = None) -> int:
        """Insert inside the caller's transaction; returns the new id."""
        table = records_rows.table_of(record)
        now = format_time(self._now())
        columns = [*table.columns[1:], "created", "updated"]
        values: list[object] = [*records_rows.encode(record), now, now]
        if table.name in _ORDERED:
            columns.append("position")
            values.append(
                self._exec(f"SELECT COALESCE(MAX(position), -1) + 1 FROM {table.name}").fetchone()[0]
            )
        if record_id is not None:
            columns.insert(0, "id")
            values.insert(0, record_id)
        marks = ", ".join("?" for _ in columns)
        cursor = self._exec(
            f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})", tuple(values)
        )
        new_id = cursor.lastrowid
        assert new_id is not None
        if isinstance(record, records_model.Visit):
            self._write_questions(new_id, record.questions)
        return new_id

    def _write_questions(self, visit_id: int, questions: Sequence[VisitQuestion]) -> None:
        self._exec("DELETE FROM visit_questions WHERE visit_id = ?", (visit_id,))
        for position, q in enumerate(questions):
            self._exec(
                "INSERT INTO visit_questions (visit_id, position, question_id, text, understood, ask_again) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (visit_id, position, q.question_id, q.text, q.understood, int(q.ask_again)),
            )

    def _with_questions(self, visits: list[Visit]) -> list[Visit]:
        if not visits:
            return visits
        by_visit: dict[int, list[VisitQuestion]] = {}
        if len(visits) == 1:
            rows = self._rows(records_rows.VISIT_QUESTIONS, "WHERE visit_id = ?", (visits[0].id,))
        else:
            rows = self._rows(records_rows.VISIT_QUESTIONS)
        for visit_id, _, question in rows:
            by_visit.setdefault(visit_id, []).append(question)
        return [dataclasses.replace(v, questions=tuple(by_visit.get(v.id, ()))) for v in visits]

    def created_of(self, record: Any) -> str | None:
        """When the stored row with ``record``'s id was made (None: there is none). With the id it tells
        a record from another given the same id after a backup copy was put back."""
        with self._reading():
            row = self._exec(
                f"SELECT created FROM {records_rows.table_of(record).name} WHERE id = ?", (record.id,)
            ).fetchone()
        return None if row is None else str(row[0])

    def _add(self, record: R, before: str | None = None) -> R:
        """Check and insert a record in one transaction (``before``: a statement to run first in it)."""
        record = cleaned(record)
        records_model.check(record)  # type: ignore[arg-type]
        with self._writing():
            if before is not None:
                self._exec(before)
            new_id = self._insert(record)
            return self._one(records_rows.table_of(record), new_id)  # type: ignore[no-any-return]

    def _update(self, record: R) -> R:
        record = cleaned(record)
        records_model.check(record)  # type: ignore[arg-type]
        table = records_rows.table_of(record)
        record_id: int = record.id  # type: ignore[attr-defined]
        columns = ", ".join(f"{c} = ?" for c in table.columns[1:])
        with self._writing():
            cursor = self._exec(
                f"UPDATE {table.name} SET {columns}, updated = ? WHERE id = ?",
                (*records_rows.encode(record), format_time(self._now()), record_id),
            )
            if cursor.rowcount != 1:
                raise KeyError(f"no {table.name} row {record_id}")
            if isinstance(record, records_model.Visit):
                self._write_questions(record_id, record.questions)
            return self._one(table, record_id)  # type: ignore[no-any-return]

    def _delete(self, table: Table, record_id: int) -> Any:
        with self._writing():
            found = self._one(table, record_id)
            self._exec(f"DELETE FROM {table.name} WHERE id = ?", (record_id,))
            if table is records_rows.VISITS:
                self._exec("DELETE FROM visit_questions WHERE visit_id = ?", (record_id,))
            if table is records_rows.CARE_TEAM:  # visits with them keep the name, in words
                self._exec(
                    "UPDATE visits SET with_whom = CASE with_whom WHEN '' THEN ? ELSE with_whom END, contact_id = NULL "
                    "WHERE contact_id = ?",
                    (found.name, record_id),
                )
        return found

    def _restore(self, record: R) -> R:
        """Undo a delete: the record back with its id (a new id if that one is taken)."""
        record = cleaned(record)
        records_model.check(record)  # type: ignore[arg-type]
        table = records_rows.table_of(record)
        record_id: int = record.id  # type: ignore[attr-defined]
        with self._writing():
            taken = (
                self._exec(f"SELECT 1 FROM {table.name} WHERE id = ?", (record_id,)).fetchone() is not None
            )
            if isinstance(record, records_model.Contact) and record.urgent:
                self._exec("UPDATE care_team SET urgent = 0 WHERE urgent = 1")
            new_id = self._insert(record, None if taken or record_id < 1 else record_id)
            return self._one(table, new_id)  # type: ignore[no-any-return]

    def _move(self, table: Table, record_id: int, position: int) -> None:
        with self._writing():
            ids = [row[0] for row in self._exec(f"SELECT id FROM {table.name} ORDER BY position, id")]
            if record_id not in ids:
                raise KeyError(f"no {table.name} row {record_id}")
            ids.remove(record_id)
            ids.insert(max(0, min(position, len(ids))), record_id)
            for index, each in enumerate(ids):
                self._exec(f"UPDATE {table.name} SET position = ? WHERE id = ?", (index, each))


def between(column: str, start: dt.date | None, end: dt.date | None) -> tuple[str, tuple[object, ...]]:
    parts, params = [], []
    if start is not None:
        parts.append(f"{column} >= ?")
        params.append(start.isoformat())
    if end is not None:
        parts.append(f"{column} <= ?")
        params.append(end.isoformat())
    return ("WHERE " + " AND ".join(parts) if parts else ""), tuple(params)
