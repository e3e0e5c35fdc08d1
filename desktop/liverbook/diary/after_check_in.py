"""What the diary's screens say about saved check-ins: the number to call, whether the advice of the
latest check-in is still to be read, and one line per entry for the list. No Qt.

* :func:`phone_line` and :func:`with_phone`: the advice names the person's urgent contact from
  "My records" when one is chosen (with both numbers), else the care team's number saved in the
  diary's settings, else how to add one.
* :func:`advice_to_show`: the advice of the latest check-in (or of an older one just changed) stays
  on the diary's first page until the reader says they have read it; :func:`acknowledgement` is
  what is kept (in the settings file, :func:`acknowledged_with`) to remember that, and an edit of
  the entry (new answers) shows its advice again.
* :func:`entry_line`: "Tue 12 May 2026, 8:35 · Patient · 14 answers · Call your care team today".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Protocol

from liverbook.content.diary_model import urgency_rank
from liverbook.content.model import Handbook
from liverbook.diary import messages as m
from liverbook.diary.advice import Advice, advice_for
from liverbook.diary.messages import QT_TRANSLATE_NOOP
from liverbook.store.diary_model import CARER, DiaryPrefs, Entry
from liverbook.store.store import Store

URGENT_BOTH = QT_TRANSLATE_NOOP("Diary", "Call {name}. After hours: {after}. Daytime: {day}.")
URGENT_ONE = QT_TRANSLATE_NOOP("Diary", "Call {name}: {phone}")
URGENT_NO_PHONE = QT_TRANSLATE_NOOP("Diary", "Call {name}. Their phone number is not in My records yet.")
ANSWER_COUNT_ONE = QT_TRANSLATE_NOOP("Diary", "1 answer")
ANSWER_COUNT = QT_TRANSLATE_NOOP("Diary", "{count} answers")
ENTRY_LINE = QT_TRANSLATE_NOOP("Diary", "{date}, {time}")
KEEP_READ = 20  # advice read: how many check-ins are remembered
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Diary", "Mon"),
    QT_TRANSLATE_NOOP("Diary", "Tue"),
    QT_TRANSLATE_NOOP("Diary", "Wed"),
    QT_TRANSLATE_NOOP("Diary", "Thu"),
    QT_TRANSLATE_NOOP("Diary", "Fri"),
    QT_TRANSLATE_NOOP("Diary", "Sat"),
    QT_TRANSLATE_NOOP("Diary", "Sun"),
)


class UrgentContact(Protocol):
    name: str
    phone_day: str
    phone_after_hours: str


def phone_line(urgent: UrgentContact | None, prefs: DiaryPrefs) -> str:
    """Who to call, in one line: the urgent contact of "My records" first, else the diary's number."""
    if urgent is not None:
        name = urgent.name.strip()
        day, after = urgent.phone_day.strip(), urgent.phone_after_hours.strip()
        if day and after and day != after:
            return m.tr(URGENT_BOTH).format(name=name, after=after, day=day)
        if day or after:
            return m.tr(URGENT_ONE).format(name=name, phone=after or day)
        if not prefs.care_team_phone.strip():
            return m.tr(URGENT_NO_PHONE).format(name=name)
    phone = prefs.care_team_phone.strip()
    return m.tr(m.PHONE).format(phone=phone) if phone else m.tr(m.NO_PHONE)


def urgent_contact(store: Store) -> UrgentContact | None:
    """The records' urgent contact, if the store has records and one is chosen (never raises for that)."""
    find = getattr(store, "urgent_contact", None)
    if find is None:
        return None
    found: UrgentContact | None = find()
    return found


def with_phone(advice: Advice, store: Store, prefs: DiaryPrefs) -> Advice:
    """The advice with the best number to call in it (see :func:`phone_line`)."""
    return dataclasses.replace(advice, phone=phone_line(urgent_contact(store), prefs))


def acknowledgement(entry: Entry) -> str:
    """What is kept once the reader has read an entry's advice: the entry and when it was last changed."""
    return f"{entry.id}@{entry.updated.isoformat()}"


def acknowledged_with(acknowledged: str | None, entry: Entry) -> str:
    """What is kept after the reader has read ``entry``'s advice too: the latest check-in's and a
    changed older one's are both remembered (the last :data:`KEEP_READ` read)."""
    read = [mark for mark in (acknowledged or "").split() if mark != acknowledgement(entry)]
    return " ".join([*read, acknowledgement(entry)][-KEEP_READ:])


def advice_to_show(
    entry: Entry | None, acknowledged: str | None, book: Handbook, store: Store
) -> Advice | None:
    """The advice of a check-in (the latest, or one just changed), unless the reader has said they
    read it as it is now, or none fired."""
    if entry is None or not entry.alerts or acknowledgement(entry) in (acknowledged or "").split():
        return None
    rules = {rule.id: rule for rule in book.triage_rules}
    fired = [rules[alert.rule_id] for alert in entry.alerts if alert.rule_id in rules]
    if not fired:
        return None
    advice = advice_for(fired, book, store.get_diary_prefs())
    return None if advice is None else with_phone(advice, store, store.get_diary_prefs())


def top_level(entry: Entry) -> str | None:
    """The most urgent level among an entry's warning signs (None when it had none)."""
    levels = sorted((alert.level for alert in entry.alerts), key=urgency_rank)
    return levels[0] if levels else None


def when_text(local: dt.datetime, with_weekday: bool = True) -> str:
    """``Tue 12 May 2026, 08:35`` in the reader's language."""
    day = m.day_text(local.date(), with_year=True)
    if with_weekday:
        day = f"{m.tr(WEEKDAYS[local.weekday()])} {day}"
    return m.tr(ENTRY_LINE).format(date=day, time=local.strftime("%H:%M"))


def entry_line(entry: Entry) -> str:
    """One line for the list of past check-ins."""
    count = len(entry.answers)
    parts = [
        when_text(entry.local),
        m.tr(m.CARER if entry.answered_by == CARER else m.PATIENT),
        m.tr(ANSWER_COUNT_ONE) if count == 1 else m.tr(ANSWER_COUNT).format(count=count),
    ]
    level = top_level(entry)
    if level is not None:
        parts.append("\u26a0 " + m.tr(m.LEVEL_TITLE[level]))
    return " \u00b7 ".join(parts)
