"""The visit report on paper: its pages with the charts and the call-now card drawn in, as a PDF.
QtGui only (no widgets), so ``--export-summary`` can use it without a window.

The report's HTML reserves each chart's place with a named empty block of its height; once Qt has
laid the text out (headings kept with what follows), :class:`ReportPages` finds those places and,
page by page, draws each chart there with the diary's own :func:`~liverbook.diary.chart.draw_chart`
(the card with :func:`~liverbook.summary.card_paint.draw_card`). The text stays text (searchable,
fonts embedded) and the charts stay vector paths: nothing is turned into an image.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPagedPaintDevice, QPainter, QPdfWriter, QTextDocument

from liverbook import __version__, paths
from liverbook.content import Handbook
from liverbook.diary.chart import ChartStyle, draw_chart
from liverbook.diary.trends import ChartData
from liverbook.fonts import FONT_FAMILY
from liverbook.i18n import in_english
from liverbook.summary.call_card import CardData
from liverbook.summary.card_paint import draw_card
from liverbook.summary.isolates import pin_isolates
from liverbook.summary.markup import PLACE_MARK
from liverbook.summary.pdf import Pages, _InertDocument, page_layout, print_css, write_pdf
from liverbook.summary.report import Report, report_for
from liverbook.summary.report_choices import ReportChoices
from liverbook.summary.report_english import ENGLISH_END, ENGLISH_START

REPORT_POINT_SIZE = 10.5  # the body of the report: readable at arm's length
MARGIN_MM = 11
CHART_POINT_SIZE = 9.0  # axis labels of the small charts
CHART_GAP_MM = 5.0


def make_report_document(report: Report, font_family: str = FONT_FAMILY) -> QTextDocument:
    """The report as a QTextDocument that loads nothing (no images, files or addresses)."""
    doc = _InertDocument()
    font = QFont(font_family)
    font.setPointSizeF(REPORT_POINT_SIZE)
    font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters: the PDF can be searched
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(
        print_css() + "\n" + paths.resource("styles", "report.css").read_text(encoding="utf-8")
    )
    doc.setHtml(report.html)
    pin_isolates(doc)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, report.title)
    return doc


@dataclass(frozen=True)
class Place:
    """Where a drawing goes, in document coordinates, and what it is."""

    rect: QRectF
    name: str


def _font(family: str, points: float) -> QFont:
    """A font of ``family`` at ``points`` (fractional sizes too)."""
    font = QFont(family)
    font.setPointSizeF(points)
    return font


def find_places(doc: QTextDocument, heights: Mapping[str, int]) -> list[Place]:
    """Where the named places (:func:`liverbook.summary.markup.place`) are, once the document is laid out:
    each as wide as the line it stands on, and as high as it was made."""
    layout = doc.documentLayout()
    device = layout.paintDevice()
    scale = (device.logicalDpiY() if device is not None else 96) / 96.0
    found: list[Place] = []
    cursor = doc.find(PLACE_MARK)
    while not cursor.isNull() and len(found) < len(heights):
        names = [n for n in cursor.charFormat().anchorNames() if n in heights]
        block = cursor.block()
        if names and block.layout().lineCount():
            line = block.layout().lineAt(0)
            box = layout.blockBoundingRect(block)
            # Qt puts a line's extra height above its text: the place runs from the block's top
            # to the bottom of its one line.
            rect = QRectF(
                box.left() + line.x(),
                box.top(),
                line.width(),
                max(line.y() + line.height(), heights[names[0]] * scale),
            )
            found.append(Place(rect, names[0]))
        cursor = doc.find(PLACE_MARK, cursor)
    return found


def english_pages(doc: QTextDocument, page_height: float) -> frozenset[int]:
    """The pages (from 0) of the report's English spans: from each ENGLISH_START mark's page to the
    page before the next ENGLISH_END mark's (a span ends where a part starts on a new page), or to
    the end (see :mod:`liverbook.summary.report_english`)."""
    layout = doc.documentLayout()
    marks: list[tuple[int, str]] = []
    cursor = doc.find(PLACE_MARK)
    while not cursor.isNull():
        names = [n for n in cursor.charFormat().anchorNames() if n in (ENGLISH_START, ENGLISH_END)]
        if names:
            block = cursor.block()
            line = block.layout().lineForTextPosition(max(0, cursor.position() - block.position() - 1))
            top = layout.blockBoundingRect(block).top() + (line.y() if line.isValid() else 0)
            marks.append((math.floor(top / page_height), names[0]))
        cursor = doc.find(PLACE_MARK, cursor)
    pages: set[int] = set()
    start: int | None = None
    for page, name in marks:
        if name == ENGLISH_START:
            start = page
        elif start is not None:
            pages.update(range(start, max(start + 1, page)))
            start = None
    if start is not None:
        pages.update(range(start, doc.pageCount()))
    return frozenset(pages)


class ReportPages(Pages):
    """The report's pages: the text, then each drawing in its place on its page."""

    def __init__(self, report: Report, doc: QTextDocument, device: QPagedPaintDevice) -> None:
        super().__init__(doc, device, report.header)
        self.report = report
        self.places = find_places(doc, report.heights)
        family = doc.defaultFont().family()
        # No background: a marker's label is then drawn over the line, never on a white box hiding a point.
        self.chart_style = ChartStyle(
            font=_font(family, CHART_POINT_SIZE),
            title=False,
            background=None,
            grid=QColor(170, 170, 170),
            legend=False,  # page 1's key says once what a triangle means; under each chart it was cut
        )
        self.family = family
        self.english = english_pages(doc, self.body_height) if report.english_header else frozenset()

    def _paint_page(self, painter: QPainter, index: int, total: int) -> None:
        if index not in self.english:
            super()._paint_page(painter, index, total)
            return
        # A page in English: its header, its footer and the words drawn on its charts and card too.
        header, self.header = self.header, self.report.english_header
        try:
            with in_english():
                super()._paint_page(painter, index, total)
        finally:
            self.header = header

    def paint_over(self, painter: QPainter, clip: QRectF) -> None:
        for place in self.places:
            if not place.rect.intersects(clip):
                continue
            drawing = self.report.drawings.get(place.name)
            if isinstance(drawing, ChartData):
                # A gap before the next chart: the last date is centred on the last day and runs past it.
                gap = painter.device().logicalDpiX() * CHART_GAP_MM / 25.4
                draw_chart(painter, place.rect.adjusted(0, 0, -gap, 0), drawing, self.chart_style)
            elif isinstance(drawing, CardData):
                draw_card(painter, place.rect, drawing, self.family)


