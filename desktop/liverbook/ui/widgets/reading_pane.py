"""The reading pane: one rendered handbook page, in the theme's colours, following no link by itself."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QTextBrowser, QWidget

from liverbook.i18n import translate
from liverbook.ui.appearance import themes


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

    def setHtml(self, text: str) -> None:  # noqa: N802 - Qt override
        self.source_html = text
        super().setHtml(text)
        self.page_set.emit()

    @Slot(str)  # a real Qt slot: the connection ends when this pane is deleted
    def restyle(self, _theme_id: str = "") -> None:
        """New colours: Qt applies a default style sheet only when HTML is set, so set the page again."""
        scrolled = self.verticalScrollBar().value()
        self.document().setDefaultStyleSheet(page_stylesheet())
        super().setHtml(getattr(self, "source_html", ""))  # getattr: a pane still being built
        self.verticalScrollBar().setValue(scrolled)
        self.page_set.emit()
