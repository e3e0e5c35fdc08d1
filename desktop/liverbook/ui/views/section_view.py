"""A handbook tab of pages (or glossary words): the list of entries beside the page the reader chose."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from liverbook.core.keys import EntryKey
from liverbook.i18n import translate
from liverbook.ui.views.tab_view import TabView


@dataclass(frozen=True)
class Entry:
    """An item in a tab's list: a page, a topic, a word; ``render(for_you)`` returns its HTML."""

    key: EntryKey
    title: str
    summary: str
    render: Callable[[bool], str]


class SectionView(TabView):
    """A list of the tab's entries and the reading pane for the chosen one."""

    def __init__(self, tab_id: str, title: str, entries: list[Entry], parent: QWidget | None = None) -> None:
        super().__init__(tab_id, title, parent)
        self.entries: list[Entry] = []
        self._pending_row: int | None = None
        self.for_you: set[EntryKey] = set()
        self._lay_out(self.reader)
        self.set_entries(entries)

    def set_entries(self, entries: list[Entry]) -> None:
        """Replace the list (keeping the chosen entry when it is still there)."""
        current = self.current_key()
        self.entries = entries
        self.page_list.blockSignals(True)
        self.clear_entries()
        for entry in entries:
            self.add_entry(entry.key, entry.title, entry.summary)
        self.page_list.blockSignals(False)
        self.mark_for_you(self.for_you)
        if current and current in self.keys():
            self.show_key(current)
        elif self.isVisible():
            self.ensure_shown()

    def mark_for_you(self, keys: set[EntryKey]) -> None:
        """Mark the entries meant for this reader ("For you") in the list, and redraw the open page."""
        self.for_you = set(keys)
        for row, entry in enumerate(self.entries):
            item = self.page_list.item(row)
            marked = entry.key in self.for_you
            item.setText(f"\u2605 {entry.title}" if marked else entry.title)
            if marked:
                item.setToolTip(translate("SectionView", "For you. {summary}").format(summary=entry.summary))
            else:
                item.setToolTip(entry.summary)
            font = item.font()
            font.setBold(marked)
            item.setFont(font)
        row = self.page_list.currentRow()
        if 0 <= row < len(self.entries):
            self.show_row(row)

    def show_row(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        if not self.isVisibleTo(self.window()):
            # A tab behind another: draw its page when it is first shown, so that starting the app
            # renders one page, not one per tab.
            self._pending_row = row
            return
        self._pending_row = None
        entry = self.entries[row]
        self.reader.setHtml(entry.render(entry.key in self.for_you))
        self.reader.verticalScrollBar().setValue(0)
        self.entry_shown.emit(entry.key)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._pending_row is not None:
            self.show_row(self._pending_row)
