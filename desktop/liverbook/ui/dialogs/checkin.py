"""The diary's check-in: every question of the day on one scrolling form, saved as the reader answers.

Opened with ``window.show_dialog("checkin")`` (a new check-in, now) or ``("checkin", entry_id)`` (an
entry to change). It is a thin view over a :class:`~liverbook.diary.checkin_form.Draft`: the
answers are saved by the one autosave engine a moment after each change (the first save makes the
entry; later ones change it), the rules are judged by the diary service at each save, and nothing
is lost if the app is closed or the computer stops. Done (Ctrl+Enter or Ctrl+S) saves at once and
closes; the diary's first page then shows what to do if a warning sign was met.

By keyboard: Tab goes from question to question, the arrow keys choose an answer (digits on a 0 to
10 scale), Delete takes an answer back. The whole form takes about a minute this way.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from liverbook.core.app_core import Core
from liverbook.core.autosave import SaveState
from liverbook.core.example import saved_words
from liverbook.diary.checkin_form import Draft, answers_of, draft_of, kept_answers, who_answers_first
from liverbook.diary.items import ItemView
from liverbook.diary.service import CheckIn, local_now
from liverbook.i18n import translate
from liverbook.store.diary_model import ANSWERED_BY, CARER, PATIENT, Entry
from liverbook.ui.dialogs.registry import DialogHost, DialogSpec
from liverbook.ui.language import date_format
from liverbook.ui.views.checkin_items import ItemInput
from liverbook.ui.widgets.autosave_timer import AutosaveTimer
from liverbook.ui.widgets.choice_group import ChoiceGroup
from liverbook.ui.widgets.fit import fit_to_screen, scrolling
from liverbook.ui.widgets.labels import plain_label

DONE_KEYS = ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S")
FORGET_MS = 2000  # a closed check-in is deleted this long after, not while the diary's page is shown


class CheckInDialog(QDialog):
    """A check-in (new, or an entry to change); ``check_in_done`` carries the last save's CheckIn (or None)."""

    check_in_done = Signal(object)

    def __init__(self, core: Core, entry_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert core.store is not None, "a check-in needs the diary's store"
        self.core = core
        self.diary = core.diary
        self.prefs = self.diary.prefs()
        self.tags = core.situation.tags
        self.entry: Entry | None = core.store.get_entry(entry_id) if entry_id is not None else None
        self.started_new = self.entry is None
        self.signs_before = (
            frozenset(a.rule_id for a in self.entry.alerts) if self.entry is not None else frozenset()
        )
        self.saved: CheckIn | None = None
        self.problems: dict[str, str] = {}
        self._opened_at = local_now()
        self._finished = False
        self._shown_once = False
        last = None if self.entry is not None else next(iter(core.store.latest_entries(1)), None)
        self.items = self._items()
        if self.entry is not None:
            self.draft = draft_of(self.entry, self.items, self.prefs)
        else:
            self.draft = Draft(answered_by=who_answers_first(core.situation.reader, last))
        self._as_last_time = last is not None and last.answered_by == self.draft.answered_by
        self.setWindowTitle(
            translate("CheckIn", "Change a check-in")
            if self.entry is not None
            else translate("CheckIn", "Check in")
        )
        self._build()
        self.engine = core.autosave(self._save)
        self.engine.changed.connect(self._state_changed)
        self._timer = AutosaveTimer(self.engine, self)
        self.destroyed.connect(lambda _obj=None, core=core, engine=self.engine: core.forget_autosave(engine))
        self._state_changed()
        editable = core.can_write
        for row in self.inputs.values():
            row.set_editable(editable)
        self.resize(760, 700)
        fit_to_screen(self)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_moved)  # type: ignore[attr-defined]

    @Slot(QObject, QObject)  # a real slot: the connection ends with the dialog
    def _focus_moved(self, _old: QObject | None, new: QObject | None) -> None:
        """Frame the question the keyboard is in, and show it whole (Shift+Tab lands on its last row)."""
        for row in self.inputs.values():
            inside = isinstance(new, QWidget) and row.isAncestorOf(new)
            row.set_current(inside)
            if inside:
                self._show_whole(row)

    def _show_problem_of(self, row: ItemInput) -> None:
        """The refused answer in sight with the message under it, even when the question is tall."""
        self._show_whole(row)
        self.body_scroll.ensureWidgetVisible(row.problem, 0, 0)

    def _show_whole(self, row: ItemInput) -> None:
        """Scroll so that the whole question, its message included, is in sight when it fits."""
        if row.height() <= self.body_scroll.viewport().height():
            self.body_scroll.ensureWidgetVisible(row, 0, 0)

    def is_for(self, entry_id: int | None) -> bool:
        """True when this window is the check-in asked for: a new one (None), or that entry."""
        if entry_id is None:
            return self.started_new
        return self.entry is not None and self.entry.id == entry_id

    def _items(self) -> list[ItemView]:
        """The questions asked now, and any other this entry answered (so an edit keeps them)."""
        answered = {a.item_id for a in self.entry.answers} if self.entry is not None else set()
        return [item for item in self.diary.items(self.tags) if item.enabled or item.id in answered]

    # -- building --------------------------------------------------------------------------------------

    def _build(self) -> None:
        intro = plain_label(
            translate(
                "CheckIn",
                "Answer what applies to you today and skip the rest. Tab goes to the next question, the "
                "arrow keys choose an answer, Delete takes it back. Your answers are saved as you go. "
                "When you are done, press Done (Ctrl+Enter).",
            )
        )
        who_words = {
            PATIENT: translate("CheckIn", "The patient"),
            CARER: translate("CheckIn", "A carer or family member"),
        }
        self.who = ChoiceGroup(
            translate("CheckIn", "Who is answering?"),
            [(float(i), who_words[w]) for i, w in enumerate(ANSWERED_BY)],
            flow=True,
        )
        self.who.set_value(float(ANSWERED_BY.index(self.draft.answered_by)))
        self.who.chosen.connect(self._who_chosen)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_format(with_time=True))
        self.when.setAccessibleName(translate("CheckIn", "When"))
        local = self.entry.local if self.entry is not None else self._opened_at.replace(tzinfo=None)
        self.when.setDateTime(QDateTime(local))
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addDays(1))
        self.when.dateTimeChanged.connect(lambda _when: self.engine_edited())
        self.when.setMaximumWidth(self.when.fontMetrics().horizontalAdvance("30 Sep 2026, 23:59") * 2)
        top = QFormLayout()
        top.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        who_label = QLabel(translate("CheckIn", "Who is answering?"))
        top.addRow(who_label, self.who)
        if self._as_last_time:  # the choice is carried over: say so, so a different person changes it
            top.addRow(
                plain_label(
                    translate(
                        "CheckIn",
                        "Chosen as in your last check-in. Change it if someone else is answering now.",
                    )
                )
            )
        when_label = QLabel(translate("CheckIn", "&When:"))
        when_label.setBuddy(self.when)
        top.addRow(when_label, self.when)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(intro)
        column.addLayout(top)
        self.inputs: dict[str, ItemInput] = {}
        for item in self.items:
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            column.addWidget(line)
            row = ItemInput(item, self.draft, self.prefs)
            row.edited.connect(self.engine_edited)
            column.addWidget(row)
            self.inputs[item.id] = row
        column.addStretch(1)
        self.read_only_note = plain_label(
            translate(
                "CheckIn",
                "Your diary can be read but not changed just now, so this check-in cannot be saved. "
                "The diary's first page says why.",
            ),
            bold=True,
        )
        self.read_only_note.setVisible(not self.core.can_write)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.done_button = buttons.addButton(
            translate("CheckIn", "Done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setToolTip(translate("CheckIn", "Save and close (Ctrl+Enter)"))
        self.done_button.setAutoDefault(False)
        self.done_button.setDefault(False)
        self.done_button.clicked.connect(self.done_clicked)
        for key in DONE_KEYS:
            QShortcut(QKeySequence(key), self, self.done_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        self.body_scroll = scrolling(body)
        layout.addWidget(self.body_scroll, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.setTabOrder(self.who.focus_button(), self.when)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown_once and self.inputs:
            self._shown_once = True  # start at the first question: who and when are already filled in
            next(iter(self.inputs.values())).focus_target().setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def engine_edited(self) -> None:
        """A change the reader made: save it after a short pause."""
        if self.core.can_write:
            self.engine.edited()

    def _who_chosen(self, value: object) -> None:
        if value is None:  # "who" cannot be blank: taking it back keeps the answer it had
            self.who.set_value(float(ANSWERED_BY.index(self.draft.answered_by)))
            return
        assert isinstance(value, float)
        self.draft.answered_by = ANSWERED_BY[int(value)]
        self.engine_edited()

    # -- saving ------------------------------------------------------------------------------------------

    def _moment(self) -> dt.datetime:
        """When the check-in is: the moment it was opened, unless the reader chose another time."""
        chosen = self.when.dateTime().toPython()
        assert isinstance(chosen, dt.datetime)
        opened = self._opened_at.replace(tzinfo=None, second=0, microsecond=0)
        if self.entry is None and chosen == opened:
            return self._opened_at
        return chosen  # naive: read in the computer's time zone

    def _save(self) -> None:
        """What the autosave engine calls: the draft to the store (StoreError: it stays a draft)."""
        answers, problems = answers_of(self.items, self.draft, self.prefs)
        self._show_problems(problems)
        answers += kept_answers(self.entry, self.items)
        if self.entry is None and not answers:
            return  # nothing answered yet: no empty entry
        if self.entry is None:
            result = self.diary.check_in(answers, self.draft.answered_by, self.tags, when=self._moment())
        else:
            result = self.diary.edit(
                self.entry.id, answers, self.draft.answered_by, self.tags, self._moment(), self.entry.created
            )
        self.entry, self.saved = result.entry, result
        self.core.diary_changed(result.entry.id)

    def _show_problems(self, problems: dict[str, str]) -> None:
        self.problems = problems
        for item_id, row in self.inputs.items():
            row.show_problem(problems.get(item_id, ""))

    def _state_changed(self) -> None:
        state, engine = self.engine.state, self.engine
        if state is SaveState.FAILED and engine.error is not None:
            text = translate(
                "CheckIn", "Not saved: {why} Your answers are still here; the app will try again."
            ).format(why=engine.error.user_message)
        elif state is SaveState.PENDING:
            text = translate("CheckIn", "Saving…")
        elif self.entry is not None:
            text = saved_words(self.core.is_example, translate("CheckIn", "Saved."))
        else:
            text = translate("CheckIn", "Nothing answered yet.")
        if self.problems and state is not SaveState.PENDING:
            text += " " + translate("CheckIn", "One answer needs a look: see the message under it.")
        self.status.setText(text)

    def flush(self) -> bool:
        """Save now; True when nothing is left unsaved."""
        return self.engine.flush() if self.core.can_write else True

    # -- finishing -----------------------------------------------------------------------------------------

    def done_clicked(self) -> None:
        """Done: save now and close (unless an answer needs a look, or the save failed)."""
        if not self.flush():
            self._state_changed()
            return
        if self.problems:
            first = self.inputs[next(item_id for item_id in self.inputs if item_id in self.problems)]
            first.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
            QTimer.singleShot(0, self, lambda: self._show_problem_of(first))  # once its message has its room
            self._state_changed()
            return
        self.accept()

    def done(self, code: int) -> None:  # noqa: D102 - QDialog's; accept, reject (Esc) and close come here
        if not self._finish():
            return
        super().done(code)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._finish():
            event.ignore()
            return
        super().closeEvent(event)

    def _finish(self) -> bool:
        """Save before closing; if that fails, ask (the safe answer keeps the form open)."""
        if self._finished:
            return True
        if not self.flush():
            self._state_changed()
            prompts = getattr(self.parent(), "prompts", None)
            keep = prompts is None or not prompts.confirm(
                translate("CheckIn", "Your answers are not saved"),
                translate(
                    "CheckIn",
                    "The app could not save this check-in ({why}).\n\nIf you close it now, these answers "
                    "will be lost. Keep it open to try again.",
                ).format(why=self.engine.error.user_message if self.engine.error else ""),
                yes=translate("CheckIn", "Close and lose these answers"),
                no=translate("CheckIn", "Keep the check-in open"),
            )
            if keep:
                return False
            self.engine.discard()
        self._finished = True
        self.check_in_done.emit(self.saved)
        QTimer.singleShot(
            FORGET_MS, self.deleteLater
        )  # its job is done; deleted once the window is idle again
        return True


def _build(host: DialogHost, parent: QWidget, entry_id: int | None = None) -> CheckInDialog:
    return CheckInDialog(host.core, entry_id, parent)


DIALOG = DialogSpec("checkin", _build, reuse=False, activate=True)
