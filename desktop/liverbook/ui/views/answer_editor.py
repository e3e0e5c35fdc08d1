"""The answer to one of the user's questions: the question, the answer given, its date, "I asked this".

A plain form: it says when the answer was edited, when the typing left it, and when "I asked this"
was ticked; the "My questions" panel decides what to save (plain text only, never HTML).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from liverbook.i18n import translate
from liverbook.ui.language import date_format
from liverbook.ui.widgets.labels import plain_label
from liverbook.ui.widgets.reflow import flow
from liverbook.ui.widgets.wrapping_buttons import WrappingCheckBox


class AnswerEdit(QPlainTextEdit):
    """The answer editor (plain text only); says when the keyboard focus leaves it."""

    focus_left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.focus_left.emit()


class AnswerEditor(QWidget):
    """The chosen question and its answer."""

    edited = Signal()  # the answer or its date changed
    left = Signal()  # the typing left the answer or the date: save now
    asked_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selected_label = plain_label(bold=True)
        self.selected_label.setAccessibleName(translate("AnswerEditor", "The chosen question"))
        answer_label = QLabel(translate("AnswerEditor", "Answ&er you were given:"))
        answer_label.setWordWrap(True)  # whole at the largest size, in Spanish too
        self.answer_edit = AnswerEdit()
        self.answer_edit.setAccessibleName(translate("AnswerEditor", "Answer"))
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setMinimumHeight(100)
        answer_label.setBuddy(self.answer_edit)
        self.answer_edit.textChanged.connect(self.edited)
        self.answer_edit.focus_left.connect(self.left)
        self.dated_box = WrappingCheckBox(translate("AnswerEditor", "Da&te of the answer:"))
        self.dated_box.setAccessibleName(translate("AnswerEditor", "The answer has a date"))
        self.dated_box.toggled.connect(self._dated_toggled)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setAccessibleName(translate("AnswerEditor", "Date of the answer"))
        inner = self.date_edit.findChild(QLineEdit)
        if inner is not None:  # the part that takes the typing; screen readers announce it too
            inner.setAccessibleName(translate("AnswerEditor", "Date of the answer"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.date_edit.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31))
        self.date_edit.setEnabled(False)
        self.date_edit.dateChanged.connect(self.edited)
        self.date_edit.editingFinished.connect(self.left)
        self.asked_box = WrappingCheckBox(translate("AnswerEditor", "I a&sked this"))
        self.asked_box.toggled.connect(self.asked_toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.selected_label)
        layout.addWidget(answer_label)
        layout.addWidget(self.answer_edit, 1)
        layout.addLayout(flow(self.dated_box, self.date_edit))  # one under the other when narrow
        layout.addWidget(self.asked_box)

    def load(self, question: str, answer: str, day: date | None, asked: bool) -> None:
        """Show a question's answer, without reporting it as edited."""
        widgets = (self.answer_edit, self.dated_box, self.date_edit, self.asked_box)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.selected_label.setText(question)
            self.answer_edit.setPlainText(answer)
            self.dated_box.setChecked(day is not None)
            self.date_edit.setEnabled(day is not None)
            self.date_edit.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
            self.asked_box.setChecked(asked)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def answer(self) -> str:
        return self.answer_edit.toPlainText()

    def answered_on(self) -> date | None:
        """The date in the editor, or None when "no date" is chosen."""
        if not self.dated_box.isChecked():
            return None
        day: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return day

    def put_back_asked(self, asked: bool) -> None:
        """Show "I asked this" as ``asked`` again (a tick that could not be saved)."""
        self.asked_box.blockSignals(True)
        self.asked_box.setChecked(asked)
        self.asked_box.blockSignals(False)

    def _dated_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(checked)
        self.edited.emit()
