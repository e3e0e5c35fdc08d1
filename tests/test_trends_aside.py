"""My diary's trends read and drawn off the window's thread: the window answers while five years are
read, a calm "Loading…" stands in the chart's place if that takes a while, and then the chart shows
exactly what the diary says (the same points, the same words), drawn for the size it is shown at."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from liverbook.diary.chart import ChartStyle
from liverbook.ui.views import trend_loader


@pytest.fixture
def example(data_dir: Path, handbook):  # type: ignore[no-untyped-def]
    from liverbook.diary.example import make_example

    make_example(data_dir, handbook)
    return data_dir


def trends_page(window):  # type: ignore[no-untyped-def]
    view = window.tab_views.view("diary")
    window.show_tab(window.tab_views.views.index(view))
    view.show_key(view.keys()[2])
    return view.trends


def test_while_a_chart_is_read_the_window_answers_and_says_it_is_loading(
    launch, qtbot, example, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    trends = trends_page(window)
    trends.loader.wait()
    release = threading.Event()
    real = trend_loader.read_trend

    def slow(diary, item_id, period):  # type: ignore[no-untyped-def]
        release.wait(10)  # years of answers on a slow disk
        return real(diary, item_id, period)

    monkeypatch.setattr(trend_loader, "read_trend", slow)
    trends.periods.button(2).setChecked(True)  # all time
    ticks = []
    started = time.monotonic()
    qtbot.waitUntil(lambda: trends.summary.text() == "Loading…", timeout=5000)
    while time.monotonic() - started < 0.4:
        ticks.append(time.monotonic())
        qtbot.wait(20)  # the window's thread is free: events are handled
    assert len(ticks) >= 5 and trends.loading
    assert trends.chart.data is None and trends.chart.waiting == "Loading…"
    assert trends.chart.accessibleName() == "Loading…"
    release.set()
    qtbot.waitUntil(lambda: not trends.loading, timeout=10_000)
    expected = window.core.diary.chart("pain", "all")
    shown = trends.chart.data
    assert shown is not None and shown.points == expected.points and shown.title == expected.title
    assert trends.summary.text() == expected.summary == window.core.diary.summary("pain", "all")
    assert trends.chart.accessibleDescription() == expected.summary
    assert trends.chart.image is not None  # drawn again if the page's layout moved meanwhile:
    qtbot.waitUntil(lambda: trends.chart.picture_fits(), timeout=5000)
    assert trends.chart.data == shown  # the same chart, drawn for the size it is shown at


def test_only_the_last_choice_is_shown(launch, qtbot, example) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    trends = trends_page(window)
    for index in (2, 0, 1, 2, 1):  # quick clicks through the periods
        trends.periods.button(index).setChecked(True)
    weight = next(i for i, item in enumerate(trends.items) if item.id == "weight")
    trends.item_box.setCurrentIndex(weight)
    trends.loader.wait()
    assert trends.trend is not None and (trends.trend.item_id, trends.trend.period) == ("weight", "3m")
    assert trends.summary.text() == window.core.diary.summary("weight", "3m")
    assert trends.table is None or trends.table.rowCount() == len(window.core.diary.table("weight", "3m"))


def test_a_resized_chart_is_drawn_again_for_its_new_size(launch, qtbot, example) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    trends = trends_page(window)
    qtbot.waitUntil(lambda: trends.chart.picture_fits(), timeout=5000)  # laid out, then drawn to fit
    shown = trends.chart.data
    trends.chart.resize(trends.chart.size() + QSize(60, 40))
    assert not trends.chart.picture_fits()  # shown stretched for a moment
    qtbot.waitUntil(lambda: trends.chart.picture_fits(), timeout=5000)
    assert trends.chart.data == shown  # the same chart, drawn again, not read again


def test_without_a_second_store_to_read_it_reads_here(launch, qtbot, example, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from liverbook.store import StoreReadOnly

    window = launch()

    def no_reader():  # type: ignore[no-untyped-def]
        raise StoreReadOnly(detail="no file to read in another thread")

    monkeypatch.setattr(window.core.store, "reader", no_reader)
    trends = trends_page(window)
    trends.loader.wait()
    assert trends.summary.text() == window.core.diary.summary("pain", "2w")
    assert trends.chart.image is not None


def test_a_chart_wished_for_as_the_window_closes_is_let_go_quietly(launch, qtbot, example) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    trends = trends_page(window)
    trends.loader.wait()
    shown = []
    trends.loader.loaded.connect(shown.append)
    wish = trend_loader.Wish("pain", "all", QSize(400, 200), 1.0, ChartStyle())
    window.close()
    window.core.close()  # the data folder let go (as at quit); a chart may still be wished for a moment after
    trends.loader.request(wish)  # raised "the store is closed" in the event loop (found by the suite)
    trends.loader.wait(5)
    assert shown == [] and not trends.loader.busy
