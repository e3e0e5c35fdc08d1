"""The "My questions" page: the reader's own ordered list, with answers saved as they type.

Everything the user writes is plain text: list items, ``QLabel`` with ``Qt.PlainText`` and
``QPlainTextEdit``; nothing they type is ever read as HTML. Typed answers live in
:class:`AnswerDrafts` until the store has them, so a failed save (disk full, read-only folder) never
loses a word: the message is shown, the text stays, and saving is tried again.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from liverbook.content import Handbook
from liverbook.core.answers import AnswerDrafts
from liverbook.core.app_core import Core
from liverbook.core.autosave import SaveState
from liverbook.core.example import saved_words
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.store import MyQuestion, StoreError
from liverbook.store.model import MAX_QUESTION_CHARS
from liverbook.ui.views.answer_editor import AnswerEditor
from liverbook.ui.widgets.autosave_timer import AutosaveTimer
from liverbook.ui.widgets.labels import button, plain_label, row
from liverbook.ui.widgets.reflow import flow
from liverbook.ui.widgets.undo_bar import UndoBar

SAVED = QT_TRANSLATE_NOOP("MyQuestions", "Saved")  # translated where shown
SAVING = QT_TRANSLATE_NOOP("MyQuestions", "Saving…")
GONE = QT_TRANSLATE_NOOP("MyQuestions", "A question that is no longer in the handbook")
CHOOSE = QT_TRANSLATE_NOOP("MyQuestions", "Choose a question in the list to write down its answer.")
INTRO = QT_TRANSLATE_NOOP(
    "MyQuestions",
    "The questions you chose, in the order you want to ask them. "
    "Write down the answers you are given; they are saved as you type.",
)


def question_text(book: Handbook, question: MyQuestion) -> str:
    """The words of a question on the list: the handbook's for a curated one, the user's own otherwise."""
    if question.question_id is None:
        return question.text or ""
    return (
        book.question(question.question_id).text
        if book.has_question(question.question_id)
        else translate("MyQuestions", GONE)
    )


def list_text(index: int, text: str, asked: bool) -> str:
    """How a question shows in the list: "3. Text", and "(asked)" once it was asked."""
    if asked:
        return translate("MyQuestions", "{number}. {question}  (asked)").format(
            number=index + 1, question=text
        )
    return translate("MyQuestions", "{number}. {question}").format(number=index + 1, question=text)


class MyQuestionsPanel(QWidget):
    """The ordered list of the user's questions and the answer to the chosen one."""

    questions_changed = Signal()

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert core.store is not None, "My questions needs a store"
        self.core = core
        self.book = core.book
        self.store = core.store
        self.questions: list[MyQuestion] = []
        self.last_removed: MyQuestion | None = None
        self.drafts = AnswerDrafts()
        self._current_id: int | None = None
        self._build()
        self.autosave = core.autosave(self._save_drafts)
        self.autosave.changed.connect(self._save_state_changed)
        self._autosave_timer = AutosaveTimer(self.autosave, self)
        self.destroyed.connect(
            lambda _obj=None, core=core, engine=self.autosave: core.forget_autosave(engine)
        )
        self.reload()

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.my_list = QListWidget()
        self.my_list.setAccessibleName(translate("MyQuestions", "My questions, in order"))
        self.my_list.setWordWrap(True)
        self.my_list.setMinimumHeight(140)
        self.my_list.installEventFilter(self)
        self.my_list.currentRowChanged.connect(self._row_changed)
        self.up_button = button(
            translate("MyQuestions", "&Move up"),
            translate("MyQuestions", "Move the chosen question up (Ctrl+Up)"),
            lambda: self.move_current(-1),
        )
        self.down_button = button(
            translate("MyQuestions", "Move do&wn"),
            translate("MyQuestions", "Move the chosen question down (Ctrl+Down)"),
            lambda: self.move_current(1),
        )
        self.remove_button = button(
            translate("MyQuestions", "&Remove"),
            translate("MyQuestions", "Take it off the list (Delete)"),
            self.remove_current,
        )
        self.undo_bar = UndoBar()
        self.undo_bar.undo_requested.connect(self._undo_clicked)
        new_label = QLabel(translate("MyQuestions", "New &question:"))
        self.new_edit = QLineEdit()
        self.new_edit.setAccessibleName(translate("MyQuestions", "Your own question"))
        self.new_edit.setPlaceholderText(translate("MyQuestions", "Type a question of your own"))
        self.new_edit.setMaxLength(MAX_QUESTION_CHARS)
        self.new_edit.returnPressed.connect(self.add_own)
        new_label.setBuddy(self.new_edit)
        self.add_button = button(
            translate("MyQuestions", "&Add my own question"),
            translate("MyQuestions", "Put it at the end of the list"),
            self.add_own,
        )

        self.editor = AnswerEditor()
        self.editor.edited.connect(self._edited)
        self.editor.left.connect(self.save_pending)
        self.editor.asked_toggled.connect(self._asked_toggled)
        # The widgets tests and the Questions tab reach for.
        self.answer_edit, self.dated_box = self.editor.answer_edit, self.editor.dated_box
        self.date_edit, self.asked_box = self.editor.date_edit, self.editor.asked_box
        self.selected_label = self.editor.selected_label
        self.status_label = plain_label()
        self.status_label.setAccessibleName(translate("MyQuestions", "Save status"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.addWidget(plain_label(translate("MyQuestions", "My questions"), bold=True, scale=1.5))
        layout.addWidget(plain_label(translate("MyQuestions", INTRO)))
        layout.addWidget(self.my_list, 1)
        layout.addLayout(flow(self.up_button, self.down_button, self.remove_button))  # never sideways
        layout.addWidget(self.undo_bar)
        layout.addWidget(new_label)  # above its box: beside it, the row was too wide at large sizes
        layout.addLayout(row(self.new_edit, self.add_button, stretch=0))
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status_label)
        self.setFocusProxy(self.my_list)

    # -- the list -------------------------------------------------------------------------------
    def chosen_ids(self) -> set[str]:
        """Handbook question ids on the list."""
        return {q.question_id for q in self.questions if q.question_id is not None}

    def reload(self, select_id: int | None = None, fallback_row: int = 0) -> bool:
        """Read the list from the store and show it, keeping (or moving to) the chosen question."""
        try:
            self.questions = self.store.list_my_questions()
        except StoreError as error:
            self.show_status(error.user_message)
            return False
        wanted = select_id if select_id is not None else self._current_id
        ids = [q.id for q in self.questions]
        row = ids.index(wanted) if wanted in ids else min(fallback_row, len(ids) - 1)
        self.my_list.blockSignals(True)
        try:
            while self.my_list.count() > len(self.questions):
                self.my_list.takeItem(self.my_list.count() - 1)
            for index, question in enumerate(self.questions):
                item = self.my_list.item(index)
                if item is None:
                    item = QListWidgetItem()
                    self.my_list.addItem(item)
                self._fill_item(item, index, question)
            self.my_list.setCurrentRow(row)
        finally:
            self.my_list.blockSignals(False)
        new_id = ids[row] if row >= 0 else None
        if new_id != self._current_id:
            self._show_question(new_id)
        removed = self.last_removed
        self.undo_bar.offer(None if removed is None else question_text(self.book, removed))
        self._update_buttons()
        return True

    def _fill_item(self, item: QListWidgetItem, index: int, question: MyQuestion) -> None:
        item.setText(list_text(index, question_text(self.book, question), question.asked))
        item.setData(Qt.ItemDataRole.UserRole, question.id)

    def _update_buttons(self) -> None:
        row, count = self.my_list.currentRow(), self.my_list.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)
        self.editor.setEnabled(row >= 0)

    def _row_changed(self, row: int) -> None:
        self.save_pending()
        self._show_question(self.questions[row].id if 0 <= row < len(self.questions) else None)
        self._update_buttons()

    def _changed(self, select_id: int | None = None, fallback_row: int = 0) -> None:
        self.reload(select_id, fallback_row)
        self.questions_changed.emit()

    def add_curated(self, question_id: str) -> MyQuestion:
        """Put a handbook question at the end of the list; StoreError propagates."""
        added = self.store.add_curated_question(question_id)
        self._changed()
        return added

    def add_own(self) -> None:
        """Add the question typed in the line edit; on failure the text stays there."""
        text = self.new_edit.text().strip()
        if not text:
            self.show_status(translate("MyQuestions", "Type your question in the box first, then add it."))
            self.new_edit.setFocus()
            return
        try:
            added = self.store.add_own_question(text)
        except StoreError as error:
            self.show_status(error.user_message)
            return
        self.new_edit.clear()
        self._changed(added.id)

    def move_current(self, step: int) -> None:
        """Move the chosen question ``step`` places (negative: up)."""
        row = self.my_list.currentRow()
        if self._current_id is None or not 0 <= row + step < len(self.questions):
            return
        try:
            self.store.move_my_question(self._current_id, row + step)
        except StoreError as error:
            self.show_status(error.user_message)
            return
        self._changed()

    def remove(self, my_id: int) -> MyQuestion:
        """Take a question off the list, kept (with any unsaved answer) for Undo; StoreError propagates."""
        draft = self.drafts.take(my_id)
        try:
            removed = self.store.remove_my_question(my_id)
        except StoreError:
            if draft is not None:
                self.drafts.put(draft.question, draft.answer, draft.answered_on)
            raise
        if draft is not None:
            removed = replace(removed, answer=draft.answer, answered_on=draft.answered_on)
            self.show_status("")
        self.last_removed = removed
        if my_id == self._current_id:
            self._current_id = None
        self._changed(fallback_row=removed.position)
        return removed

    def undo_remove(self) -> MyQuestion | None:
        """Put the last removed question back where it was; StoreError propagates."""
        if self.last_removed is None:
            return None
        restored = self.store.restore_my_question(self.last_removed)
        self.last_removed = None
        self._changed(restored.id)
        return restored

    def remove_current(self) -> None:
        if self._current_id is None:
            return
        try:
            self.remove(self._current_id)
        except StoreError as error:
            self.show_status(error.user_message)
            return
        (self.my_list if self.my_list.count() else self.undo_bar.button).setFocus()

    def _undo_clicked(self) -> None:
        try:
            self.undo_remove()
        except StoreError as error:
            self.show_status(error.user_message)
            return
        self.my_list.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # getattr: Qt may send events (a new style, say) while this object is being built or torn down.
        if watched is getattr(self, "my_list", None) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    # -- the chosen question ------------------------------------------------------------------------
    def _question(self, my_id: int | None) -> MyQuestion | None:
        return next((q for q in self.questions if q.id == my_id), None)

    def _show_question(self, my_id: int | None) -> None:
        """Put the question's answer (or its unsaved draft) in the editor, without marking it edited."""
        self._current_id = my_id
        question = self._question(my_id)
        draft = self.drafts.get(my_id) if my_id is not None else None
        answer = draft.answer if draft else (question.answer if question else "")
        day = draft.answered_on if draft else (question.answered_on if question else None)
        shown = question_text(self.book, question) if question else translate("MyQuestions", CHOOSE)
        self.editor.load(shown, answer, day, bool(question and question.asked))

    def _edited(self) -> None:
        question = self._question(self._current_id)
        if question is None:
            return
        self.drafts.put(question, self.editor.answer(), self.editor.answered_on())
        self.autosave.edited()

    def _asked_toggled(self, checked: bool) -> None:
        if self._current_id is None:
            return
        try:
            self.store.set_asked(self._current_id, checked)
        except StoreError as error:
            self.editor.put_back_asked(not checked)
            self.show_status(error.user_message)
            return
        self._changed()

    def save_pending(self) -> bool:
        """Save every typed answer now; True when nothing is left unsaved."""
        return self.autosave.flush()

    def _save_drafts(self) -> None:
        """What the autosave engine calls: every draft to the store (StoreError: the rest stay drafts).
        A question the data put back did not have is back on the list, with its answer, and shown."""
        saved: list[MyQuestion] = []
        try:
            self.drafts.save(self.core.save_answer, saved)
        finally:
            by_id = {q.id: q for q in saved}
            self.questions = [by_id.get(q.id, q) for q in self.questions]
            moved = self.drafts.moved
            shown = next((new for old, new in moved.items() if old == self._current_id), None)
            if shown is not None:
                self._current_id = shown
            if moved:
                self.reload()
            if shown is not None:
                self._show_question(shown)  # its words as kept now
            if saved:
                self.questions_changed.emit()

    def _save_state_changed(self) -> None:
        state = self.autosave.state
        if state is SaveState.PENDING:
            self.show_status(translate("MyQuestions", SAVING))
        elif state is SaveState.FAILED and self.autosave.error is not None:
            self.show_status(self.autosave.error.user_message)
        else:
            self.show_status(saved_words(self.core.is_example, translate("MyQuestions", SAVED)))

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)
