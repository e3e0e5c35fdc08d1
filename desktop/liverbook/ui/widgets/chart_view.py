"""A trend chart on screen: the diary's own drawing (:mod:`liverbook.diary.chart`) in the theme's colours.

The same vector drawing goes into the visit report's PDF; here it follows the app's text size and
colours (text and base of the palette, the highlight for the line), so it reads in the light, dark
and high-contrast themes alike. A screen reader gets the chart's title as its name and the text
summary as its description; the page beside it also shows the summary and a table.

Five years of answers take tens of milliseconds to draw, so the Trends page has the chart drawn
into a picture in a worker thread (:func:`chart_image`, :mod:`liverbook.ui.views.trend_loader`) and
this widget only shows the picture (:meth:`ChartView.show_drawn`). When the picture no longer fits
(the window was resized, the theme or the text size changed) it is shown stretched for a moment and
:attr:`ChartView.redraw_wanted` asks for a new one. Until the first picture arrives, a calm line of
words stands in its place (:meth:`ChartView.show_waiting`). Given only data (:meth:`set_data`), it
draws it itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from liverbook.diary.chart import ChartStyle, draw_chart
from liverbook.diary.trends import ChartData

LINES_TALL = 14  # the chart's least height, in lines of text
REDRAW_AFTER_MS = 120  # after the last resize or theme change: a window dragged larger draws once


def chart_image(data: ChartData, size: QSize, ratio: float, style: ChartStyle) -> QImage:
    """``data`` drawn into a picture of ``size`` (device-independent pixels) at ``ratio`` pixels each.

    Only QtGui, on a QImage: safe in a worker thread."""
    image = QImage(
        max(1, round(size.width() * ratio)),
        max(1, round(size.height() * ratio)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(ratio)
    image.fill(style.background if style.background is not None else Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        draw_chart(painter, QRectF(0, 0, size.width(), size.height()), data, style)
    finally:
        painter.end()
    return image


class ChartView(QWidget):
    """Draws one :class:`ChartData` (nothing until it is given one), or shows it drawn already."""

    redraw_wanted = Signal()  # the picture shown no longer fits: draw it again (size, theme, text size)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self.image: QImage | None = None
        self.waiting = ""  # words shown while there is nothing to draw yet
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._redraw = QTimer(self, singleShot=True, interval=REDRAW_AFTER_MS)
        self._redraw.timeout.connect(self.redraw_wanted)
        self._drawn_for: tuple[QSize, float, tuple[object, ...]] | None = None

    def set_data(self, data: ChartData | None) -> None:
        """Draw ``data`` here, on the window's thread, at each paint."""
        self.data, self.image, self.waiting = data, None, ""
        self._describe(data)
        self.update()

    def show_drawn(self, data: ChartData, image: QImage, style: ChartStyle) -> None:
        """Show ``data`` as ``image`` (drawn by :func:`chart_image` with ``style``)."""
        self.data, self.image, self.waiting = data, image, ""
        self._drawn_for = (image.deviceIndependentSize().toSize(), image.devicePixelRatio(), _key(style))
        self._describe(data)
        self.update()

    def show_waiting(self, words: str) -> None:
        """Nothing to show yet: ``words`` in the chart's place (and for a screen reader)."""
        self.data, self.image, self.waiting = None, None, words
        self.setAccessibleName(words)
        self.setAccessibleDescription("")
        self.update()

    def picture_fits(self) -> bool:
        """True when the picture shown was drawn for the widget's size, pixels and colours as they are now."""
        return self._drawn_for == (self.size(), self.devicePixelRatioF(), _key(self.style_now()))

    def _describe(self, data: ChartData | None) -> None:
        self.setAccessibleName(data.title if data is not None else "")
        self.setAccessibleDescription(data.summary if data is not None else "")

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

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        if self.image is not None:
            self._redraw.start()  # again at each step of a resize: one drawing once it stops
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and self.image is not None:
            self._redraw.start()
        super().changeEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self.data is None and not self.waiting:
            return
        painter = QPainter(self)
        try:
            if self.image is not None:
                painter.drawImage(QRectF(self.rect()), self.image)  # stretched until the new one comes
                if not self.picture_fits() and not self._redraw.isActive():
                    self._redraw.start()
            elif self.data is not None:
                draw_chart(painter, QRectF(self.rect()), self.data, self.style_now())
            else:  # on the chart's own background, so that the chart takes its place calmly
                painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
                painter.setPen(self.palette().color(QPalette.ColorRole.Text))
                painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.waiting)
        finally:
            painter.end()


def _key(style: ChartStyle) -> tuple[object, ...]:
    """What of a style changes the picture (QFont and QColor compare by value)."""
    background = style.background.rgba() if style.background is not None else None
    return (style.font.toString(), style.foreground.rgba(), background, style.grid.rgba(), style.line.rgba())
