"""One lab test over time for "My numbers": the chart (drawn by the diary's own chart code), the table
of every result as typed with its value in the chart's unit, and a sentence that says what the chart
shows. Treatment starts and stops from the timeline are marked on the chart's time axis.

Pure Python: :class:`~liverbook.diary.trends.ChartData` is plain data; the screen and the PDF draw
it with :func:`liverbook.diary.chart.draw_chart`.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from liverbook.content.records_model import RecordsContent
from liverbook.diary import messages as m
from liverbook.diary.trends import ChartData, Marker
from liverbook.i18n import number_text, translate
from liverbook.records import labs
from liverbook.records.model import LabResult, TreatmentLine
from liverbook.records.numbers import plain
from liverbook.records.timeline import marks
from liverbook.records.units import CannotConvert, convert, with_unit

MIN_SPAN_DAYS = 28  # a chart never covers less than four weeks, so one result is not a wall


@dataclass(frozen=True, slots=True)
class TestChoice:
    """A test the person can record or look at: its key (LabResult.key) and its name."""

    key: str
    name: str
    own: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    """One result in the table: its day, the value as typed, in the chart's unit, how that was worked out."""

    result: LabResult
    day: str
    typed: str
    converted: str  # "" when typed in the chart's unit or when no factor joins the two
    working: str
    note: str


def test_choices(
    records: RecordsContent, keys: Iterable[str], names: dict[str, str] | None = None
) -> list[TestChoice]:
    """The handbook's tests in their order, then the person's own tests (``own:`` keys) by name."""
    found = [TestChoice(t.id, t.name) for t in sorted(records.lab_tests, key=lambda t: t.order)]
    own = sorted({k for k in keys if k.startswith("own:")})
    found += [TestChoice(k, (names or {}).get(k, k.removeprefix("own:")), own=True) for k in own]
    return found


def own_names(results: Iterable[LabResult]) -> dict[str, str]:
    """The name of each own test as the person last wrote it."""
    return {
        r.key: r.name.strip() for r in sorted(results, key=lambda r: (r.taken_on, r.id)) if r.test_id is None
    }


def axis(values: Sequence[float]) -> tuple[float, float, tuple[tuple[float, str], ...]]:
    """A y axis from 0 to a round top in 3 to 5 steps of 1, 2 or 5 times a power of ten."""
    top = max([*values, 0.0])
    if top <= 0:
        return 0.0, 1.0, ((0.0, "0"), (1.0, "1"))
    power = 10.0 ** math.floor(math.log10(top / 4))
    step = next(f * power for f in (1.0, 2.0, 2.5, 5.0, 10.0) if top / (f * power) <= 4)
    count = max(1, math.ceil(top / step - 1e-9))
    places = max(0, -Decimal(repr(round(step, 12))).normalize().as_tuple().exponent)  # type: ignore[operator]
    return 0.0, step * count, tuple((step * i, number_text(step * i, places)) for i in range(count + 1))


def sentence(series: labs.Series) -> str:
    """What the chart shows: first and last value, and the highest and lowest when they differ."""
    points = series.points
    if not points:
        return translate("records", "No results yet.")

    def say(p: labs.Point) -> str:
        return f"{p.qualifier}{plain(p.number)}"

    first, last = points[0], points[-1]
    if len(points) == 1:
        return translate("records", "{name}: one result, {value} on {date}.").format(
            name=series.name, value=with_unit(say(first), series.unit), date=m.day_text(first.on, True)
        )
    text = translate("records", "{name}: %n results from {first_date} to {last_date}. First {first}, latest {last}", None, len(points)).format(
        name=series.name, first_date=m.day_text(first.on, True),
        last_date=m.day_text(last.on, True), first=say(first), last=with_unit(say(last), series.unit),
    )  # fmt: skip
    top = max(points, key=lambda p: p.number)
    low = min(points, key=lambda p: p.number)
    if top.number > max(first.number, last.number):
        text += "; " + translate("records", "highest {value} on {date}").format(
            value=say(top), date=m.day_text(top.on, True)
        )
    if low.number < min(first.number, last.number):
        text += "; " + translate("records", "lowest {value} on {date}").format(
            value=say(low), date=m.day_text(low.on, True)
        )
    return text + "."


def chart(
    records: RecordsContent,
    results: Sequence[LabResult],
    key: str,
    lines: Sequence[TreatmentLine] = (),
    unit: str | None = None,
) -> tuple[ChartData, labs.Series] | None:
    """The chart of one test in one unit (the latest result's, unless ``unit``), with the treatment
    starts and stops in its span; None when the test has no results. Results in a unit that cannot
    be converted are left off this chart (the table shows them)."""
    found = labs.series(records, results, key, unit)
    if not found:
        return None
    main = found[0]
    points = [(p.on, float(p.number)) for p in main.points]
    start, end = points[0][0], points[-1][0]
    if (end - start).days + 1 < MIN_SPAN_DAYS:
        start = end - dt.timedelta(days=MIN_SPAN_DAYS - 1)
    y_min, y_max, ticks = axis([v for _, v in points])
    shown = tuple(
        Marker(mk.first, mk.last, mk.label, mk.starts) for mk in marks(records, list(lines), start, end)
    )
    data = ChartData(
        main.name, sentence(main), start, end, y_min, y_max, ticks, tuple(points), shown, (), main.unit
    )
    return data, main


def table(records: RecordsContent, results: Sequence[LabResult], key: str, unit: str) -> list[Row]:
    """Every result of a test, newest first, as typed, with its value in ``unit`` when it was typed in another."""
    test = records.lab_test(key)
    rows = []
    for result in reversed(labs.of_test(results, key)):
        typed = with_unit(result.value.text, result.unit)
        converted = working = ""
        if test is not None and test.unit(result.unit) is not test.unit(unit):
            try:
                done = convert(test, result.value.number, result.unit, unit)
                converted = with_unit(result.value.qualifier + done.shown, done.unit)
                working = done.working
            except CannotConvert as problem:
                working = problem.message
        rows.append(Row(result, m.day_text(result.taken_on, True), typed, converted, working, result.note))
    return rows


def units_for(records: RecordsContent, key: str, results: Sequence[LabResult]) -> list[str]:
    """The units to offer for a test: the handbook's, or those the person used for their own test."""
    test = records.lab_test(key)
    if test is not None:
        return [u.unit for u in test.units]
    used = [r.unit for r in labs.of_test(results, key) if r.unit.strip()]
    return list(dict.fromkeys(reversed(used)))
