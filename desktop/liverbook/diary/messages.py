"""Every word the diary's pure modules show, in one place, ready for Qt's translation.

Each text is marked with :func:`QT_TRANSLATE_NOOP` (context ``Diary``), the marker
``pyside6-lupdate`` extracts, so the texts reach ``translations/`` without this module importing Qt.
They are looked up through :func:`tr`: Qt's translation once the app has loaded Qt
(:func:`liverbook.i18n.translate`), the English text before; :func:`set_translator` can replace it. Templates use ``str.format`` fields with
names, so a translation may put them in another order. What the handbook itself says (item labels,
help, rule reasons) is content and is translated as content.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from liverbook import i18n

CONTEXT = "Diary"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation; returns it unchanged."""
    return text


_translate: Callable[[str, str], str] = lambda context, text: i18n.translate(context, text)  # noqa: E731


def set_translator(translate: Callable[[str, str], str]) -> None:
    """Use ``translate(context, text)`` (``QCoreApplication.translate``) from now on."""
    global _translate
    _translate = translate


def tr(text: str) -> str:
    """The reader's language's version of a text marked in this module."""
    return _translate(CONTEXT, text)


# -- triage messages ---------------------------------------------------------------------------------------

LEVEL_TITLE = {
    "go-now": QT_TRANSLATE_NOOP("Diary", "Get help now"),
    "call-today": QT_TRANSLATE_NOOP("Diary", "Call your care team today"),
    "next-visit": QT_TRANSLATE_NOOP("Diary", "Tell your care team at your next visit"),
}
LEVEL_ACTION = {
    "go-now": QT_TRANSLATE_NOOP(
        "Diary",
        "Call your local emergency number, or go to the emergency room. Do not drive yourself: call for "
        "help, or have someone take you.",
    ),
    "call-today": QT_TRANSLATE_NOOP(
        "Diary",
        "Call as soon as you can, even at night or at a weekend. Use your team's 24-hour number.",
    ),
    "next-visit": QT_TRANSLATE_NOOP(
        "Diary", "This can usually wait for your next visit. If it gets worse, call your care team."
    ),
}
NO_CONTACT = QT_TRANSLATE_NOOP(
    "Diary", "This handbook does not contact anyone for you. Only you or someone with you can call for help."
)
PHONE = QT_TRANSLATE_NOOP("Diary", "Your care team's number: {phone}")
NO_PHONE = QT_TRANSLATE_NOOP(
    "Diary", "You have not saved your care team's number yet. You can add it in the diary's settings."
)
READ_MORE = QT_TRANSLATE_NOOP("Diary", "Read more: {title}")
ALSO = QT_TRANSLATE_NOOP("Diary", "Also:")

# -- answers ----------------------------------------------------------------------------------------------

YES = QT_TRANSLATE_NOOP("Diary", "Yes")
NO = QT_TRANSLATE_NOOP("Diary", "No")
PATIENT = QT_TRANSLATE_NOOP("Diary", "Patient")
CARER = QT_TRANSLATE_NOOP("Diary", "Carer")
SCALE_VALUE = QT_TRANSLATE_NOOP("Diary", "{value} out of 10")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Diary", "Please write a number, such as {example}.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Diary", "Please check the number: it should be between {low} and {high}.")
LOOKS_LIKE = QT_TRANSLATE_NOOP(
    "Diary",
    "{typed} looks like {other}, but this diary asks for {unit}. To write {other}, change the unit in Diary "
    "settings.",
)

# -- periods and summaries -------------------------------------------------------------------------------

PERIODS = {
    "2w": QT_TRANSLATE_NOOP("Diary", "Last 2 weeks"),
    "3m": QT_TRANSLATE_NOOP("Diary", "Last 3 months"),
    "all": QT_TRANSLATE_NOOP("Diary", "All time"),
}
NO_ANSWERS = QT_TRANSLATE_NOOP("Diary", "{label}: no answers in this period.")
MOSTLY_ONE = QT_TRANSLATE_NOOP("Diary", "{label}: mostly {value}")
MOSTLY_RANGE = QT_TRANSLATE_NOOP("Diary", "{label}: mostly {low} to {high}")
ALWAYS = QT_TRANSLATE_NOOP("Diary", "{label}: {value} every time ({days})")
ONLY_DAY = QT_TRANSLATE_NOOP("Diary", "{label}: {value} on {date}, the only day answered")
ROSE_TO = QT_TRANSLATE_NOOP("Diary", ", rose to {value} on {dates}")
FELL_TO = QT_TRANSLATE_NOOP("Diary", ", fell to {value} on {dates}")
FROM_TO = QT_TRANSLATE_NOOP("Diary", "{label}: from {first} on {first_date} to {last} on {last_date}")
HIGHEST = QT_TRANSLATE_NOOP("Diary", ", highest {value} on {dates}")
YES_ON = QT_TRANSLATE_NOOP("Diary", "{label}: yes on {dates}, no on the other days answered")
YES_ALWAYS = QT_TRANSLATE_NOOP("Diary", "{label}: yes every time ({days})")
NO_ALWAYS = QT_TRANSLATE_NOOP("Diary", "{label}: no every time ({days})")
WORDS_COUNT = QT_TRANSLATE_NOOP("Diary", "{label}: words written on {days}")
ONE_DAY = QT_TRANSLATE_NOOP("Diary", "1 day")
N_DAYS = QT_TRANSLATE_NOOP("Diary", "{count} days")
MANY_DATES = QT_TRANSLATE_NOOP("Diary", "{count} days, the last on {date}")
AND = QT_TRANSLATE_NOOP("Diary", "{items} and {last}")
DAY_MONTH = QT_TRANSLATE_NOOP("Diary", "{day} {month}")
DAY_MONTH_YEAR = QT_TRANSLATE_NOOP("Diary", "{day} {month} {year}")
MONTHS = (
    QT_TRANSLATE_NOOP("Diary", "Jan"),
    QT_TRANSLATE_NOOP("Diary", "Feb"),
    QT_TRANSLATE_NOOP("Diary", "Mar"),
    QT_TRANSLATE_NOOP("Diary", "Apr"),
    QT_TRANSLATE_NOOP("Diary", "May"),
    QT_TRANSLATE_NOOP("Diary", "Jun"),
    QT_TRANSLATE_NOOP("Diary", "Jul"),
    QT_TRANSLATE_NOOP("Diary", "Aug"),
    QT_TRANSLATE_NOOP("Diary", "Sep"),
    QT_TRANSLATE_NOOP("Diary", "Oct"),
    QT_TRANSLATE_NOOP("Diary", "Nov"),
    QT_TRANSLATE_NOOP("Diary", "Dec"),
)

