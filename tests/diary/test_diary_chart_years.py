"""Years of daily readings in one chart: drawn the way a short chart is, only without the wait.

One antialiased path through five years of days took Qt over a second to stroke on screen; the line
is now drawn as short strokes, with the days that share one pixel column reduced to their first,
lowest, highest and last reading. What a person sees must not change: the same pixels, give or take
the edge of a stroke. Readings shown in the reader's units are the same numbers as before.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from diary_helpers import handbook

from liverbook.diary import units
from liverbook.diary.items import by_id, catalog
from liverbook.diary.trends import chart_data
from liverbook.store.diary_model import DiaryPrefs, Point

DAYS = 5 * 365 + 1
START = dt.date(2021, 12, 1)


def _years(item_id: str) -> object:
    rng = random.Random(3)
    points = []
    for n in range(DAYS):
        local = dt.datetime.combine(START + dt.timedelta(days=n), dt.time(9))
        value = (
            68.0 + 3 * math.sin(n / 40) + rng.random()
            if item_id == "weight"
            else float(rng.choice((1, 2, 3)))
        )
        points.append(Point(n, local.replace(tzinfo=dt.timezone.utc), local, value))
    item = by_id(catalog(handbook(), [], {}, frozenset()))[item_id]
    end = START + dt.timedelta(days=DAYS - 1)
    return chart_data(item, points, DiaryPrefs("celsius", "kg"), START, end, "All time")


def _drawn(data: object, whole_path: bool):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

    from liverbook.diary import chart
    from liverbook.fonts import register_fonts

    register_fonts()
    image = QImage(900, 360, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    saved = chart._line
    if whole_path:  # the drawing as it was: one path through every day

        def one_path(painter, lay, style):  # type: ignore[no-untyped-def]
            from PySide6.QtCore import QPointF, Qt
            from PySide6.QtGui import QPen

            points = [QPointF(lay.x(day), lay.y(value)) for day, value in lay.data.points]
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            cap, join = Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
            painter.setPen(QPen(style.line, lay.pen_w * 2, Qt.PenStyle.SolidLine, cap, join))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)  # (a day's dot is under half a pixel here: none either way)

        chart._line = one_path
    try:
        painter = QPainter(image)
        chart.draw_chart(painter, QRectF(0, 0, 900, 360), data)  # type: ignore[arg-type]
        painter.end()
    finally:
        chart._line = saved
    return image


def test_five_years_of_weight_look_as_they_did(qapp) -> None:  # type: ignore[no-untyped-def]
    data = _years("weight")
    now, before = _drawn(data, False), _drawn(data, True)
    differ = sum(
        1
        for y in range(0, 360, 2)
        for x in range(0, 900, 2)
        if abs(now.pixelColor(x, y).lightness() - before.pixelColor(x, y).lightness()) > 64
    )
    inked = sum(
        1 for y in range(0, 360, 2) for x in range(0, 900, 2) if before.pixelColor(x, y).lightness() < 128
    )
    assert inked > 1000 and differ < inked * 0.02  # the same line, bar a stroke's edge here and there


def test_the_points_thinned_keep_every_column_s_first_lowest_highest_and_last() -> None:
    from PySide6.QtCore import QPointF

    from liverbook.diary.chart import _thinned

    column = [QPointF(10.1, 5), QPointF(10.3, 9), QPointF(10.5, 1), QPointF(10.7, 4), QPointF(10.9, 6)]
    kept = _thinned([QPointF(9.5, 3), *column, QPointF(11.2, 2)], 1.0)
    assert [(p.x(), p.y()) for p in kept] == [(9.5, 3), (10.1, 5), (10.3, 9), (10.5, 1), (10.9, 6), (11.2, 2)]
    many = [QPointF(n / 10, n % 7) for n in range(1000)]  # ten to a pixel column: at most four kept
    assert len(_thinned(many, 1.0)) <= 400 and len(_thinned(many, 10.0)) == 1000  # a PDF keeps all


def test_readings_in_the_readers_units_are_the_numbers_they_were() -> None:
    rng = random.Random(8)
    for _ in range(2000):
        value = rng.uniform(30, 45) if rng.random() < 0.5 else rng.uniform(35, 180)
        for unit in (units.CELSIUS, units.KG, units.FAHRENHEIT, units.LB):
            exact = units._exact(value)
            expected = {
                units.FAHRENHEIT: float(exact * units.Fraction(9, 5) + 32),
                units.LB: float(exact / units.POUND_IN_KG),
            }.get(unit, float(exact))
            assert units.from_si(value, unit) == expected
