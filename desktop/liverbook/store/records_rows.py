"""Rows of the records' tables: written from the record values, read back strictly or leniently.

* ``decode`` (strict) turns a row into a record or raises :class:`~liverbook.store.rows.BadRow`
  naming table, row id and column, never content. It reads text given as ``str`` or as ``bytes``
  (the check at start reads with ``text_factory = bytes``), so one function serves both.
* the lenient reading that rescues a damaged file is in :mod:`liverbook.store.records_salvage`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from liverbook.records.dates import LooseDate
from liverbook.records.model import (
    NAME_MAX,
    SHORT_MAX,
    STOP_REASON_IDS,
    TEXT_MAX,
    TREATMENT_KIND_IDS,
    Contact,
    LabResult,
    LiverAnswers,
    Medicine,
    TreatmentLine,
    Visit,
    VisitQuestion,
)
from liverbook.records.numbers import NumberProblem, parse_value
from liverbook.store.model import is_handbook_id
from liverbook.store.rows import BadRow, _int_strict, _text_strict

OWN_TEST = "own:"
# Put where a name or the words of a question could not be read, so the rest of the record is kept.
LOST: dict[tuple[str, str], str] = {
    ("medicines", "name"): "(A medicine whose name could not be read.)",
    ("care_team", "name"): "(Someone on the care team whose name could not be read.)",
    ("visit_questions", "text"): "(A question whose words could not be read.)",
}
ORIGINS = ("prescribed", "bought", "herbal")
UNIT_MAX = 40
TIME_MAX = 20

Conv = Callable[[object], Any]


def text(limit: int) -> Conv:
    def convert(value: object) -> str:
        found = _text_strict(value)
        if len(found) > limit:
            raise ValueError
        return found

    return convert


def opt_id(value: object) -> str | None:
    if value is None:
        return None
    found = _text_strict(value)
    if not is_handbook_id(found):
        raise ValueError
    return found


def ids(value: object) -> tuple[str, ...]:
    found = tuple(_text_strict(value).split())
    if not all(is_handbook_id(i) for i in found):
        raise ValueError
    return found


def loose(value: object) -> LooseDate | None:
    return None if value is None else LooseDate.parse(_text_strict(value))


def day(value: object) -> dt.date:
    found = _text_strict(value)
    if len(found) != 10:
        raise ValueError
    return dt.date.fromisoformat(found)


def flag(value: object) -> bool:
    if value not in (0, 1) or isinstance(value, bool):
        raise ValueError
    return bool(value)


def one_of(values: frozenset[str] | tuple[str, ...], nullable: bool = False) -> Conv:
    def convert(value: object) -> str | None:
        if value is None and nullable:
            return None
        found = _text_strict(value)
        if found not in values:
            raise ValueError
        return found

    return convert


def points(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value not in (1, 2, 3):
        raise ValueError
    return value


def opt_int(value: object) -> int | None:
    return None if value is None else _int_strict(value)


def lab_value(value: object) -> object:
    typed = _text_strict(value)
    found = parse_value(typed)
    if found.text != typed:  # the store writes the canonical text only
        raise ValueError
    return found


def test_key(value: object) -> str:
    found = _text_strict(value)
    if not (
        is_handbook_id(found) or (found.startswith(OWN_TEST) and 0 < len(found) - len(OWN_TEST) <= NAME_MAX)
    ):
        raise ValueError
    return found


@dataclass(frozen=True)
class Table:
    """One table: its columns (``id`` first, then what :func:`encode` gives) and how to read a row."""

    name: str
    columns: tuple[str, ...]
    converters: tuple[Conv, ...]
    build: Callable[[list[Any]], Any]
    order: str  # ORDER BY of its list

    @property
    def select(self) -> str:
        return f"SELECT {', '.join(self.columns)} FROM {self.name}"

    def decode(self, row: tuple[object, ...], known: list[dict[object, Any]] | None = None) -> Any:
        """The row as a record, or BadRow naming the first column that is not as the store wrote it.

        ``known`` (one dict per column, kept by the caller across rows) reuses what a raw value already
        read as: values repeat a lot (units, days, tests, flags), so the check of every row at start
        stays quick with years of records. Each dict is capped; ids are never kept.
        """
        values: list[Any] = []
        for index, (column, convert) in enumerate(zip(self.columns, self.converters, strict=True)):
            raw = row[index]
            cache = known[index] if known is not None else None
            key = (type(raw), raw)  # 1 and 1.0 are equal as keys; here they must not be
            if cache is not None and key in cache:
                values.append(cache[key])
                continue
            try:
                value = convert(raw)
            except (ValueError, TypeError, OverflowError, UnicodeDecodeError, NumberProblem):
                raise BadRow(self.name, row[0], column) from None
            if cache is not None and index and len(cache) < 50_000:
                cache[key] = value
            values.append(value)
        return self.build(values)


def _visit_question(v: list[Any]) -> tuple[int, int, VisitQuestion]:
    return v[1], v[2], VisitQuestion(v[4], v[3], v[5], v[6])


def _lab(v: list[Any]) -> LabResult:
    key: str = v[1]
    own = key.startswith(OWN_TEST)
    if own == (not v[2].strip()):
        raise BadRow("lab_results", v[0], "name")
    return LabResult(v[0], v[5], v[3], v[4], None if own else key, v[2], v[6], v[7])


_SHORT, _NAME, _TEXT = text(SHORT_MAX), text(NAME_MAX), text(TEXT_MAX)

MEDICINES = Table(
    "medicines",
    (
        "id",
        "name",
        "drug_id",
        "origin",
        "what_for",
        "dose",
        "how_often",
        "started",
        "stopped",
        "prescriber",
        "note",
    ),
    (_int_strict, _NAME, opt_id, one_of(ORIGINS), _SHORT, _SHORT, _SHORT, loose, loose, _SHORT, _TEXT),
    lambda v: Medicine(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]),
    "position, id",
)
TREATMENT_LINES = Table(
    "treatment_lines",
    ("id", "kind", "name", "drug_ids", "started", "stopped", "stop_reason", "in_trial", "note"),
    (
        _int_strict,
        one_of(TREATMENT_KIND_IDS),
        _NAME,
        ids,
        loose,
        loose,
        one_of(STOP_REASON_IDS, True),
        flag,
        _TEXT,
    ),
    lambda v: TreatmentLine(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]),
    "started IS NULL, started, id",
)
CARE_TEAM = Table(
    "care_team",
    ("id", "name", "role", "phone_day", "phone_after_hours", "place", "note", "urgent"),
    (_int_strict, _NAME, _SHORT, _SHORT, _SHORT, _SHORT, _TEXT, flag),
    lambda v: Contact(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]),
    "position, id",
)
VISITS = Table(
    "visits",
    ("id", "on_date", "at_time", "contact_id", "with_whom", "what_for", "understood", "ask_again"),
    (_int_strict, day, text(TIME_MAX), opt_int, _SHORT, _SHORT, _TEXT, flag),
    lambda v: Visit(v[0], v[1], v[2], v[3], v[4], v[5], (), v[6], v[7]),
    "on_date, at_time = '', at_time, id",
)
VISIT_QUESTIONS = Table(
    "visit_questions",
    ("id", "visit_id", "position", "question_id", "text", "understood", "ask_again"),
    (_int_strict, _int_strict, _int_strict, opt_int, _TEXT, _TEXT, flag),
    _visit_question,
    "visit_id, position",
)
LAB_RESULTS = Table(
    "lab_results",
    ("id", "test", "name", "value", "unit", "taken_on", "note", "checked"),
    (_int_strict, test_key, _NAME, lab_value, text(UNIT_MAX), day, _TEXT, flag),
    _lab,
    "taken_on, id",
)
LIVER_ANSWERS = Table(
    "liver_answers",
    ("id", "on_date", "ascites", "encephalopathy", "note"),
    (_int_strict, day, points, points, _TEXT),
    lambda v: LiverAnswers(v[0], v[1], v[2], v[3], v[4]),
    "on_date, id",
)
TABLES = (MEDICINES, TREATMENT_LINES, CARE_TEAM, VISITS, VISIT_QUESTIONS, LAB_RESULTS, LIVER_ANSWERS)


def _loose_text(date: LooseDate | None) -> str | None:
    return date.iso if date else None


def encode(record: object) -> tuple[object, ...]:
    """The column values after ``id`` for a record (positions and times are the store's to add)."""
    if isinstance(record, Medicine):
        m = record
        return (m.name, m.drug_id, m.origin, m.what_for, m.dose, m.how_often, _loose_text(m.started),
                _loose_text(m.stopped), m.prescriber, m.note)  # fmt: skip
    if isinstance(record, TreatmentLine):
        t = record
        return (t.kind, t.name, " ".join(t.drug_ids), _loose_text(t.started), _loose_text(t.stopped), t.stop_reason,
                int(t.in_trial), t.note)  # fmt: skip
    if isinstance(record, Contact):
        c = record
        return (c.name, c.role, c.phone_day, c.phone_after_hours, c.where, c.note, int(c.urgent))
    if isinstance(record, Visit):
        v = record
        return (v.on.isoformat(), v.at, v.contact_id, v.with_whom, v.what_for, v.understood, int(v.ask_again))
    if isinstance(record, LabResult):
        r = record
        key = r.test_id if r.test_id else OWN_TEST + " ".join(r.name.casefold().split())
        return (
            key,
            "" if r.test_id else r.name,
            r.value.text,
            r.unit,
            r.taken_on.isoformat(),
            r.note,
            int(r.checked),
        )
    if isinstance(record, LiverAnswers):
        a = record
        return (a.on.isoformat(), a.ascites, a.encephalopathy, a.note)
    raise TypeError(f"not a record: {type(record).__name__}")


def table_of(record: object) -> Table:
    for table, kind in zip(
        TABLES, (Medicine, TreatmentLine, Contact, Visit, None, LabResult, LiverAnswers), strict=True
    ):
        if kind is not None and isinstance(record, kind):
            return table
    raise TypeError(f"not a record: {type(record).__name__}")


@dataclass
class RecordsData:
    """Every record, as exported or as read from a file (visit questions link by index, see below)."""

    medicines: list[Medicine] = field(default_factory=list)
    treatment_lines: list[TreatmentLine] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    lab_results: list[LabResult] = field(default_factory=list)
    liver_answers: list[LiverAnswers] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(
            (
                self.medicines,
                self.treatment_lines,
                self.contacts,
                self.visits,
                self.lab_results,
                self.liver_answers,
            )
        )
