"""Plain data of "My diary" as the store keeps it, and its limits. No Qt, no handbook content here.

An entry is one check-in: who answered (the patient or a carer), when, and one :class:`Answer` per
item answered. Time is kept twice, so that it means the same wherever the computer travels: ``local``
is the wall-clock time where the entry was written (naive, to the minute; its date is the reader's
"day"), ``utc`` the same moment in UTC (aware), which orders entries and measures "3 days".

An answer's ``value`` is a number in the item's stored terms: 0 to 10 for a scale, a level's
position, 1 or 0 for yes/no, SI units (degrees Celsius, kilograms) for a measurement, a count; its
``text`` is the line of words beside it ("Where?"), or the words of a text item (value None).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime

from liverbook.store.model import MAX_ID_CHARS, check_id, clean_text, is_handbook_id

PATIENT, CARER = "patient", "carer"
ANSWERED_BY = (PATIENT, CARER)
LEVELS = ("go-now", "call-today", "next-visit")

MAX_TEXT_ANSWER_CHARS = 100_000
MAX_ANSWERS = 300  # per entry: every content item and every own item
MAX_ALERTS = 300
MAX_OWN_ITEMS = 200
MAX_OWN_NAME_CHARS = 100
MAX_PHONE_CHARS = 100
MAX_VERSION_CHARS = 40
MAX_ABS_VALUE = 1_000_000.0

TEMPERATURE_UNITS = ("celsius", "fahrenheit")
WEIGHT_UNITS = ("kg", "lb")
OWN_PREFIX = "own-"


@dataclass(frozen=True)
class Answer:
    """The answer to one item in one entry."""

    item_id: str
    value: float | None
    text: str | None = None


@dataclass(frozen=True)
class Alert:
    """A triage rule that fired for an entry, as it stood then (its level and content version)."""

    rule_id: str
    level: str
    content_version: str
    app_version: str


@dataclass(frozen=True)
class NewEntry:
    """What a check-in saves (or an edit puts in place of an entry's answers and time)."""

    local: datetime
    utc: datetime
    answered_by: str
    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class Entry:
    """A saved check-in."""

    id: int
    local: datetime
    utc: datetime
    answered_by: str
    answers: tuple[Answer, ...]
    alerts: tuple[Alert, ...]
    created: datetime
    updated: datetime

    @property
    def day(self) -> date:
        """The reader's own calendar day of this entry."""
        return self.local.date()

    def answer(self, item_id: str) -> Answer | None:
        for answer in self.answers:
            if answer.item_id == item_id:
                return answer
        return None


@dataclass(frozen=True)
class Point:
    """One answer to one item, with its entry's time: a point of a trend or of triage history."""

    entry_id: int
    utc: datetime
    local: datetime
    value: float | None
    text: str | None = None

    @property
    def day(self) -> date:
        return self.local.date()


@dataclass(frozen=True)
class AlertRecord:
    """A fired rule with its entry's time, for "warning signs since the last visit"."""

    entry_id: int
    utc: datetime
    local: datetime
    alert: Alert


@dataclass(frozen=True)
class OwnItem:
    """An item the reader added: a name and a 0 to 10 scale. ``active`` False: no longer asked."""

    id: int
    name: str
    position: int
    active: bool = True

    @property
    def item_id(self) -> str:
        return f"{OWN_PREFIX}{self.id}"


@dataclass(frozen=True)
class DiaryPrefs:
    """The reader's units and their care team's phone number (shown in a triage message)."""

    temperature_unit: str = "celsius"
    weight_unit: str = "kg"
    care_team_phone: str = ""


@dataclass(frozen=True)
class DiaryData:
    """Everything of the diary at once (export, import, rescue)."""

    entries: list[Entry] = field(default_factory=list)
    own_items: list[OwnItem] = field(default_factory=list)
    item_settings: dict[str, bool] = field(default_factory=dict)
    prefs: DiaryPrefs = field(default_factory=DiaryPrefs)

    @property
    def has_data(self) -> bool:
        return bool(self.entries or self.own_items or self.item_settings or self.prefs != DiaryPrefs())


# -- checks (a caller's mistakes are bugs: ValueError or TypeError) ------------------------------------


def local_text(moment: datetime) -> str:
    """``YYYY-MM-DDTHH:MM``: the stored form of a local wall-clock time."""
    return moment.replace(tzinfo=None).isoformat(timespec="minutes")


def parse_local(text: str) -> datetime:
    if len(text) != 16:
        raise ValueError(f"not a local time: {text[:40]!r}")
    return datetime.fromisoformat(text)


def check_value(value: object, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{what} must be a number or None")
    number = float(value)
    if not math.isfinite(number) or abs(number) > MAX_ABS_VALUE:
        raise ValueError(f"{what} is not a finite number within +-{MAX_ABS_VALUE:g}")
    return number


def check_answer(answer: Answer) -> Answer:
    """The answer, checked and with its text made storable."""
    check_id(answer.item_id, "item_id")
    value = check_value(answer.value, "an answer's value")
    text = (
        None if answer.text is None else clean_text(answer.text, "an answer's words", MAX_TEXT_ANSWER_CHARS)
    )
    if value is None and text is None:
        raise ValueError(f"the answer to {answer.item_id} holds neither a value nor words")
    return Answer(answer.item_id, value, text)


def check_alert(alert: Alert) -> Alert:
    check_id(alert.rule_id, "rule_id")
    if alert.level not in LEVELS:
        raise ValueError(f"not a triage level: {alert.level!r}")
    for what, text in (("content_version", alert.content_version), ("app_version", alert.app_version)):
        if not isinstance(text, str) or not 0 < len(text) <= MAX_VERSION_CHARS:
            raise ValueError(f"{what} must be 1 to {MAX_VERSION_CHARS} characters")
    return alert


def check_entry(entry: NewEntry) -> NewEntry:
    """A new entry, checked: who answered, aware UTC time, distinct items, limits."""
    if entry.answered_by not in ANSWERED_BY:
        raise ValueError(f"answered_by must be one of {ANSWERED_BY}")
    if entry.utc.tzinfo is None:
        raise ValueError("utc must be an aware datetime")
    if len(entry.answers) > MAX_ANSWERS:
        raise ValueError(f"more than {MAX_ANSWERS} answers")
    answers = tuple(check_answer(a) for a in entry.answers)
    if len({a.item_id for a in answers}) != len(answers):
        raise ValueError("an item is answered twice in one entry")
    return NewEntry(
        entry.local.replace(tzinfo=None, second=0, microsecond=0), entry.utc, entry.answered_by, answers
    )


def is_item_id(value: object) -> bool:
    return isinstance(value, str) and len(value) <= MAX_ID_CHARS and is_handbook_id(value)


def check_prefs(prefs: DiaryPrefs) -> DiaryPrefs:
    if prefs.temperature_unit not in TEMPERATURE_UNITS:
        raise ValueError(f"temperature_unit must be one of {TEMPERATURE_UNITS}")
    if prefs.weight_unit not in WEIGHT_UNITS:
        raise ValueError(f"weight_unit must be one of {WEIGHT_UNITS}")
    phone = clean_text(prefs.care_team_phone, "the care team's phone number", MAX_PHONE_CHARS)
    return DiaryPrefs(prefs.temperature_unit, prefs.weight_unit, phone)
