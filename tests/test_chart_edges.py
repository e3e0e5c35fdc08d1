"""A trend chart keeps its words inside its own box: a long answer on the y axis ("claramente mayor")
and a treatment started before the chart's first day ("Atezo + Bev") were cut at the chart's left edge
or drawn over the next column. Axis numbers follow the reader's language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from liverbook.diary.chart import ChartStyle, draw_chart
from liverbook.diary.trends import ChartData, Marker
from liverbook.i18n import in_english, number_text

START = dt.date(2026, 11, 6)
END = dt.date(2026, 12, 3)


def ink_columns(data: ChartData, style: ChartStyle, left: int = 150) -> tuple[int, int]:
    """Draw ``data`` at x = left..left+250 on a white image; the first and last columns with ink."""
    image = QImage(600, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw_chart(painter, QRectF(left, 10, 250, 140), data, style)
    painter.end()
    inked = [
        x for x in range(image.width()) if any(image.pixelColor(x, y).lightness() < 200 for y in range(160))
    ]
    return inked[0], inked[-1]


def chart(**kw: object) -> ChartData:
    base = dict(
        title="Vientre hinchado", summary="", start=START, end=END, y_min=0.0, y_max=3.0,
        y_ticks=((0.0, "no"), (1.0, "un poco"), (3.0, "crece rápido, claramente mayor")),
        points=tuple((START + dt.timedelta(days=d), 1.0) for d in range(28)),
    )  # fmt: skip
    base.update(kw)
    return ChartData(**base)  # type: ignore[arg-type]


def test_long_axis_words_stay_inside_the_chart(qapp) -> None:  # type: ignore[no-untyped-def]
    first, last = ink_columns(chart(), ChartStyle(title=False))
    assert first >= 150 and last <= 420  # the last day's date is centred on it (the report leaves a gap)


def test_a_treatment_started_before_the_chart_keeps_its_label_whole_inside(qapp) -> None:  # type: ignore[no-untyped-def]
    for band in (
        Marker(dt.date(2026, 11, 1), dt.date(2026, 11, 30), "Atezo + Bev"),  # begun before the first day
        Marker(dt.date(2026, 10, 1), dt.date(2026, 10, 31), "Atezo + Bev"),  # all of it before
        Marker(dt.date(2026, 10, 20), dt.date(2026, 10, 20), "Atezo + Bev"),
    ):
        first, last = ink_columns(chart(markers=(band,)), ChartStyle(title=False))
        assert first >= 150 and last <= 420


def test_the_report_draws_no_legend_under_each_chart_but_the_screen_does(qapp) -> None:  # type: ignore[no-untyped-def]
    with_warning = chart(warnings=(END,))
    image = {}
    for legend in (True, False):
        picture = QImage(600, 160, QImage.Format.Format_RGB32)
        picture.fill(QColor("white"))
        painter = QPainter(picture)
        draw_chart(painter, QRectF(150, 10, 250, 140), with_warning, ChartStyle(title=False, legend=legend))
        painter.end()
        image[legend] = picture
    bottom_ink = {
        legend: sum(pic.pixelColor(x, y).lightness() < 200 for x in range(150, 400) for y in range(140, 150))
        for legend, pic in image.items()
    }
    assert bottom_ink[True] > 0 and bottom_ink[False] == 0


@pytest.mark.parametrize(("code", "expected"), [("en", "1,000"), ("es_419", "1000")])
def test_axis_numbers_in_the_readers_style(qapp, code: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(code))
    try:
        assert number_text(1000) == expected
        assert number_text(12345.5, 1) == "12,345.5"
        with in_english():  # the visit report's page 1 in English
            assert number_text(1000) == "1,000"
    finally:
        QLocale.setDefault(before)
