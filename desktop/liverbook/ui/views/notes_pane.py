"""The personal notes pane: always at hand, saved as the user types, never interpreted as markup.

Saving goes through the app's one autosave engine (:mod:`liverbook.core.autosave`): a pause in the
typing, the editor losing focus, switching notes and quitting each save the note through the core
(:class:`~liverbook.core.notes.Notes`), which commits durably before returning. If a save fails
(disk full, read-only folder), the text stays in the editor, a plain message says so, and the save
is tried again with growing pauses and on the next edit. ``flush()`` saves at once.

The list is a model that reads a screenful of notes at a time (:mod:`.notes_model`), kept current
by the core's events.

Read only: when the store was opened read-only (the data folder cannot be written to), the notes are
listed and shown, the editor cannot change them, and a banner at the top says why.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from liverbook.core.app_core import Core
from liverbook.core.autosave import SaveState
from liverbook.core.example import saved_words
from liverbook.core.note_editing import NoteEditing
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.store import Note, StoreError
from liverbook.ui.core_signals import signals_of
from liverbook.ui.views.notes_model import ID_ROLE, NotesModel, note_label
from liverbook.ui.widgets.autosave_timer import AutosaveTimer
from liverbook.ui.widgets.model_list import ModelListView
from liverbook.ui.widgets.reflow import FlowLayout, ReflowBox

__all__ = ["NotesPane", "note_label"]


def heading_text(page_title: str | None) -> str:
    """What the editor is about: "Note on: <page>", or "General note"."""
    if page_title:
        return translate("NotesPane", "Note on: {page}").format(page=page_title)
    return translate("NotesPane", "General note")


def not_saved_text(reason: str, retrying: bool) -> str:
    """The status line after a failed save: why, that the words are kept, and whether it tries again."""
    if retrying:
        return translate("NotesPane", "Not saved yet: {reason} Your text is kept here; trying again.").format(
            reason=reason
        )
    return translate("NotesPane", "Not saved yet: {reason} Your text is kept here.").format(reason=reason)


class NotesPane(QWidget):
    """List, filter, edit and delete notes; general ones and ones attached to a page."""

    note_saved = Signal(int)  # after this pane saved a note (the store has committed it)
    note_removed = Signal(int)

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.store = store = core.store
        unavailable_message = core.store_message
        self.page_title = page_title = {p.id: p.title for p in core.book.pages}
        self.current_page: str | None = None
        self.editing = NoteEditing(core.notes)  # the note in the editor; an emptied note is taken off
        self.last_deleted: Note | None = None
        self._selecting = False  # the pane itself moves the list's selection: not a choice to open
        self.read_only = store is not None and store.read_only
        self.model = NotesModel(core.notes, page_title, self)
        self.model.failed.connect(self._list_failed)

        self.banner = QLabel(unavailable_message if self.read_only else "")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QLabel.Shape.StyledPanel)
        self.banner.setAccessibleName(translate("NotesPane", "Read-only notice"))
        self.banner.setVisible(self.read_only)
        self.new_button = QPushButton(translate("NotesPane", "&New note"))
        self.new_button.setToolTip(translate("NotesPane", "Start a general note (Ctrl+N)"))
        self.page_button = QPushButton(translate("NotesPane", "Note on this &page"))
        self.page_button.setToolTip(
            translate("NotesPane", "Start a note attached to the page you are reading")
        )
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(translate("NotesPane", "Filter notes"))
        self.filter_edit.setAccessibleName(translate("NotesPane", "Filter notes"))
        self.filter_edit.setClearButtonEnabled(True)
        self.note_list = ModelListView()
        self.note_list.setModel(self.model)
        self.note_list.setAccessibleName(translate("NotesPane", "All my notes, newest first"))
        self.note_list.setWordWrap(True)
        self.note_list.setSpacing(2)
        # Wrapped two-line items: lay them out a batch at a time between events, so that fetching
        # another screenful never stalls the window while all are measured.
        self.note_list.setLayoutMode(ModelListView.LayoutMode.Batched)
        self.note_list.setBatchSize(100)
        self.heading = QLabel(translate("NotesPane", "General note"))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(translate("NotesPane", "Note text"))
        self.editor.setPlaceholderText(_hint(core.is_example))
        self.editor.setTabChangesFocus(True)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("NotesPane", "Save status"))
        self.delete_button = QPushButton(translate("NotesPane", "&Delete note"))
        self.undo_button = QPushButton(translate("NotesPane", "&Undo delete"))
        self.undo_button.hide()
        self.delete_button.setEnabled(False)

        self.splitter = lay_out(self)

        self.autosave = core.autosave(self._save_current)
        self.autosave.changed.connect(self._save_state_changed)
        self._autosave_timer = AutosaveTimer(self.autosave, self)
        self.destroyed.connect(
            lambda _obj=None, core=core, engine=self.autosave: core.forget_autosave(engine)
        )
        signals = signals_of(core)
        signals.note_saved.connect(self.model.note_saved)
        signals.note_removed.connect(self.model.note_removed)
        signals.data_replaced.connect(self._data_replaced)

        self.new_button.clicked.connect(lambda: self.start_note(None))
        self.page_button.clicked.connect(lambda: self.start_note(self.current_page))
        self.filter_edit.textChanged.connect(lambda _text: self.refresh_list())
        self.note_list.selectionModel().currentChanged.connect(self._list_selection_changed)
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
        self._select(None)
        self.editor.setFocus()

    def open_note(self, note_id: int) -> None:
        if self.store is None or not self.flush():
            return
        note = self.core.notes.get(note_id)
        if note is not None:
            self._load(note.id, note.page_id, note.text, note.created)

    @property
    def note_id(self) -> int | None:
        """The note in the editor (None: a new note not saved yet, or one emptied of words)."""
        return self.editing.note_id

    @property
    def dirty(self) -> bool:
        """True while the editor holds words the store does not have yet."""
        return self.autosave.unsaved

    def _load(self, note_id: int | None, page_id: str | None, text: str, at: datetime | None = None) -> None:
        if self.editing.emptied is not None:  # leaving a note emptied of words: Undo delete still can
            self._offer_undo(self.editing.emptied)
        self.editing.open(note_id, page_id, at)  # made at: tells it from another given its id
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        title = self.page_title.get(page_id or "")
        self.heading.setText(heading_text(title))
        self.delete_button.setEnabled(note_id is not None and not self.read_only)
        self._show_saved_state()

    def _edited(self) -> None:
        if self.store is None or self.read_only:
            return
        self.autosave.edited()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def flush(self) -> bool:
        """Save pending text now. True when nothing is left unsaved."""
        return self.autosave.flush()

    def _save_current(self) -> None:
        """What the autosave engine calls: the editor's words to the store (StoreError: kept here)."""
        saved = self.editing.save(self.editor.toPlainText())
        if saved.removed is not None:  # every word cleared: off the list; Ctrl+Z brings the words back
            self.delete_button.setEnabled(False)
            self._select(None)
            self._offer_undo(saved.removed)
            self.note_removed.emit(saved.removed.id)
            return
        note = saved.note
        if note is None:
            return  # a new note with no words yet: nothing to keep
        self.delete_button.setEnabled(True)
        if self.last_deleted is not None and self.last_deleted.id == note.id:  # words back (Ctrl+Z)
            self.last_deleted = None
            self.undo_button.hide()
        self._select(note.id)
        self.note_saved.emit(note.id)

    def _save_state_changed(self) -> None:
        engine = self.autosave
        if engine.state is SaveState.PENDING:
            self.status.setText(translate("NotesPane", "Saving…"))
        elif engine.state is SaveState.FAILED and engine.error is not None:
            self.status.setText(not_saved_text(engine.error.user_message, engine.retrying))
        else:
            self._show_saved_state()

    def _show_saved_state(self) -> None:
        if self.store is None:
            return
        if self.read_only:
            self.status.setText(
                translate("NotesPane", "Read only: your notes are shown as saved; changes cannot be saved.")
            )
            return
        if self.editing.emptied is not None and not self.dirty:
            self.status.setText(
                translate(
                    "NotesPane",
                    "This note had no words left, so it was taken off your list. "
                    "Ctrl+Z or Undo delete brings its words back.",
                )
            )
        elif self.note_id is None and not self.dirty:
            self.status.setText(translate("NotesPane", "New note: start typing."))
        elif not self.dirty:
            self.status.setText(saved_words(self.core.is_example, translate("NotesPane", SAVED)))

    # -- the list ------------------------------------------------------------------------------------
    def refresh_list(self) -> None:
        """Read the list again (with the filter as typed), keeping the open note chosen."""
        if self.store is None:
            return
        self.model.reload(self.filter_edit.text())
        self._select(self.note_id)

    def _select(self, note_id: int | None) -> None:
        """Show ``note_id`` as the chosen note in the list (none: no choice), without opening it again."""
        self._selecting = True
        try:
            self.note_list.setCurrentRow(self.model.row_of(note_id) if note_id is not None else -1)
        finally:
            self._selecting = False

    def _list_selection_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._selecting:
            self.open_note(int(current.data(ID_ROLE)))

    def _data_replaced(self) -> None:
        """An import or delete-all: a new note, and the list as it is now."""
        self.start_note(None)
        self.refresh_list()

    def _list_failed(self, message: str) -> None:
        """The notes could not be read for the list: say why (the words in the editor are kept)."""
        self.status.setText(message)

    # -- delete and undo -----------------------------------------------------------------------------
    def delete_current(self) -> None:
        if self.store is None or self.read_only or self.note_id is None:
            return
        self.flush()
        try:
            self.last_deleted = self.core.notes.delete(self.note_id)
        except StoreError as exc:
            self.status.setText(
                translate("NotesPane", "Not deleted: {reason}").format(reason=exc.user_message)
            )
            return
        self._load(None, None, "")
        self._select(None)
        self.note_removed.emit(self.last_deleted.id)
        self.undo_button.show()
        self.status.setText(translate("NotesPane", "Note deleted. You can undo this."))

    def undo_delete(self) -> None:
        if self.store is None or self.last_deleted is None:
            return
        try:
            note = self.core.notes.restore(self.last_deleted)
        except StoreError as exc:
            self.status.setText(
                translate("NotesPane", "Could not undo: {reason}").format(reason=exc.user_message)
            )
            return
        self.last_deleted = None
        self.undo_button.hide()
        self.editing.emptied = None  # back now: nothing left to offer
        self._load(note.id, note.page_id, note.text, note.created)
        self.refresh_list()  # back in its place by date
        self.note_saved.emit(note.id)

    def _offer_undo(self, note: Note) -> None:
        self.last_deleted = note
        self.undo_button.show()

    def _set_read_only(self, message: str) -> None:
        """Notes can be listed, filtered and read; nothing can be typed, added or deleted."""
        if not message:
            self.banner.setText(
                translate(
                    "NotesPane",
                    "Read only: the folder your notes are kept in cannot be written to. "
                    "Your notes are shown as they were saved; changes cannot be saved.",
                )
            )
        self.editor.setReadOnly(True)
        self.editor.setPlaceholderText(
            translate("NotesPane", "Your notes are read only here: choose one in the list to read it.")
        )
        for widget in (self.new_button, self.page_button, self.delete_button, self.undo_button):
            widget.setEnabled(False)
        self.refresh_list()
        self._show_saved_state()

    def _set_unavailable(self, message: str) -> None:
        for widget in (
            self.new_button,
            self.page_button,
            self.filter_edit,
            self.note_list,
            self.editor,
            self.delete_button,
        ):
            widget.setEnabled(False)
        self.status.setText(message)


