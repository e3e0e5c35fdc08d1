"""The diary's first page: check in now, what to do after a warning sign, and the last check-in.

What it shows comes from the diary service and :mod:`liverbook.diary.after_check_in`: the advice of
the latest check-in until the reader has read it (kept in the settings file as
``diary/acknowledged``), the last check-in in one line, and why the diary cannot be changed when
it is read-only (or cannot be shown at all).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from liverbook.core.app_core import Core
from liverbook.diary.advice import Advice
from liverbook.diary.after_check_in import acknowledged_with, advice_to_show, entry_line, when_text
from liverbook.diary.checkin_form import is_recent
from liverbook.diary.service import local_now
from liverbook.i18n import translate
from liverbook.store import StoreError
from liverbook.store.diary_model import Entry
from liverbook.ui.views import CHECK_IN_KEY
from liverbook.ui.views.advice_panel import AdvicePanel
from liverbook.ui.widgets.labels import plain_label
from liverbook.ui.widgets.reflow import FlowLayout

ACK_KEY = "diary/acknowledged"
ADVICE_HOURS = 72.0  # the latest check-in's advice is shown while it is this recent (or until read)
UNREAD_LOOKED_AT = 10  # how many recent check-ins are looked at for advice not read yet


class OverviewPage(QWidget):
    """Check in now, the advice panel, the last check-in; ``check_in_requested`` carries an entry id or 0."""

    check_in_requested = Signal(int)
    page_requested = Signal(str)
    settings_requested = Signal()
    export_requested = Signal()

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.latest: Entry | None = None
        self.changed_id: int | None = None  # an older check-in just changed: its advice, until read
        self.shown: Entry | None = None  # the check-in whose advice is shown
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(plain_label(translate("DiaryOverview", "My diary"), bold=True, scale=1.5))
        layout.addWidget(
            plain_label(
                translate(
                    "DiaryOverview",
                    "A short check-in on how you are: about two minutes. Do it every day, or whenever something "
                    "changes; a carer can answer too. The diary shows how things change over time, says when a "
                    "change needs a call to your care team, and goes into your visit report. It stays on this "
                    "computer: the app sends it nowhere and contacts no one.",
                )
            )
        )
        self.problem = plain_label(bold=True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.check_in_button = QPushButton(
            translate("DiaryOverview", "Check in now ({key})").format(
                key=QKeySequence(CHECK_IN_KEY).toString(
                    QKeySequence.SequenceFormat.NativeText
                )  # "Ctrl+Mayús+D"
            )
        )
        self.check_in_button.setMinimumHeight(self.check_in_button.sizeHint().height() + 12)
        self.check_in_button.clicked.connect(lambda _checked=False: self.check_in_requested.emit(0))
        row = QHBoxLayout()
        row.addWidget(self.check_in_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.advice = AdvicePanel()
        self.advice.acknowledged.connect(self.acknowledge)
        self.advice.page_requested.connect(self.page_requested)
        layout.addWidget(self.advice)
        self.last_line = plain_label()
        layout.addWidget(self.last_line)
        self.change_button = QPushButton(translate("DiaryOverview", "Change the last check-in…"))
        self.change_button.clicked.connect(self._change_last)
        self.settings_button = QPushButton(translate("DiaryOverview", "Diary settings…"))
        self.settings_button.setToolTip(
            translate(
                "DiaryOverview", "Which questions to ask, your own items, units, your care team's number"
            )
        )
        self.settings_button.clicked.connect(lambda _checked=False: self.settings_requested.emit())
        self.export_button = QPushButton(translate("DiaryOverview", "Save as a spreadsheet…"))
        self.export_button.setToolTip(
            translate("DiaryOverview", "Save the whole diary as a CSV file for a spreadsheet")
        )
        self.export_button.clicked.connect(lambda _checked=False: self.export_requested.emit())
        buttons = QWidget()  # side by side when there is room, else one under another
        flow = FlowLayout(buttons)
        for button in (self.change_button, self.settings_button, self.export_button):
            flow.addWidget(button)
        layout.addWidget(buttons)
        layout.addStretch(1)

    def refresh(self, announce: bool = False) -> None:
        """Show the diary as it is now: the advice still to read, the last check-in, what can be done."""
        store = self.core.store
        if store is None:
            self._unavailable(
                self.core.store_message or translate("DiaryOverview", "Your diary cannot be opened just now.")
            )
            return
        try:
            self.latest = next(iter(store.latest_entries(1)), None)
            advice = self._advice()
        except StoreError as error:
            self._unavailable(error.user_message)
            return
        writable = self.core.can_write
        self.problem.setVisible(not writable)
        if not writable:
            self.problem.setText(
                translate(
                    "DiaryOverview",
                    "Your diary is shown as it was saved, but it cannot be changed just now: {why}",
                ).format(
                    why=self.core.store_message or translate("DiaryOverview", "the data can only be read.")
                )
            )
        self.check_in_button.setEnabled(writable)
        self.settings_button.setEnabled(writable)
        self.export_button.setEnabled(self.latest is not None)
        self.change_button.setEnabled(writable and self.latest is not None)
        if self.latest is None:
            self.last_line.setText(translate("DiaryOverview", "No check-ins yet."))
        else:
            self.last_line.setText(
                translate("DiaryOverview", "Last check-in: {line}").format(line=entry_line(self.latest))
            )
        was = self.advice.advice
        self.advice.show_advice(advice, self._when(self.shown) if advice is not None else "")
        if announce and advice is not None and advice == was:
            self.advice.announce()

    def show_changed(self, entry_id: int) -> None:
        """An older check-in was just changed: show its advice (if it has any) until it is read."""
        self.changed_id = entry_id
        self.refresh(announce=True)

    def _advice(self) -> Advice | None:
        """The advice to show: a check-in just changed first; else, among recent check-ins with advice
        not read yet, a "get help now" one (a later check-in never hides it), else the latest's."""
        store = self.core.store
        assert store is not None
        read = self.core.prefs.get(ACK_KEY)
        if self.changed_id is not None:
            changed = store.get_entry(self.changed_id)
            advice = advice_to_show(changed, read, self.core.book, store) if changed is not None else None
            if advice is not None:
                self.shown = changed
                return advice
            self.changed_id = None  # read, changed again without warning signs, or gone
        now = local_now()
        unread = [
            (entry, advice)
            for entry in store.latest_entries(UNREAD_LOOKED_AT)
            if is_recent(entry, now, ADVICE_HOURS)
            and (advice := advice_to_show(entry, read, self.core.book, store)) is not None
        ]
        latest = [(e, a) for e, a in unread if self.latest is not None and e.id == self.latest.id]
        entry, advice = next(((e, a) for e, a in unread if a.urgent), latest[0] if latest else (None, None))
        self.shown = entry if entry is not None else self.latest
        return advice

    def _when(self, entry: Entry | None) -> str:
        """Which check-in the advice is about; a changed one that is not recent says so."""
        if entry is None:
            return ""
        when = when_text(entry.local)
        if self.changed_id is not None and not is_recent(entry, local_now(), ADVICE_HOURS):
            return translate(
                "DiaryOverview",
                "About your check-in of {when}, which you changed. Do this if things are still like this.",
            ).format(when=when)
        return translate("DiaryOverview", "About your check-in of {when}.").format(when=when)

    def acknowledge(self) -> None:
        """The reader has read the advice: it is not shown again for this entry (unless it changes).
        The latest check-in's advice, if still unread, comes next."""
        if self.shown is not None:
            self.core.prefs.put(ACK_KEY, acknowledged_with(self.core.prefs.get(ACK_KEY), self.shown))
        self.changed_id = None
        self.refresh()
        if self.advice.isHidden():
            self.check_in_button.setFocus()
        else:
            self.advice.setFocus()

    def _change_last(self) -> None:
        if self.latest is not None:
            self.check_in_requested.emit(self.latest.id)

    def _unavailable(self, why: str) -> None:
        self.problem.setText(
            translate("DiaryOverview", "Your diary cannot be shown just now: {why}").format(why=why)
        )
        self.problem.show()
        for button in (self.check_in_button, self.change_button, self.settings_button, self.export_button):
            button.setEnabled(False)
        self.advice.show_advice(None)
        self.last_line.setText("")