def write_report_pdf(
    report: Report, target: Path, paper: str = "auto", font_family: str = FONT_FAMILY
) -> int:
    """Write the report as a PDF at ``target`` (atomically, see :func:`liverbook.summary.pdf.write_pdf`);
    return its page count. Raises OSError with the reason."""

    def pages(writer: QPdfWriter) -> Pages:
        return ReportPages(report, make_report_document(report, font_family), writer)

    return write_pdf(Path(target), paper, report.title, pages, MARGIN_MM)


def paint_report(report: Report, device: QPagedPaintDevice, font_family: str = FONT_FAMILY) -> int:
    """Paint the report on any paged device with its page layout already set (a QPrinter the print
    dialog chose, say); return the page count. Raises OSError if the device cannot be painted on."""
    pages = ReportPages(report, make_report_document(report, font_family), device)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer could not be started")
    try:
        return pages.paint(painter)
    finally:
        painter.end()


def export_report(
    store: object,
    book: Handbook,
    target: Path,
    choices: ReportChoices,
    *,
    today: dt.date | None = None,
    font_family: str = FONT_FAMILY,
) -> tuple[int, Report]:
    """Gather, build and write the report at ``target`` on ``choices.paper``: (page count, the report).
    Needs a QGuiApplication and the bundled fonts registered (``liverbook.fonts.register_fonts``).
    Raises OSError (the target cannot be written) or StoreError (the store cannot be read)."""
    report = report_for(store, book, choices, today=today or dt.date.today(), version=__version__)
    return write_report_pdf(report, target, choices.paper, font_family), report


def preview_image(
    report: Report, paper: str = "auto", page: int = 0, width_px: int = 800, font_family: str = FONT_FAMILY
) -> tuple[QImage, int]:
    """One page as it will print, as an image ``width_px`` wide (for the dialog); and the page count.

    The text is laid out for a 300 dpi PDF, exactly as it prints, then drawn scaled down.
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout(paper, MARGIN_MM))
    writer.setResolution(300)
    pages = ReportPages(report, make_report_document(report, font_family), writer)
    full = writer.pageLayout().fullRectPixels(writer.resolution())
    scale = width_px / full.width()
    image = QImage(width_px, round(full.height() * scale), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    margins = writer.pageLayout().paintRectPixels(writer.resolution())
    painter.translate(margins.left(), margins.top())
    count = pages.count
    pages._paint_page(painter, min(max(page, 0), count - 1), count)
    painter.end()
    return image, count
