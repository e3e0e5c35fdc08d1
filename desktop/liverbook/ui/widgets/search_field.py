"""The search field in the toolbar: Esc gives up, Down goes to the results, Enter opens the first one.

Apart from the results list (:mod:`liverbook.ui.views.search_results`), which is made at the first
search: the field is on screen from the start, the list only once there is something to show.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from liverbook.i18n import translate


class SearchField(QLineEdit):
    """The search field: Esc gives up, Down goes to the results, Enter opens the first one."""

    cancelled = Signal()
    down_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(translate("SearchResults", "Search the handbook and my notes (Ctrl+F)"))
        self.setAccessibleName(translate("SearchResults", "Search"))
        self.setAccessibleDescription(
            translate("SearchResults", "Type words to find them in every page, the glossary and your notes.")
        )
        self.setClearButtonEnabled(True)
        self.setMaxLength(500)
        self.wanted_width = 0  # set by the window's toolbars: the room its line leaves

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Room for about ten letters at the current text size."""
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().averageCharWidth() * 10 + 30, hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As wide as the toolbar lets it be (``wanted_width``)."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.wanted_width), hint.height())

    def fit_words(self, width: int) -> None:
        """The hint in the field, whole: with its key if there is room, without if not."""
        full = translate("SearchResults", "Search the handbook and my notes (Ctrl+F)")
        words = translate("SearchResults", "Search the handbook and my notes")
        fits = self.fontMetrics().horizontalAdvance(full) <= width - 40
        self.setPlaceholderText(full if fits else words)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)
