"""Trends: one value a day, the text summary a reader would say, the table, and what a chart draws."""

from __future__ import annotations

import datetime as dt

import pytest
from diary_helpers import handbook

from liverbook.diary.items import ItemView, by_id, catalog
from liverbook.diary.trends import Marker, chart_data, daily, period_start, summary, table
from liverbook.store.diary_model import DiaryPrefs, OwnItem, Point

CELSIUS = DiaryPrefs()
IMPERIAL = DiaryPrefs("fahrenheit", "lb")
MAY = dt.date(2026, 5, 1)


def item(item_id: str) -> ItemView:
    return by_id(catalog(handbook(), [OwnItem(1, "Cramps", 0)], {}, frozenset()))[item_id]


def points(values: list[float | None], start: dt.date = MAY, text: str | None = None) -> list[Point]:
    out = []
    for n, value in enumerate(values):
        if value is None:
            continue
        local = dt.datetime.combine(start + dt.timedelta(days=n), dt.time(9))
        out.append(Point(n + 1, local.replace(tzinfo=dt.timezone.utc), local, value, text))
    return out


def test_the_summary_says_what_the_chart_shows() -> None:
    pain = [2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 6, 6, 3]  # 1 to 14 May
    assert summary(item("pain"), points(pain), CELSIUS) == "Pain: mostly 2 to 3, rose to 6 on 12 and 13 May."
    assert (
        summary(item("pain"), points([2] * 9 + [3] + [2] * 4), CELSIUS)
        == "Pain: mostly 2, rose to 3 on 10 May."
    )
    assert summary(item("pain"), points([0] * 14), CELSIUS) == "Pain: 0 every time (14 days)."
    assert summary(item("pain"), [], CELSIUS) == "Pain: no answers in this period."


def test_a_day_is_its_worst_answer_and_weight_its_last_weighing() -> None:
    morning = dt.datetime(2026, 5, 1, 8)
    evening = dt.datetime(2026, 5, 1, 20)
    same_day = [
        Point(1, morning.replace(tzinfo=dt.timezone.utc), morning, 2.0),
        Point(2, evening.replace(tzinfo=dt.timezone.utc), evening, 7.0),
    ]
    assert [d.value for d in daily(item("pain"), same_day)] == [7.0]
    assert [d.value for d in daily(item("weight"), same_day)] == [7.0]
    reversed_weights = [
        Point(1, evening.replace(tzinfo=dt.timezone.utc), evening, 70.0),
        Point(2, morning.replace(tzinfo=dt.timezone.utc), morning, 71.0),
    ]
    assert [d.value for d in daily(item("weight"), reversed_weights)] == [70.0]  # the later one


def test_days_are_the_readers_local_days_not_utc() -> None:
    late = dt.datetime(2026, 5, 1, 23, 30)  # 23:30 in the reader's zone is already 2 May in UTC
    point = Point(1, (late + dt.timedelta(hours=5)).replace(tzinfo=dt.timezone.utc), late, 3.0)
    assert [d.day for d in daily(item("pain"), [point])] == [dt.date(2026, 5, 1)]


def test_levels_and_yes_no_are_said_in_words() -> None:
    assert (
        summary(item("tiredness"), points([1, 1, 2, 1, 1, 4, 1]), CELSIUS)
        == "Tiredness or lack of energy: mostly mild, rose to very severe on 6 May."
    )
    assert (
        summary(item("black-stools"), points([0, 0, 1, 0, 1]), CELSIUS)
        == "Black, tarry stools, or vomiting blood or something like coffee grounds: yes on 3 and 5 May, no on the other days answered."
    )
    assert (
        summary(item("confusion"), points([0, 0, 0]), CELSIUS)
        == "Confused, not acting like themselves, or very sleepy and hard to wake: no every time (3 days)."
    )


def test_measurements_are_summarised_in_the_readers_units() -> None:
    temps = points([36.8, 36.9, 36.8, 36.9, 38.0, 36.8])
    assert (
        summary(item("temperature"), temps, CELSIUS)
        == "Temperature: mostly 36.8 °C to 36.9 °C, rose to 38.0 °C on 5 May."
    )
    assert (
        summary(item("temperature"), temps, IMPERIAL)
        == "Temperature: mostly 98.2 °F to 98.4 °F, rose to 100.4 °F on 5 May."
    )
    weights = points([70.0, 70.5, 72.0, 71.0])
    assert (
        summary(item("weight"), weights, CELSIUS)
        == "Weight: from 70.0 kg on 1 May to 71.0 kg on 4 May, highest 72.0 kg on 3 May."
    )
    assert summary(item("weight"), weights, IMPERIAL).startswith(
        "Weight: from 154.3 lb on 1 May to 156.5 lb on 4 May"
    )


