"""A lab chart on screen, drawn by the diary's own chart code (:func:`liverbook.diary.chart.draw_chart`)
in the theme's colours and the app's text size. The sentence under it and the list beside it say the
same in words; screen readers get the sentence as the chart's description."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from liverbook.diary.chart import ChartStyle, draw_chart
from liverbook.diary.trends import ChartData
from liverbook.i18n import translate

LINES_HIGH = 13  # the chart is this many lines of text high


class ChartView(QWidget):
    """One chart, or nothing when there is no data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("Records", "Chart"))

    def set_data(self, data: ChartData | None) -> None:
        self.data = data
        self.setAccessibleName(
            translate("Records", "Chart: {title}").format(title=data.title)
            if data
            else translate("Records", "Chart")
        )
        self.setAccessibleDescription(data.summary if data else "")
        self.setVisible(data is not None)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, self.fontMetrics().height() * LINES_HIGH)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.data is None:
            return
        palette = self.palette()
        style = ChartStyle(
            font=self.font(),
            foreground=palette.color(QPalette.ColorRole.WindowText),
            background=palette.color(QPalette.ColorRole.Base),
            grid=palette.color(QPalette.ColorRole.Mid),
            line=palette.color(QPalette.ColorRole.Highlight),
            title=False,
        )
        painter = QPainter(self)
        try:
            # Room on the right: the last date is centred on the last day and runs past it.
            gap = self.fontMetrics().averageCharWidth() * 3
            draw_chart(painter, QRectF(self.rect()).adjusted(0, 0, -gap, 0), self.data, style)
        finally:
            painter.end()
