"""What every list of records in "My records" shares: the list beside the form of the chosen record,
saved as the person types.

One autosave engine per panel (``core.autosave``): an edit waits for a pause, leaving the form or
choosing another record saves it, and the window saves it before quitting. A form that cannot be a
record yet (no name, a date that cannot be read) raises :class:`~liverbook.records.forms.NotReady`:
the words stay, the status line says what to change, and it is saved as soon as it can be. A new
record is written when its first word makes it a record; one left empty is dropped. Removing one
can be undone. In read-only mode the records are shown and nothing can be changed.

A kind of record says how to read its records, what its list shows, how its form is built, filled
and read, and how the store adds, changes, removes and gives one back (the methods marked below).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from liverbook.core.app_core import Core
from liverbook.core.autosave import SaveState
from liverbook.core.example import saved_words
from liverbook.i18n import translate
from liverbook.records.forms import NotReady, ready
from liverbook.store import StoreError
from liverbook.ui.views.records.common import Form, set_editable
from liverbook.ui.views.records.panel_layout import PartScroll, lay_out
from liverbook.ui.widgets.autosave_timer import AutosaveTimer
from liverbook.ui.widgets.reflow import FlowLayout
from liverbook.ui.widgets.undo_bar import UndoBar

Record = Any  # one of liverbook.records.model's records


class RecordHooks:
    """What each kind of record says (a panel overrides these): how to read its records, what its
    list shows, how its form is built, filled and read, and how the store keeps one."""

    def read_all(self) -> list[Record]:
        raise NotImplementedError

    def line(self, record: Record) -> str:
        raise NotImplementedError

    def blank(self) -> Record:
        raise NotImplementedError

    def build_form(self, form: Form) -> None:
        raise NotImplementedError

    def fill(self, record: Record) -> None:
        raise NotImplementedError

    def gather(self) -> Record:
        """The record the form holds now; NotReady when it cannot be one yet."""
        raise NotImplementedError

    def write(self, record: Record) -> Record:
        """Add (id 0) or change the record in the store; the record as stored."""
        raise NotImplementedError

    def delete(self, record_id: int) -> Record:
        raise NotImplementedError

    def restore(self, record: Record) -> Record:
        raise NotImplementedError

    def name_of(self, record: Record) -> str:
        return self.line(record)

    def above_list(self, layout: QVBoxLayout) -> None:
        """Anything shown above the list and form, under the intro, in the pane that scrolls (a timeline)."""

    def fixed_top(self, layout: QHBoxLayout) -> None:
        """Anything always shown beside the heading (a chooser), outside the pane that scrolls."""

    def after_form(self, layout: QVBoxLayout) -> None:
        """Anything shown under the form (what the handbook says about it)."""

    def shown(self, record: Record | None) -> None:
        """The form now shows ``record`` (None: nothing chosen): update what depends on it."""


class RecordPanel(RecordHooks, QWidget):
    """A list of one kind of record beside the form of the chosen one."""

    kind = "record"  # what core.records_changed is told
    # The widgets panel_layout.lay_out makes.
    heading: QLabel
    intro: QLabel
    banner: QLabel
    record_list: QListWidget
    add_button: QPushButton
    remove_button: QPushButton
    undo_bar: UndoBar
    buttons: FlowLayout
    form_box: QWidget
    fields: QWidget  # what the person types into (read-only mode makes it read-only)
    form: Form  # the fields of the chosen record
    status: QLabel
    form_scroll: QScrollArea
    splitter: QSplitter
    top: QWidget  # what is above the list
    part_scroll: PartScroll  # the whole part, in one pane that scrolls
    body: QWidget
    record_saved = Signal(object)  # the record as the store now has it

    def __init__(
        self, core: Core, title: str, intro: str, add_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.store = core.store
        self.writable = core.can_write
        self.records: list[Record] = []
        self.current: Record | None = None  # the record in the form (id 0: new, not written yet)
        self._stamp: str | None = (
            None  # when the current record's row was made (tells it by more than its id)
        )
        self.last_removed: Record | None = None
        self._loading = False
        lay_out(self, title, intro, add_label)
        self.engine = core.autosave(self._save)
        self.engine.changed.connect(self._state_changed)
        self._timer = AutosaveTimer(self.engine, self)
        self.destroyed.connect(lambda _obj=None, core=core, engine=self.engine: core.forget_autosave(engine))
        if self.store is None:
            self.banner.setText(
                core.store_message or translate("Records", "Your records cannot be used right now.")
            )
            self.banner.show()
            self.body.hide()
            return
        if not self.writable:
            self.banner.setText(
                translate(
                    "Records",
                    "Read only: your records are shown as they were saved, and nothing can be "
                    "changed now. {why}",
                )
                .format(why=core.store_message)
                .strip()
            )
            self.banner.show()
        self.reload()

    # -- the list ------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Read the records again and show them, keeping the chosen one (or choosing ``select_id``)."""
        if self.store is None:
            return
        try:
            self.records = self.read_all()
        except StoreError as error:
            self.show_status(error.user_message)
            return
        wanted = select_id if select_id is not None else (self.current.id if self.current else None)
        ids = [r.id for r in self.records]
        row = ids.index(wanted) if wanted in ids else (0 if ids else -1)
        self.record_list.blockSignals(True)
        self.record_list.clear()
        for record in self.records:
            item = QListWidgetItem(self.line(record))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.record_list.addItem(item)
        self.record_list.setCurrentRow(row)
        self.record_list.blockSignals(False)
        self._show(self.records[row] if row >= 0 else None)

    def _show(self, record: Record | None) -> None:
        self.current = record
        self._stamp = self._created(record)
        self._loading = True
        try:
            self.fill(record if record is not None else self.blank())
        finally:
            self._loading = False
        self.fields.setEnabled(record is not None)
        set_editable(self.fields, self.writable)
        self.add_button.setEnabled(self.writable)
        self.remove_button.setEnabled(self.writable and record is not None)
        self.shown(record)
        self._state_changed()

    def choose(self, record_id: int) -> bool:
        """Show the record with this id (saving the one shown first); False if there is none."""
        ids = [r.id for r in self.records]
        if record_id not in ids:
            return False
        self.record_list.setCurrentRow(ids.index(record_id))
        return self.current is not None and self.current.id == record_id

    def _row_changed(self, row: int) -> None:
        if self._drop_untouched_new() and row >= len(self.records):
            row = len(self.records) - 1
        if not self.engine.flush():
            self.record_list.blockSignals(True)  # stay with the words that could not be saved
            self.record_list.setCurrentRow(self._row_of(self.current))
            self.record_list.blockSignals(False)
            return
        self._show(self.records[row] if 0 <= row < len(self.records) else None)

    def _row_of(self, record: Record | None) -> int:
        if record is None:
            return -1
        if record.id == 0:
            return self.record_list.count() - 1
        found: int = next((i for i, r in enumerate(self.records) if r.id == record.id), -1)
        return found

    def _drop_untouched_new(self) -> bool:
        """A new record nothing was typed into is not kept: take it off the list. True if one was."""
        if self.current is not None and self.current.id == 0 and not self.engine.unsaved:
            self.record_list.blockSignals(True)
            self.record_list.takeItem(self.record_list.count() - 1)
            self.record_list.blockSignals(False)
            self.current = None
            return True
        return False

    # -- adding, removing ----------------------------------------------------------------------------
    def add_new(self) -> None:
        """A new, empty record at the end of the list; it is written when its first words make it one."""
        if not self.writable or not self.engine.flush():
            return
        if self.current is not None and self.current.id == 0:
            self.focus_form()
            return
        self.record_list.blockSignals(True)
        self.record_list.addItem(QListWidgetItem(translate("Records", "(new, not saved yet)")))
        self.record_list.setCurrentRow(self.record_list.count() - 1)
        self.record_list.blockSignals(False)
        self._show(self.blank())
        self.focus_form()

    def unsaved_what(self) -> str:
        """The record in the form, in a few words, for the quit question ("a new one", "“Sorafenib”")."""
        if self.current is None:
            return ""
        if self.current.id == 0:
            return translate("Records", "the new one, at the end of the list")
        return translate("Records", "\u201c{name}\u201d").format(name=self.name_of(self.current))

    def focus_form(self) -> None:
        first = self.form.first_field()
        if first is not None:
            self.form_scroll.ensureWidgetVisible(first)
            self.part_scroll.ensureWidgetVisible(first)
            first.setFocus()

    def remove_current(self) -> None:
        record = self.current
        if record is None or not self.writable:
            return
        if record.id == 0:
            self.engine.discard()
            self._drop_untouched_new()
            self.reload()
            return
        try:
            kept = ready(self.gather())  # what was typed, so Undo gives it back as it was
        except NotReady:
            kept = None
        try:
            removed = self.delete(record.id)
        except StoreError as error:
            self.show_status(error.user_message)
            return
        self.engine.discard()
        self.last_removed = kept if kept is not None and kept.id == removed.id else removed
        self.current = None
        self.undo_bar.offer(self.name_of(removed))
        self.core.records_changed(self.kind)
        self.reload()
        (self.record_list if self.record_list.count() else self.undo_bar.button).setFocus()

    def undo_remove(self) -> None:
        if self.last_removed is None:
            return
        try:
            restored = self.restore(self.last_removed)
        except StoreError as error:
            self.show_status(error.user_message)
            return
        self.last_removed = None
        self.undo_bar.offer(None)
        self.core.records_changed(self.kind)
        self.reload(restored.id)
        self.record_list.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is getattr(self, "record_list", None) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    # -- saving ----------------------------------------------------------------------------------------
    def edited(self, *_args: object) -> None:
        """Connected to every field: the person changed something (nothing is written yet)."""
        if not self._loading and self.current is not None and self.writable:
            self.engine.edited()

    def _save(self) -> None:
        """What the engine calls: the form, as a record, into the store (NotReady or StoreError: not saved)."""
        if self.current is None:
            return
        record = ready(self.gather())
        try:
            if record.id and self._stamp is not None and self._created(record) != self._stamp:
                raise KeyError(record.id)  # its id now names another record (a backup was put back)
            saved = self.write(record)
        except KeyError:  # gone meanwhile (a backup copy without it was put back): kept as a new record
            saved = self.write(dataclasses.replace(record, id=0))
            self._stamp = self._created(saved)
            self.reload(saved.id)
        was_new = self.current.id == 0
        self.current = saved
        self._stamp = self._created(saved)
        if was_new:
            self.records.append(saved)
            item = self.record_list.item(self.record_list.count() - 1)
            if item is not None:
                item.setData(Qt.ItemDataRole.UserRole, saved.id)
        else:
            self.records = [saved if r.id == saved.id else r for r in self.records]
        row = self._row_of(saved)
        if row >= 0 and self.record_list.item(row) is not None:
            self.record_list.item(row).setText(self.line(saved))
        self.core.records_changed(self.kind)
        self.record_saved.emit(saved)

    def flush(self) -> bool:
        """Save what was typed now; True when nothing is left unsaved."""
        return self.engine.flush()

    def _created(self, record: Record | None) -> str | None:
        """When the stored row of ``record`` was made: with its id, which record it is."""
        if record is None or not record.id or self.store is None:
            return None
        try:
            return self.store.created_of(record)
        except StoreError:
            return None

    def forget(self) -> None:
        """The data was replaced (an import, Delete all, a backup put back): what was typed is saved into
        it (a new record if it has no such one), then it is read again. Words that cannot be saved stay."""
        self.last_removed = None
        self.undo_bar.offer(None)
        if self.engine.flush():
            self.reload()

    def _state_changed(self) -> None:
        engine = self.engine
        if engine.state is SaveState.PENDING:
            self.show_status(translate("Records", "Saving…"))
        elif engine.state is SaveState.FAILED and engine.error is not None:
            self.show_status(engine.error.user_message)
        elif self.current is not None and self.current.id == 0:
            self.show_status(translate("Records", "New: it is saved as you type."))
        elif self.current is not None and self.writable:
            self.show_status(saved_words(self.core.is_example, translate("Records", "Saved.")))
        else:
            self.show_status("")

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
