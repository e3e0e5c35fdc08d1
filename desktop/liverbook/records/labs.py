"""Lab results over time: the latest value of a test, a test's results as one series for a chart or a
table, and the scores worked out from the latest results.

A series is drawn in one unit. Results typed in another unit are converted into it exactly (the
table view shows each as typed, with the converted value beside it); results in a unit with no
sourced factor (AFP in IU/mL) form a series of their own rather than being mixed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from liverbook.content.records_model import RecordsContent
from liverbook.i18n import translate
from liverbook.records.albi import albi
from liverbook.records.child_pugh import child_pugh
from liverbook.records.model import LabResult, LiverAnswers
from liverbook.records.scores import Answer, Measured, ScoreResult, day
from liverbook.records.units import CannotConvert, convert


@dataclass(frozen=True, slots=True)
class Point:
    """One result on a chart: its day, its value in the series' unit, and the result as typed."""

    on: dt.date
    number: Decimal
    qualifier: str  # "<" or ">" when the lab reported it so (draw it as an open mark)
    result: LabResult


@dataclass(frozen=True, slots=True)
class Series:
    """A test's results in one unit, oldest first."""

    key: str  # LabResult.key
    name: str
    unit: str
    points: tuple[Point, ...]


def of_test(results: Iterable[LabResult], key: str) -> list[LabResult]:
    """A test's results (by LabResult.key), oldest first; on one day, in the order they were entered."""
    return sorted((r for r in results if r.key == key), key=lambda r: (r.taken_on, r.id))


def latest(results: Iterable[LabResult], key: str, on_or_before: dt.date | None = None) -> LabResult | None:
    """The newest result of a test, optionally on or before a day."""
    found = [r for r in of_test(results, key) if on_or_before is None or r.taken_on <= on_or_before]
    return found[-1] if found else None


def series(
    records: RecordsContent, results: Iterable[LabResult], key: str, unit: str | None = None
) -> list[Series]:
    """A test's results as series for a chart: one in ``unit`` (default: the unit of the latest
    result), and one more for each unit that cannot be converted into it."""
    found = of_test(results, key)
    if not found:
        return []
    test = records.lab_test(key)
    name = test.name if test else found[-1].name
    target = unit or found[-1].unit
    groups: dict[str, list[Point]] = {}
    for result in found:
        number, group = result.value.number, result.unit
        if test is not None:
            try:
                number, group = convert(test, result.value.number, result.unit, target).number, target
            except CannotConvert:
                pass
        elif result.unit.strip().casefold() == target.strip().casefold():
            group = target
        groups.setdefault(group, []).append(Point(result.taken_on, number, result.value.qualifier, result))
    ordered = sorted(groups, key=lambda u: (u != target, u))
    return [Series(key, name, u, tuple(groups[u])) for u in ordered]


def measured(result: LabResult | None) -> Measured | None:
    return Measured(result.value, result.unit, result.taken_on, result.checked) if result else None


def answers(found: LiverAnswers | None) -> tuple[Answer | None, Answer | None]:
    """The two Child-Pugh answers as the score takes them, each saying when it was given."""
    if found is None:
        return None, None
    said = translate("records", "your answer of {day}").format(day=day(found.on))
    ascites = Answer(found.ascites, said) if found.ascites else None
    encephalopathy = Answer(found.encephalopathy, said) if found.encephalopathy else None
    return ascites, encephalopathy


def scores_now(
    records: RecordsContent,
    results: Iterable[LabResult],
    liver: LiverAnswers | None,
    on_or_before: dt.date | None = None,
) -> tuple[ScoreResult | None, ScoreResult | None]:
    """Child-Pugh and ALBI from the latest results (and answers); None where the content has no definition."""
    results = list(results)
    bilirubin, albumin, inr = (
        measured(latest(results, key, on_or_before)) for key in ("bilirubin", "albumin", "inr")
    )
    ascites, encephalopathy = answers(liver)
    cp = child_pugh(records, bilirubin, albumin, inr, ascites, encephalopathy) if records.child_pugh else None
    grade = albi(records, bilirubin, albumin) if records.albi else None
    return cp, grade
