"""My liver scores: the Child-Pugh score and class and the ALBI grade, worked out from the latest lab
results and two answers, with every step of the working shown as the sourced formulas define it, a
plain "what this may mean, ask your team" line, and never a word about which treatment to have.

The two answers (fluid in the belly, confusion from the liver) are what the care team found; the
diary's last words about a swollen belly and confusion are shown beside them as a reminder, never
used as the answers (:mod:`liverbook.records.liver_answers` says why).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from liverbook.core.app_core import Core
from liverbook.core.autosave import SaveState
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.records import labs
from liverbook.records.liver_answers import diary_reminders, reminder_line, why_asked
from liverbook.records.model import LiverAnswers
from liverbook.records.scores import ScoreResult, day as day_words
from liverbook.store import StoreError
from liverbook.ui.widgets.autosave_timer import AutosaveTimer
from liverbook.ui.widgets.labels import plain_label
from liverbook.ui.widgets.radio_groups import tab_to_the_chosen
from liverbook.ui.widgets.wrapping_buttons import WrappingRadioButton

NOT_ADVICE = QT_TRANSLATE_NOOP(
    "Records",
    "These scores are worked out from what you typed in. They are one part of what your care team "
    "looks at, and they never say which treatment to have.",
)


@dataclass(frozen=True)
class ScoreBox:
    """The words of one score: its title, the working step by step, what is missing, what it may mean."""

    box: QFrame
    title: QLabel
    steps: QLabel
    missing: QLabel
    notes: QLabel
    meaning: QLabel
    ask: QLabel
    sources: QLabel
    read: QPushButton


class ScoresPanel(QWidget):
    """The two answers, then each score with its working."""

    link_activated = Signal(QUrl)

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.store = core.store
        self.writable = core.can_write
        self._loading = False
        definition = core.book.records.child_pugh
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(12, 12, 12, 12)
        self.column.setSpacing(8)
        self.column.addWidget(plain_label(translate("Records", "My liver scores"), bold=True, scale=1.2))
        self.column.addWidget(
            plain_label(
                translate(
                    "Records",
                    "Worked out from your latest lab results (in My numbers) and the two answers below, step by step, "
                    "exactly as the handbook's sources define them.",
                )
            )
        )
        self.column.addWidget(plain_label(translate("Records", NOT_ADVICE)))
        self.column.addWidget(
            plain_label(
                translate(
                    "Records", "The two questions about what your care team found are under the scores."
                )
            )
        )
        self.problem = plain_label()
        self.problem.hide()
        self.column.addWidget(self.problem)
        self.cp_box = self._score_box()
        self.albi_box = self._score_box()
        self.column.addWidget(
            plain_label(translate("Records", "Two questions about what your care team found"), bold=True)
        )
        self.column.addWidget(plain_label(why_asked()))
        self.status = plain_label()
        self.status.setAccessibleName(translate("Records", "Save status"))
        self.column.addWidget(self.status)
        choices = (
            (definition.ascites, definition.encephalopathy) if definition else (("", "", ""), ("", "", ""))
        )
        self.ascites = self._group(translate("Records", "Fluid in the belly (ascites)"), choices[0])
        self.confusion = self._group(
            translate("Records", "Confusion from the liver (hepatic encephalopathy)"), choices[1]
        )
        self.column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.engine = core.autosave(self._save)
        self.engine.changed.connect(self._state_changed)
        self._timer = AutosaveTimer(self.engine, self)
        self.destroyed.connect(lambda _obj=None, core=core, engine=self.engine: core.forget_autosave(engine))
        self.setFocusProxy(self.ascites[1].checkedButton() or self.ascites[1].buttons()[0])
        self.refresh()

    def _group(self, title: str, choices: tuple[str, str, str]) -> tuple[QWidget, QButtonGroup, QLabel]:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(box)
        inner.addWidget(plain_label(title, bold=True))
        group = QButtonGroup(box)
        for points, words in enumerate((translate("Records", "Not answered yet"), *choices)):
            button = WrappingRadioButton(
                words
                if points == 0
                else translate("Records", "{words} (%n points)", None, points).format(words=words)
                if points > 1
                else translate("Records", "{words} (1 point)").format(words=words)
            )
            button.setAccessibleName(f"{title}: {button.text()}")
            group.addButton(button, points)
            inner.addWidget(button)
        group.idToggled.connect(self._answered)
        tab_to_the_chosen(group)
        reminder = plain_label()
        reminder.setAccessibleName(translate("Records", "What your diary last said"))
        inner.addWidget(reminder)
        self.column.addWidget(box)
        return box, group, reminder

    def _score_box(self) -> ScoreBox:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(box)
        read = QPushButton(translate("Records", "Read about it in the handbook"))
        parts = ScoreBox(
            box, plain_label(bold=True, scale=1.15), plain_label(), plain_label(), plain_label(),
            plain_label(bold=True), plain_label(), plain_label(), read,
        )  # fmt: skip
        read.clicked.connect(lambda: self._read(parts))
        for widget in (parts.title, parts.steps, parts.missing, parts.notes, parts.meaning, parts.ask,
                       parts.sources, read):  # fmt: skip
            inner.addWidget(widget)
        self.column.addWidget(box)
        return parts

    # -- the answers -----------------------------------------------------------------------------------
    def _answered(self, _id: int, checked: bool) -> None:
        if checked and not self._loading and self.writable:
            self.engine.edited()
            self.engine.flush()  # a click is a whole answer: no pause to wait for

    def _save(self) -> None:
        assert self.store is not None
        today = dt.date.today()
        a, c = self.ascites[1].checkedId(), self.confusion[1].checkedId()
        latest = self.store.latest_liver_answers(today)
        answers = LiverAnswers(0, today, a if a > 0 else None, c if c > 0 else None)
        if latest is not None and latest.on == today:
            self.store.update_liver_answers(dataclasses.replace(answers, id=latest.id, note=latest.note))
        else:
            self.store.add_liver_answers(answers)
        self.core.records_changed("liver")
        self._show_scores()

    def _state_changed(self) -> None:
        state, error = self.engine.state, self.engine.error
        if state is SaveState.FAILED and error is not None:
            self.status.setText(error.user_message)
        elif state is SaveState.PENDING:
            self.status.setText(translate("Records", "Saving…"))
        self.status.setVisible(bool(self.status.text()))

    def flush(self) -> bool:
        return self.engine.flush()

    def records_changed(self, kind: str) -> None:
        if kind != "liver":
            self.refresh()

    def forget(self) -> None:
        if self.engine.flush():  # an answer not saved yet goes into the data now in place
            self.refresh()

    # -- showing -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the answers and results again; show the answers, the reminders and both scores."""
        if self.store is None:
            self.problem.setText(
                self.core.store_message or translate("Records", "Your records cannot be used right now.")
            )
            self.problem.show()
            return
        today = dt.date.today()
        try:
            latest = self.store.latest_liver_answers(today)
            belly, confused = diary_reminders(self.store, self.core.book)
        except StoreError as error:
            self.problem.setText(error.user_message)
            self.problem.show()
            return
        self._loading = True
        try:
            for (_box, group, reminder), points, said in (
                (self.ascites, latest.ascites if latest else None, belly),
                (self.confusion, latest.encephalopathy if latest else None, confused),
            ):
                group.button(points or 0).setChecked(True)
                reminder.setText(reminder_line(said))
                reminder.setVisible(bool(said))
                for button in group.buttons():
                    button.setEnabled(self.writable)
        finally:
            self._loading = False
        when = (
            translate("Records", "Last answered on {day}.").format(day=day_words(latest.on)) if latest else ""
        )
        self.status.setText(when)
        self.status.setVisible(bool(when))
        self._show_scores()

    def _show_scores(self) -> None:
        assert self.store is not None
        today = dt.date.today()
        try:
            results = self.store.list_lab_results()
            liver = self.store.latest_liver_answers(today)
        except StoreError as error:
            self.problem.setText(error.user_message)
            self.problem.show()
            return
        cp, albi = labs.scores_now(self.core.book.records, results, liver, today)
        for parts, result in ((self.cp_box, cp), (self.albi_box, albi)):
            parts.box.setVisible(result is not None)
            if result is not None:
                self._fill_score(parts, result)

    def _fill_score(self, parts: ScoreBox, result: ScoreResult) -> None:
        if result.complete and result.band.isalpha():  # a Child-Pugh class: A, B or C
            title = translate("Records", "{name}: {score} points, class {band}").format(
                name=result.name, score=result.shown, band=result.band
            )
        elif result.complete:  # an ALBI grade: 1, 2 or 3
            title = translate("Records", "{name}: {score}, grade {band}").format(
                name=result.name, score=result.shown, band=result.band
            )
        else:
            title = translate("Records", "{name}: not worked out yet").format(name=result.name)
        parts.title.setText(title)
        steps = []
        for number, step in enumerate(result.steps, start=1):
            line = translate("Records", "Step {n}. {label}: {value}.").format(
                n=number, label=step.label, value=step.value
            )
            line += "\n" + step.working + (f" \u2192 {step.gives}" if step.gives else "")
            steps.append(line)
        parts.steps.setText("\n\n".join(steps))
        parts.steps.setVisible(bool(steps))
        missing = "\n".join("\u2022 " + m for m in result.missing)
        parts.missing.setText(translate("Records", "What is missing:") + "\n" + missing if missing else "")
        parts.missing.setVisible(bool(missing))
        parts.notes.setText("\n".join(result.notes))
        parts.notes.setVisible(bool(result.notes))
        meaning = (
            translate("Records", "What this may mean: {meaning}").format(meaning=result.meaning)
            if result.meaning
            else ""
        )
        parts.meaning.setText(meaning)
        parts.meaning.setVisible(bool(meaning))
        parts.ask.setText(result.ask)
        book = self.core.book
        titles = [book.sources[s].title for s in result.sources if s in book.sources]
        parts.sources.setText(
            translate("Records", "Sources: {titles}").format(titles="; ".join(titles)) if titles else ""
        )
        parts.read.setVisible(bool(result.page))
        parts.read.setProperty("page", result.page or "")
        parts.read.setAccessibleName(
            translate("Records", "Read about the {name} in the handbook").format(name=result.name)
        )

    def _read(self, parts: ScoreBox) -> None:
        page = parts.read.property("page")
        if page:
            self.link_activated.emit(QUrl(f"page:{page}"))
