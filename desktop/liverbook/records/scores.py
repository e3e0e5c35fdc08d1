"""What the liver scores are worked out from, and what they give back: the score, its class or grade,
every step of the working in plain words, what is missing, and a plain "what this may mean" line.

:func:`liverbook.records.child_pugh.child_pugh` and :func:`liverbook.records.albi.albi` are pure: the
same values always give the same result, nothing is read from disk, nothing is rounded silently.
Neither ever says what treatment to have.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from liverbook.content.records_model import LabTest, RecordsContent
from liverbook.i18n import translate
from liverbook.records.checks import slip
from liverbook.records.dates import LooseDate
from liverbook.records.numbers import LabValue
from liverbook.records.units import CannotConvert, convert


@dataclass(frozen=True, slots=True)
class Measured:
    """One lab result used in a score: the value as typed, its unit and the day the blood was taken.

    ``checked``: the person confirmed a value the app asked them to check (a possible typing slip).
    """

    value: LabValue
    unit: str
    taken_on: dt.date | None = None
    checked: bool = False


@dataclass(frozen=True, slots=True)
class Answer:
    """The answer to one of the Child-Pugh questions (fluid in the belly, confusion): 1, 2 or 3 points.

    ``said_by`` tells in plain words where the answer came from ("your answer on 3 May 2026").
    """

    points: int
    said_by: str = ""

    def __post_init__(self) -> None:
        if self.points not in (1, 2, 3):
            raise ValueError(f"an answer scores 1, 2 or 3 points, not {self.points!r}")


@dataclass(frozen=True, slots=True)
class Step:
    """One line of the working: what was looked at, its value, how it counts, what it gives."""

    label: str
    value: str
    working: str
    gives: str = ""  # "2 points", "0.866" ...


@dataclass(frozen=True)
class ScoreResult:
    """A worked-out score, or as much of it as the values allow."""

    name: str
    score: Decimal | None  # None when something is missing
    shown: str  # the score as shown ("8", "about -2.11"), "" when missing
    band: str  # the class ("A") or grade ("2"); "" when missing
    steps: tuple[Step, ...]
    missing: tuple[str, ...]  # what is missing, in plain words
    notes: tuple[str, ...]  # what the person should know about the working
    meaning: str  # from the content; "" when missing
    ask: str  # "ask your team" line, from the content
    sources: tuple[str, ...]
    page: str | None = None
    used: tuple[str, ...] = field(default=())  # the lab test ids the result rests on

    @property
    def complete(self) -> bool:
        return self.score is not None


def day(date: dt.date | None) -> str:
    """A date as shown in the working: 3 May 2026."""
    return LooseDate(date.year, date.month, date.day).shown if date else ""


def points_word(points: int) -> str:
    return translate("records", "1 point") if points == 1 else translate("records", "%n points", None, points)


def dates_note(records: RecordsContent, measured: dict[str, Measured]) -> str | None:
    """Said when the results used (lab test id -> result) were taken on different days."""
    dates = {m.taken_on for m in measured.values() if m.taken_on}
    if len(dates) < 2:
        return None
    names = {test.id: test.name for test in records.lab_tests}
    parts = ", ".join(f"{names.get(tid, tid)} {day(m.taken_on)}" for tid, m in measured.items() if m.taken_on)
    return translate(
        "records",
        "These results are from different days ({parts}). A score is most meaningful from results taken together.",
    ).format(parts=parts)


def usable(test: LabTest, measured: Measured | None, missing: list[str]) -> Measured | None:
    """The result if it can be used; else None, with the reason added to ``missing``."""
    if measured is None:
        missing.append(translate("records", "{test}: no result recorded yet.").format(test=test.name))
        return None
    if measured.value.number < 0:
        missing.append(
            translate("records", "{test}: a value below zero cannot be used.").format(test=test.name)
        )
        return None
    if test.unit(measured.unit) is None:
        missing.append(
            translate("records", "{test}: the unit {unit} is not one the handbook knows.").format(
                test=test.name, unit=measured.unit
            )
        )
        return None
    problem = slip(test, measured.value, measured.unit)
    if problem and not measured.checked:
        missing.append(problem)
        return None
    return measured


def in_unit(test: LabTest, measured: Measured, unit: str, missing: list[str]) -> tuple[Decimal, str] | None:
    """The exact value in ``unit`` and the working of the conversion ("" when none was needed)."""
    if test.unit(measured.unit) is test.unit(unit):
        return measured.value.number, ""
    try:
        done = convert(test, measured.value.number, measured.unit, unit)
    except CannotConvert as exc:
        missing.append(f"{test.name}: {exc.message}")
        return None
    return done.number, done.working