SAVED = QT_TRANSLATE_NOOP("NotesPane", "Saved on this computer.")


def _hint(example: bool) -> str:
    """What the empty editor says: where the words go (in the example, only until it closes)."""
    if example:
        return translate("NotesPane", "Write here. In the example, your words are kept only until it closes.")
    return translate("NotesPane", "Write here. Your words are saved on this computer as you type.")


def lay_out(pane: NotesPane) -> QSplitter:
    """The list above the note being written, in a splitter the window remembers; the buttons
    side by side, or one under the other when the pane is narrow."""
    top = FlowLayout()  # side by side, or one under the other when the pane is narrow
    top.addWidget(pane.new_button)
    top.addWidget(pane.page_button)
    upper = ReflowBox()
    upper_layout = QVBoxLayout(upper)
    upper_layout.setContentsMargins(0, 0, 0, 0)
    upper_layout.addWidget(pane.banner)
    upper_layout.addLayout(top)
    upper_layout.addWidget(pane.filter_edit)
    upper_layout.addWidget(pane.note_list)
    lower = ReflowBox()
    lower_layout = QVBoxLayout(lower)
    lower_layout.setContentsMargins(0, 0, 0, 0)
    lower_layout.addWidget(pane.heading)
    lower_layout.addWidget(pane.editor, 1)
    lower_layout.addWidget(pane.status)
    row = FlowLayout()
    row.addWidget(pane.undo_button)
    row.addWidget(pane.delete_button)
    lower_layout.addLayout(row)
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(upper)
    splitter.addWidget(lower)
    splitter.setSizes([220, 320])
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(splitter)
    return splitter
