"""My visits: each appointment (when, with whom, what for), the questions taken to it from My questions,
and afterwards what the person understood in their own words (teach-back), with "I'm not sure, ask
again" for what was not clear: those come back as questions for the next visit."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from liverbook.core.app_core import Core
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.records.model import Visit, VisitQuestion
from liverbook.records.present import visit_line, written_down
from liverbook.records.visits import ask_again
from liverbook.store import StoreError
from liverbook.ui.core_signals import signals_of
from liverbook.ui.views.my_questions import question_text
from liverbook.ui.views.records.common import Form, add_row, combo, line_edit, text_box
from liverbook.ui.views.records.day_field import DayField
from liverbook.ui.views.records.record_panel import RecordPanel
from liverbook.ui.widgets.labels import plain_label
from liverbook.ui.widgets.reflow import FlowLayout
from liverbook.ui.widgets.wrapping_buttons import WrappingCheckBox

TEACH_BACK = QT_TRANSLATE_NOOP(
    "Records",
    "After the visit, write what you understood as if you were telling a friend. If something is "
    "not clear, tick \u201cI'm not sure, ask again\u201d: it comes back among the questions for your "
    "next visit.",
)


class VisitsPanel(RecordPanel):
    """Visits, newest last, beside the chosen visit, its questions and what was understood."""

    kind = "visit"

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        self.questions: list[VisitQuestion] = []
        self._question_row = -1
        super().__init__(
            core, translate("Records", "My visits"),
            translate("Records", "Your appointments: when, with whom and what for. Take questions from My questions to a visit, "
               "and afterwards write down what you understood."),
            translate("Records", "&Add a visit"), parent,
        )  # fmt: skip
        signals_of(core).answer_saved.connect(self._answer_saved)

    def _answer_saved(self, _question: object) -> None:
        self._refresh_pick()

    def build_form(self, form: Form) -> None:
        form.addRow(plain_label(translate("Records", "The visit"), bold=True))
        self.day = DayField()
        self.day.edited.connect(self.edited)
        add_row(form, translate("Records", "Day"), self.day)
        self.time = line_edit(
            translate("Records", "For example 14:30 (a time of its own, under the day)"), 40
        )
        self.time.textEdited.connect(self.edited)
        add_row(form, translate("Records", "Time"), self.time)
        self.who = combo()
        self.who.setEditable(True)
        self.who.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.who.currentTextChanged.connect(self.edited)
        add_row(form, translate("Records", "With whom"), self.who)
        self.what_for = line_edit(
            translate("Records", "For example: scan results, a new treatment, blood tests")
        )
        self.what_for.textEdited.connect(self.edited)
        add_row(form, translate("Records", "What for"), self.what_for)

        form.addRow(plain_label(translate("Records", "Questions to take"), bold=True))
        self.question_list = QListWidget()
        self.question_list.setWordWrap(True)
        self.question_list.setMinimumHeight(self.question_list.fontMetrics().height() * 4)
        self.question_list.currentRowChanged.connect(self._question_chosen)
        add_row(form, translate("Records", "Questions for this visit"), self.question_list)
        self.pick = FreshCombo(self._refresh_pick)
        self.pick.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pick.setMinimumContentsLength(12)
        add_row(
            form,
            translate("Records", "A question from My questions, or to ask again"),
            self.pick,
            translate("Records", "A question to take"),
        )
        self.pick_hint = plain_label(
            translate("Records", "No more questions to take. Add some in Questions to ask > My questions.")
        )
        self.pick_hint.setAccessibleName(translate("Records", "About the questions to take"))
        form.addRow(self.pick_hint)
        row = FlowLayout()
        self.take_button = QPushButton(translate("Records", "Ta&ke it"))
        self.take_button.setAccessibleName(translate("Records", "Take this question to the visit"))
        self.take_button.clicked.connect(self.take_question)
        self.drop_button = QPushButton(translate("Records", "Leave it out"))
        self.drop_button.setAccessibleName(
            translate("Records", "Leave the chosen question out of this visit")
        )
        self.drop_button.clicked.connect(self.drop_question)
        row.addWidget(self.take_button)
        row.addWidget(self.drop_button)
        form.addRow(row)

        form.addRow(plain_label(translate("Records", "After the visit"), bold=True))
        form.addRow(plain_label(translate("Records", TEACH_BACK)))
        self.q_understood = text_box(translate("Records", "The answer, in your own words"))
        self.q_understood.textChanged.connect(self._question_edited)
        self.q_label = add_row(
            form, translate("Records", "What I understood of the chosen question"), self.q_understood
        )
        self.q_again = WrappingCheckBox(translate("Records", "I'm not sure about this answer: ask again"))
        self.q_again.setAccessibleName(translate("Records", "I'm not sure about this answer: ask again"))
        self.q_again.toggled.connect(self._question_edited)
        form.addRow(self.q_again)
        self.understood = text_box(
            translate("Records", "What the visit was about and what happens next, in your own words"), 4
        )
        self.understood.textChanged.connect(self.edited)
        add_row(form, translate("Records", "What I understood from this visit"), self.understood)
        self.again = WrappingCheckBox(translate("Records", "I'm not sure I understood: ask again next time"))
        self.again.setAccessibleName(translate("Records", "I'm not sure I understood: ask again next time"))
        self.again.toggled.connect(self.edited)
        form.addRow(self.again)

    # -- records ---------------------------------------------------------------------------------------
    def read_all(self) -> list[Visit]:
        assert self.store is not None
        self._contacts = self.store.list_contacts()
        return self.store.list_visits()

    def line(self, record: Visit) -> str:
        return visit_line(record, getattr(self, "_contacts", []), dt.date.today())

    def blank(self) -> Visit:
        return Visit(0, dt.date.today())

    def fill(self, record: Visit) -> None:
        self.day.set_date(record.on)
        self.time.setText(record.at)
        self._fill_people()
        contact = next((c for c in self._contacts if c.id == record.contact_id), None)
        self.who.setEditText(contact.name if contact else record.with_whom)
        line = self.who.lineEdit()
        if line is not None:  # a link to someone no longer on the list, with no name kept: said calmly
            line.setPlaceholderText(
                translate("records", "Someone no longer in your care team list")
                if contact is None and record.contact_id is not None and not record.with_whom.strip()
                else ""
            )
        self.what_for.setText(record.what_for)
        self.questions = list(record.questions)
        self._question_row = -1
        self._fill_questions(0 if self.questions else -1)
        self.understood.setPlainText(record.understood)
        self.again.setChecked(record.ask_again)
        self._fill_pick()

    def gather(self) -> Visit:
        self._keep_question()
        base = self.current if self.current is not None else self.blank()
        on = self.day.date(translate("Records", "Day"))
        who = self.who.currentText().strip()
        contact = next((c for c in self._contacts if c.name.strip().casefold() == who.casefold()), None)
        return dataclasses.replace(
            base, on=on, at=self.time.text().strip(),
            contact_id=contact.id if contact else None, with_whom=who,  # the name kept with the link
            what_for=self.what_for.text(), questions=tuple(self.questions),
            understood=self.understood.toPlainText(), ask_again=self.again.isChecked(),
        )  # fmt: skip

    def write(self, record: Visit) -> Visit:
        assert self.store is not None
        return self.store.add_visit(record) if record.id == 0 else self.store.update_visit(record)

    def delete(self, record_id: int) -> Visit:
        assert self.store is not None
        return self.store.delete_visit(record_id)

    def restore(self, record: Visit) -> Visit:
        assert self.store is not None
        return self.store.restore_visit(record)

    def reload(self, select_id: int | None = None) -> None:
        """At first the next visit is chosen (the last one when none is coming)."""
        if select_id is None and self.current is None and self.store is not None:
            try:
                coming = self.store.next_visit(dt.date.today()) or self.store.last_visit(dt.date.today())
            except StoreError:
                coming = None
            select_id = coming.id if coming else None
        super().reload(select_id)

    def records_changed(self, kind: str) -> None:
        if kind == "contact" and self.store is not None:
            self._contacts = self.store.list_contacts()
            for row, visit in enumerate(self.records):
                self.record_list.item(row).setText(self.line(visit))
            typed = self.who.currentText()  # the people to choose from follow the care team at once
            self._fill_people()
            self.who.blockSignals(True)
            self.who.setEditText(typed)
            self.who.blockSignals(False)

    # -- the people and the questions to pick from ------------------------------------------------------------
    def _fill_people(self) -> None:
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItems([c.name for c in self._contacts])
        self.who.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._refresh_pick()  # a question added in My questions meanwhile is offered at once

    def _refresh_pick(self) -> None:
        """The questions to pick from, read again, keeping the one chosen."""
        if self.store is None or not hasattr(self, "pick"):
            return
        chosen = self.pick.currentData()
        self._fill_pick()
        index = self.pick.findData(chosen) if chosen is not None else -1
        if index >= 0:
            self.pick.setCurrentIndex(index)

    def _fill_pick(self) -> None:
        """My questions not yet taken to this visit, then those marked "ask again" at an earlier one."""
        self.pick.blockSignals(True)
        self.pick.clear()
        taken = {" ".join(q.text.casefold().split()) for q in self.questions}
        assert self.store is not None
        try:
            mine = [(question_text(self.core.book, q), q.id) for q in self.store.list_my_questions()]
        except StoreError:
            mine = []
        before = self.current.on if self.current is not None else dt.date.today()
        offered: list[tuple[str, str, int | None]] = [(text, text, qid) for text, qid in mine]
        offered += [
            (translate("Records", "Ask again: {q}").format(q=q.text), q.text, q.question_id)
            for _visit, q in ask_again(self.records, before)
        ]
        for shown, text, qid in offered:
            key = " ".join(text.casefold().split())
            if key not in taken:
                taken.add(key)
                self.pick.addItem(shown, (text, qid))
        none_left = not self.pick.count()
        if none_left:
            self.pick.addItem(translate("Records", "(none left)"), None)
        self.pick.blockSignals(False)
        self.pick_hint.setVisible(none_left)
        self.take_button.setEnabled(self.writable and self.pick.currentData() is not None)

    def _fill_questions(self, select: int) -> None:
        self.question_list.blockSignals(True)
        self.question_list.clear()
        for question in self.questions:
            item = QListWidgetItem(_question_line(question))
            item.setData(Qt.ItemDataRole.ToolTipRole, question.understood)
            self.question_list.addItem(item)
        self.question_list.blockSignals(False)
        self.question_list.setCurrentRow(select)
        self._question_chosen(select)

    def _keep_question(self) -> None:
        """The chosen question's answer, as typed, into the visit's questions."""
        row = self._question_row
        if 0 <= row < len(self.questions):
            self.questions[row] = dataclasses.replace(
                self.questions[row],
                understood=self.q_understood.toPlainText(),
                ask_again=self.q_again.isChecked(),
            )

    def _question_chosen(self, row: int) -> None:
        if self._question_row != row:
            self._keep_question()
        self._question_row = row
        chosen = self.questions[row] if 0 <= row < len(self.questions) else None
        loading, self._loading = self._loading, True
        try:
            self.q_understood.setPlainText(chosen.understood if chosen else "")
            self.q_again.setChecked(bool(chosen and chosen.ask_again))
        finally:
            self._loading = loading
        self.form.setRowVisible(self.q_understood, chosen is not None)
        self.form.setRowVisible(self.q_again, chosen is not None)
        self.drop_button.setEnabled(self.writable and chosen is not None)
        if chosen is not None:
            self.q_label.setText(
                translate("Records", "What I understood of: {question}").format(question=chosen.text)
            )

    def _question_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._keep_question()
        row = self._question_row
        item = self.question_list.item(row)
        if item is not None and 0 <= row < len(self.questions):
            item.setText(_question_line(self.questions[row]))
        self.edited()

    def take_question(self) -> None:
        picked = self.pick.currentData()
        if picked is None or self.current is None:
            return
        text, qid = picked
        self._keep_question()
        self.questions.append(VisitQuestion(text, question_id=qid if isinstance(qid, int) else None))
        self._question_row = -1
        self._fill_questions(len(self.questions) - 1)
        self._fill_pick()
        self.edited()

    def drop_question(self) -> None:
        row = self.question_list.currentRow()
        if not 0 <= row < len(self.questions):
            return
        self._keep_question()
        del self.questions[row]
        self._question_row = -1
        self._fill_questions(min(row, len(self.questions) - 1))
        self._fill_pick()
        self.edited()

    def shown(self, record: Visit | None) -> None:
        if record is not None and record.id:
            item = self.record_list.currentItem()
            if item is not None:
                item.setToolTip(written_down(record))


class FreshCombo(QComboBox):
    """A drop-down that reads its choices again just before it opens (they change on other pages)."""

    def __init__(self, refresh: Callable[[], None]) -> None:
        super().__init__()
        self._refresh = refresh
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        self._refresh()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self._refresh()
        super().focusInEvent(event)


def _question_line(question: VisitQuestion) -> str:
    return question.text + (" " + translate("Records", "(ask again)") if question.ask_again else "")
