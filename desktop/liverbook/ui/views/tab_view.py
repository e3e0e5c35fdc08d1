"""What every tab of the handbook is: a list of entries (pages, topics, words) beside what the chosen one shows.

:class:`TabView` is the base of every tab: it keeps the list and the typed keys of its entries
(:class:`~liverbook.core.keys.EntryKey`), shows one by key, reports which one is shown, and passes
on the links the reader follows. A tab says how an entry is shown (:meth:`TabView.show_row`) and,
if it holds something the user types, how to save it (:meth:`TabView.flush`). The window treats
every tab alike through this class; "My diary" and "My records" will be tabs of this kind too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from liverbook.core.keys import EntryKey
from liverbook.i18n import translate
from liverbook.ui.widgets.entry_list import entry_list, list_beside
from liverbook.ui.widgets.outline import OutlineList
from liverbook.ui.widgets.reading_pane import ReadingPane


class TabView(QWidget):
    """A list of a tab's entries beside a reading pane (and, for some, other panes)."""

    link_activated = Signal(QUrl)
    entry_shown = Signal(object)  # the EntryKey shown
    leaving = Signal()  # about to jump elsewhere (a link, a citation, a section): Back returns here

    def __init__(self, tab_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab_id = tab_id
        self.title = title
        self._keys: list[EntryKey] = []
        self.page_list: QListWidget = entry_list(
            translate("TabView", "{tab}: list of pages").format(tab=title)
        )
        self.reader = ReadingPane()
        self.reader.anchorClicked.connect(self._anchor_clicked)
        self.outline = OutlineList(self.reader)
        self.outline.link_chosen.connect(self._anchor_clicked)
        self.outline.jumping.connect(self.leaving)

    def _lay_out(self, content: QWidget) -> None:
        """The list (with "On this page" under it) beside ``content``, in a splitter the window remembers."""
        self.splitter: QSplitter
        self.left_column: QVBoxLayout
        self.splitter, self.left_column = list_beside(self, self.page_list, content, below=self.outline)
        self.page_list.currentRowChanged.connect(self.show_row)

    def add_entry(self, key: EntryKey, title: str, summary: str) -> QListWidgetItem:
        """Put an entry at the end of the list."""
        item = QListWidgetItem(title)
        item.setToolTip(summary)
        item.setData(Qt.ItemDataRole.UserRole, str(key))
        self.page_list.addItem(item)
        self._keys.append(key)
        return item

    def clear_entries(self) -> None:
        self.page_list.clear()
        self._keys = []

    def order_tab_path(self) -> None:
        """Tab as the eye reads: the list, "On this page" under it, then what is shown beside them.

        Call once the view is in its window (Qt keeps an order only among widgets of one window).
        """
        QWidget.setTabOrder(self.page_list, self.outline.list)
        QWidget.setTabOrder(self.outline.list, self.content_widget())

    def content_widget(self) -> QWidget:
        """What is shown beside the list (the reading pane, unless a tab shows more)."""
        return self.reader

    # -- navigation --------------------------------------------------------------------------------

    def keys(self) -> list[EntryKey]:
        return list(self._keys)

    def current_key(self) -> EntryKey | None:
        row = self.page_list.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def show_key(self, key: EntryKey) -> bool:
        """Select and show the entry with this key; False if the tab has no such entry."""
        if key not in self._keys:
            return False
        row = self._keys.index(key)
        if self.page_list.currentRow() == row:
            self.show_row(row)
        else:
            self.page_list.setCurrentRow(row)
        return True

    def ensure_shown(self) -> None:
        """Show the first entry if nothing is chosen yet."""
        if self.page_list.currentRow() < 0 and self._keys:
            self.page_list.setCurrentRow(0)

    def focus_content(self) -> None:
        """Put the keyboard focus in what is shown (the page text, unless a tab says otherwise)."""
        self.reader.setFocus()

    def show_row(self, row: int) -> None:
        """Show the entry in this row (each kind of tab shows its entries its own way)."""
        raise NotImplementedError

    def _anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "page" or (url.scheme() == "" and url.fragment()):  # a jump (not a word's meaning)
            self.leaving.emit()
        if url.scheme() == "" and url.fragment():
            self.reader.scrollToAnchor(url.fragment())
            return
        self.link_activated.emit(url)

    # -- what the window asks of every tab ---------------------------------------------------------

    def mark_for_you(self, keys: set[EntryKey]) -> None:
        """Mark the entries meant for this reader (tabs that do not mark any ignore it)."""

    def flush(self) -> bool:
        """Save what the user typed here; True when nothing is left unsaved (nothing, for a page tab)."""
        return True

    def reload(self) -> None:
        """The user's data was replaced (an import, delete all): show it as it is now."""
