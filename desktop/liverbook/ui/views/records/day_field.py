"""A day typed as people write it ("10 December 2026", "2026-12-10"), with a calendar beside it.

It replaces the records' QDateEdit boxes, which took a Tab for each of day, month and year and
silently changed the year when a time ("10:30") was typed into the day. Here the line under the box
says how the day was read, or what to change; a time typed by mistake is named as one; nothing is
changed behind the person's back. The calendar opens from its button or with Alt+Down.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from liverbook.i18n import translate
from liverbook.records.dates import DateProblem, LooseDate
from liverbook.records.forms import NotReady, parse_loose
from liverbook.ui.views.records.common import line_edit
from liverbook.ui.widgets.labels import plain_label

_TIME = re.compile(r"\s*\d{1,2}\s*[:.h]\s*\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\s*", re.IGNORECASE)


def read_day(text: str) -> tuple[dt.date | None, str]:
    """The day in ``text`` and "" , or None and a plain reason (what to change). No Qt needed."""
    typed = text.strip()
    if not typed:
        return None, translate("Records", "Write the day, for example 14 March 2026.")
    if _TIME.fullmatch(typed):
        return None, translate(
            "Records", "That looks like a time, not a day. Write the day here, for example 14 March 2026."
        )
    try:
        found = parse_loose(typed)
    except DateProblem as problem:
        return None, problem.message
    if found is None or found.month is None or not found.day:
        return None, translate("Records", "Write the day of the month too, for example 14 March 2026.")
    return dt.date(found.year, found.month, found.day), ""


class DayField(QWidget):
    """A day box: type it, or pick it on the calendar; under it, how it was read."""

    edited = Signal()

    def __init__(self, placeholder: str = "") -> None:
        super().__init__()
        self.edit = line_edit(placeholder or translate("Records", "For example 14 March 2026"), 40)
        self.button = QToolButton()
        self.button.setText(translate("Records", "Calendar\u2026"))
        self.button.setToolTip(translate("Records", "Choose the day on a calendar (Alt+Down)"))
        self.button.setAccessibleName(translate("Records", "Choose the day on a calendar"))
        self.button.clicked.connect(self.open_calendar)
        self.read = plain_label()
        self.read.setAccessibleName(translate("Records", "The day as read"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.read)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.edit.installEventFilter(self)
        self.calendar: QCalendarWidget | None = None
        self._show_read()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt override
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # -- the day -------------------------------------------------------------------------------------
    def set_date(self, day: dt.date) -> None:
        self.edit.setText(LooseDate(day.year, day.month, day.day).shown)
        self._show_read()

    def text(self) -> str:
        return self.edit.text()

    def date(self, label: str) -> dt.date:
        """The day typed; NotReady naming the box (``label``) when it cannot be read."""
        day, why = read_day(self.edit.text())
        if day is None:
            raise NotReady(translate("Records", "{field}: {why}").format(field=label, why=why))
        return day

    def _typed(self, _text: str) -> None:
        self._show_read()
        self.edited.emit()

    def _show_read(self) -> None:
        typed = self.edit.text().strip()
        day, why = read_day(typed)
        shown = LooseDate(day.year, day.month, day.day).shown if day else ""
        if not typed or shown == typed:
            self.read.setText("")
        elif day is not None:
            self.read.setText(translate("Records", "Read as: {date}").format(date=shown))
        else:
            self.read.setText(why)
        self.read.setVisible(bool(self.read.text()))

    # -- the calendar --------------------------------------------------------------------------------
    def open_calendar(self) -> None:
        if not self.edit.isEnabled() or self.edit.isReadOnly():
            return
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setAccessibleName(translate("Records", "Calendar: choose the day"))
            self.calendar.setGridVisible(True)
            self.calendar.activated.connect(self._chosen)
            self.calendar.clicked.connect(self._chosen)
        day, _why = read_day(self.edit.text())
        today = day or dt.date.today()
        self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        self.calendar.adjustSize()
        self.calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _chosen(self, date: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self.set_date(dt.date(date.year(), date.month(), date.day()))
        self.edit.setFocus()
        self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
                QTimer.singleShot(0, self.open_calendar)  # after the key press is done with
                return True
        return super().eventFilter(watched, event)