# -- table, chart and spreadsheet -------------------------------------------------------------------------

DATE = QT_TRANSLATE_NOOP("Diary", "Date")
TIME = QT_TRANSLATE_NOOP("Diary", "Time")
ANSWER = QT_TRANSLATE_NOOP("Diary", "Answer")
WORDS = QT_TRANSLATE_NOOP("Diary", "Words")
ANSWERED_BY = QT_TRANSLATE_NOOP("Diary", "Answered by")
WARNING_SIGNS = QT_TRANSLATE_NOOP("Diary", "Warning signs")
NO_DATA_IN_PERIOD = QT_TRANSLATE_NOOP("Diary", "No answers in this period.")
CHART_TITLE = QT_TRANSLATE_NOOP("Diary", "{label}: {period}")
STARTED = QT_TRANSLATE_NOOP("Diary", "Started {name}")
STOPPED = QT_TRANSLATE_NOOP("Diary", "Stopped {name}")
WARNING_MARK = QT_TRANSLATE_NOOP("Diary", "Triangles mark days with a warning sign.")
DAY_NOT_KNOWN = QT_TRANSLATE_NOOP("Diary", "{label} ({when}, day not known)")
MONTH_YEAR = QT_TRANSLATE_NOOP("Diary", "{month} {year}")
BETWEEN = QT_TRANSLATE_NOOP("Diary", "between {first} and {last}")

# -- the example person ----------------------------------------------------------------------------------

EXAMPLE_NAME = QT_TRANSLATE_NOOP("Diary", "Example person (made up)")


def day_text(day: dt.date, with_year: bool = False) -> str:
    """``12 May`` (or ``12 May 2026``), in the reader's language."""
    month = tr(MONTHS[day.month - 1])
    if with_year:
        return tr(DAY_MONTH_YEAR).format(day=day.day, month=month, year=day.year)
    return tr(DAY_MONTH).format(day=day.day, month=month)


def days_text(count: int) -> str:
    return tr(ONE_DAY) if count == 1 else tr(N_DAYS).format(count=count)


def join_words(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return tr(AND).format(items=", ".join(items[:-1]), last=items[-1])


def dates_text(days: Sequence[dt.date], limit: int = 3) -> str:
    """``12 and 13 May`` for a few days; ``5 days, the last on 13 May`` for more. Days in order."""
    ordered = sorted(set(days))
    if len(ordered) > limit:
        return tr(MANY_DATES).format(count=len(ordered), date=day_text(ordered[-1]))
    years = {d.year for d in ordered}
    with_year = len(years) > 1
    shown = []
    for index, day in enumerate(ordered):
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        same_month = following is not None and (following.year, following.month) == (day.year, day.month)
        shown.append(str(day.day) if same_month else day_text(day, with_year))
    return join_words(shown)


def span_text(first: dt.date, last: dt.date) -> str:
    """When a date known only to the month or the year was: ``Nov 2026``, ``2026``, else both ends."""
    if first.year == last.year and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return str(first.year)
    month_end = (last + dt.timedelta(days=1)).day == 1
    if (first.year, first.month) == (last.year, last.month) and first.day == 1 and month_end:
        return tr(MONTH_YEAR).format(month=tr(MONTHS[first.month - 1]), year=first.year)
    return tr(BETWEEN).format(first=day_text(first, with_year=True), last=day_text(last, with_year=True))


def month_year_text(day: dt.date) -> str:
    """``Dec 2021``, in the reader's language (a chart's axis over years)."""
    return tr(MONTH_YEAR).format(month=tr(MONTHS[day.month - 1]), year=day.year)
