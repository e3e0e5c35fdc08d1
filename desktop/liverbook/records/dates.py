"""Dates as people remember them: a day (2026-03-14), a month (2026-03) or only a year (2026).

"I started sorafenib in March" is a true record; making it "1 March" would invent a day. A
:class:`LooseDate` keeps what is known, sorts by its first possible day, and is stored as the ISO
text it was given (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from liverbook.i18n import QT_TRANSLATE_NOOP, translate

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
EARLIEST_YEAR = 1900
MONTHS = (
    QT_TRANSLATE_NOOP("records", "January"),
    QT_TRANSLATE_NOOP("records", "February"),
    QT_TRANSLATE_NOOP("records", "March"),
    QT_TRANSLATE_NOOP("records", "April"),
    QT_TRANSLATE_NOOP("records", "May"),
    QT_TRANSLATE_NOOP("records", "June"),
    QT_TRANSLATE_NOOP("records", "July"),
    QT_TRANSLATE_NOOP("records", "August"),
    QT_TRANSLATE_NOOP("records", "September"),
    QT_TRANSLATE_NOOP("records", "October"),
    QT_TRANSLATE_NOOP("records", "November"),
    QT_TRANSLATE_NOOP("records", "December"),
)


class DateProblem(ValueError):
    """A date that cannot be read; ``message`` says why in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, order=False, slots=True)
class LooseDate:
    """A day, a month or a year."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise DateProblem(translate("records", "A day needs its month."))
        if not EARLIEST_YEAR <= self.year <= 9999:
            raise DateProblem(translate("records", "The year {year} cannot be right.").format(year=self.year))
        if self.month is not None and not 1 <= self.month <= 12:
            raise DateProblem(translate("records", "There is no month {month}.").format(month=self.month))
        if self.day is not None:
            try:
                dt.date(self.year, self.month or 1, self.day)
            except ValueError:
                raise DateProblem(translate("records", "That day does not exist in that month.")) from None

    @classmethod
    def parse(cls, text: str) -> LooseDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise DateProblem otherwise."""
        found = _ISO.match(text.strip())
        if found is None:
            raise DateProblem(
                translate(
                    "records",
                    "Write the date as year-month-day, year-month or only the year, for example 2026-03-14.",
                )
            )
        year, month, day = found.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def of(cls, date: dt.date) -> LooseDate:
        return cls(date.year, date.month, date.day)

    @property
    def iso(self) -> str:
        """As stored: ``2026``, ``2026-03`` or ``2026-03-14``."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def first(self) -> dt.date:
        """The first day it may be."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last(self) -> dt.date:
        """The last day it may be."""
        if self.day is not None:
            return self.first
        month = self.month or 12
        import calendar  # (it imports locale: not on the way to a start's first page)

        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    @property
    def shown(self) -> str:
        """As people read it: 14 March 2026, March 2026, 2026."""
        if self.month is None:
            return str(self.year)
        month = translate("records", MONTHS[self.month - 1])
        if self.day:
            return translate("records", "{day} {month} {year}").format(
                day=self.day, month=month, year=self.year
            )
        return translate("records", "{month} {year}").format(month=month, year=self.year)

    @property
    def since(self) -> str:
        """ "since 14 March 2026" or "since March 2026": two texts, because Spanish says "desde el 14 de
        marzo" for a day but "desde marzo" for a month or a year."""
        if self.month is not None and self.day:
            return translate("records", "since {date}").format(date=self.shown)
        return translate("records", "since {month_or_year}").format(month_or_year=self.shown)

    def __str__(self) -> str:
        return self.iso


def parse_optional(text: str | None) -> LooseDate | None:
    """A loose date, or None for empty text."""
    return LooseDate.parse(text) if text and text.strip() else None


def parse_day(text: str) -> dt.date:
    """An exact day (``YYYY-MM-DD``); raise DateProblem otherwise."""
    loose = LooseDate.parse(text)
    if loose.day is None:
        raise DateProblem(translate("records", "This needs the exact day, for example 2026-03-14."))
    return loose.first
