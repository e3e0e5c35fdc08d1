"""Which diary items page 1 charts, and what each chart draws (the diary's own ChartData). No Qt.

Always charted when answered in the window: pain, tiredness, appetite, weight and belly swelling
(:data:`KEY_ITEMS`), the items that most often change first with liver cancer and its treatment.
Any other item is charted when a warning sign in the window read it, when its worst answer reached
its threshold (:func:`over_threshold`), or when it changed against the same number of days before
(:func:`changed`). Up to :data:`MAX_CHARTS` fit on page 1; the others are named in one line each.

The AFP chart is drawn from the lab results with the same ChartData, so the diary's drawing code
(:mod:`liverbook.diary.chart`) draws every chart of the report, on screen and in the PDF alike.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace

from liverbook.content.diary_model import LEVELS, NUMBER, SCALE, SCALE_MAX, YES_NO
from liverbook.diary import messages as m
from liverbook.diary.items import ItemView
from liverbook.diary.trends import ChartData, Marker, chart_data, daily, summary
from liverbook.i18n import number_text, translate
from liverbook.records import labs
from liverbook.records.numbers import plain
from liverbook.records.timeline import line_name, marks
from liverbook.records.units import with_unit
from liverbook.summary.report_data import LAB_WINDOW_DAYS, ReportData

KEY_ITEMS = ("pain", "tiredness", "appetite", "weight", "belly-swelling")
MAX_CHARTS = 6
CAPTION_CHARS = 28  # a longer label is cut to its first part for a chart's caption


@dataclass(frozen=True)
class Chart:
    """One chart of page 1: a short caption, its sentence in words, and what to draw."""

    key: str  # the image name the document reserves its place with: "chart:<key>"
    caption: str
    sentence: str
    data: ChartData
    why: str = ""  # why an item beyond the key ones is shown: "warning", "high" or "changed"
    lines_key: tuple[str, ...] = ()  # what the lines on its time axis are (the lab chart's own)


def caption(label: str, limit: int = CAPTION_CHARS) -> str:
    """A short caption from an item's label: without a bracketed aside, and when still long, its
    first part ("Tiredness" for "Tiredness or lack of energy", "Confused" for "Confused, not acting
    like themselves, ..."); the full label is in the warning signs and the diary table."""
    short = label.split(" (")[0].strip() if " (" in label else label.strip()
    if len(short) <= limit:
        return short
    for sep in (", ", " or "):
        first = short.split(sep)[0].strip().rstrip(",;:")
        if 6 <= len(first) <= limit:
            return first
    return short[: limit + 1].rsplit(" ", 1)[0].rstrip(",;:-– ") + "…"


def sentence(item: ItemView, data: ReportData, start: dt.date, end: dt.date) -> str:
    """The trend's summary in words, without the label in front: "Mostly 2 to 3, rose to 6 on 12 May."."""
    if item.kind == YES_NO:  # "yes on 12 and 13 Nov" (that the other days were "no" goes without saying)
        days = [
            d.day
            for d in daily(item, [p for p in data.points.get(item.id, ()) if start <= p.day <= end])
            if d.value >= 0.5
        ]
        if days:
            return translate("report", "Yes on {dates}.").format(dates=m.dates_text(days))
    marked = replace(item, label="\x00")
    text = summary(marked, [p for p in data.points.get(item.id, ()) if start <= p.day <= end], data.prefs)
    if text.startswith("\x00"):
        text = text[1:].lstrip(":,; ")
        text = text[:1].upper() + text[1:]
    return text.replace("\x00", caption(item.label))


def _values(item: ItemView, data: ReportData, start: dt.date, end: dt.date) -> list[float]:
    return [d.value for d in daily(item, [p for p in data.points.get(item.id, ()) if start <= p.day <= end])]


def threshold(item: ItemView) -> float | None:
    """The answer from which an item is worth a chart on its own (None: only a warning or a change shows it).

    A 0 to 10 scale from 4 (where moderate starts on the common 0-10 pain scale); a five-step scale
    of severity or frequency from its fourth step ("severe", "often"); a shorter scale of signs from
    its third step ("clearly bigger", "at rest"), a three-step one from its second ("both legs");
    any "yes".
    """
    if item.kind == SCALE:
        return 4.0 * (item.maximum or SCALE_MAX) / SCALE_MAX
    if item.kind == LEVELS and item.scale is not None:
        steps = len(item.scale.levels)
        return 3.0 if steps >= 5 else float(max(1, steps - 2))
    if item.kind == YES_NO:
        return 1.0
    return None


def over_threshold(item: ItemView, values: list[float]) -> bool:
    limit = threshold(item)
    return limit is not None and bool(values) and max(values) >= limit - 1e-9


def changed(item: ItemView, now: list[float], before: list[float]) -> bool:
    """The window's typical answer moved a step (a level, 2 of 10, a new "yes") from the days before."""
    if not now or not before or item.kind == NUMBER:
        return False
    step = 2.0 if item.kind == SCALE else 1.0
    if item.kind == YES_NO:
        return max(now) >= 0.5 > max(before)
    return abs(sum(now) / len(now) - sum(before) / len(before)) >= step - 1e-9


def markers(
    data: ReportData, book: object, start: dt.date, end: dt.date
) -> tuple[tuple[Marker, ...], tuple[str, ...]]:
    """The last visit (a dotted line), treatment starts (solid) and stops (dashed) in the window; and the
    key that says what each line is. On charts this small a label would cover the points near the
    top, so the lines carry none: the key under the charts names them."""
    records = book.records  # type: ignore[attr-defined]
    lines = {line.id: line for line in data.lines}
    out, key = [], []
    visit = data.period.since
    if visit is not None and start <= visit.on <= end:
        out.append(Marker(visit.on, visit.on, "", True, dotted=True))
        key.append(translate("report", "dotted, last visit {date}").format(date=m.day_text(visit.on)))
    for mk in marks(records, list(data.lines), start, end):
        out.append(Marker(mk.first, mk.last, "", mk.starts))
        line = lines.get(mk.line_id)
        name = line_name(records, line) if line else ""
        date = (line.started if mk.starts else line.stopped) if line else None
        text = (
            translate("report", "solid, started {name} {date}")
            if mk.starts
            else translate("report", "dashed: stopped {name} {date}")
        )
        key.append(text.format(date=date.shown if date else "", name=name).replace("  ", " ").strip())
    return tuple(sorted(out, key=lambda mk: mk.first)), tuple(dict.fromkeys(key))


def warning_days(data: ReportData, item: ItemView) -> tuple[dt.date, ...]:
    return tuple(
        sorted({f.local.date() for f in data.flagged if item.label in {label for label, _ in f.answers}})
    )


def diary_charts(
    data: ReportData, book: object, limit: int = MAX_CHARTS
) -> tuple[list[Chart], list[tuple[str, str]], tuple[str, ...]]:
    """The charts for page 1; (caption, sentence) of each other item that qualified but did not fit;
    and the key to the marks on the charts' time axis."""
    start, end = data.period.window_start, data.period.end
    length = (end - start).days + 1
    before_start = start - dt.timedelta(days=length)
    marked, key = markers(data, book, start, end)
    chosen: list[tuple[int, ItemView, str]] = []
    for item in data.items:
        if not item.charted:
            continue
        now = _values(item, data, start, end)
        if not now:
            continue
        before = _values(item, data, before_start, start - dt.timedelta(days=1))
        if item.id in KEY_ITEMS:
            chosen.append((KEY_ITEMS.index(item.id), item, ""))
        elif warning_days(data, item):
            chosen.append((10, item, "warning"))
        elif over_threshold(item, now):
            chosen.append((20, item, "high"))
        elif changed(item, now, before):
            chosen.append((30, item, "changed"))
    chosen.sort(key=lambda c: c[0])
    charts = []
    for _, item, why in chosen[:limit]:
        points = data.points.get(item.id, ())
        drawn = chart_data(item, points, data.prefs, start, end, "", marked, warning_days(data, item))
        if item.kind == SCALE:  # three labels stay legible on a small chart: 0, the middle, the top
            top = drawn.y_max
            drawn = replace(drawn, y_ticks=tuple((v, f"{v:g}") for v in (0.0, top / 2, top)))
        else:
            drawn = replace(drawn, y_ticks=thin(drawn.y_ticks))
        charts.append(Chart(item.id, caption(item.label), sentence(item, data, start, end), drawn, why))
    others = [(caption(item.label), sentence(item, data, start, end)) for _, item, _ in chosen[limit:]]
    return charts, others, key


def thin(ticks: tuple[tuple[float, str], ...]) -> tuple[tuple[float, str], ...]:
    """Every other tick keeps its label (the first and the last always), the others only their grid
    line: five labels on a chart two centimetres high would touch."""
    if len(ticks) <= 4:
        return ticks
    last = len(ticks) - 1
    keep = {0, last} | {i for i in range(0, last, 2) if last - i >= 2}
    return tuple((v, label if i in keep else "") for i, (v, label) in enumerate(ticks))


def _axis(values: list[float]) -> tuple[float, float, tuple[tuple[float, str], ...]]:
    """A y axis from 0 to a round top, in at most 3 steps of 1, 2 or 5 times a power of ten."""
    top = max([*values, 1.0])
    power = 10.0 ** math.floor(math.log10(top / 3))
    step = next(f * power for f in (1.0, 2.0, 5.0, 10.0) if top / (f * power) <= 3)
    count = math.ceil(top / step - 1e-9)
    decimals = 0 if step >= 1 else 1
    return 0.0, step * count, tuple((step * i, number_text(step * i, decimals)) for i in range(count + 1))


def lab_chart(data: ReportData, book: object, test: str = "afp") -> Chart | None:
    """A chart of one lab test over the last six months (AFP by default), treatment dates marked."""
    records = book.records  # type: ignore[attr-defined]
    found = labs.series(records, data.labs, test)
    if not found:
        return None
    line = found[0]
    end = data.period.end
    start = end - dt.timedelta(days=LAB_WINDOW_DAYS - 1)
    points = [(p.on, float(p.number)) for p in line.points if start <= p.on <= end]
    if not points:
        return None
    start = min(start, points[0][0])
    y_min, y_max, ticks = _axis([v for _, v in points])
    shown, key = markers(data, book, start, end)
    inside = [p for p in line.points if start <= p.on <= end]
    first, last = inside[0], inside[-1]
    top = max(inside, key=lambda p: p.number)

    def say(p: labs.Point) -> str:
        return f"{p.qualifier}{plain(p.number)}"

    if top.number > max(first.number, last.number):
        text = translate(
            "report", "{first} on {first_date}, highest {top} on {top_date}, {last} on {last_date}"
        )
    else:
        text = translate("report", "{first} on {first_date}, {last} on {last_date}")
    text = text.format(
        first=say(first),
        first_date=m.day_text(first.on),
        top=say(top),
        top_date=m.day_text(top.on),
        last=with_unit(say(last), line.unit),
        last_date=m.day_text(last.on),
    )
    chart = ChartData(
        line.name, text + ".", start, end, y_min, y_max, ticks, tuple(points), shown, (), line.unit
    )
    return Chart(f"lab-{test}", caption(line.name), text + ".", chart, lines_key=key)
