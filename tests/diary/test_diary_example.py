"""The example person: three months of made-up diary with a few warning signs, marked as an example,
the same every time, and never made where the reader's own data is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from liverbook.content import Handbook
from liverbook.diary.example import ExampleRefused, make_example, new_example_folder
from liverbook.diary.service import Diary
from liverbook.store import Store

TODAY = dt.date(2026, 5, 20)


def _snapshot(folder: Path) -> dict[str, object]:
    with Store.open(folder) as store:
        data = store.export_data()
    del data["exported_at"]
    return data


def test_the_example_has_three_months_a_situation_questions_notes_and_warning_signs(
    tmp_path: Path, book: Handbook
) -> None:
    folder = make_example(tmp_path / "example", book, today=TODAY)
    with Store.open(folder) as store:
        assert store.is_example
        entries = store.entries_between()
        assert entries[0].day == TODAY - dt.timedelta(days=91) and entries[-1].day <= TODAY
        assert 80 <= len(entries) <= 93 and {e.answered_by for e in entries} == {"patient", "carer"}
        situation = store.get_situation()
        assert "immunotherapy" in situation.tags and "example" in situation.name.lower()
        assert len(store.list_my_questions()) == 4 and len(store.list_notes()) == 2
        levels = [r.alert.level for r in store.alerts_since(None)]
        assert {"go-now", "call-today", "next-visit"} <= set(levels) and 3 <= len(levels) <= 10
        assert all("(example)" in (p.text or "") for p in store.series("note"))
    diary = Diary(
        store_for(folder), book, clock=lambda: dt.datetime.combine(TODAY, dt.time(18), dt.timezone.utc)
    )
    try:
        assert diary.summary("pain", "3m").startswith("Pain: mostly 2 to 3, rose to 6 on")
        assert diary.summary("belly-swelling", "3m").startswith("Swollen belly: mostly")
    finally:
        diary.store.close()


def store_for(folder: Path) -> Store:
    return Store.open(folder)


def test_the_same_seed_and_day_give_the_same_data(tmp_path: Path, book: Handbook) -> None:
    one = _snapshot(make_example(tmp_path / "one", book, today=TODAY))
    two = _snapshot(make_example(tmp_path / "two", book, today=TODAY))
    other = _snapshot(make_example(tmp_path / "three", book, today=TODAY, seed=18))
    assert one == two and one != other


def test_the_readers_own_data_and_a_folder_with_anything_in_it_are_refused(
    tmp_path: Path, book: Handbook
) -> None:
    own = tmp_path / "mine"
    with Store.open(own) as store:
        store.add_note("my own words")
    for folder in (own, own / "inside"):
        with pytest.raises(ExampleRefused):
            make_example(folder, book, user_data_dir=own)
    with pytest.raises(ExampleRefused):
        make_example(own, book)  # not empty, even without saying whose it is
    with Store.open(own) as store:
        assert [n.text for n in store.list_notes()] == ["my own words"] and not store.is_example
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExampleRefused):
        make_example(tmp_path / "file", book)


def test_a_new_example_folder_is_private_and_empty() -> None:
    folder = new_example_folder()
    try:
        assert folder.is_dir() and not any(folder.iterdir()) and folder.stat().st_mode & 0o077 == 0
    finally:
        folder.rmdir()
