"""What the "Prepare for a visit" dialog draws and says about the report being chosen. No Qt.

The dialog shows page 1 as it will print and how many pages the whole report will be. For a report
of a few pages the surest count is the real one, from laying the whole report out (a fraction of a
second, done off the window's thread); for a long one (thousands of notes, years of diary) laying it
all out takes seconds, so the dialog draws page 1 alone, which the chosen parts never change (they
start on page 2), and says the estimate (:func:`~liverbook.summary.estimate.estimate_pages`) with
its warning. :func:`plan_preview` decides which, from data already gathered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from liverbook import __version__
from liverbook.content import Handbook
from liverbook.i18n import SOURCE_LANGUAGE, in_english
from liverbook.summary.estimate import PAGE_WARNING, estimate_pages, page_warning
from liverbook.summary.report import Report, build_report
from liverbook.summary.report_choices import PARTS, ReportChoices
from liverbook.summary.report_data import EnglishCopy, ReportData, gather_report, resolve_period


@dataclass(frozen=True)
class Preview:
    """What to draw page 1 of, and what to say of the page count."""

    report: Report  # the whole report, or page 1 alone when the whole would be long
    estimate: int  # the estimated page count of the whole report
    whole: bool  # True: ``report`` is the whole report, so laying it out gives the exact count
    warning: str | None  # what to say before making a report this long; None when it is not long


def page_one_only(choices: ReportChoices) -> ReportChoices:
    """The same period and paper with no part after page 1."""
    none: dict[str, Any] = dict.fromkeys(PARTS, False)
    return replace(choices, **none)


def gather_for(
    store: object | None,
    book: Handbook,
    choices: ReportChoices,
    today: dt.date,
    english: Callable[[], Handbook] | None = None,
) -> ReportData:
    """What ``choices`` need from an open store (nothing is written); with no store (the data could
    not be opened), a report of nothing recorded yet.

    ``english`` gives the English handbook: with ``choices.english_page`` and a handbook in another
    language, page 1's data is read a second time with it, in English, for the clinician's copy."""
    if store is None:
        return ReportData(period=resolve_period(choices.period, [], today))
    data = gather_report(
        store,
        book,
        today=today,
        period_kind=choices.period,
        diary_table=choices.diary_table,
        notes=choices.notes,
    )
    if choices.english_page and english is not None and book.locale != SOURCE_LANGUAGE:
        english_book = english()
        with in_english():
            copy = gather_report(store, english_book, today=today, period_kind=choices.period, notes=False)
        data = replace(data, english=EnglishCopy(english_book, copy))
    return data


def plan_preview(
    book: Handbook, data: ReportData, choices: ReportChoices, *, today: dt.date, marked_pages: int = 0
) -> Preview:
    """The report to draw page 1 of (the whole when it is short), the estimate and the warning.

    ``marked_pages``: the handbook pages marked "For you" (the extracts part has a line for each).
    """
    estimate = estimate_pages(data, choices, marked_pages)
    whole = estimate < PAGE_WARNING
    report = build_report(
        book, data, choices if whole else page_one_only(choices), today=today, version=__version__
    )
    return Preview(report, estimate, whole, page_warning(estimate))
