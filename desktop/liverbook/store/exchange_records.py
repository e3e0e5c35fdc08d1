"""The ``records`` part of an export (format version 2): medicines, treatment lines, the care team,
visits, lab results and the Child-Pugh answers, built from and checked into :class:`RecordsData`.

See :mod:`liverbook.store.exchange` for the whole format and docs/data-format.md for each key. The
part is optional: a file without it (version 1, or version 2 from before the records) imports with
no records. Every record is checked as the store checks it before saving
(:func:`liverbook.records.model.check`), so nothing imported breaks a rule the app keeps.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from liverbook.records.dates import DateProblem, LooseDate
from liverbook.records.model import (
    NAME_MAX,
    SHORT_MAX,
    TEXT_MAX,
    Contact,
    LabResult,
    LiverAnswers,
    Medicine,
    RecordProblem,
    TreatmentLine,
    Visit,
    VisitQuestion,
    check,
)
from liverbook.records.numbers import NumberProblem, parse_value
from liverbook.store.exchange_checks import Refuse, checked_id, checked_list, checked_object, checked_text
from liverbook.store.records_rows import TIME_MAX, UNIT_MAX, RecordsData

MAX_MEDICINES = 2_000
MAX_LINES = 1_000
MAX_CONTACTS = 1_000
MAX_VISITS = 10_000
MAX_VISIT_QUESTIONS = 200
MAX_TOTAL_VISIT_QUESTIONS = 50_000
MAX_LAB_RESULTS = 200_000
MAX_LIVER_ANSWERS = 20_000
# Objects and lists the part can hold: its own object and six lists, one object per record (and a
# list of drugs per treatment line, a list of questions per visit), one object per visit question.
MAX_CONTAINERS = (
    7 + MAX_MEDICINES + 2 * MAX_LINES + MAX_CONTACTS + 2 * MAX_VISITS + MAX_TOTAL_VISIT_QUESTIONS
    + MAX_LAB_RESULTS + MAX_LIVER_ANSWERS
)  # fmt: skip
_MAX_ID = 2**63 - 1


def _loose(date: LooseDate | None) -> str | None:
    return date.iso if date else None


def build_records(data: RecordsData, question_index: dict[int, int]) -> dict[str, Any]:
    """The ``records`` object. ``question_index`` maps a My questions id to its place in the export's
    ``questions`` list (question ids are not kept by an import; places are)."""
    return {
        "medicines": [
            {"id": m.id, "name": m.name, "drug_id": m.drug_id, "origin": m.origin, "what_for": m.what_for,
             "dose": m.dose, "how_often": m.how_often, "started": _loose(m.started), "stopped": _loose(m.stopped),
             "prescriber": m.prescriber, "note": m.note}
            for m in data.medicines
        ],
        "treatment_lines": [
            {"id": t.id, "kind": t.kind, "name": t.name, "drugs": list(t.drug_ids), "started": _loose(t.started),
             "stopped": _loose(t.stopped), "stop_reason": t.stop_reason, "in_trial": t.in_trial, "note": t.note}
            for t in data.treatment_lines
        ],
        "care_team": [
            {"id": c.id, "name": c.name, "role": c.role, "phone_day": c.phone_day,
             "phone_after_hours": c.phone_after_hours, "where": c.where, "note": c.note, "urgent": c.urgent}
            for c in data.contacts
        ],
        "visits": [
            {"id": v.id, "on": v.on.isoformat(), "at": v.at, "contact": v.contact_id, "with_whom": v.with_whom,
             "what_for": v.what_for, "understood": v.understood, "ask_again": v.ask_again,
             "questions": [
                 {"question": question_index.get(q.question_id) if q.question_id is not None else None,
                  "text": q.text, "understood": q.understood, "ask_again": q.ask_again}
                 for q in v.questions
             ]}
            for v in data.visits
        ],
        "lab_results": [
            {"id": r.id, "taken_on": r.taken_on.isoformat(), "test": r.test_id, "name": r.name, "value": r.value.text,
             "unit": r.unit, "note": r.note, "checked": r.checked}
            for r in data.lab_results
        ],
        "liver_answers": [
            {"id": a.id, "on": a.on.isoformat(), "ascites": a.ascites, "encephalopathy": a.encephalopathy,
             "note": a.note}
            for a in data.liver_answers
        ],
    }  # fmt: skip


def _int_id(value: object, where: str, ids: set[int]) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= _MAX_ID:
        raise Refuse(f"{where}: 'id' is not a whole number from 1")
    if value in ids:
        raise Refuse(f"{where}: the id {value} is used twice")
    ids.add(value)
    return value


def _bool(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise Refuse(f"{where} is not true or false")
    return value


def _loose_date(value: object, where: str) -> LooseDate | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise Refuse(f"{where} is not a date like 2026-03 or 2026-03-14")
    try:
        return LooseDate.parse(value)
    except DateProblem:
        raise Refuse(f"{where} is not a date like 2026, 2026-03 or 2026-03-14") from None


def _day(value: object, where: str) -> dt.date:
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise Refuse(f"{where} is not a day like 2026-03-14")


def _points(value: object, where: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value not in (1, 2, 3):
        raise Refuse(f"{where} is not 1, 2, 3 or null")
    return value


R = TypeVar("R")


def _checked(record: R, where: str) -> R:
    try:
        check(record)  # type: ignore[arg-type]
    except RecordProblem as exc:
        raise Refuse(f"{where}: {exc.message}") from None
    return record


def parse_records(value: object, questions: int) -> RecordsData:
    """Check the ``records`` object of a file; ``questions`` is how many questions the file lists."""
    part = checked_object(
        value,
        "records",
        set(),
        frozenset({"medicines", "treatment_lines", "care_team", "visits", "lab_results", "liver_answers"}),
    )
    data = RecordsData()
    ids: set[int] = set()
    for n, item in enumerate(checked_list(part.get("medicines", []), "records.medicines", MAX_MEDICINES), 1):
        where = f"medicine {n}"
        m = checked_object(item, where, {"id", "name"}, frozenset(
            {"drug_id", "origin", "what_for", "dose", "how_often", "started", "stopped", "prescriber", "note"}))  # fmt: skip
        short = {
            k: checked_text(m.get(k, ""), f"{where}: {k!r}", SHORT_MAX)
            for k in ("what_for", "dose", "how_often", "prescriber")
        }
        data.medicines.append(_checked(Medicine(
            _int_id(m["id"], where, ids), checked_text(m["name"], f"{where}: 'name'", NAME_MAX),
            checked_id(m.get("drug_id"), f"{where}: 'drug_id'", nullable=True),
            checked_text(m.get("origin", "prescribed"), f"{where}: 'origin'", 20),
            short["what_for"], short["dose"], short["how_often"],
            _loose_date(m.get("started"), f"{where}: 'started'"), _loose_date(m.get("stopped"), f"{where}: 'stopped'"),
            short["prescriber"], checked_text(m.get("note", ""), f"{where}: 'note'", TEXT_MAX),
        ), where))  # fmt: skip
    ids = set()
    for n, item in enumerate(
        checked_list(part.get("treatment_lines", []), "records.treatment_lines", MAX_LINES), 1
    ):
        where = f"treatment line {n}"
        t = checked_object(item, where, {"id", "kind"}, frozenset(
            {"name", "drugs", "started", "stopped", "stop_reason", "in_trial", "note"}))  # fmt: skip
        drugs = checked_list(t.get("drugs", []), f"{where}: 'drugs'", 20)
        data.treatment_lines.append(_checked(TreatmentLine(
            _int_id(t["id"], where, ids), checked_text(t["kind"], f"{where}: 'kind'", 40),
            checked_text(t.get("name", ""), f"{where}: 'name'", NAME_MAX),
            tuple(str(checked_id(d, f"{where}: a drug")) for d in drugs),
            _loose_date(t.get("started"), f"{where}: 'started'"), _loose_date(t.get("stopped"), f"{where}: 'stopped'"),
            None if t.get("stop_reason") is None else checked_text(t["stop_reason"], f"{where}: 'stop_reason'", 40),
            _bool(t.get("in_trial", False), f"{where}: 'in_trial'"),
            checked_text(t.get("note", ""), f"{where}: 'note'", TEXT_MAX),
        ), where))  # fmt: skip
    ids = set()
    for n, item in enumerate(checked_list(part.get("care_team", []), "records.care_team", MAX_CONTACTS), 1):
        where = f"care team contact {n}"
        c = checked_object(item, where, {"id", "name"}, frozenset(
            {"role", "phone_day", "phone_after_hours", "where", "note", "urgent"}))  # fmt: skip
        short = {
            k: checked_text(c.get(k, ""), f"{where}: {k!r}", SHORT_MAX)
            for k in ("role", "phone_day", "phone_after_hours", "where")
        }
        data.contacts.append(_checked(Contact(
            _int_id(c["id"], where, ids), checked_text(c["name"], f"{where}: 'name'", NAME_MAX),
            short["role"], short["phone_day"], short["phone_after_hours"], short["where"],
            checked_text(c.get("note", ""), f"{where}: 'note'", TEXT_MAX), _bool(c.get("urgent", False), f"{where}: 'urgent'"),
        ), where))  # fmt: skip
    if sum(c.urgent for c in data.contacts) > 1:
        raise Refuse("more than one care team contact is marked as the one to call for urgent problems")
    contact_ids = ids
    ids = set()
    for n, item in enumerate(checked_list(part.get("visits", []), "records.visits", MAX_VISITS), 1):
        data.visits.append(_visit(item, f"visit {n}", ids, contact_ids, questions))
    if sum(len(v.questions) for v in data.visits) > MAX_TOTAL_VISIT_QUESTIONS:
        raise Refuse(f"the visits hold more than {MAX_TOTAL_VISIT_QUESTIONS:,} questions in all")
    ids = set()
    for n, item in enumerate(
        checked_list(part.get("lab_results", []), "records.lab_results", MAX_LAB_RESULTS), 1
    ):
        data.lab_results.append(_lab(item, f"lab result {n}", ids))
    ids = set()
    for n, item in enumerate(
        checked_list(part.get("liver_answers", []), "records.liver_answers", MAX_LIVER_ANSWERS), 1
    ):
        where = f"liver answers {n}"
        a = checked_object(item, where, {"id", "on"}, frozenset({"ascites", "encephalopathy", "note"}))
        data.liver_answers.append(LiverAnswers(
            _int_id(a["id"], where, ids), _day(a["on"], f"{where}: 'on'"),
            _points(a.get("ascites"), f"{where}: 'ascites'"), _points(a.get("encephalopathy"), f"{where}: 'encephalopathy'"),
            checked_text(a.get("note", ""), f"{where}: 'note'", TEXT_MAX),
        ))  # fmt: skip
    return data


def _visit(item: object, where: str, ids: set[int], contacts: set[int], questions: int) -> Visit:
    v = checked_object(item, where, {"id", "on"}, frozenset(
        {"at", "contact", "with_whom", "what_for", "understood", "ask_again", "questions"}))  # fmt: skip
    contact = v.get("contact")
    if contact is not None and contact not in contacts:
        raise Refuse(f"{where}: 'contact' is not the id of a care team contact in the file")
    asked: list[VisitQuestion] = []
    for n, raw in enumerate(
        checked_list(v.get("questions", []), f"{where}: 'questions'", MAX_VISIT_QUESTIONS), 1
    ):
        qwhere = f"{where}, question {n}"
        q = checked_object(raw, qwhere, {"text"}, frozenset({"question", "understood", "ask_again"}))
        index = q.get("question")
        if index is not None and (not isinstance(index, int) or isinstance(index, bool) or index < 0):
            raise Refuse(f"{qwhere}: 'question' is not the place of a question in the file's list")
        if index is not None and index >= questions:
            index = None  # that question is not in the file: the visit keeps its words, not the link
        asked.append(VisitQuestion(
            checked_text(q["text"], f"{qwhere}: 'text'", TEXT_MAX), index,
            checked_text(q.get("understood", ""), f"{qwhere}: 'understood'", TEXT_MAX),
            _bool(q.get("ask_again", False), f"{qwhere}: 'ask_again'"),
        ))  # fmt: skip
    return _checked(Visit(
        _int_id(v["id"], where, ids), _day(v["on"], f"{where}: 'on'"), checked_text(v.get("at", ""), f"{where}: 'at'", TIME_MAX),
        contact, checked_text(v.get("with_whom", ""), f"{where}: 'with_whom'", SHORT_MAX),
        checked_text(v.get("what_for", ""), f"{where}: 'what_for'", SHORT_MAX), tuple(asked),
        checked_text(v.get("understood", ""), f"{where}: 'understood'", TEXT_MAX),
        _bool(v.get("ask_again", False), f"{where}: 'ask_again'"),
    ), where)  # fmt: skip


def _lab(item: object, where: str, ids: set[int]) -> LabResult:
    r = checked_object(
        item, where, {"id", "taken_on", "value", "unit"}, frozenset({"test", "name", "note", "checked"})
    )
    typed = checked_text(r["value"], f"{where}: 'value'", 40)
    try:
        value = parse_value(typed)
    except NumberProblem as exc:
        raise Refuse(f"{where}: 'value': {exc.message}") from None
    return _checked(LabResult(
        _int_id(r["id"], where, ids), _day(r["taken_on"], f"{where}: 'taken_on'"), value,
        checked_text(r["unit"], f"{where}: 'unit'", UNIT_MAX), checked_id(r.get("test"), f"{where}: 'test'", nullable=True),
        checked_text(r.get("name", ""), f"{where}: 'name'", NAME_MAX), checked_text(r.get("note", ""), f"{where}: 'note'", TEXT_MAX),
        _bool(r.get("checked", False), f"{where}: 'checked'"),
    ), where)  # fmt: skip
