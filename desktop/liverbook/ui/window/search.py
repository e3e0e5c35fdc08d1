"""Search in the window: the field, the results shown in place of the tabs, and opening a result.

The index is the core's (:class:`~liverbook.core.index_upkeep.SearchUpkeep`); this controller only
asks it and shows what it finds. A result opens where it lives: a page or a word in its tab, a
question in its topic, a note in the notes pane. What opens a kind of result is a small registry
(:attr:`SearchController.openers`): "My diary" and "My records" add theirs (kinds "diary" and
"record"); until they do, their results say where they are found in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QStatusBar, QTextBrowser, QWidget

from liverbook.core.app_core import Core
from liverbook.core.keys import EntryKey
from liverbook.i18n import translate
from liverbook.ui.widgets.jump import find_in
from liverbook.ui.widgets.search_field import SearchField
from liverbook.ui.window.tabs import Tabs

if TYPE_CHECKING:
    from liverbook.search import Result
    from liverbook.ui.views.search_results import SearchResults

STATUS_MS = 15000
Opener = Callable[["Result"], None]


class SearchController(QObject):
    """The search field and results of one window."""

    opening = Signal()  # a result is about to be opened (Back returns to where the reader was)

    def __init__(self, core: Core, tabs: Tabs, status: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.tabs = tabs
        self.status = status
        self._before: QWidget | None = None
        self.field = SearchField()
        self._results: SearchResults | None = None  # made at the first search (see ``results``)
        self.center = QStackedWidget()  # the tabs, or search results in their place while searching
        self.center.addWidget(tabs.widget)
        self.field.textChanged.connect(self._changed)
        self.field.returnPressed.connect(self._open_current)
        self.field.cancelled.connect(self.cancel)
        self.field.down_pressed.connect(self._focus_results)
        self.openers: dict[str, Opener] = {
            "page": self._open_in_tabs,
            "term": self._open_in_tabs,
            "question": self._open_in_tabs,
        }

    @property
    def results(self) -> SearchResults:
        """The results list, in the tabs' place while searching (made, with its module, when first needed)."""
        if self._results is None:
            from liverbook.ui.views.search_results import SearchResults

            self._results = SearchResults()
            self.center.addWidget(self._results)
            self._results.chosen.connect(self.open_result)
            self._results.cancelled.connect(self.cancel)
        return self._results

    def _showing_results(self) -> bool:
        return self._results is not None and self.center.currentWidget() is self._results

    def focus(self) -> None:
        """Ctrl+F: to the field, remembering where the reader was."""
        if QApplication.focusWidget() is not self.field:
            self._before = QApplication.focusWidget()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _changed(self, text: str) -> None:
        if not text.strip():
            self.center.setCurrentWidget(self.tabs.widget)
            return
        search = self.core.search
        self.results.show_results(text, search.search(text), lambda n: search.search(text, n))
        self.center.setCurrentWidget(self.results)

    def _focus_results(self) -> None:
        if self._showing_results() and self.results.list.count():
            self.results.list.setFocus()

    def _open_current(self) -> None:
        if self._showing_results():
            result = self.results.current()
            if result is not None:
                self.open_result(result)

    def leave(self) -> None:
        """Empty the field (without searching for nothing) and show the tabs again."""
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.center.setCurrentWidget(self.tabs.widget)

    def cancel(self) -> None:
        """Esc: clear the search and go back to where the reader was."""
        self.leave()
        before = self._before
        if isinstance(before, QWidget) and before.isVisible():
            before.setFocus()
        else:
            self.tabs.current_view().setFocus()

    def open_result(self, result: Result) -> None:
        """Open a result where it lives, with the first matching words selected."""
        self.opening.emit()
        self.leave()
        opener = self.openers.get(result.kind)
        if opener is None:
            from liverbook.ui.views.search_results import where

            message = translate("Search", "Found in {where}: {title}").format(
                where=where(result), title=result.title
            )
            self.status.showMessage(message, STATUS_MS)
            return
        opener(result)

    def _open_in_tabs(self, result: Result) -> None:
        if result.kind == "term":
            self.tabs.open_key(EntryKey.term(str(result.key)))
        elif result.kind == "question" and result.parent:
            self.tabs.open_key(EntryKey.topic(result.parent))
            return
        else:
            self.tabs.open_key(EntryKey.page(str(result.key)))
        reader = getattr(self.tabs.current_view(), "reader", None)
        if isinstance(reader, QTextBrowser) and result.first_match:
            find_in(reader, result.first_match)
