"""The "My questions" page: the reader's own ordered list, with answers saved as they type.

Everything the user writes is plain text: list items, ``QLabel`` with ``Qt.PlainText`` and
``QPlainTextEdit``; nothing they type is ever read as HTML. Typed answers live in
:class:`AnswerDrafts` until the store has them, so a failed save (disk full, read-only folder) never
loses a word: the message is shown, the text stays, and saving is tried again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liverbook.content import Handbook
from liverbook.store import MyQuestion, Store, StoreCorrupt, StoreError, TextTooLong
from liverbook.store.model import MAX_QUESTION_CHARS
from liverbook.ui import themes

SAVE_DELAY_MS = 600
RETRY_DELAY_MS = 5000
SAVED = "Saved"
SAVING = "Saving…"
GONE = "A question that is no longer in the handbook"
CHOOSE = "Choose a question in the list to write down its answer."
INTRO = (
    "The questions you chose, in the order you want to ask them. "
    "Write down the answers you are given; they are saved as you type."
)


def question_text(book: Handbook, question: MyQuestion) -> str:
    """The words of a question on the list: the handbook's for a curated one, the user's own otherwise."""
    if question.question_id is None:
        return question.text or ""
    return book.question(question.question_id).text if book.has_question(question.question_id) else GONE


def plain_label(text: str = "", *, bold: bool = False, scale: float = 1.0) -> QLabel:
    """A word-wrapped label that never interprets its text as HTML."""
    label = ScaledLabel(text, scale) if scale != 1.0 else QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if bold:
        font = QFont(label.font())
        font.setBold(bold)
        label.setFont(font)
    return label


class ScaledLabel(QLabel):
    """A label ``scale`` times the app's text size, now and after every text size change.

    (A widget given a point size of its own keeps it when the app's font changes.)
    """

    def __init__(self, text: str, scale: float) -> None:
        super().__init__(text)
        self.scale = scale
        self.rescale(QApplication.font())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self.rescale)
        # A style sheet, when it is set again, gives back the font a widget had when first styled.
        themes.notifier().changed.connect(self._restyled)

    @Slot(str)
    def _restyled(self, _theme_id: str) -> None:
        self.rescale(QApplication.font())

    @Slot(QFont)  # a real slot: the connection ends when the label is deleted
    def rescale(self, app_font: QFont) -> None:
        if app_font.pointSizeF() > 0:
            font = QFont(self.font())
            font.setPointSizeF(round(app_font.pointSizeF() * self.scale, 2))
            self.setFont(font)


def button(text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
    """A large push button with a tooltip."""
    push = QPushButton(text)
    push.setToolTip(tip)
    push.setMinimumHeight(34)
    push.clicked.connect(slot)
    return push


def row(*widgets: QWidget | None, stretch: int = -1) -> QHBoxLayout:
    """Widgets side by side; None adds a stretch; ``stretch`` is the index of the widget that grows."""
    layout = QHBoxLayout()
    for index, widget in enumerate(widgets):
        if widget is None:
            layout.addStretch(1)
        else:
            layout.addWidget(widget, 1 if index == stretch else 0)
    return layout


@dataclass(frozen=True)
class Draft:
    """An answer typed but not yet in the store."""

    answer: str
    answered_on: date | None


class AnswerDrafts:
    """Unsaved answers by question id (plain Python). A draft leaves only once the store has it."""

    def __init__(self) -> None:
        self._drafts: dict[int, Draft] = {}

    def __len__(self) -> int:
        return len(self._drafts)

    def put(self, my_id: int, answer: str, answered_on: date | None) -> None:
        self._drafts[my_id] = Draft(answer, answered_on)

    def get(self, my_id: int) -> Draft | None:
        return self._drafts.get(my_id)

    def take(self, my_id: int) -> Draft | None:
        return self._drafts.pop(my_id, None)

    def save(self, store: Store) -> tuple[list[MyQuestion], StoreError | None]:
        """Write every draft; stop at the first environment error (the failed drafts are kept)."""
        saved: list[MyQuestion] = []
        for my_id, draft in list(self._drafts.items()):
            try:
                saved.append(store.set_answer(my_id, draft.answer, draft.answered_on))
            except KeyError:  # the question is no longer on the list
                pass
            except StoreError as error:
                return saved, error
            del self._drafts[my_id]
        return saved, None


class UndoBar(QWidget):
    """"Removed: …" with an Undo button; hidden until something is removed."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label()
        self.button = QPushButton("Und&o")
        self.button.setAccessibleName("Undo the removal")
        self.button.clicked.connect(self.undo_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def offer(self, text: str | None) -> None:
        """Show "Removed: text" (None hides the bar)."""
        if text is None:
            self.hide()
            return
        self.label.setText(f"Removed from your list: {text}")
        self.show()


class AnswerEdit(QPlainTextEdit):
    """The answer editor (plain text only); says when the keyboard focus leaves it."""

    focus_left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.focus_left.emit()


class MyQuestionsPanel(QWidget):
    """The ordered list of the user's questions and the answer to the chosen one."""

    questions_changed = Signal()

    def __init__(self, book: Handbook, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.store = store
        self.questions: list[MyQuestion] = []
        self.last_removed: MyQuestion | None = None
        self.drafts = AnswerDrafts()
        self._current_id: int | None = None
        self._build()
        self.save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_pending)
        self.retry_timer = QTimer(self, singleShot=True, interval=RETRY_DELAY_MS)
        self.retry_timer.timeout.connect(self.save_pending)
        self.reload()

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.my_list = QListWidget()
        self.my_list.setAccessibleName("My questions, in order")
        self.my_list.setWordWrap(True)
        self.my_list.setMinimumHeight(140)
        self.my_list.installEventFilter(self)
        self.my_list.currentRowChanged.connect(self._row_changed)
        self.up_button = button("&Move up", "Move the chosen question up (Ctrl+Up)", self.move_up)
        self.down_button = button("Move do&wn", "Move the chosen question down (Ctrl+Down)", self.move_down)
        self.remove_button = button("&Remove", "Take it off the list (Delete)", self.remove_current)
        self.undo_bar = UndoBar()
        self.undo_bar.undo_requested.connect(self._undo_clicked)
        new_label = QLabel("New &question:")
        self.new_edit = QLineEdit()
        self.new_edit.setAccessibleName("Your own question")
        self.new_edit.setPlaceholderText("Type a question of your own")
        self.new_edit.setMaxLength(MAX_QUESTION_CHARS)
        self.new_edit.returnPressed.connect(self.add_own)
        new_label.setBuddy(self.new_edit)
        self.add_button = button("&Add my own question", "Put it at the end of the list", self.add_own)

        self.selected_label = plain_label(bold=True)
        self.selected_label.setAccessibleName("The chosen question")
        answer_label = QLabel("Answ&er you were given:")
        self.answer_edit = AnswerEdit()
        self.answer_edit.setAccessibleName("Answer")
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setMinimumHeight(100)
        answer_label.setBuddy(self.answer_edit)
        self.answer_edit.textChanged.connect(self._edited)
        self.answer_edit.focus_left.connect(self.save_pending)
        self.dated_box = QCheckBox("Da&te of the answer:")
        self.dated_box.setAccessibleName("The answer has a date")
        self.dated_box.toggled.connect(self._dated_toggled)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setAccessibleName("Date of the answer")
        inner = self.date_edit.findChild(QLineEdit)
        if inner is not None:  # the part that takes the typing; screen readers announce it too
            inner.setAccessibleName("Date of the answer")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31))
        self.date_edit.setEnabled(False)
        self.date_edit.dateChanged.connect(self._edited)
        self.date_edit.editingFinished.connect(self.save_pending)
        self.asked_box = QCheckBox("I a&sked this")
        self.asked_box.toggled.connect(self._asked_toggled)
        self.status_label = plain_label()
        self.status_label.setAccessibleName("Save status")
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 8, 0, 0)
        editor_layout.addWidget(self.selected_label)
        editor_layout.addWidget(answer_label)
        editor_layout.addWidget(self.answer_edit, 1)
        editor_layout.addLayout(row(self.dated_box, self.date_edit, None))
        editor_layout.addWidget(self.asked_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.addWidget(plain_label("My questions", bold=True, scale=1.5))
        layout.addWidget(plain_label(INTRO))
        layout.addWidget(self.my_list, 1)
        layout.addLayout(row(self.up_button, self.down_button, self.remove_button, None))
        layout.addWidget(self.undo_bar)
        layout.addLayout(row(new_label, self.new_edit, self.add_button, stretch=1))
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
        text = question_text(self.book, question)
        item.setText(f"{index + 1}. {text}" + ("  (asked)" if question.asked else ""))
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
            self.show_status("Type your question in the box first, then add it.")
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

    def move_up(self) -> None:
        self.move_current(-1)

    def move_down(self) -> None:
        self.move_current(1)

    def remove(self, my_id: int) -> MyQuestion:
        """Take a question off the list, kept (with any unsaved answer) for Undo; StoreError propagates."""
        draft = self.drafts.take(my_id)
        try:
            removed = self.store.remove_my_question(my_id)
        except StoreError:
            if draft is not None:
                self.drafts.put(my_id, draft.answer, draft.answered_on)
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
        widgets = (self.answer_edit, self.dated_box, self.date_edit, self.asked_box)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.selected_label.setText(question_text(self.book, question) if question else CHOOSE)
            self.answer_edit.setPlainText(answer)
            self.dated_box.setChecked(day is not None)
            self.date_edit.setEnabled(day is not None)
            self.date_edit.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
            self.asked_box.setChecked(bool(question and question.asked))
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def answered_on(self) -> date | None:
        """The date in the editor, or None when "no date" is chosen."""
        if not self.dated_box.isChecked():
            return None
        day: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return day

    def _dated_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(checked)
        self._edited()

    def _edited(self) -> None:
        if self._current_id is None:
            return
        self.drafts.put(self._current_id, self.answer_edit.toPlainText(), self.answered_on())
        self.show_status(SAVING)
        self.save_timer.start()

    def _asked_toggled(self, checked: bool) -> None:
        if self._current_id is None:
            return
        try:
            self.store.set_asked(self._current_id, checked)
        except StoreError as error:
            self.asked_box.blockSignals(True)
            self.asked_box.setChecked(not checked)
            self.asked_box.blockSignals(False)
            self.show_status(error.user_message)
            return
        self._changed()

    def save_pending(self) -> bool:
        """Save every typed answer now; True when nothing is left unsaved."""
        self.save_timer.stop()
        if not len(self.drafts):
            return True
        saved, error = self.drafts.save(self.store)
        for question in saved:
            self.questions = [question if q.id == question.id else q for q in self.questions]
        if saved:
            self.questions_changed.emit()
        if error is not None:
            self.show_status(error.user_message)
            if not isinstance(error, (StoreCorrupt, TextTooLong)):
                self.retry_timer.start()
            return False
        self.retry_timer.stop()
        self.show_status(SAVED)
        return True

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)
