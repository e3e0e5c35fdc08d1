"""The notes list as a model that reads a screenful at a time: opening it costs the same for ten
notes as for 100,000, and so does the memory it holds (a short label per note shown, not the notes).

Rows come from :meth:`liverbook.core.notes.Notes.page` as the view scrolls (``canFetchMore`` /
``fetchMore``). A saved note moves to the top (or is put there), a deleted one leaves, as the core's
events say. When the notes cannot be read (a file damaged while the app runs), ``failed`` carries
the plain message and the list stops fetching: no traceback, and nothing already shown is lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from liverbook.core.notes import PAGE_SIZE, Notes
from liverbook.diary.messages import day_text
from liverbook.i18n import translate
from liverbook.store import Note, StoreError

ID_ROLE = Qt.ItemDataRole.UserRole


def note_label(note: Note, page_title: str | None) -> str:
    """The list's line for a note: its first words, then date and page (plain text)."""
    first = next(
        (line.strip() for line in note.text.splitlines() if line.strip()),
        translate("NotesModel", "(empty note)"),
    )
    if len(first) > 80:
        first = first[:79] + "…"
    local = note.updated.astimezone()
    when = translate("NotesModel", "{date}, {time}").format(
        date=day_text(local.date(), with_year=True), time=local.strftime("%H:%M")
    )
    where = (
        translate("NotesModel", "On: {page}").format(page=page_title)
        if page_title
        else translate("NotesModel", "General note")
    )
    return f"{first}\n{when} · {where}"


@dataclass(frozen=True)
class _Row:
    id: int
    label: str


class NotesModel(QAbstractListModel):
    """The user's notes, newest first, optionally only those containing a filter text."""

    failed = Signal(str)  # the notes could not be read: why, in plain words

    def __init__(self, notes: Notes, page_title: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notes = notes
        self._page_title = page_title
        self._rows: list[_Row] = []
        self._ids: set[int] = set()
        self._filter = ""
        self._more = notes.available

    # -- Qt's model interface ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label
        if role == ID_ROLE:
            return row.id
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if parent.isValid() or not self._more:
            return
        try:
            page = self._notes.page(len(self._rows), PAGE_SIZE, self._filter)
        except StoreError as error:
            self._more = False
            self.failed.emit(error.user_message)
            return
        self._more = len(page) == PAGE_SIZE
        # A note saved meanwhile moved up: the page may repeat one already shown.
        fresh = [self._row(note) for note in page if note.id not in self._ids]
        if fresh:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self._rows.extend(fresh)
            self._ids.update(row.id for row in fresh)
            self.endInsertRows()

    # -- what the pane asks ------------------------------------------------------------------------

    @property
    def text_filter(self) -> str:
        return self._filter

    def reload(self, text_filter: str | None = None) -> None:
        """Read the list again from the top (with a new filter, if given)."""
        self.beginResetModel()
        if text_filter is not None:
            self._filter = text_filter.strip()
        self._rows = []
        self._ids = set()
        self._more = self._notes.available
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def row_of(self, note_id: int) -> int:
        """The row showing this note, or -1."""
        if note_id not in self._ids:
            return -1
        return next(n for n, row in enumerate(self._rows) if row.id == note_id)

    def note_saved(self, note: Note) -> None:
        """A note was saved: shown at the top with its new words (a new note, if it may match the filter)."""
        row = self.row_of(note.id)
        if row < 0 and self._filter:
            self.reload()  # the new note may or may not match the filter
            return
        fresh = self._row(note)
        if row < 0:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows.insert(0, fresh)
            self._ids.add(note.id)
            self.endInsertRows()
            return
        self._rows[row] = fresh
        if row == 0:
            index = self.index(0, 0)
            self.dataChanged.emit(index, index)
        else:  # the newest first: move it to the top
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), 0)
            self._rows.insert(0, self._rows.pop(row))
            self.endMoveRows()
            index = self.index(0, 0)
            self.dataChanged.emit(index, index)

    def note_removed(self, note_id: int) -> None:
        row = self.row_of(note_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._ids.discard(note_id)
            self.endRemoveRows()

    def _row(self, note: Note) -> _Row:
        return _Row(note.id, note_label(note, self._page_title.get(note.page_id or "")))
