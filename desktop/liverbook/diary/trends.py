"""Trends of one item: its answers over a period, one value a day, a table and a text summary.

Pure Python: :mod:`liverbook.diary.chart` only draws what :func:`chart_data` gives it. A day's value is
the worst answer of that day (the highest pain, temperature or count; "yes" if any answer was yes),
except weight, where it is the last weighing of the day. Days are the reader's own calendar days
(the local date of each entry).

The summary says what a reader would say looking at the chart: "Pain: mostly 2 to 3, rose to 6 on
12 and 13 May". "Mostly" is the middle half of the daily values (from the lower to the upper
quartile); the peak is named when it is above that; for weight, the first and last values and the
highest.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from liverbook.content.diary_model import LEVELS, NUMBER, SCALE, SCALE_MAX, TEXT, YES_NO
from liverbook.diary import messages as m, units
from liverbook.diary.items import ItemView, value_text
from liverbook.store.diary_model import DiaryPrefs, Point

PERIOD_DAYS = {"2w": 14, "3m": 91}  # "all" has no start
TWO_WEEKS, THREE_MONTHS, ALL_TIME = "2w", "3m", "all"


def period_start(period: str, today: dt.date) -> dt.date | None:
    """The first day of a period that ends today (None for all time)."""
    if period == ALL_TIME:
        return None
    return today - dt.timedelta(days=PERIOD_DAYS[period] - 1)


@dataclass(frozen=True)
class Day:
    """One day's value of an item (its worst answer, or its last weighing)."""

    day: dt.date
    value: float


def daily(item: ItemView, points: Sequence[Point]) -> list[Day]:
    """One value a day, in day order; answers without a value are left out."""
    by_day: dict[dt.date, list[float]] = {}
    for point in sorted(points, key=lambda p: (p.utc, p.entry_id)):
        if point.value is not None:
            by_day.setdefault(point.day, []).append(point.value)
    last = item.kind == NUMBER and item.quantity == "weight"
    return [Day(day, values[-1] if last else max(values)) for day, values in sorted(by_day.items())]


