"""The personal notes pane: always at hand, saved as the user types, never interpreted as markup.

Saving: each edit restarts a short timer (``SAVE_DELAY_MS``); when it fires, or when the editor loses
focus, the note is written through the store, which commits durably before returning. If a save fails
(disk full, read-only folder), the text stays in the editor, a plain message says so, and the save is
tried again every few seconds and on the next edit. ``flush()`` saves at once (the window calls it on
quit and before switching notes).

Read only: when the store was opened read-only (the data folder cannot be written to), the notes are
listed and shown, the editor cannot change them, and a banner at the top says why.

Importing this module applies :func:`liverbook.pyside_refcounts.guard`: with PySide6 6.12.0 on
Python 3.11, every keystroke here would otherwise bring the app closer to an abort.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from liverbook import pyside_refcounts
from liverbook.store import Note, Store, StoreError
from liverbook.ui.reflow import FlowLayout, ReflowBox

pyside_refcounts.guard()

SAVE_DELAY_MS = 500
RETRY_MS = 4000


def note_label(note: Note, page_title: str | None) -> str:
    """The list's line for a note: its first words, then date and page (plain text)."""
    first = next((line.strip() for line in note.text.splitlines() if line.strip()), "(empty note)")
    if len(first) > 80:
        first = first[:79] + "…"
    when = note.updated.astimezone().strftime("%d %b %Y, %H:%M")
    where = f"On: {page_title}" if page_title else "General note"
    return f"{first}\n{when} · {where}"


