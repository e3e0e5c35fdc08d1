"""The trend chart drawn with QPainter: the same vector drawing on screen and in a PDF, legible in black
and white, with treatment dates and warning signs marked in words a PDF reader can find."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from diary_helpers import handbook

from liverbook.diary.items import by_id, catalog
from liverbook.diary.trends import ChartData, Marker, chart_data
from liverbook.store.diary_model import DiaryPrefs, Point

START = dt.date(2026, 5, 1)
END = dt.date(2026, 5, 14)


def _points(values: list[float]) -> list[Point]:
    out = []
    for n, value in enumerate(values):
        local = dt.datetime.combine(START + dt.timedelta(days=n), dt.time(9))
        out.append(Point(n, local.replace(tzinfo=dt.timezone.utc), local, value))
    return out


def _data(item_id: str, values: list[float], **kwargs: object) -> ChartData:
    item = by_id(catalog(handbook(), [], {}, frozenset()))[item_id]
    return chart_data(
        item, _points(values), DiaryPrefs("fahrenheit", "lb"), START, END, "Last 2 weeks", **kwargs
    )  # type: ignore[arg-type]


PAIN = _data(
    "pain",
    [2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 6, 6, 3],
    markers=[
        Marker(dt.date(2026, 5, 4), dt.date(2026, 5, 4), "Started lenvatinib"),
        Marker(dt.date(2026, 5, 8), dt.date(2026, 5, 10), "Stopped lenvatinib", False),
    ],
    warnings=[dt.date(2026, 5, 12)],
)


def _image(qapp, data: ChartData, width: int = 900, height: int = 360, **style: object):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from liverbook.diary.chart import ChartStyle, draw_chart
    from liverbook.fonts import register_fonts

    register_fonts()
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw_chart(painter, QRectF(0, 0, width, height), data, ChartStyle(**style) if style else None)  # type: ignore[arg-type]
    painter.end()
    return image


def test_the_default_chart_is_black_and_white_only(qapp) -> None:  # type: ignore[no-untyped-def]
    image = _image(qapp, PAIN)
    grey = {
        image.pixelColor(x, y).getRgb()[:3]
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    assert all(r == g == b for r, g, b in grey)
    assert len(grey) > 2  # grid lines, text and points were drawn


def test_markers_and_warnings_are_drawn_and_the_records_marks_fit(qapp) -> None:  # type: ignore[no-untyped-def]
    from liverbook.records.timeline import Mark

    bare = _data("pain", [2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 6, 6, 3])
    assert _image(qapp, PAIN) != _image(qapp, bare)
    from_records = _data(
        "pain",
        [2, 3],
        markers=[
            Mark(dt.date(2026, 4, 1), dt.date(2026, 4, 30), "Started x", True, 1),
            Mark(dt.date(2026, 5, 1), dt.date(2026, 5, 31), "Stopped x", False, 1),
        ],
    )
    assert [(m.first, m.last) for m in from_records.markers] == [(START, END)]  # April is before the period
    assert _image(qapp, from_records) != _image(qapp, _data("pain", [2, 3]))


def test_it_draws_at_the_largest_text_size_and_small_sizes_without_failing(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont

    for width, height, points in ((300, 160, 10), (1366, 500, 28)):
        for data in (
            PAIN,
            _data("rash", [0, 1, 0, 1]),
            _data("temperature", []),
            _data("belly-swelling", [0, 1, 2, 3]),
        ):
            _image(qapp, data, width, height, font=QFont("DejaVu Sans", points))


def _poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("LIVERBOOK_REQUIRE_POPPLER"):
            pytest.fail(f"{tool} (poppler-utils) is needed and missing")
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return path


def test_the_same_chart_prints_to_a_vector_pdf_with_its_words(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from liverbook.diary.chart import draw_chart
    from liverbook.fonts import register_fonts

    register_fonts()
    target = tmp_path / "chart.pdf"
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(1200)
    painter = QPainter(writer)
    width, height = writer.width(), writer.height()
    draw_chart(painter, QRectF(0, 0, width, height / 3), PAIN)
    draw_chart(painter, QRectF(0, height / 3, width, height / 3), _data("temperature", [36.8, 38.0]))
    draw_chart(painter, QRectF(0, 2 * height / 3, width, height / 3), _data("weight", []))
    painter.end()
    text = subprocess.run(
        [_poppler("pdftotext"), str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    for words in (
        "Pain: Last 2 weeks",
        "Started lenvatinib",
        "Stopped lenvatinib",
        "Triangles mark days with a warning sign.",
        "1 May",
        "10",
        "Temperature: Last 2 weeks",
        "°F",
        "100.",
        "No answers in this period.",
    ):
        assert words in text, words
    images = subprocess.run(
        [_poppler("pdfimages"), "-list", str(target)], capture_output=True, text=True, check=True
    ).stdout
    assert len(images.strip().splitlines()) == 2  # the header lines only: no picture, every line is vector
