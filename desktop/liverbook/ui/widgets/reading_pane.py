"""The reading pane: one rendered handbook page, in the theme's colours, following no link by itself.

The link reached with Tab (a citation, a glossary word, a page link) gets a solid outline in the
theme's link colour, thicker with the text (Qt draws a one-pixel dotted box, hard to see).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Signal, Slot
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from liverbook.i18n import translate
from liverbook.ui.appearance import themes
from liverbook.ui.appearance.text_style import draw_outline, focus_width

OUTLINE_GAP = 2  # pixels between the link's words and its outline


def page_stylesheet() -> str:
    """The CSS the reading pane gives every page (a QTextDocument subset): layout, and the theme's colours."""
    return themes.reading_stylesheet()


class ReadingPane(QTextBrowser):
    """Shows one rendered page; never follows a link by itself (the window decides).

    ``page_set`` is emitted each time its page is set (a new page, or new colours).
    """

    page_set = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(page_stylesheet())
        self.document().setDocumentMargin(18)
        self.setAccessibleName(translate("ReadingPane", "Page text"))
        self.source_html = ""
        themes.notifier().changed.connect(self.restyle)
        # The outline is drawn beside the words Qt repaints: repaint the whole view when it moves.
        self.cursorPositionChanged.connect(self.viewport().update)
        self.selectionChanged.connect(self.viewport().update)

    def setHtml(self, text: str) -> None:  # noqa: N802 - Qt override
        self.source_html = text
        super().setHtml(text)
        self.page_set.emit()

    def focused_link_rect(self) -> QRect | None:
        """Where the link reached with Tab is, in the viewport (None: no link has the keyboard);
        a link broken over two lines gets the rectangle around both of its parts."""
        cursor = self.textCursor()
        if not self.hasFocus() or not cursor.hasSelection() or not cursor.charFormat().anchorHref():
            return None
        found = QRect()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        document = self.document()
        block = document.findBlock(start)
        while block.isValid() and block.position() < end:
            layout = block.layout()
            origin = document.documentLayout().blockBoundingRect(block).topLeft()
            first, last = start - block.position(), end - block.position()
            for number in range(layout.lineCount()):
                line = layout.lineAt(number)
                left, right = max(first, line.textStart()), min(last, line.textStart() + line.textLength())
                if left >= right:
                    continue
                x1, x2 = _x(line.cursorToX(left)), _x(line.cursorToX(right))
                part = QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height()).toAlignedRect()
                found = found.united(part)
            block = block.next()
        if found.isNull():
            return None
        return found.translated(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        moved = super().focusNextPrevChild(forward)  # Tab from link to link (Qt repaints only the words)
        self.viewport().update()
        return moved

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        rect = self.focused_link_rect()
        if rect is not None:
            width = focus_width()
            painter = QPainter(self.viewport())
            grown = rect.adjusted(-OUTLINE_GAP - width, -OUTLINE_GAP, OUTLINE_GAP + width, OUTLINE_GAP)
            draw_outline(painter, grown, self.palette().color(QPalette.ColorRole.Link), width)
            painter.end()

    @Slot(str)  # a real Qt slot: the connection ends when this pane is deleted
    def restyle(self, _theme_id: str = "") -> None:
        """New colours: Qt applies a default style sheet only when HTML is set, so set the page again."""
        scrolled = self.verticalScrollBar().value()
        self.document().setDefaultStyleSheet(page_stylesheet())
        super().setHtml(getattr(self, "source_html", ""))  # getattr: a pane still being built
        self.verticalScrollBar().setValue(scrolled)
        self.page_set.emit()


def _x(value: object) -> float:
    """QTextLine.cursorToX's x (PySide returns it alone or with the position)."""
    return float(value[0] if isinstance(value, tuple) else value)  # type: ignore[arg-type]
