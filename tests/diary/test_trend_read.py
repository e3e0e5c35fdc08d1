"""The Trends page's reads in one go (diary/trend_read.py): the same chart, table and words as the
diary gives, also when read through a second store in another thread (as the page does)."""

from __future__ import annotations

import threading

from diary_helpers import MovableClock

from liverbook.content import Handbook
from liverbook.diary.service import Diary
from liverbook.diary.trend_read import read_trend
from liverbook.store import Store
from liverbook.store.diary_model import Answer


def _twenty_days(diary: Diary, clock: MovableClock) -> None:
    for day in range(20):
        diary.check_in([Answer("pain", 6 if day in (15, 16) else 2 + day % 2)], "patient", frozenset())
        clock.advance(days=1)
    clock.advance(days=-1)


def test_a_trend_is_the_diarys_chart_table_and_words(
    store: Store, book: Handbook, clock: MovableClock
) -> None:
    diary = Diary(store, book, clock)
    _twenty_days(diary, clock)
    trend = read_trend(diary, "pain", "2w")
    assert trend.chart == diary.chart("pain", "2w")
    assert (
        trend.chart.summary
        == diary.summary("pain", "2w")
        == "Pain: mostly 2 to 3, rose to 6 on 27 and 28 May."
    )
    assert list(trend.rows) == diary.table("pain", "2w") and len(trend.rows) == 14
    assert (trend.item_id, trend.period) == ("pain", "2w")


def test_read_in_another_thread_through_a_reader_it_is_the_same(
    store: Store, book: Handbook, clock: MovableClock
) -> None:
    diary = Diary(store, book, clock)
    _twenty_days(diary, clock)
    reader = store.reader()
    found = []
    worker = threading.Thread(
        target=lambda: found.append(read_trend(diary.reading_from(reader), "pain", "all"))
    )
    worker.start()
    worker.join()
    reader.close()
    assert found == [read_trend(diary, "pain", "all")]
    assert found[0].chart.warnings and len(found[0].rows) == 20  # the same day of new pain marked
