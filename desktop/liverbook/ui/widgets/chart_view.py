"""A trend chart on screen: the diary's own drawing (:mod:`liverbook.diary.chart`) in the theme's colours.

The same vector drawing goes into the visit report's PDF; here it follows the app's text size and
colours (text and base of the palette, the highlight for the line), so it reads in the light, dark
and high-contrast themes alike. A screen reader gets the chart's title as its name and the text
summary as its description; the page beside it also shows the summary and a table.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from liverbook.diary.chart import ChartStyle, draw_chart
from liverbook.diary.trends import ChartData

LINES_TALL = 14  # the chart's least height, in lines of text


class ChartView(QWidget):
    """Draws one :class:`ChartData` (nothing until it is given one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, data: ChartData | None) -> None:
        self.data = data
        self.setAccessibleName(data.title if data is not None else "")
        self.setAccessibleDescription(data.summary if data is not None else "")
        self.update()

    def style_now(self) -> ChartStyle:
        """The chart's colours and font from the widget's palette and font (they follow the theme)."""
        palette = self.palette()
        return ChartStyle(
            font=self.font(),
            foreground=palette.color(QPalette.ColorRole.Text),
            background=palette.color(QPalette.ColorRole.Base),
            grid=palette.color(QPalette.ColorRole.Mid),
            line=palette.color(QPalette.ColorRole.Highlight),
            title=True,
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        line = self.fontMetrics().lineSpacing()
        return QSize(line * 16, line * LINES_TALL)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        line = self.fontMetrics().lineSpacing()
        return QSize(line * 40, line * 20)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self.data is None:
            return
        painter = QPainter(self)
        try:
            draw_chart(painter, QRectF(self.rect()), self.data, self.style_now())
        finally:
            painter.end()
