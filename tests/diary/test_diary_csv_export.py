"""The diary as a spreadsheet: a row per check-in, a column per item, the reader's units, no formulas."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from diary_helpers import MovableClock

from liverbook.content import Handbook
from liverbook.diary.csv_export import safe_cell
from liverbook.diary.service import Diary
from liverbook.store import ExportFailed, Store
from liverbook.store.diary_model import Answer, DiaryPrefs


def _read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_the_spreadsheet_has_every_check_in_in_the_readers_units(
    store: Store, book: Handbook, clock: MovableClock, tmp_path: Path
) -> None:
    diary = Diary(store, book, clock=clock)
    store.set_diary_prefs(DiaryPrefs("fahrenheit", "lb"))
    own = store.add_own_item('=HYPERLINK("http://x")')
    diary.check_in(
        [
            Answer("pain", 3, "-1+1 ribs"),
            Answer("temperature", 38.0),
            Answer("weight", 70.0),
            Answer("belly-swelling", 1),
            Answer(own.item_id, 4),
            Answer("note", None, "@SUM(A1) slept badly"),
        ],
        "patient",
        frozenset({"immunotherapy"}),
    )
    clock.advance(days=1)
    diary.check_in([Answer("confusion", 1)], "carer", frozenset())
    rows = _read(diary.export_csv(tmp_path / "diary.csv"))
    header, first, second = rows
    col = {name: n for n, name in enumerate(header)}
    assert header[:3] == ["Date", "Time", "Answered by"] and header[-1] == "Warning signs"
    assert "Temperature (°F)" in col and "Weight (lb)" in col and "Pain: Where is the pain?" in col
    assert (
        first[col["Date"]] == "2026-05-12"
        and first[col["Time"]] == "09:00"
        and first[col["Answered by"]] == "Patient"
    )
    assert first[col["Temperature (°F)"]] == "100.4" and first[col["Weight (lb)"]] == "154.3"
    assert first[col["Pain"]] == "3" and first[col["Pain: Where is the pain?"]] == "'-1+1 ribs"
    assert first[col["Swollen belly"]] == "A little, or clothes feel a little tight"
    assert first[col["Anything else"]] == "'@SUM(A1) slept badly"
    assert '\'=HYPERLINK("http://x")' in col and first[col['\'=HYPERLINK("http://x")']] == "4"
    assert "Call your care team today: During cancer treatment" in first[-1]
    assert second[col["Answered by"]] == "Carer" and second[-1].startswith("Get help now: Confusion")
    assert second[col["Pain"]] == ""


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-3", "'-3"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("ok =1", "ok =1"),
        ("", ""),
    ],
)
def test_words_never_run_as_a_formula(text: str, safe: str) -> None:
    assert safe_cell(text) == safe


def test_a_folder_or_missing_folder_is_refused_and_nothing_written(
    store: Store, book: Handbook, tmp_path: Path
) -> None:
    diary = Diary(store, book)
    with pytest.raises(ExportFailed) as caught:
        diary.export_csv(tmp_path)
    assert "is a folder" in caught.value.user_message
    with pytest.raises(ExportFailed):
        diary.export_csv(tmp_path / "no" / "such" / "diary.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_an_empty_diary_gives_a_header_only(store: Store, book: Handbook, tmp_path: Path) -> None:
    rows = _read(
        Diary(store, book, clock=lambda: dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)).export_csv(
            tmp_path / "d.csv"
        )
    )
    assert len(rows) == 1 and rows[0][0] == "Date"
