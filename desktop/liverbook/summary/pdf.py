"""Pages of the summary: a QTextDocument laid out page by page with a header and "Page x of y",
drawn on a PDF writer or a printer. QtGui only (no widgets), so it runs in ``--export-summary``.

Qt's own ``QTextDocument.print_`` gives no header or footer, so pages are drawn here: the document
is given the size of the space between header and footer, then each page is painted by moving the
document up one page height and clipping (see field-notes: set the paint device first, or text
comes out about 1.35x too large).
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from liverbook import APP_NAME, __version__, paths
from liverbook.fonts import FONT_FAMILY
from liverbook.i18n import translate
from liverbook.summary.build import Summary
from liverbook.summary.isolates import font_for, pin_isolates

BODY_POINT_SIZE = 11.5
HEADER_POINT_SIZE = 9
MARGIN_MM = 18

MAX_KEEP_PASSES = 200


def page_size(paper: str) -> QPageSize:
    """Letter or A4; "auto" follows the locale (Letter where US measurement is used, A4 elsewhere)."""
    if paper == "letter":
        return QPageSize(QPageSize.PageSizeId.Letter)
    if paper == "a4":
        return QPageSize(QPageSize.PageSizeId.A4)
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if imperial else QPageSize.PageSizeId.A4)


def page_layout(paper: str, margin_mm: float = MARGIN_MM) -> QPageLayout:
    margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
    return QPageLayout(
        page_size(paper), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter
    )


def print_css() -> str:
    return paths.resource("styles", "summary.css").read_text(encoding="utf-8")


def make_document(summary: Summary, font_family: str = FONT_FAMILY) -> QTextDocument:
    """The summary as a QTextDocument that loads nothing: no images, no files, no addresses."""
    doc = _InertDocument()
    font = QFont(font_family)
    font.setPointSizeF(BODY_POINT_SIZE)
    # No ligatures: with them "file" is written as "\ufb01le", and searching or copying the PDF fails.
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(print_css())
    doc.setHtml(summary.html)
    pin_isolates(doc)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, summary.title)
    return doc


class _InertDocument(QTextDocument):
    def loadResource(self, kind: int, name: object) -> object:
        return None  # never load an image, style sheet or file named in the text


class Pages:
    """A document paginated for one device: the header and footer bands, then the body."""

    def __init__(self, doc: QTextDocument, device: QPagedPaintDevice, header: str) -> None:
        self.doc = doc
        self.device = device
        self.header = header
        resolution = device.resolution()  # type: ignore[attr-defined]  # QPdfWriter's and QPrinter's
        self.page_rect = device.pageLayout().paintRectPixels(resolution).toRectF()
        self.page_rect.moveTo(0, 0)
        self.small = QFont(doc.defaultFont().family())
        self.small.setPointSizeF(HEADER_POINT_SIZE)
        metrics = QFontMetricsF(self.small, device)
        self.band = metrics.height() * 2.2
        doc.documentLayout().setPaintDevice(device)
        body = QSizeF(self.page_rect.width(), self.page_rect.height() - 2 * self.band)
        doc.setPageSize(body)
        self.body_height = body.height()
        keep_headings_with_next(doc)

    @property
    def count(self) -> int:
        return self.doc.pageCount()

    def paint(self, painter: QPainter) -> int:
        """Draw every page; return the number of pages."""
        total = self.count
        for index in range(total):
            if index:
                self.device.newPage()
            self._paint_page(painter, index, total)
        return total

    def _paint_page(self, painter: QPainter, index: int, total: int) -> None:
        r = self.page_rect
        painter.save()
        painter.setFont(self.small)
        painter.setPen(QPen(Qt.GlobalColor.darkGray))
        # The header and footer read left to right whatever the user's text holds: the name in the
        # header comes wrapped in bidi isolates (summary.build.isolate), so an override character
        # or a right-to-left name in it cannot reverse the date beside it.
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        text_h = self.band / 2.2
        painter.setFont(font_for(self.small, self.header))
        painter.drawText(
            QRectF(r.left(), r.top(), r.width(), text_h), Qt.AlignmentFlag.AlignLeft, self.header
        )
        painter.setFont(self.small)
        rule_y = r.top() + text_h * 1.4
        painter.drawLine(QPointF(r.left(), rule_y), QPointF(r.right(), rule_y))
        footer_top = r.bottom() - text_h
        painter.drawText(
            QRectF(r.left(), footer_top, r.width(), text_h),
            Qt.AlignmentFlag.AlignRight,
            translate("report", "Page {page} of {total}").format(page=index + 1, total=total),
        )
        painter.drawText(
            QRectF(r.left(), footer_top, r.width(), text_h),
            Qt.AlignmentFlag.AlignLeft,
            translate("report", "Not medical advice: go through it with your care team."),
        )
        painter.restore()

        painter.save()
        top = r.top() + self.band
        painter.translate(r.left(), top - index * self.body_height)
        clip = QRectF(0, index * self.body_height, r.width(), self.body_height)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        # Qt draws the last line before a page break again above the next page, hidden by the clip
        # but still in the PDF's text layer (as QTextDocument.print_ does): a known Qt limitation.
        context.clip = clip
        context.palette.setColor(context.palette.ColorRole.Text, Qt.GlobalColor.black)
        self.doc.documentLayout().draw(painter, context)
        self.paint_over(painter, clip)
        painter.restore()

    def paint_over(self, painter: QPainter, clip: QRectF) -> None:
        """Drawn after the text of a page, in document coordinates, clipped to the page (none here;
        the visit report draws its charts in the places its text reserved)."""


def keep_headings_with_next(doc: QTextDocument) -> int:
    """Move a heading to the next page when the text after it would start on a later page.

    Qt's rich text has no "keep with next", so this looks at the layout and sets a page break
    before each stranded heading. Returns how many headings were moved.
    """
    layout = doc.documentLayout()
    page_h = doc.pageSize().height()
    moved = 0
    block = doc.begin()
    for _ in range(MAX_KEEP_PASSES):
        stranded = None
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.next().isValid():
                rect = layout.blockBoundingRect(block)
                after = block.next()
                after_rect = layout.blockBoundingRect(after)
                first_line = after.layout().lineAt(0).height() if after.layout().lineCount() else 0
                crosses = math.floor(rect.top() / page_h) < math.floor(
                    (after_rect.top() + first_line * 2) / page_h
                )
                auto = block.blockFormat().pageBreakPolicy() == QTextBlockFormat.PageBreakFlag.PageBreak_Auto
                if crosses and auto:
                    stranded = block
                    break
            block = block.next()
        if stranded is None:
            return moved
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor = QTextCursor(stranded)
        # One edit block: Qt lays the rest out once, not once for the format and again for the redo.
        cursor.beginEditBlock()
        cursor.mergeBlockFormat(fmt)
        # The layout Qt redoes after a format change can leave later blocks unplaced; redo it all from here.
        doc.markContentsDirty(stranded.position(), doc.characterCount() - stranded.position())
        cursor.endEditBlock()
        moved += 1
        block = stranded  # the blocks before it did not move: look on from here
    return moved


def set_pdf_info(writer: QPdfWriter, title: str) -> None:
    writer.setTitle(title)
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setAuthor(APP_NAME)


def render_pdf(summary: Summary, target: Path, paper: str = "auto", font_family: str = FONT_FAMILY) -> int:
    """Write the summary as a PDF at ``target``; return its page count (see :func:`write_pdf`)."""

    def pages(writer: QPdfWriter) -> Pages:
        return Pages(make_document(summary, font_family), writer, summary.header)

    return write_pdf(target, paper, summary.title, pages)


def write_pdf(
    target: Path,
    paper: str,
    title: str,
    make_pages: Callable[[QPdfWriter], Pages],
    margin_mm: float = MARGIN_MM,
) -> int:
    """Write the pages ``make_pages`` lays out for a PDF writer at ``target``; return the page count.

    The PDF is written to a temporary file beside the target and moved into place only when
    complete, so a failure (a full disk, say) never leaves a half-written file or harms an
    existing one. Raises OSError with the reason.
    """
    target = Path(target)
    fd, temp_name = tempfile.mkstemp(prefix=".liverbook-summary-", suffix=".pdf", dir=target.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        writer = QPdfWriter(str(temp))
        writer.setPageLayout(page_layout(paper, margin_mm))
        writer.setResolution(300)
        set_pdf_info(writer, title)
        pages = make_pages(writer)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"could not write {target}")
        count = pages.paint(painter)
        if not painter.end():
            raise OSError(f"could not finish writing {target}")
        del painter, writer
        if temp.stat().st_size == 0:
            raise OSError(f"nothing was written to {target}")
        with open(temp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return count