def test_many_peak_days_are_counted_not_listed_and_years_are_named_when_they_differ() -> None:
    pain = [1] * 20 + [5, 5, 5, 5, 1]
    assert summary(item("pain"), points(pain), CELSIUS).endswith("rose to 5 on 4 days, the last on 24 May.")
    new_year = points([1, 1, 1, 1, 7, 1, 7, 1], start=dt.date(2025, 12, 27))
    assert summary(item("pain"), new_year, CELSIUS).endswith("rose to 7 on 31 Dec 2025 and 2 Jan 2026.")
    same_year = points([1, 1, 1, 1, 1, 7, 1, 7], start=dt.date(2025, 12, 27))
    assert summary(item("pain"), same_year, CELSIUS).endswith("rose to 7 on 1 and 3 Jan.")


def test_own_items_and_words() -> None:
    assert (
        summary(item("own-1"), points([0, 0, 0, 2, 3]), CELSIUS)
        == "Cramps: mostly 0 to 2, rose to 3 on 5 May."
    )
    assert (
        summary(item("note"), points([None, None], text="x") + points([None]), CELSIUS)
        == "Anything else: no answers in this period."
    )
    words = [
        Point(
            1, dt.datetime(2026, 5, 1, tzinfo=dt.timezone.utc), dt.datetime(2026, 5, 1), None, "slept badly"
        )
    ]
    assert summary(item("note"), words, CELSIUS) == "Anything else: words written on 1 day."


def test_the_table_lists_every_answer_newest_first_in_words_and_units() -> None:
    morning = dt.datetime(2026, 5, 2, 8, 5)
    rows = table(
        item("pain"),
        [*points([3]), Point(9, morning.replace(tzinfo=dt.timezone.utc), morning, 5.0, "lower back")],
        CELSIUS,
    )
    assert [(r.date, r.time, r.answer, r.words) for r in rows] == [
        ("2 May 2026", "08:05", "5", "lower back"),
        ("1 May 2026", "09:00", "3", ""),
    ]
    assert table(item("temperature"), points([38.0]), IMPERIAL)[0].answer == "100.4 °F"
    assert table(item("belly-swelling"), points([2]), CELSIUS)[0].answer == "Clearly bigger than before"


def test_periods_end_today() -> None:
    today = dt.date(2026, 5, 20)
    assert period_start("2w", today) == dt.date(2026, 5, 7)
    assert period_start("3m", today) == dt.date(2026, 2, 19)
    assert period_start("all", today) is None


def test_chart_data_is_in_the_readers_units_with_round_ticks() -> None:
    start, end = MAY, MAY + dt.timedelta(days=13)
    data = chart_data(
        item("temperature"),
        points([36.8, 38.4]),
        IMPERIAL,
        start,
        end,
        "Last 2 weeks",
        [
            Marker(MAY, MAY, "Started atezolizumab"),
            Marker(MAY - dt.timedelta(days=2), MAY - dt.timedelta(days=1), "outside"),
            Marker(dt.date(2026, 4, 1), dt.date(2026, 5, 31), "Stopped sorafenib (May 2026)", False),
        ],
        [MAY + dt.timedelta(days=1)],
    )
    assert data.unit == "°F" and data.points == ((MAY, 98.2), (MAY + dt.timedelta(days=1), 101.1))
    assert data.y_min <= 98.2 and data.y_max >= 101.1
    assert all(label == f"{value:.1f}" or label == f"{value:.0f}" for value, label in data.y_ticks)
    assert [(mk.first, mk.last, mk.label) for mk in data.markers] == [
        (MAY, MAY, "Started atezolizumab"),
        (start, end, "Stopped sorafenib (May 2026) (between 1 Apr 2026 and 31 May 2026, day not known)"),
    ]  # a span cut to the period, saying it is one
    assert data.warnings == (MAY + dt.timedelta(days=1),)
    assert data.title == "Temperature: Last 2 weeks"
    scale = chart_data(item("pain"), points([3]), CELSIUS, start, end, "x")
    assert (scale.y_min, scale.y_max, scale.y_ticks[-1]) == (0.0, 10.0, (10.0, "10"))
    levels = chart_data(item("belly-swelling"), points([1]), CELSIUS, start, end, "x")
    assert [label for _, label in levels.y_ticks] == ["no", "a little", "clearly bigger", "growing fast"]
    assert chart_data(item("rash"), points([1]), CELSIUS, start, end, "x").bars
    count = chart_data(item("diarrhea"), points([0, 12]), CELSIUS, start, end, "x")
    assert count.y_min == 0.0 and count.y_max >= 12


@pytest.mark.parametrize(
    "item_id", ["pain", "weight", "temperature", "tiredness", "rash", "diarrhea", "own-1"]
)
def test_an_empty_period_still_has_axes(item_id: str) -> None:
    data = chart_data(item(item_id), [], CELSIUS, MAY, MAY + dt.timedelta(days=13), "x")
    assert data.points == () and len(data.y_ticks) >= 2 and data.y_max > data.y_min
