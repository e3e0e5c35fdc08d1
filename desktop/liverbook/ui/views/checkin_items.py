"""One question of the check-in: its words, its short help and the way it is answered.

:class:`ItemInput` is a view over one item of a :class:`~liverbook.diary.checkin_form.Draft`: a
0 to 10 scale or a level of an answer scale or yes / no (a :class:`ChoiceGroup`), a number in the
reader's unit, words ("Where is the pain?", or the free note). Every change is written into the
draft at once and reported with ``edited``; the window saves the draft (autosave) and runs the
rules. Words from the handbook and the reader are always shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from liverbook.content.diary_model import LEVELS, NUMBER, SCALE, SCALE_MAX, TEXT, YES_NO
from liverbook.diary import messages as m, units
from liverbook.diary.checkin_form import Draft
from liverbook.diary.items import ItemView, input_unit
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.store.diary_model import DiaryPrefs
from liverbook.ui.widgets.choice_group import ChoiceGroup
from liverbook.ui.widgets.labels import plain_label

UNIT_WORDS = {  # the unit beside a number, in the reader's language
    "°C": QT_TRANSLATE_NOOP("CheckIn", "°C"),
    "°F": QT_TRANSLATE_NOOP("CheckIn", "°F"),
    "kg": QT_TRANSLATE_NOOP("CheckIn", "kg"),
    "lb": QT_TRANSLATE_NOOP("CheckIn", "lb"),
}
NOTE_LINES = 4
NUMBER_LETTERS = 9


def choices_of(item: ItemView) -> list[tuple[float, str]]:
    """The answers a choice item offers, as (value, words)."""
    if item.kind == SCALE:
        top = int(item.maximum if item.maximum is not None else SCALE_MAX)
        return [(float(v), str(v)) for v in range(top + 1)]
    if item.kind == YES_NO:
        return [(0.0, m.tr(m.NO)), (1.0, m.tr(m.YES))]
    if item.kind == LEVELS and item.scale is not None:
        return [(float(i), level.label) for i, level in enumerate(item.scale.levels)]
    return []


class ItemInput(QFrame):
    """The question, its help, and its answer controls; writes into ``draft`` as the reader answers."""

    edited = Signal()

    def __init__(
        self, item: ItemView, draft: Draft, prefs: DiaryPrefs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.draft = draft
        self.setObjectName(f"item-{item.id}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.current = False  # the question the keyboard is in: framed in the highlight colour
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(4)
        self.title = plain_label(item.label, bold=True)
        layout.addWidget(self.title)
        if item.help:
            self.help = plain_label(item.help)
            layout.addWidget(self.help)
        self.choices: ChoiceGroup | None = None
        self.number: QLineEdit | None = None
        self.note: QPlainTextEdit | None = None
        self.detail: QLineEdit | None = None
        if item.kind in (SCALE, YES_NO, LEVELS):
            self.choices = ChoiceGroup(
                item.label, choices_of(item), flow=item.kind != LEVELS, digits=item.kind == SCALE
            )
            self.choices.setAccessibleDescription(item.help)
            self.choices.chosen.connect(self._chosen)
            layout.addWidget(self.choices)
            if item.kind == SCALE and not item.help:  # the reader's own items: say what the numbers mean
                layout.addWidget(
                    plain_label(translate("CheckIn", "0 is none, 10 is the worst you can imagine."))
                )
        elif item.kind == NUMBER:
            symbol = units.SYMBOLS[input_unit(item, prefs)]
            unit = translate("CheckIn", UNIT_WORDS[symbol]) if symbol in UNIT_WORDS else symbol
            self.number = QLineEdit()
            self.number.setAccessibleName(f"{item.label} ({unit})" if unit else item.label)
            self.number.setAccessibleDescription(item.help)
            self.number.setMaximumWidth(self.number.fontMetrics().averageCharWidth() * NUMBER_LETTERS + 16)
            self.number.setMaxLength(12)
            self.number.textEdited.connect(self._typed)
            row = QHBoxLayout()
            row.addWidget(self.number)
            if unit:
                unit_label = QLabel(unit)
                unit_label.setBuddy(self.number)
                row.addWidget(unit_label)
            row.addStretch(1)
            layout.addLayout(row)
        elif item.kind == TEXT:
            self.note = QPlainTextEdit()
            self.note.setTabChangesFocus(True)  # Tab goes on to the next control, as everywhere in the form
            self.note.setAccessibleName(item.label)
            self.note.setAccessibleDescription(item.help)
            self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * NOTE_LINES + 16)
            self.note.textChanged.connect(self._note_changed)
            layout.addWidget(self.note)
        if item.detail:
            detail_label = plain_label(item.detail)
            self.detail = QLineEdit()
            self.detail.setAccessibleName(f"{item.label}: {item.detail}")
            self.detail.setMaxLength(500)
            self.detail.textEdited.connect(self._detail_typed)
            detail_label.setBuddy(self.detail)
            layout.addWidget(detail_label)
            layout.addWidget(self.detail)
        self.problem = plain_label(bold=True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.load()

    # -- draft <-> controls ------------------------------------------------------------------------------

    def load(self) -> None:
        """Show what the draft holds for this item."""
        item_id = self.item.id
        if self.choices is not None:
            self.choices.set_value(self.draft.choices.get(item_id))
        if self.number is not None:
            self.number.setText(self.draft.typed.get(item_id, ""))
        if self.note is not None:
            self.note.blockSignals(True)
            self.note.setPlainText(self.draft.words.get(item_id, ""))
            self.note.blockSignals(False)
        if self.detail is not None:
            self.detail.setText(self.draft.words.get(item_id, ""))

    def _chosen(self, value: object) -> None:
        if value is None:
            self.draft.choices.pop(self.item.id, None)
        else:
            assert isinstance(value, float)
            self.draft.choices[self.item.id] = value
        self.edited.emit()

    def _typed(self, text: str) -> None:
        self.draft.typed[self.item.id] = text
        self.show_problem("")
        self.edited.emit()

    def _note_changed(self) -> None:
        assert self.note is not None
        self.draft.words[self.item.id] = self.note.toPlainText()
        self.edited.emit()

    def _detail_typed(self, text: str) -> None:
        self.draft.words[self.item.id] = text
        self.edited.emit()

    def set_current(self, current: bool) -> None:
        """Frame this question while the keyboard is in it (Qt's own focus mark is small)."""
        if current != self.current:
            self.current = current
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.current:
            painter = QPainter(self)
            width = max(2, self.fontMetrics().height() // 8)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), width))
            half = width // 2 + 1
            painter.drawRoundedRect(self.rect().adjusted(half, half, -half, -half), 6, 6)
            painter.end()

    # -- what the window asks ------------------------------------------------------------------------------

    def show_problem(self, text: str) -> None:
        """Say under the answer why it cannot be saved ("" hides it)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def focus_target(self) -> QWidget:
        """Where Tab (or the window) puts the focus for this question."""
        if self.choices is not None:
            return self.choices.focus_button()
        for widget in (self.number, self.note, self.detail):
            if widget is not None:
                return widget
        return self

    def set_editable(self, editable: bool) -> None:
        for widget in (self.choices, self.number, self.note, self.detail):
            if widget is not None:
                widget.setEnabled(editable)
