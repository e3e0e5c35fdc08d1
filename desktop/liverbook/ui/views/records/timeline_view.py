"""The treatment timeline drawn: one row per treatment line, a bar from its start to its stop (to
today while it goes on), its name and dates written above the bar (on two lines or more when they
need them: the widget's height follows its width).

Legible in black and white: a treatment going on now is a filled bar with an arrow at today's end,
a past one an outlined, hatched bar; a date known only to the month or the year starts or ends the
bar at the first or last day it can be, and the words say which. Colours come from the palette, so
every theme draws it in its own colours. The same lines are listed in words beside it (the list is
the text a screen reader reads; this widget's description says it all too).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPaintEvent, QPalette, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from liverbook.content.records_model import RecordsContent
from liverbook.diary import messages as m
from liverbook.i18n import translate
from liverbook.records.model import TreatmentLine
from liverbook.records.present import treatment_line
from liverbook.records.timeline import ordered

MAX_ROWS = 8  # more lines than this: the oldest are left to the list


class TimelineView(QWidget):
    """A picture of the treatment lines over time."""

    def __init__(self, records: RecordsContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.lines: list[TreatmentLine] = []
        self.today = dt.date.today()
        self.setAccessibleName(translate("Records", "Treatment timeline"))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_lines(self, lines: list[TreatmentLine], today: dt.date | None = None) -> None:
        self.today = today or dt.date.today()
        dated = [ln for ln in ordered(lines) if ln.started is not None]
        self.lines = dated[-MAX_ROWS:]
        words = [treatment_line(self.records, ln, self.today) for ln in self.lines]
        self.setAccessibleDescription(
            "; ".join(words) if words else translate("Records", "No treatments with dates yet.")
        )
        self.setVisible(bool(self.lines))
        self.updateGeometry()
        self.update()

    def _label_rect(self, label: str, width: float) -> QRectF:
        """Where a line's words go above its bar: as many lines as they need at this width (a
        Spanish "TACE, dos sesiones: enero de 2026 – mayo de 2026" at the largest size takes two)."""
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        box = self.fontMetrics().boundingRect(QRect(0, 0, max(int(width), 1), 10_000), flags, label)
        return QRectF(0, 0, width, max(box.height(), self.fontMetrics().height()))

    def _rows(self, width: float) -> list[tuple[TreatmentLine, str, float]]:
        """Each line, its words, and the height of its words at ``width``."""
        return [
            (line, label, self._label_rect(label, width).height())
            for line in self.lines
            for label in (treatment_line(self.records, line, self.today),)
        ]

    def _pad(self) -> float:
        return self.fontMetrics().height() * 0.5

    def _bar_room(self) -> float:
        """Below a line's words: a small gap, the bar, and the gap before the next line."""
        return self.fontMetrics().height() * 1.0

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        inner = width - 2 * self._pad()
        rows = sum(h + self._bar_room() for _line, _label, h in self._rows(inner))
        return int(rows + self.fontMetrics().height() * 2)

    def sizeHint(self) -> QSize:
        return QSize(300, self.heightForWidth(max(self.width(), 300)))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.heightForWidth(max(self.width(), 120)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the words wrap to another number of lines: another height

    def span(self) -> tuple[dt.date, dt.date]:
        starts = [ln.started.first for ln in self.lines if ln.started]
        ends = [ln.stopped.last for ln in self.lines if ln.stopped] + [self.today]
        first, last = min(starts, default=self.today), max(ends)
        if (last - first).days < 60:
            first = last - dt.timedelta(days=60)
        return first, last

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.lines:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        fill = palette.color(QPalette.ColorRole.Highlight)
        metrics = self.fontMetrics()
        pad = self._pad()
        width = self.width() - 2 * pad
        first, last = self.span()
        days = max((last - first).days, 1)

        def x(day: dt.date) -> float:
            return pad + (day - first).days / days * width

        bar_h = metrics.height() * 0.7
        top = 0.0
        for line, label, label_h in self._rows(width):
            assert line.started is not None
            start = x(line.started.first)
            going_on = line.current(self.today)
            end = x(self.today if going_on or line.stopped is None else line.stopped.last)
            bar = QRectF(start, top + label_h + metrics.height() * 0.1, max(end - start, 3.0), bar_h)
            painter.setPen(QPen(text))
            painter.drawText(
                QRectF(pad, top, width, label_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                label,
            )
            top += label_h + self._bar_room()
            pen = QPen(text, max(1.0, metrics.height() / 14))
            painter.setPen(pen)
            if going_on:
                painter.setBrush(QBrush(fill))
                painter.drawRect(bar)
                tip = QPolygonF(
                    [
                        QPointF(bar.right(), bar.top() - 2),
                        QPointF(bar.right() + bar_h * 0.7, bar.center().y()),
                        QPointF(bar.right(), bar.bottom() + 2),
                    ]
                )
                painter.setBrush(QBrush(text))
                painter.drawPolygon(tip)
            else:
                painter.setBrush(QBrush(text, Qt.BrushStyle.BDiagPattern))
                painter.drawRect(bar)
        # The time axis: the first and last dates, and today.
        axis_y = top + 2
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(pad, axis_y), QPointF(pad + width, axis_y))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for day, align in ((first, Qt.AlignmentFlag.AlignLeft), (last, Qt.AlignmentFlag.AlignRight)):
            words = translate("Records", "today") if day == self.today else m.day_text(day, True)
            painter.drawText(
                QRectF(pad, axis_y + 2, width, metrics.height()),
                int(align | Qt.AlignmentFlag.AlignTop),
                words,
            )
        painter.end()