class NotesPane(QWidget):
    """List, filter, edit and delete notes; general ones and ones attached to a page."""

    note_saved = Signal(int)
    note_removed = Signal(int)
    notes_changed = Signal()

    def __init__(self, store: Store | None, page_title: dict[str, str], parent: QWidget | None = None,
                 unavailable_message: str = "") -> None:
        super().__init__(parent)
        self.store = store
        self.page_title = page_title
        self.current_page: str | None = None
        self.note_id: int | None = None
        self.note_page: str | None = None
        self.dirty = False
        self.last_deleted: Note | None = None
        self.read_only = store is not None and bool(getattr(store, "read_only", False))

        self.banner = QLabel(unavailable_message if self.read_only else "")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QLabel.Shape.StyledPanel)
        self.banner.setAccessibleName("Read-only notice")
        self.banner.setVisible(self.read_only)
        self.new_button = QPushButton("&New note")
        self.new_button.setToolTip("Start a general note (Ctrl+N)")
        self.page_button = QPushButton("Note on this &page")
        self.page_button.setToolTip("Start a note attached to the page you are reading")
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter notes")
        self.filter_edit.setAccessibleName("Filter notes")
        self.filter_edit.setClearButtonEnabled(True)
        self.note_list = QListWidget()
        self.note_list.setAccessibleName("All my notes, newest first")
        self.note_list.setWordWrap(True)
        self.note_list.setSpacing(2)
        # Thousands of wrapped two-line items: lay them out a batch at a time between events, or
        # every save (which moves or renames an item) stalls the window while all are measured.
        self.note_list.setLayoutMode(QListWidget.LayoutMode.Batched)
        self.note_list.setBatchSize(100)
        self.heading = QLabel("General note")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName("Note text")
        self.editor.setPlaceholderText("Write here. Your words are saved on this computer as you type.")
        self.editor.setTabChangesFocus(True)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Save status")
        self.delete_button = QPushButton("&Delete note")
        self.undo_button = QPushButton("&Undo delete")
        self.undo_button.hide()
        self.delete_button.setEnabled(False)

        top = FlowLayout()  # side by side, or one under the other when the pane is narrow
        top.addWidget(self.new_button)
        top.addWidget(self.page_button)
        upper = ReflowBox()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.banner)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.filter_edit)
        upper_layout.addWidget(self.note_list)
        lower = ReflowBox()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.heading)
        lower_layout.addWidget(self.editor, 1)
        lower_layout.addWidget(self.status)
        row = FlowLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.delete_button)
        lower_layout.addLayout(row)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([220, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.flush)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.flush)

        self.new_button.clicked.connect(lambda: self.start_note(None))
        self.page_button.clicked.connect(lambda: self.start_note(self.current_page))
        self.filter_edit.textChanged.connect(lambda _text: self.refresh_list())
        self.note_list.currentItemChanged.connect(self._list_selection_changed)
        self.editor.textChanged.connect(self._edited)
        self.editor.installEventFilter(self)
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button.clicked.connect(self.undo_delete)

        if store is None:
            self._set_unavailable(unavailable_message or "Your notes cannot be used right now.")
        elif self.read_only:
            self._set_read_only(unavailable_message)
        else:
            self.refresh_list()
            self._show_saved_state()
        self.set_current_page(None)

    # -- the page being read ----------------------------------------------------------------------
    def set_current_page(self, page_id: str | None) -> None:
        """Tell the pane which page the reader has open (for "Note on this page")."""
        self.current_page = page_id if page_id in self.page_title else None
        writable = self.store is not None and not self.read_only
        self.page_button.setEnabled(writable and self.current_page is not None)

    # -- editing ------------------------------------------------------------------------------------
    def start_note(self, page_id: str | None) -> None:
        """Begin a new, empty note (general, or on a page); it is created when the first word is typed."""
        if self.read_only or not self.flush():
            return  # keep the unsaved text on screen rather than throw it away
        self._load(None, page_id, "")
        self.note_list.setCurrentItem(None)
        self.editor.setFocus()

    def open_note(self, note_id: int) -> None:
        if self.store is None or not self.flush():
            return
        note = self.store.get_note(note_id)
        if note is not None:
            self._load(note.id, note.page_id, note.text)

    def _load(self, note_id: int | None, page_id: str | None, text: str) -> None:
        self.note_id, self.note_page = note_id, page_id
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self.dirty = False
        title = self.page_title.get(page_id or "")
        self.heading.setText(f"Note on: {title}" if title else "General note")
        self.delete_button.setEnabled(note_id is not None and not self.read_only)
        self._show_saved_state()

    def _edited(self) -> None:
        if self.store is None or self.read_only:
            return
        self.dirty = True
        self.status.setText("Saving…")
        self.save_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def flush(self) -> bool:
        """Save pending text now. True when nothing is left unsaved."""
        self.save_timer.stop()
        if not self.dirty or self.store is None:
            return not self.dirty
        text = self.editor.toPlainText()
        revision = self.editor.document().revision()  # to tell, without reading 1 MB again, if it changed
        try:
            if self.note_id is None:
                if not text.strip():
                    self.dirty = False
                    self._show_saved_state()
                    return True
                note = self.store.add_note(text, self.note_page)
                self.note_id = note.id
                self.delete_button.setEnabled(True)
            else:
                note = self.store.update_note(self.note_id, text)
        except StoreError as exc:
            self.status.setText(f"Not saved yet: {exc.user_message} Your text is kept here; trying again.")
            self.retry_timer.start()
            return False
        self.retry_timer.stop()
        if self.editor.document().revision() == revision:
            self.dirty = False
        self._show_saved_state()
        self._update_item(note)
        self.note_saved.emit(note.id)
        return not self.dirty

    def _show_saved_state(self) -> None:
        if self.store is None:
            return
        if self.read_only:
            self.status.setText("Read only: your notes are shown as saved; changes cannot be saved.")
            return
        if self.note_id is None and not self.dirty:
            self.status.setText("New note: start typing.")
        elif not self.dirty:
            self.status.setText("Saved on this computer.")

    # -- the list ------------------------------------------------------------------------------------
    def refresh_list(self) -> None:
        if self.store is None:
            return
        self.note_list.blockSignals(True)
        self.note_list.clear()
        for note in self.store.list_notes(text_filter=self.filter_edit.text().strip()):
            item = QListWidgetItem(note_label(note, self.page_title.get(note.page_id or "")))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.note_list.addItem(item)
            if note.id == self.note_id:
                self.note_list.setCurrentItem(item)
        self.note_list.blockSignals(False)
        self.notes_changed.emit()

    def _update_item(self, note: Note) -> None:
        for row in range(self.note_list.count()):
            item = self.note_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == note.id:
                item.setText(note_label(note, self.page_title.get(note.page_id or "")))
                if row != 0:  # the newest first: move it to the top
                    self.note_list.blockSignals(True)
                    self.note_list.insertItem(0, self.note_list.takeItem(row))
                    self.note_list.setCurrentRow(0)
                    self.note_list.blockSignals(False)
                self.notes_changed.emit()
                return
        if self.filter_edit.text().strip():
            self.refresh_list()  # the new note may or may not match the filter
            return
        item = QListWidgetItem(note_label(note, self.page_title.get(note.page_id or "")))  # a new note: on top
        item.setData(Qt.ItemDataRole.UserRole, note.id)
        self.note_list.blockSignals(True)
        self.note_list.insertItem(0, item)
        self.note_list.setCurrentItem(item)
        self.note_list.blockSignals(False)
        self.notes_changed.emit()

    def _list_selection_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.open_note(int(current.data(Qt.ItemDataRole.UserRole)))

    # -- delete and undo -----------------------------------------------------------------------------
    def delete_current(self) -> None:
        if self.store is None or self.read_only or self.note_id is None:
            return
        self.flush()
        try:
            self.last_deleted = self.store.delete_note(self.note_id)
        except StoreError as exc:
            self.status.setText(f"Not deleted: {exc.user_message}")
            return
        self._load(None, None, "")
        self.refresh_list()
        self.note_removed.emit(self.last_deleted.id)
        self.undo_button.show()
        self.status.setText("Note deleted. You can undo this.")

    def undo_delete(self) -> None:
        if self.store is None or self.last_deleted is None:
            return
        try:
            note = self.store.restore_note(self.last_deleted)
        except StoreError as exc:
            self.status.setText(f"Could not undo: {exc.user_message}")
            return
        self.last_deleted = None
        self.undo_button.hide()
        self._load(note.id, note.page_id, note.text)
        self.refresh_list()
        self.note_saved.emit(note.id)

    def _set_read_only(self, message: str) -> None:
        """Notes can be listed, filtered and read; nothing can be typed, added or deleted."""
        if not message:
            self.banner.setText("Read only: the folder your notes are kept in cannot be written to. "
                                "Your notes are shown as they were saved; changes cannot be saved.")
        self.editor.setReadOnly(True)
        self.editor.setPlaceholderText("Your notes are read only here: choose one in the list to read it.")
        for widget in (self.new_button, self.page_button, self.delete_button, self.undo_button):
            widget.setEnabled(False)
        self.refresh_list()
        self._show_saved_state()

    def _set_unavailable(self, message: str) -> None:
        for widget in (self.new_button, self.page_button, self.filter_edit, self.note_list, self.editor,
                       self.delete_button):
            widget.setEnabled(False)
        self.status.setText(message)
