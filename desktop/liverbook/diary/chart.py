"""Drawing a trend chart with QPainter: the same vector drawing on a screen widget and in a PDF.

QtGui only (no widgets): a view paints it in its ``paintEvent``, the visit report (issue 19) into a
``QPdfWriter``. What to draw comes ready from :func:`liverbook.diary.trends.chart_data`; this module
only lays it out. Sizes follow the font's metrics on the painter's device, so a chart is as legible
at 1200 dpi in a PDF as on a 96 dpi screen, and at the largest text size.

Legible in black and white: values are a solid line with a filled dot on each day (yes/no answers
are bars), treatment starts solid and stops dashed vertical lines labelled in words (at the first day
of the month or year, with a thin bracket over it, when only that is known), days with a
warning sign small filled triangles along the top, each explained in a line under the chart. Colour
only adds to that (the style's ``line`` colour). Every chart also has a table and a text summary
(:mod:`liverbook.diary.trends`), which the view gives to screen readers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from liverbook.diary import messages as m
from liverbook.diary.trends import ChartData
from liverbook.i18n import translate


@dataclass(frozen=True)
class ChartStyle:
    """Colours and font of a chart; the defaults print well in black and white."""

    font: QFont = field(default_factory=lambda: QFont("DejaVu Sans", 10))
    foreground: QColor = field(default_factory=lambda: QColor("black"))
    background: QColor | None = field(default_factory=lambda: QColor("white"))
    grid: QColor = field(default_factory=lambda: QColor(200, 200, 200))
    line: QColor = field(default_factory=lambda: QColor("black"))
    title: bool = True
    legend: bool = True  # the triangles' line under the chart; the visit report says it once in its key


class _Layout:
    def __init__(self, painter: QPainter, rect: QRectF, data: ChartData, style: ChartStyle) -> None:
        self.font = QFont(style.font)
        self.bold = QFont(style.font)
        self.bold.setBold(True)
        self.fm = QFontMetricsF(self.font, painter.device())
        self.line_h = self.fm.height()
        self.pad = self.line_h * 0.5
        self.pen_w = max(self.line_h / 14.0, 0.5)
        top = rect.top() + (self.line_h * 1.4 if style.title else self.pad)
        legend = 1 if data.warnings and style.legend else 0
        bottom = rect.bottom() - self.line_h * (1.6 + legend) - self.pad
        widest = max((self.fm.horizontalAdvance(label) for _, label in data.y_ticks), default=0.0)
        left = rect.left() + min(widest, rect.width() * 0.4) + self.pad * 1.5
        self.plot = QRectF(QPointF(left, top + self.line_h * 0.8), QPointF(rect.right() - self.pad, bottom))
        self.left = rect.left()
        self.span = max((data.end - data.start).days, 0) + 1
        self.data = data

    def x(self, day: dt.date) -> float:
        return self.plot.left() + ((day - self.data.start).days + 0.5) / self.span * self.plot.width()

    def y(self, value: float) -> float:
        low, high = self.data.y_min, self.data.y_max
        share = 0.5 if high == low else (value - low) / (high - low)
        return self.plot.bottom() - share * self.plot.height()


def draw_chart(painter: QPainter, rect: QRectF, data: ChartData, style: ChartStyle | None = None) -> None:
    """Draw ``data`` inside ``rect`` (painter's coordinates); the painter's state is restored after."""
    style = style or ChartStyle()
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if style.background is not None:
            painter.fillRect(rect, style.background)
        lay = _Layout(painter, rect, data, style)
        painter.setFont(lay.bold)
        painter.setPen(QPen(style.foreground))
        if style.title:
            painter.drawText(
                QRectF(rect.left(), rect.top(), rect.width(), lay.line_h * 1.3),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                data.title,
            )
        painter.setFont(lay.font)
        _axes(painter, lay, style)
        if not data.points:
            painter.drawText(
                lay.plot, int(Qt.AlignmentFlag.AlignCenter), translate("Diary", m.NO_DATA_IN_PERIOD)
            )
        elif data.bars:
            _bars(painter, lay, style)
        else:
            _line(painter, lay, style)
        _markers(painter, lay, style)
        _warnings(painter, lay, style, rect)
    finally:
        painter.restore()


def _axes(painter: QPainter, lay: _Layout, style: ChartStyle) -> None:
    plot, data = lay.plot, lay.data
    label_w = plot.left() - lay.left - lay.pad * 1.5  # a width: a label never reaches left of the chart
    for value, label in data.y_ticks:
        y = lay.y(value)
        painter.setPen(QPen(style.grid, lay.pen_w * 0.6))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QPen(style.foreground))
        shown = lay.fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w)
        painter.drawText(
            QRectF(plot.left() - lay.pad - label_w, y - lay.line_h / 2, label_w, lay.line_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            shown,
        )
    painter.setPen(QPen(style.foreground, lay.pen_w))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    if data.unit:
        painter.drawText(
            QRectF(plot.left(), plot.top() - lay.line_h * 1.05, plot.width(), lay.line_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            data.unit,
        )
    # Dates: as many as fit without touching, always the first and the last day; a chart of more
    # than about a year is labelled by month and year ("Dec 2021"), at the first of each month shown.
    if lay.span > LONG_SPAN_DAYS:
        _month_labels(painter, lay)
        return
    label_w = lay.fm.horizontalAdvance("30 Sep 2026") * 0.8 + lay.pad
    step = 1
    for candidate in (1, 2, 7, 14, 28, 56, 91, 182, 364):
        step = candidate
        if lay.span / candidate * label_w <= plot.width():
            break
    days = [data.start + dt.timedelta(days=d) for d in range(0, lay.span, step)]
    if days[-1] != data.end and (data.end - days[-1]).days * plot.width() / lay.span > label_w:
        days.append(data.end)
    for day in days:
        _date_label(painter, lay, day, label_w, m.day_text(day))


def _date_label(painter: QPainter, lay: _Layout, day: dt.date, width: float, text: str) -> None:
    x, plot = lay.x(day), lay.plot
    painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + lay.pad * 0.6))
    painter.drawText(
        QRectF(x - width / 2, plot.bottom() + lay.pad * 0.7, width, lay.line_h),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
        text,
    )


def _month_labels(painter: QPainter, lay: _Layout) -> None:
    """Month and year at the first of every Nth month, N as small as lets the labels not touch."""
    data, plot = lay.data, lay.plot
    firsts = []
    day = dt.date(data.start.year, data.start.month, 1)
    while day <= data.end:
        if day >= data.start:
            firsts.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    label_w = lay.fm.horizontalAdvance(m.month_year_text(dt.date(2026, 9, 1))) * 1.1 + lay.pad
    months = len(firsts) or 1
    step = next((n for n in (1, 2, 3, 4, 6, 12, 24, 60) if months / n * label_w <= plot.width()), 120)
    for first in firsts[::step]:
        _date_label(painter, lay, first, label_w, m.month_year_text(first))


LONG_SPAN_DAYS = 335  # longer than about 11 months: dates are labelled by month and year
STROKE_POINTS = 32  # points per stroke of the line: Qt's cost of stroking grows faster than its length
MIN_DOT_PIXELS = 0.5  # a day's dot smaller than this (years on a screen) cannot be seen: not drawn


def _line(painter: QPainter, lay: _Layout, style: ChartStyle) -> None:
    points = [QPointF(lay.x(day), lay.y(value)) for day, value in lay.data.points]
    painter.setPen(
        QPen(
            style.line,
            lay.pen_w * 2,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pixels = _pixels_per_unit(painter)
    # One antialiased path through five years of days took Qt's raster engine over a second on a
    # screen; the same line as short strokes (round ends meet where round joins were), with days that
    # fall in one pixel column reduced to their first, lowest, highest and last, looks the same.
    line = _thinned(points, pixels)
    for first in range(0, max(len(line) - 1, 1), STROKE_POINTS):
        painter.drawPolyline(QPolygonF(line[first : first + STROKE_POINTS + 1]))
    radius = min(lay.line_h * 0.22, lay.plot.width() / lay.span * 0.45)
    if radius * pixels < MIN_DOT_PIXELS:
        return
    painter.setPen(QPen(style.foreground, lay.pen_w))
    painter.setBrush(QBrush(style.foreground))
    for point in points:
        painter.drawEllipse(point, radius, radius)


def _pixels_per_unit(painter: QPainter) -> float:
    """Device pixels per unit of the painter's coordinates (1 on a plain screen; many in a PDF)."""
    scale = abs(painter.worldTransform().m11()) or 1.0
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    return scale * ratio


def _thinned(points: list[QPointF], pixels: float) -> list[QPointF]:
    """The points in order, those in one device-pixel column reduced to the first, lowest, highest, last."""
    if len(points) < 4:
        return points
    out: list[QPointF] = []
    column: list[QPointF] = []
    at = int(points[0].x() * pixels)
    for point in [*points, None]:
        if point is not None and int(point.x() * pixels) == at:
            column.append(point)
            continue
        if len(column) <= 4:
            out += column
        else:
            low = min(column, key=QPointF.y)
            high = max(column, key=QPointF.y)
            middle = [low, high] if column.index(low) < column.index(high) else [high, low]
            out += [column[0], *middle, column[-1]]
        if point is not None:
            column = [point]
            at = int(point.x() * pixels)
    return out


def _bars(painter: QPainter, lay: _Layout, style: ChartStyle) -> None:
    width = max(lay.plot.width() / lay.span * 0.6, lay.pen_w * 2)
    painter.setPen(QPen(style.foreground, lay.pen_w))
    for day, value in lay.data.points:
        x = lay.x(day)
        if value >= 0.5:
            painter.setBrush(QBrush(style.line))
            painter.drawRect(QRectF(x - width / 2, lay.y(1.0), width, lay.y(0.0) - lay.y(1.0)))
        else:  # a "no" answer: a short mark on the axis, so answered days show
            painter.drawLine(QPointF(x, lay.y(0.0)), QPointF(x, lay.y(0.0) - lay.line_h * 0.3))


def _markers(painter: QPainter, lay: _Layout, style: ChartStyle) -> None:
    """Starts solid, stops dashed; a date known only to the month or year is a line at its first day
    with a thin bracket over the month (or year), never a block over the chart. Lines first, then
    every label on top, so no line crosses a label."""
    plot = lay.plot
    day_w = plot.width() / lay.span
    anchors: list[float | None] = []  # None: the marker falls outside the chart's days
    for marker in lay.data.markers:
        line = Qt.PenStyle.SolidLine if marker.starts else Qt.PenStyle.DashLine
        if getattr(marker, "dotted", False):  # a visit (a Marker's own kind), told apart in black and white
            line = Qt.PenStyle.DotLine
        painter.setPen(QPen(style.foreground, lay.pen_w * 1.2, line))
        x = lay.x(marker.first)
        right = max(lay.x(marker.last), x + day_w) if marker.first != marker.last else x
        if right < plot.left() or x > plot.right():  # the marker falls outside the chart's days
            anchors.append(None)
            continue
        before = getattr(marker, "before", False) or x < plot.left()  # begun before the chart's first day
        if not before:
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        if marker.first != marker.last:  # only the month or year is known: a thin bracket over it, calm
            x, right = max(x, plot.left()), min(right, plot.right())
            top, tick = plot.top() + lay.pen_w, lay.line_h * 0.3
            painter.setPen(QPen(style.foreground, lay.pen_w * 0.8))
            corners = [QPointF(x, top), QPointF(right, top), QPointF(right, top + tick)]
            painter.drawPolyline(QPolygonF(corners if before else [QPointF(x, top + tick), *corners]))
        anchors.append(x)
    painter.setPen(QPen(style.foreground))
    for n, (marker, anchor) in enumerate(zip(lay.data.markers, anchors, strict=False)):
        if anchor is None:
            continue
        x = anchor
        width = lay.fm.horizontalAdvance(marker.label) + lay.pad
        left = x + lay.pad * 0.3 if x + width < plot.right() else x - width - lay.pad * 0.3
        left = max(min(left, plot.right() - width), lay.left)  # a start before the chart: its label inside
        box = QRectF(left, plot.top() + lay.line_h * (0.2 + 1.1 * (n % 3)), width, lay.line_h)
        if style.background is not None:
            painter.fillRect(box, style.background)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), marker.label)


def _warnings(painter: QPainter, lay: _Layout, style: ChartStyle, rect: QRectF) -> None:
    if not lay.data.warnings:
        return
    size = lay.line_h * 0.35
    painter.setPen(QPen(style.foreground, lay.pen_w))
    painter.setBrush(QBrush(style.foreground))

    def triangle(x: float, y: float) -> None:
        painter.drawPolygon(
            QPolygonF([QPointF(x - size, y - size), QPointF(x + size, y - size), QPointF(x, y + size * 0.7)])
        )

    for day in lay.data.warnings:
        triangle(lay.x(day), lay.plot.top() - size * 0.4)
    if not style.legend:
        return
    legend_y = rect.bottom() - lay.line_h * 0.9 - lay.pad * 0.3
    triangle(lay.plot.left() + size, legend_y)
    left = lay.plot.left() + size * 3
    width = max(
        rect.right() - left, 0.0
    )  # a narrow chart (the visit report's) cuts the words, never the next chart
    painter.drawText(
        QRectF(left, legend_y - lay.line_h / 2, width, lay.line_h),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        lay.fm.elidedText(translate("Diary", m.WARNING_MARK), Qt.TextElideMode.ElideRight, width),
    )