def _quartiles(values: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(values)
    n = len(ordered)
    return ordered[(n - 1) // 4], ordered[3 * (n - 1) // 4]  # nearest rank, rounded down


def summary(item: ItemView, points: Sequence[Point], prefs: DiaryPrefs) -> str:
    """One sentence about the item over the period of ``points``."""
    label = item.label
    if item.kind == TEXT:
        days = {p.day for p in points if p.text}
        if not days:
            return m.tr(m.NO_ANSWERS).format(label=label)
        return m.tr(m.WORDS_COUNT).format(label=label, days=m.days_text(len(days))) + "."
    values = daily(item, points)
    if not values:
        return m.tr(m.NO_ANSWERS).format(label=label)

    def say(value: float) -> str:
        return value_text(item, value, prefs, brief=True)

    if len(values) == 1:  # not "6 every time (1 day)"
        only = values[0]
        return m.tr(m.ONLY_DAY).format(label=label, value=say(only.value), date=m.day_text(only.day)) + "."
    if item.kind == YES_NO:
        yes = [d.day for d in values if d.value >= 0.5]
        if not yes:
            return m.tr(m.NO_ALWAYS).format(label=label, days=m.days_text(len(values))) + "."
        if len(yes) == len(values):
            return m.tr(m.YES_ALWAYS).format(label=label, days=m.days_text(len(values))) + "."
        return m.tr(m.YES_ON).format(label=label, dates=m.dates_text(yes)) + "."
    numbers = [d.value for d in values]
    if item.kind == NUMBER and item.quantity == "weight" and len(values) > 1:
        top = max(numbers)
        text = m.tr(m.FROM_TO).format(
            label=label,
            first=say(values[0].value),
            first_date=m.day_text(values[0].day),
            last=say(values[-1].value),
            last_date=m.day_text(values[-1].day),
        )
        if top > max(values[0].value, values[-1].value):
            text += m.tr(m.HIGHEST).format(
                value=say(top), dates=m.dates_text([d.day for d in values if d.value == top])
            )
        return text + "."
    if _same(item, min(numbers), max(numbers), prefs):
        return m.tr(m.ALWAYS).format(label=label, value=say(numbers[0]), days=m.days_text(len(values))) + "."
    low, high = _quartiles(numbers)
    if _same(item, low, high, prefs):
        text = m.tr(m.MOSTLY_ONE).format(label=label, value=say(low))
    else:
        text = m.tr(m.MOSTLY_RANGE).format(label=label, low=say(low), high=say(high))
    peak = max(numbers)
    if not _same(item, peak, high, prefs):
        peak_days = [d.day for d in values if _same(item, d.value, peak, prefs)]
        text += m.tr(m.ROSE_TO).format(value=say(peak), dates=m.dates_text(peak_days))
    return text + "."


def _same(item: ItemView, a: float, b: float, prefs: DiaryPrefs) -> bool:
    """Equal as the reader sees them (a number to its shown decimals)."""
    if item.kind == NUMBER and item.quantity is not None:
        unit = units.display_unit(item.quantity, prefs.temperature_unit, prefs.weight_unit)
        return units.shown(a, item.quantity, unit) == units.shown(b, item.quantity, unit)
    return round(a, 6) == round(b, 6)


@dataclass(frozen=True)
class TableRow:
    """One answer as the table view shows it (every answer, not one a day)."""

    date: str
    time: str
    answer: str
    words: str


def table(item: ItemView, points: Sequence[Point], prefs: DiaryPrefs) -> list[TableRow]:
    """Every answer of the period, newest first: the chart's accessible twin."""
    rows = []
    for point in sorted(points, key=lambda p: (p.utc, p.entry_id), reverse=True):
        answer = "" if point.value is None else value_text(item, point.value, prefs)
        rows.append(
            TableRow(
                m.day_text(point.day, with_year=True), point.local.strftime("%H:%M"), answer, point.text or ""
            )
        )
    return rows


@dataclass(frozen=True)
class Marker:
    """A treatment start or stop on the time axis. ``first`` to ``last`` is a span when only the month
    or the year is known (never an invented day). The records' ``liverbook.records.timeline.Mark`` has
    the same fields and is drawn as it is."""

    first: dt.date
    last: dt.date
    label: str
    starts: bool = True
    dotted: bool = False  # not a treatment (a visit): drawn dotted
    before: bool = False  # a span that began before the chart's first day: no line at that edge


class MarkLike(Protocol):
    @property
    def first(self) -> dt.date: ...
    @property
    def last(self) -> dt.date: ...
    @property
    def label(self) -> str: ...
    @property
    def starts(self) -> bool: ...


@dataclass(frozen=True)
class ChartData:
    """Everything :mod:`liverbook.diary.chart` draws, already in the reader's units and words."""

    title: str
    summary: str
    start: dt.date
    end: dt.date
    y_min: float
    y_max: float
    y_ticks: tuple[tuple[float, str], ...]
    points: tuple[tuple[dt.date, float], ...]  # one a day, in the units shown
    markers: tuple[Marker, ...] = ()
    warnings: tuple[dt.date, ...] = ()  # days with a warning sign
    unit: str = ""
    bars: bool = False  # yes/no items are drawn as bars, not a line


def chart_data(
    item: ItemView,
    points: Sequence[Point],
    prefs: DiaryPrefs,
    start: dt.date,
    end: dt.date,
    period_name: str,
    markers: Sequence[MarkLike] = (),
    warnings: Sequence[dt.date] = (),
) -> ChartData:
    """What to draw for ``item`` from ``start`` to ``end`` (inclusive)."""
    days = daily(item, points)
    unit_symbol = ""
    shown = [(d.day, d.value) for d in days]
    if item.kind == SCALE:
        y_min, y_max = 0.0, float(item.maximum or SCALE_MAX)
        ticks = tuple((float(v), str(v)) for v in range(0, int(y_max) + 1, 2))
    elif item.kind == LEVELS and item.scale is not None:
        y_min, y_max = 0.0, float(len(item.scale.levels) - 1)
        ticks = tuple((float(i), level.brief) for i, level in enumerate(item.scale.levels))
    elif item.kind == YES_NO:
        y_min, y_max = 0.0, 1.0
        ticks = ((0.0, m.tr(m.NO)), (1.0, m.tr(m.YES)))
    else:
        assert item.quantity is not None
        unit = units.display_unit(item.quantity, prefs.temperature_unit, prefs.weight_unit)
        unit_symbol = units.SYMBOLS[unit]
        shown = [(d, units.shown(v, item.quantity, unit)) for d, v in shown]
        y_min, y_max, ticks = _number_axis([v for _, v in shown], item, unit)
    inside = tuple((d, v) for d, v in shown if start <= d <= end)
    return ChartData(
        m.tr(m.CHART_TITLE).format(label=item.label, period=period_name),
        summary(item, [p for p in points if start <= p.day <= end], prefs),
        start,
        end,
        y_min,
        y_max,
        ticks,
        inside,
        tuple(
            Marker(
                max(mk.first, start),
                min(mk.last, end),
                _mark_label(mk),
                mk.starts,
                getattr(mk, "dotted", False),
                mk.first < start < mk.last,
            )
            for mk in markers
            if mk.last >= start and mk.first <= end
        ),
        tuple(sorted({w for w in warnings if start <= w <= end})),
        unit_symbol,
        item.kind == YES_NO,
    )


def _nice_step(span: float) -> float:
    """The smallest step of 1, 2 or 5 times a power of ten (0.5 at least) that cuts ``span`` in at most 6."""
    power = 10.0 ** math.floor(math.log10(span / 6))
    return max(0.5, next(f * power for f in (1.0, 2.0, 5.0, 10.0) if span / (f * power) <= 6))


def _number_axis(
    values: Sequence[float], item: ItemView, unit: str
) -> tuple[float, float, tuple[tuple[float, str], ...]]:
    """A y axis for measurements: the values' range widened to round steps (a count starts at 0)."""
    assert item.quantity is not None
    if item.quantity == "count":
        top = max([4.0, *values])
        step = 1.0 if top <= 8 else 2.0 if top <= 16 else 5.0
        ticks_top = step * -(-top // step)
        return 0.0, ticks_top, tuple((v * step, f"{int(v * step)}") for v in range(int(ticks_top / step) + 1))
    if not values:
        assert item.minimum is not None and item.maximum is not None
        values = [
            units.shown(item.minimum, item.quantity, unit),
            units.shown(item.maximum, item.quantity, unit),
        ]
    low, high = min(values), max(values)
    span = max(high - low, 1.0)
    step = _nice_step(span)
    y_min = step * (low // step) - (step if low % step == 0 else 0)
    y_max = step * -(-high // step) + (step if high % step == 0 else 0)
    count = int(round((y_max - y_min) / step))
    decimals = 1 if step < 1 else 0
    return (
        y_min,
        y_max,
        tuple((y_min + i * step, f"{y_min + i * step:.{decimals}f}") for i in range(count + 1)),
    )


def _mark_label(mark: MarkLike) -> str:
    """A mark's words; one known only to the month or year says so ("Started X (Nov 2026, day not known)")."""
    if mark.first == mark.last or not mark.label:
        return mark.label
    return m.tr(m.DAY_NOT_KNOWN).format(label=mark.label, when=m.span_text(mark.first, mark.last))
