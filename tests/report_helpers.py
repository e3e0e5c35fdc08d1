"""Shared by the visit report's tests: the example person's store, made once, and a report of it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from liverbook.summary.report import Report, build_report
from liverbook.summary.report_choices import ReportChoices
from liverbook.summary.report_data import ReportData, gather_report

TODAY = dt.date(2026, 11, 30)  # the example's last diary day; its last visit was 20 Nov, the next is 7 Dec
HOSTILE = '<b>not bold</b> <img src="file:///etc/passwd"> & "quotes"'


def make_example_folder(book, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    from liverbook.diary.example import make_example

    return make_example(folder, book, today=TODAY)


def gather(book, folder: Path, choices: ReportChoices | None = None, today: dt.date = TODAY) -> ReportData:  # type: ignore[no-untyped-def]
    from liverbook.store.store import Store

    choices = choices or ReportChoices()
    with Store.open(folder) as store:
        return gather_report(
            store, book, today=today, period_kind=choices.period, diary_table=choices.diary_table
        )


def report_of(book, folder: Path, choices: ReportChoices | None = None) -> Report:  # type: ignore[no-untyped-def]
    choices = choices or ReportChoices()
    return build_report(book, gather(book, folder, choices), choices, today=TODAY, version="9.9")
