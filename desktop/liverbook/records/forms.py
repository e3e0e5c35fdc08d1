"""What the person typed in a record's form, made into a record, or a plain reason it cannot be saved yet.

The screens of "My records" save as the person types (the one autosave engine). A form that cannot
become a record yet (no name, a date that cannot be read, a stop date before the start) raises
:class:`NotReady`: a :class:`~liverbook.store.errors.StoreError` whose message says what to do, so
the engine keeps the words on screen, shows why, and saves them as soon as they can be. Dates are
read the way people write them: ``2026-03-14``, ``14 March 2026``, ``March 14, 2026``, ``March 2026``,
``2026-03`` or ``2026``; a month or a year alone stays a month or a year (never an invented day).
No Qt here.
"""

from __future__ import annotations

import re
from typing import TypeVar

from liverbook.content.records_model import RecordsContent
from liverbook.i18n import translate
from liverbook.records.dates import MONTHS, DateProblem, LooseDate
from liverbook.records.medicines import match_drug
from liverbook.records.model import Record, RecordProblem, check
from liverbook.records.numbers import LabValue, NumberProblem, parse_value
from liverbook.store.errors import StoreError

R = TypeVar("R", bound=Record)

_WORDS = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
# Words around the numbers and the month: "the 14th of March"; in Spanish, "14 de marzo de 2026".
_FILLERS = ("of", "the", "st", "nd", "rd", "th", "de", "del")


class NotReady(StoreError):
    """A form that cannot be saved as it is; ``user_message`` says what to change. Nothing was written."""

    def __init__(self, message: str) -> None:
        super().__init__(
            translate("records", "Not saved yet: {why}").format(why=message),
            detail="the form is not complete",
        )
        self.why = message


def ready(record: R) -> R:
    """The record, if the store would take it; else NotReady with the plain reason."""
    try:
        check(record)
    except RecordProblem as problem:
        raise NotReady(problem.message) from None
    return record


def _month(word: str) -> int | None:
    """1 to 12 for a month's name or its first three letters (English, or the reader's language)."""
    wanted = word.casefold()
    if len(wanted) < 3:
        return None
    for number, name in enumerate(MONTHS, start=1):
        for spelled in {name.casefold(), translate("records", name).casefold()}:
            if spelled == wanted or (len(wanted) >= 3 and spelled.startswith(wanted)):
                return number
    return None


def parse_loose(text: str) -> LooseDate | None:
    """A date as people write it (see the module's docstring); None for empty text.

    Raises DateProblem (plain words) when it cannot be read. Numbers with slashes (3/4/2026) are
    refused: whether that is March or April depends on the country.
    """
    typed = text.strip()
    if not typed:
        return None
    if "/" in typed:
        raise DateProblem(
            translate("records", "Write the month as a word, for example 14 March 2026, or as 2026-03-14.")
        )
    if re.fullmatch(r"\d{4}(-\d{1,2}(-\d{1,2})?)?", typed):
        parts = [int(p) for p in typed.split("-")]
        return LooseDate(*parts)
    words = _WORDS.findall(typed)
    numbers = [int(w) for w in words if w.isdigit()]
    months = [m for m in (_month(w) for w in words if not w.isdigit()) if m is not None]
    others = [w for w in words if not w.isdigit() and _month(w) is None and w.casefold() not in _FILLERS]
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if n < 1000]
    if len(months) != 1 or len(years) != 1 or len(days) > 1 or others:
        raise DateProblem(
            translate("records", "Write the date as 14 March 2026, March 2026 or 2026 (or 2026-03-14).")
        )
    day = days[0] if days else None
    return LooseDate(years[0], months[0], day)


def loose_date(text: str, label: str) -> LooseDate | None:
    """A loose date from a field called ``label``; NotReady naming the field when it cannot be read."""
    try:
        return parse_loose(text)
    except DateProblem as problem:
        raise NotReady(
            translate("records", "{field}: {why}").format(field=label, why=problem.message)
        ) from None


def lab_value(text: str) -> LabValue:
    """A lab value as typed; NotReady with the plain reason when it is not one number."""
    try:
        return parse_value(text)
    except NumberProblem as problem:
        raise NotReady(problem.message) from None


def drug_id_for(records: RecordsContent, name: str) -> str | None:
    """The handbook drug a typed medicine name is (by any of its names), or None."""
    drug = match_drug(records, name)
    return drug.id if drug else None


def read_as(text: str) -> str:
    """What a date field's text was read as, for the line under it ("" when empty or unreadable)."""
    try:
        found = parse_loose(text)
    except DateProblem:
        return ""
    return found.shown if found else ""
