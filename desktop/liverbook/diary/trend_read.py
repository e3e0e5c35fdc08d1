"""One item's trend as the Trends page shows it, read in one go: the chart's data, the table, the marks.

Qt-free, so that the page can read five years of answers in a worker thread, through a store of its
own (``Store.reader()``), while the window goes on answering: :func:`read_trend` does every read the
page needs and returns plain values; the page only shows them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from liverbook.diary.trends import ChartData, MarkLike, TableRow, period_start

if TYPE_CHECKING:
    from liverbook.content import Handbook
    from liverbook.diary.service import Diary
    from liverbook.store import Store


@dataclass(frozen=True)
class Trend:
    """What the Trends page shows for one item over one period."""

    item_id: str
    period: str
    chart: ChartData  # its ``summary`` is the one line of words shown above it
    rows: tuple[TableRow, ...]  # the table: every answer of the period, newest first


def treatment_marks(store: Store, book: Handbook, start: dt.date | None, end: dt.date) -> list[MarkLike]:
    """Treatment starts and stops from "My records" in the period (none when there are no records)."""
    records = getattr(book, "records", None)
    if records is None or not hasattr(store, "list_treatment_lines"):
        return []
    from liverbook.records.timeline import marks

    return list(marks(records, store.list_treatment_lines(), start or dt.date(1900, 1, 1), end))


def read_trend(diary: Diary, item_id: str, period: str) -> Trend:
    """Every read the page needs for ``item_id`` over ``period`` (raises StoreError, KeyError as the
    diary does). Call it with ``diary.reading_from(reader)`` to read in another thread."""
    today = diary.today()
    marks = treatment_marks(diary.store, diary.book, period_start(period, today), today)
    chart = diary.chart(item_id, period, marks)
    return Trend(item_id, period, chart, tuple(diary.table(item_id, period)))
