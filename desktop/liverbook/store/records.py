"""The person's records in the store: medicines, treatment lines, the care team, visits, lab results
and the two Child-Pugh answers (schema version 4, :mod:`liverbook.store.records_schema`).

Each record is checked (:func:`liverbook.records.model.check`, plain-words RecordProblem) and its
text made storable before it is written; every write is one transaction that commits before the
call returns, like the rest of the store. Deleting returns the record, so the GUI can offer undo
(``restore_*`` puts it back with its id when that id is free). Queries go through indexes: a lab
test's results by day, visits by day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from liverbook.store.lazy import LazyModule
from liverbook.store.records_base import RecordsBase, between, cleaned
from liverbook.store.records_schema import RECORD_TABLES

if TYPE_CHECKING:  # the records' models and rows are imported when a record is first read or written
    from liverbook.records.model import Contact, LabResult, LiverAnswers, Medicine, TreatmentLine, Visit
    from liverbook.store import records_rows
    from liverbook.store.records_rows import RecordsData
else:
    records_rows = LazyModule("liverbook.store.records_rows")

_NOBODY_URGENT = "UPDATE care_team SET urgent = 0 WHERE urgent = 1"


class RecordsMixin(RecordsBase):
    """The records part of :class:`~liverbook.store.store.Store`."""

    # -- medicines ---------------------------------------------------------------------------------

    def list_medicines(self) -> list[Medicine]:
        """The medicines list in the person's order, stopped ones included (the view decides)."""
        with self._reading():
            return self._rows(records_rows.MEDICINES)

    def add_medicine(self, medicine: Medicine) -> Medicine:
        return self._add(medicine)

    def update_medicine(self, medicine: Medicine) -> Medicine:
        return self._update(medicine)

    def delete_medicine(self, medicine_id: int) -> Medicine:
        return self._delete(records_rows.MEDICINES, medicine_id)  # type: ignore[no-any-return]

    def restore_medicine(self, medicine: Medicine) -> Medicine:
        return self._restore(medicine)

    def move_medicine(self, medicine_id: int, position: int) -> None:
        self._move(records_rows.MEDICINES, medicine_id, position)

    # -- treatment lines ---------------------------------------------------------------------------

    def list_treatment_lines(self) -> list[TreatmentLine]:
        """The timeline, oldest start first; lines without a start date last."""
        with self._reading():
            return self._rows(records_rows.TREATMENT_LINES)

    def add_treatment_line(self, line: TreatmentLine) -> TreatmentLine:
        return self._add(line)

    def update_treatment_line(self, line: TreatmentLine) -> TreatmentLine:
        return self._update(line)

    def delete_treatment_line(self, line_id: int) -> TreatmentLine:
        return self._delete(records_rows.TREATMENT_LINES, line_id)  # type: ignore[no-any-return]

    def restore_treatment_line(self, line: TreatmentLine) -> TreatmentLine:
        return self._restore(line)

    # -- care team ---------------------------------------------------------------------------------

    def list_contacts(self) -> list[Contact]:
        with self._reading():
            return self._rows(records_rows.CARE_TEAM)

    def add_contact(self, contact: Contact) -> Contact:
        """Add someone to the care team. If marked urgent, they become the one to call (the only one)."""
        return self._add(contact, before=_NOBODY_URGENT if contact.urgent else None)

    def update_contact(self, contact: Contact) -> Contact:
        """Change a contact; ``urgent`` is changed with :meth:`set_urgent_contact` only."""
        with self._reading():
            urgent = self._one(records_rows.CARE_TEAM, contact.id).urgent
        return self._update(dataclasses.replace(contact, urgent=urgent))

    def delete_contact(self, contact_id: int) -> Contact:
        """Remove a contact; visits with them keep their name as words."""
        return self._delete(records_rows.CARE_TEAM, contact_id)  # type: ignore[no-any-return]

    def restore_contact(self, contact: Contact) -> Contact:
        return self._restore(contact)

    def move_contact(self, contact_id: int, position: int) -> None:
        self._move(records_rows.CARE_TEAM, contact_id, position)

    def urgent_contact(self) -> Contact | None:
        """The one to call for urgent problems, if the person has chosen one."""
        with self._reading():
            found = self._rows(records_rows.CARE_TEAM, "WHERE urgent = 1")
        return found[0] if found else None

    def set_urgent_contact(self, contact_id: int | None) -> None:
        """Make this contact the one to call for urgent problems (None: nobody). One transaction."""
        with self._writing():
            if contact_id is not None:
                self._one(records_rows.CARE_TEAM, contact_id)  # KeyError if there is no such contact
            self._exec("UPDATE care_team SET urgent = 0 WHERE urgent = 1")
            if contact_id is not None:
                self._exec("UPDATE care_team SET urgent = 1 WHERE id = ?", (contact_id,))

    # -- visits ------------------------------------------------------------------------------------

    def list_visits(self, start: dt.date | None = None, end: dt.date | None = None) -> list[Visit]:
        """Visits from ``start`` to ``end`` (both included, either open), oldest first, with their questions."""
        where, params = between("on_date", start, end)
        with self._reading():
            return self._with_questions(self._rows(records_rows.VISITS, where, params))

    def get_visit(self, visit_id: int) -> Visit:
        with self._reading():
            return self._one(records_rows.VISITS, visit_id)  # type: ignore[no-any-return]

    def next_visit(self, today: dt.date) -> Visit | None:
        """The first visit on or after today."""
        with self._reading():
            rows = self._rows(records_rows.VISITS, "WHERE on_date >= ?", (today.isoformat(),))[:1]
            return self._with_questions(rows)[0] if rows else None

    def last_visit(self, today: dt.date) -> Visit | None:
        """The most recent visit before today."""
        with self._reading():
            row = self._exec(
                f"{records_rows.VISITS.select} WHERE on_date < ? ORDER BY on_date DESC, at_time = '' DESC, at_time DESC, id DESC LIMIT 1",
                (today.isoformat(),),
            ).fetchone()
            return self._with_questions([records_rows.VISITS.decode(row)])[0] if row else None

    def add_visit(self, visit: Visit) -> Visit:
        return self._add(self._linked(visit))

    def update_visit(self, visit: Visit) -> Visit:
        """Change a visit, its questions and what the person understood (the questions are replaced)."""
        return self._update(self._linked(visit))

    def _linked(self, visit: Visit) -> Visit:
        """The visit linked to a member of the care team only if they are there and are the one it
        names (``with_whom``, when given): after a backup copy was put back the id may be gone or name
        someone else. Otherwise the link is dropped and the name kept as words."""
        if visit.contact_id is None:
            return visit
        with self._reading():
            row = self._exec("SELECT name FROM care_team WHERE id = ?", (visit.contact_id,)).fetchone()
        named = visit.with_whom.strip().casefold()
        if row is not None and named in ("", str(row[0]).strip().casefold()):
            return visit
        return dataclasses.replace(visit, contact_id=None)

    def delete_visit(self, visit_id: int) -> Visit:
        return self._delete(records_rows.VISITS, visit_id)  # type: ignore[no-any-return]

    def restore_visit(self, visit: Visit) -> Visit:
        return self._restore(visit)

    # -- lab results -------------------------------------------------------------------------------

    def list_lab_results(
        self, key: str | None = None, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[LabResult]:
        """Results oldest first: of one test (LabResult.key) or all, from ``start`` to ``end`` (included)."""
        where, params = between("taken_on", start, end)
        if key is not None:
            where = "WHERE test = ?" + (" AND " + where.removeprefix("WHERE ") if where else "")
            params = (key, *params)
        with self._reading():
            return self._rows(records_rows.LAB_RESULTS, where, params)

    def lab_test_keys(self) -> list[str]:
        """The tests the person has results for (LabResult.key), in key order."""
        with self._reading():
            return [str(row[0]) for row in self._exec("SELECT DISTINCT test FROM lab_results ORDER BY test")]

    def latest_lab_result(self, key: str, on_or_before: dt.date | None = None) -> LabResult | None:
        """The newest result of one test, optionally on or before a day (one index lookup)."""
        sql = f"{records_rows.LAB_RESULTS.select} WHERE test = ?"
        params: tuple[object, ...] = (key,)
        if on_or_before is not None:
            sql += " AND taken_on <= ?"
            params += (on_or_before.isoformat(),)
        with self._reading():
            row = self._exec(sql + " ORDER BY taken_on DESC, id DESC LIMIT 1", params).fetchone()
            return records_rows.LAB_RESULTS.decode(row) if row else None

    def add_lab_result(self, result: LabResult) -> LabResult:
        return self._add(result)

    def update_lab_result(self, result: LabResult) -> LabResult:
        return self._update(result)

    def delete_lab_result(self, result_id: int) -> LabResult:
        return self._delete(records_rows.LAB_RESULTS, result_id)  # type: ignore[no-any-return]

    def restore_lab_result(self, result: LabResult) -> LabResult:
        return self._restore(result)

    # -- the two Child-Pugh answers ----------------------------------------------------------------

    def list_liver_answers(self) -> list[LiverAnswers]:
        with self._reading():
            return self._rows(records_rows.LIVER_ANSWERS)

    def latest_liver_answers(self, on_or_before: dt.date | None = None) -> LiverAnswers | None:
        where, params = between("on_date", None, on_or_before)
        with self._reading():
            row = self._exec(
                f"{records_rows.LIVER_ANSWERS.select} {where} ORDER BY on_date DESC, id DESC LIMIT 1", params
            ).fetchone()
            return records_rows.LIVER_ANSWERS.decode(row) if row else None

    def add_liver_answers(self, answers: LiverAnswers) -> LiverAnswers:
        return self._add(answers)

    def update_liver_answers(self, answers: LiverAnswers) -> LiverAnswers:
        return self._update(answers)

    def delete_liver_answers(self, answers_id: int) -> LiverAnswers:
        return self._delete(records_rows.LIVER_ANSWERS, answers_id)  # type: ignore[no-any-return]

    # -- all of it -----------------------------------------------------------------------------------

    def records_data(self) -> RecordsData:
        """Every record, for an export (visit questions keep their My questions ids)."""
        with self._reading():
            return records_rows.RecordsData(
                self._rows(records_rows.MEDICINES), self._rows(records_rows.TREATMENT_LINES), self._rows(records_rows.CARE_TEAM),
                self._with_questions(self._rows(records_rows.VISITS)), self._rows(records_rows.LAB_RESULTS), self._rows(records_rows.LIVER_ANSWERS),
            )  # fmt: skip

    def _insert_records(self, data: RecordsData, question_ids: Sequence[int]) -> None:
        """Inside the caller's transaction (an import): insert ``data`` with its ids. A visit question's
        ``question_id`` is then a place in the imported questions list, mapped to ``question_ids``."""
        records: list[Contact | Medicine | TreatmentLine | LabResult | LiverAnswers] = [
            *data.contacts,
            *data.medicines,
            *data.treatment_lines,
            *data.lab_results,
            *data.liver_answers,
        ]
        for record in records:
            self._insert(cleaned(record), record.id)
        for visit in data.visits:
            questions = tuple(
                dataclasses.replace(
                    q, question_id=None if q.question_id is None else question_ids[q.question_id]
                )
                for q in visit.questions
            )
            self._insert(cleaned(dataclasses.replace(visit, questions=questions)), visit.id)

    def _clear_records(self) -> None:
        """Inside the caller's transaction: every record gone (Delete all, import)."""
        for table in RECORD_TABLES:
            self._exec(f"DELETE FROM {table}")

    def _has_records(self) -> bool:
        return any(self._exec(f"SELECT 1 FROM {t} LIMIT 1").fetchone() is not None for t in RECORD_TABLES)
