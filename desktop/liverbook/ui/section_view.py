"""One handbook tab: a keyboard-navigable list of entries beside a reading pane."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QUrl, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from liverbook import paths


@dataclass(frozen=True)
class Entry:
    """An item in a tab's list: a page or a topic of questions; ``render`` returns its HTML."""

    key: str  # "page:<id>" or "topic:<id>"
    title: str
    summary: str
    render: Callable[[], str]


def page_stylesheet() -> str:
    """The CSS the reading pane gives every page (a QTextDocument subset)."""
    return paths.resource("styles", "page.css").read_text(encoding="utf-8")


class ReadingPane(QTextBrowser):
    """Shows one rendered page; never follows a link by itself (the window decides)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(page_stylesheet())
        self.document().setDocumentMargin(18)
        self.setAccessibleName("Page text")


class SectionView(QWidget):
    """A list of the tab's entries and the reading pane for the chosen one."""

    link_activated = Signal(QUrl)
    entry_shown = Signal(str)

    def __init__(self, tab_id: str, title: str, entries: list[Entry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab_id = tab_id
        self.title = title
        self.entries = entries
        self.page_list = QListWidget()
        self.page_list.setAccessibleName(f"{title}: list of pages")
        self.page_list.setWordWrap(True)
        self.page_list.setSpacing(2)
        for entry in entries:
            item = QListWidgetItem(entry.title)
            item.setToolTip(entry.summary)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.page_list.addItem(item)
        self.reader = ReadingPane()
        self.reader.anchorClicked.connect(self._anchor_clicked)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.page_list)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.page_list.currentRowChanged.connect(self._show_row)
        self.setFocusProxy(self.page_list)

    def keys(self) -> list[str]:
        return [entry.key for entry in self.entries]

    def current_key(self) -> str | None:
        row = self.page_list.currentRow()
        return self.entries[row].key if 0 <= row < len(self.entries) else None

    def show_key(self, key: str) -> bool:
        """Select and show the entry with this key; False if the tab has no such entry."""
        keys = self.keys()
        if key not in keys:
            return False
        row = keys.index(key)
        if self.page_list.currentRow() == row:
            self._show_row(row)
        else:
            self.page_list.setCurrentRow(row)
        return True

    def ensure_shown(self) -> None:
        """Show the first entry if nothing is chosen yet."""
        if self.page_list.currentRow() < 0 and self.entries:
            self.page_list.setCurrentRow(0)

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        self.reader.setHtml(entry.render())
        self.reader.verticalScrollBar().setValue(0)
        self.entry_shown.emit(entry.key)

    def _anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "" and url.fragment():
            self.reader.scrollToAnchor(url.fragment())
            return
        self.link_activated.emit(url)
