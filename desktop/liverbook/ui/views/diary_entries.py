"""Past check-ins: a list that reads a screenful at a time, what the chosen one said, and changing it.

`EntriesModel` lists the diary newest first, 25 entries at a time as the list scrolls, so the
page opens as fast with five years of daily check-ins as with none. :class:`EntriesPage` shows the
chosen entry's answers in words and the reader's units, with "Change this check-in" (the check-in
window) and "Delete" (with Undo). Read-only: shown, not changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from liverbook.core.app_core import Core
from liverbook.diary import messages as m
from liverbook.diary.after_check_in import entry_line, when_text
from liverbook.diary.items import answer_text, by_id
from liverbook.i18n import translate
from liverbook.store import StoreError
from liverbook.store.diary_model import CARER, Entry
from liverbook.ui.widgets.entry_list import WrappingDelegate
from liverbook.ui.widgets.labels import plain_label
from liverbook.ui.widgets.model_list import ModelListView
from liverbook.ui.widgets.reflow import FlowLayout
from liverbook.ui.widgets.undo_bar import UndoBar

PAGE_SIZE = 25  # a screenful and more; the rest as the list is scrolled
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class _Row:
    id: int
    utc: dt.datetime
    label: str


class EntriesModel(QAbstractListModel):
    """The diary's entries, newest first, fetched a page at a time."""

    failed = Signal(str)

    def __init__(self, core: Core, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self._rows: list[_Row] = []
        self._ids: set[int] = set()
        self._more = core.store is not None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.label
        if role == ID_ROLE:
            return row.id
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if parent.isValid() or not self._more or self.core.store is None:
            return
        # From the oldest shown (itself included, so entries of the very same moment are not skipped).
        before = self._rows[-1].utc + dt.timedelta(microseconds=1) if self._rows else None
        limit = PAGE_SIZE
        try:
            while True:
                got = self.core.store.latest_entries(limit, before)
                new = [entry for entry in got if entry.id not in self._ids]
                if new or len(got) < limit:
                    break
                limit *= 2  # a page of entries all at one moment: read further
        except StoreError as error:
            self._more = False
            self.failed.emit(error.user_message)
            return
        self._more = len(got) == limit
        if not new:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for entry in new:
            self._rows.append(_Row(entry.id, entry.utc, entry_line(entry)))
            self._ids.add(entry.id)
        self.endInsertRows()

    def reload(self) -> None:
        """Read from the newest again (after a save, a delete, an import)."""
        self.beginResetModel()
        self._rows, self._ids = [], set()
        self._more = self.core.store is not None
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def row_of(self, entry_id: int) -> int:
        """The row of an entry, reading further back until it is found (-1 if there is none)."""
        while True:
            for row, found in enumerate(self._rows):
                if found.id == entry_id:
                    return row
            if not self.canFetchMore(QModelIndex()):
                return -1
            self.fetchMore(QModelIndex())

    def entry_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None


def entry_text(core: Core, entry: Entry) -> str:
    """The whole entry in words, one answer a line, in check-in order and the reader's units."""
    diary = core.diary
    items = by_id(diary.items(frozenset()))
    prefs = diary.prefs()
    who = m.tr(m.CARER if entry.answered_by == CARER else m.PATIENT)
    lines = [when_text(entry.local), translate("DiaryEntries", "Answered by: {who}").format(who=who), ""]
    order = {item_id: n for n, item_id in enumerate(items)}
    for answer in sorted(entry.answers, key=lambda a: order.get(a.item_id, len(order))):
        item = items.get(answer.item_id)
        label = item.label if item is not None else answer.item_id
        lines.append(f"{label}: {answer_text(item, answer, prefs)}")
    if not entry.answers:
        lines.append(translate("DiaryEntries", "(No answers in this check-in.)"))
    if entry.alerts:
        lines += ["", m.tr(m.WARNING_SIGNS) + ":"]
        lines += [
            f"- {m.tr(m.LEVEL_TITLE[a.level])}: {diary.label('diary-rule', a.rule_id)}" for a in entry.alerts
        ]
    return "\n".join(lines)


class EntriesPage(QWidget):
    """The list of past check-ins and the chosen one; ``change_requested`` carries an entry's id."""

    change_requested = Signal(int)

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.removed: Entry | None = None
        self.model = EntriesModel(core, self)
        self.list = ModelListView()
        self.list.setAccessibleName(translate("DiaryEntries", "Past check-ins, newest first"))
        self.list.setItemDelegate(WrappingDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setModel(self.model)
        self.list.selectionModel().currentRowChanged.connect(lambda current, _old: self._show(current.row()))
        self.model.failed.connect(self._failed)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("DiaryEntries", "The chosen check-in"))
        self.change_button = QPushButton(translate("DiaryEntries", "Change this check-in…"))
        self.change_button.clicked.connect(self._change)
        self.delete_button = QPushButton(translate("DiaryEntries", "Delete this check-in"))
        self.delete_button.clicked.connect(self._delete)
        self.undo_bar = UndoBar()
        self.undo_bar.button.setText(translate("DiaryEntries", "Undo"))
        self.undo_bar.button.setAccessibleName(translate("DiaryEntries", "Undo: put the check-in back"))
        self.undo_bar.undo_requested.connect(self._undo)
        self.message = plain_label()
        self.message.hide()
        buttons = QWidget()  # side by side when there is room, else one under another
        flow = FlowLayout(buttons)
        flow.addWidget(self.change_button)
        flow.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(translate("DiaryEntries", "Past check-ins"), bold=True, scale=1.3))
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.text, 2)
        layout.addWidget(buttons)
        self._show(-1)

    def reload(self, select_id: int | None = None) -> None:
        """Read the list again, keeping (or choosing) an entry."""
        if self.core.store is None:
            self._failed(
                translate("DiaryEntries", "Your diary cannot be shown just now: {why}").format(
                    why=self.core.store_message or translate("DiaryEntries", "the data could not be opened.")
                )
            )
            return
        keep = select_id if select_id is not None else self.current_id()
        self.model.reload()
        row = self.model.row_of(keep) if keep is not None else -1
        self.list.setCurrentRow(row if row >= 0 else (0 if self.model.rowCount() else -1))
        self._show(self.list.currentRow())

    def current_id(self) -> int | None:
        return self.model.entry_id(self.list.currentRow())

    def select(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.list.setCurrentRow(row)
            self.list.scrollTo(self.model.index(row, 0))
        return row >= 0

    def _show(self, row: int) -> None:
        entry_id = self.model.entry_id(row)
        entry = (
            self.core.store.get_entry(entry_id)
            if entry_id is not None and self.core.store is not None
            else None
        )
        self.text.setPlainText(
            entry_text(self.core, entry)
            if entry is not None
            else translate(
                "DiaryEntries",
                "No check-ins yet. Use \u201cCheck in now\u201d on the diary's first page."
                if self.model.rowCount() == 0
                else "",
            )
        )
        editable = entry is not None and self.core.can_write
        self.change_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)

    def _change(self) -> None:
        entry_id = self.current_id()
        if entry_id is not None:
            self.change_requested.emit(entry_id)

    def _delete(self) -> None:
        entry_id = self.current_id()
        if entry_id is None or self.core.store is None:
            return
        row = self.list.currentRow()
        try:
            self.removed = self.core.store.delete_entry(entry_id)
        except (StoreError, KeyError) as error:
            self._failed(getattr(error, "user_message", str(error)))
            return
        self.core.diary_changed(0)
        self.undo_bar.offer("")
        self.undo_bar.label.setText(
            translate("DiaryEntries", "Deleted the check-in of {when}.").format(
                when=when_text(self.removed.local)
            )
        )
        self.model.reload()
        self.list.setCurrentRow(min(row, self.model.rowCount() - 1))
        self._show(self.list.currentRow())

    def _undo(self) -> None:
        if self.removed is None or self.core.store is None:
            return
        try:
            back = self.core.store.restore_entry(self.removed)
        except StoreError as error:
            self._failed(error.user_message)
            return
        self.removed = None
        self.undo_bar.offer(None)
        self.core.diary_changed(0)
        self.reload(back.id)

    def _failed(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
