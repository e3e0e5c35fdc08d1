"""'My diary' in the store: saving, reading, editing, indexed reads, limits, and the diary kept safe
everywhere the notes are (migrations, export/import, delete all, read-only, damage and rescue)."""

from __future__ import annotations

import copy
import json
import shutil
import sqlite3
import traceback
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from store_helpers import FIXTURES, FakeClock, fill, fill_diary, snapshot

from liverbook.store import ImportRefused, Store, StoreCorrupt, StoreReadOnly, db_path
from liverbook.store.diary_model import Alert, Answer, DiaryPrefs, NewEntry
from liverbook.store.rescue import MERGE, RESCUED, make_offer, recover

UTC = timezone.utc
T0 = datetime(2026, 3, 10, 7, 0, tzinfo=UTC)
SECRET = "zebra quokka"


def new(at: datetime, *answers: Answer, who: str = "patient") -> NewEntry:
    return NewEntry((at + timedelta(hours=1)).replace(tzinfo=None), at, who, answers)


def test_a_check_in_round_trips_with_its_times_and_warning_signs(store: Store, clock: FakeClock) -> None:
    at = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)  # 00:30 on 2 March where it was written
    saved = store.add_entry(
        NewEntry(
            datetime(2026, 3, 2, 0, 30, 45),
            at,
            "carer",
            (Answer("pain", 4, "left side"), Answer("note", None, "ok")),
        ),
        [Alert("new-pain", "call-today", "2026-12-03", "0.1.0")],
    )
    got = store.get_entry(saved.id)
    assert got == saved
    assert got is not None and got.day.isoformat() == "2026-03-02" and got.local.second == 0
    assert got.answer("pain") == Answer("pain", 4.0, "left side") and got.answer("cough") is None
    assert got.created == got.updated == clock.now
    assert [r.alert.rule_id for r in store.alerts_since(at)] == ["new-pain"]
    assert store.alerts_since(at + timedelta(minutes=1)) == []


def test_editing_replaces_answers_time_and_warnings_and_keeps_when_it_was_made(
    store: Store, clock: FakeClock
) -> None:
    first = store.add_entry(new(T0, Answer("pain", 2)), [Alert("new-pain", "call-today", "v", "a")])
    clock.advance(hours=3)
    edited = store.update_entry(first.id, new(T0 - timedelta(days=1), Answer("cough", 1)), [])
    assert edited.created == first.created and edited.updated == clock.now
    assert [a.item_id for a in edited.answers] == ["cough"] and edited.alerts == ()
    assert store.series("pain") == [] and [p.utc for p in store.series("cough")] == [T0 - timedelta(days=1)]
    assert store.alerts_since(None) == []
    with pytest.raises(KeyError):
        store.update_entry(999, new(T0, Answer("pain", 1)))


def test_delete_and_undo(store: Store) -> None:
    kept = store.add_entry(new(T0, Answer("pain", 2)))
    gone = store.delete_entry(kept.id)
    assert store.count_entries() == 0 and store.series("pain") == []
    back = store.restore_entry(gone)
    assert back == kept and store.series("pain")[0].value == 2.0
    with pytest.raises(KeyError):
        store.delete_entry(12345)


def test_latest_entries_page_back_and_series_cover_a_period(store: Store) -> None:
    for day in range(30):
        store.add_entry(
            new(T0 + timedelta(days=day), Answer("pain", day % 10), Answer("weight", 70 + day / 10))
        )
    latest = store.latest_entries(5)
    assert [e.utc for e in latest] == [T0 + timedelta(days=d) for d in (29, 28, 27, 26, 25)]
    older = store.latest_entries(5, before=latest[-1].utc)
    assert older[0].utc == T0 + timedelta(days=24)
    week = store.series("weight", T0 + timedelta(days=7), T0 + timedelta(days=14))
    assert [p.value for p in week] == pytest.approx([70.7 + d / 10 for d in range(7)])
    assert store.previous_answer("pain", T0 + timedelta(days=3)).value == 2.0  # type: ignore[union-attr]
    assert store.previous_answer("pain", T0) is None
    assert store.count_entries() == 30 and len(store.entries_between(T0, T0 + timedelta(days=2))) == 2


def _plan(store: Store, sql: str, params: tuple[object, ...]) -> str:
    conn = store._db()
    return " | ".join(str(row[-1]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_the_reads_the_views_make_are_index_ranges(store: Store) -> None:
    plans = {
        "latest": _plan(store, "SELECT id FROM diary_entries ORDER BY utc DESC, id DESC LIMIT 20", ()),
        "series": _plan(
            store,
            "SELECT a.value FROM diary_answers AS a INDEXED BY diary_answers_by_item JOIN diary_entries AS e "
            "ON e.id = a.entry_id WHERE a.item_id = ? AND a.utc >= ? ORDER BY a.utc, a.entry_id",
            ("pain", "x"),
        ),
        "alerts": _plan(
            store,
            "SELECT a.rule_id FROM diary_alerts AS a INDEXED BY diary_alerts_by_time JOIN diary_entries AS e "
            "ON e.id = a.entry_id WHERE a.utc >= ? ORDER BY a.utc",
            ("x",),
        ),
    }
    assert "diary_entries_by_time" in plans["latest"] and "TEMP B-TREE" not in plans["latest"], plans
    assert "diary_answers_by_item (item_id=? AND utc>?)" in plans["series"], plans
    assert "SCAN e" not in plans["series"] and "SCAN diary_entries" not in plans["series"], plans
    assert "diary_alerts_by_time (utc>?)" in plans["alerts"], plans


@pytest.mark.parametrize(
    "bad",
    [
        NewEntry(datetime(2026, 3, 1), T0, "nurse", ()),  # who answered
        NewEntry(datetime(2026, 3, 1), T0.replace(tzinfo=None), "patient", ()),  # naive UTC
        NewEntry(datetime(2026, 3, 1), T0, "patient", (Answer("pain", 1), Answer("pain", 2))),  # twice
        NewEntry(datetime(2026, 3, 1), T0, "patient", (Answer("pain", float("nan")),)),
        NewEntry(datetime(2026, 3, 1), T0, "patient", (Answer("Pain!", 1),)),  # not an id
        NewEntry(datetime(2026, 3, 1), T0, "patient", (Answer("pain", None, None),)),  # nothing in it
        NewEntry(datetime(2026, 3, 1), T0, "patient", tuple(Answer(f"own-{n}", 1) for n in range(301))),
    ],
)
def test_a_malformed_entry_is_a_bug_and_writes_nothing(store: Store, bad: NewEntry) -> None:
    with pytest.raises((ValueError, TypeError)):
        store.add_entry(bad)
    assert store.count_entries() == 0


def test_a_warning_recorded_twice_or_of_an_unknown_level_is_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        store.add_entry(
            new(T0, Answer("pain", 1)), [Alert("a", "go-now", "v", "a"), Alert("a", "go-now", "v", "a")]
        )
    with pytest.raises(ValueError):
        store.add_entry(new(T0, Answer("pain", 1)), [Alert("a", "panic", "v", "a")])
    assert store.count_entries() == 0


def test_own_items_settings_and_units(store: Store) -> None:
    cramps = store.add_own_item("  Cramps  ")
    assert (cramps.name, cramps.item_id, cramps.active) == ("Cramps", f"own-{cramps.id}", True)
    store.update_own_item(cramps.id, name="Leg cramps")
    store.update_own_item(cramps.id, active=False)
    assert [(o.name, o.active) for o in store.list_own_items()] == [("Leg cramps", False)]
    with pytest.raises(ValueError):
        store.add_own_item("   ")
    store.set_item_enabled("cough", True)
    store.set_item_enabled("rash", False)
    store.set_item_enabled("rash", None)
    assert store.item_settings() == {"cough": True}
    assert store.get_diary_prefs() == DiaryPrefs()
    store.set_diary_prefs(DiaryPrefs("fahrenheit", "lb", " 555 0100 "))
    assert store.get_diary_prefs() == DiaryPrefs("fahrenheit", "lb", " 555 0100 ")
    with pytest.raises(ValueError):
        store.set_diary_prefs(DiaryPrefs("kelvin", "kg"))
    assert not store.is_example
    store.mark_example()
    assert store.is_example


def test_has_data_and_delete_all_cover_the_diary(store: Store) -> None:
    assert not store.has_data()
    store.set_item_enabled("cough", True)
    assert store.has_data()
    fill_diary(store)
    store.delete_all()
    assert not store.has_data()
    assert (
        store.count_entries(),
        store.list_own_items(),
        store.item_settings(),
        store.get_diary_prefs(),
    ) == (0, [], {}, DiaryPrefs())
    assert store.alerts_since(None) == [] and store.series("pain") == []


def test_export_and_import_version_2_round_trip_the_diary(store: Store, tmp_path: Path) -> None:
    fill(store)
    exported = store.export_data()
    assert exported["version"] == 2 and len(exported["diary"]["entries"]) == 2
    before = snapshot(store)
    store.delete_all()
    store.import_data(json.loads(json.dumps(exported)))
    assert snapshot(store) == before
    md = store.export_markdown(answer_text=lambda a: f"<{a.item_id}>")
    assert "## My diary" in md and "answered by a carer" in md and "- pain: <pain>" in md
    assert "Warning sign (go-now): confusion" in md


def test_a_version_1_file_still_imports_with_an_empty_diary(store: Store) -> None:
    fill(store)
    old = store.export_data()
    old["version"] = 1
    del old["diary"]
    del old["records"]  # a version 1 file has neither
    store.import_data(old)
    assert store.count_entries() == 0 and store.get_diary_prefs() == DiaryPrefs()
    assert len(store.list_notes()) == 3 and store.get_situation().name == "Sam"


def _edit(data: dict, path: list[object], value: object) -> dict:
    changed = copy.deepcopy(data)
    target = changed
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    if value is KeyError:
        del target[path[-1]]  # type: ignore[arg-type]
    else:
        target[path[-1]] = value  # type: ignore[index]
    return changed


BAD_DIARY = {
    "version 2 without a diary": (["diary"], KeyError, "has no 'diary'"),
    "a diary in version 1": (["version"], 1, "unknown 'diary'"),
    "value as text": (["diary", "entries", 0, "answers", 0, "value"], "3", "'value' is not a number"),
    "huge value": (["diary", "entries", 0, "answers", 0, "value"], 1e300, "'value' is not a number"),
    "answered by someone else": (
        ["diary", "entries", 0, "answered_by"],
        "nurse",
        "'answered_by' is not one of patient, carer",
    ),
    "bad local time": (["diary", "entries", 0, "local"], "yesterday", "'local' is not a local date and time"),
    "naive utc": (["diary", "entries", 0, "utc"], "2026-03-01T07:30:00", "'utc' is not a date and time"),
    "unknown warning level": (
        ["diary", "entries", 0, "alerts", 0, "level"],
        "panic",
        "'level' is not one of go-now",
    ),
    "item id like a path": (
        ["diary", "entries", 0, "answers", 0, "item"],
        "../../etc",
        "'item' is not a handbook id",
    ),
    "unknown unit": (["diary", "prefs", "weight_unit"], "stone", "'weight_unit' is not one of kg, lb"),
    "setting not a boolean": (["diary", "item_settings", "cough"], "off", "not true or false"),
    "same entry id twice": (["diary", "entries", 1, "id"], None, "Two diary entries have the same 'id'"),
}


@pytest.mark.parametrize("case", sorted(BAD_DIARY))
def test_a_bad_diary_is_refused_before_anything_changes(case: str, store: Store) -> None:
    fill(store)
    data = store.export_data()
    path, value, words = BAD_DIARY[case]
    if case == "same entry id twice":
        value = data["diary"]["entries"][0]["id"]
    before = snapshot(store)
    with pytest.raises(ImportRefused) as caught:
        store.import_data(_edit(data, path, value))
    assert words in caught.value.user_message
    assert snapshot(store) == before


def test_the_version_3_fixture_opens_with_its_diary(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "notes-v3.sqlite3", db_path(data_dir))
    with Store.open(data_dir) as store:
        entries = store.entries_between()
        assert [(e.id, e.answered_by, e.local.isoformat()) for e in entries] == [
            (1, "patient", "2025-01-09T08:30:00"),
            (3, "carer", "2025-01-10T21:05:00"),
        ]
        assert entries[0].answer("pain") == Answer("pain", 3.0, "lower back ✓")
        assert entries[1].answer("note") == Answer("note", None, "Mixed up the days <b>again</b>")
        assert [(r.alert.rule_id, r.alert.level) for r in store.alerts_since(None)] == [
            ("confusion", "go-now")
        ]
        assert [o.name for o in store.list_own_items()] == ["Cramps"]
        assert store.item_settings() == {"cough": False}
        assert store.get_diary_prefs().temperature_unit == "fahrenheit"


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_file_gets_an_empty_diary_that_works(version: int, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / f"notes-v{version}.sqlite3", db_path(data_dir))
    with Store.open(data_dir) as store:
        assert store.count_entries() == 0 and store.get_diary_prefs() == DiaryPrefs()
        store.add_entry(new(T0, Answer("pain", 1)))
        assert [p.value for p in store.series("pain")] == [1.0]


def test_read_only_mode_shows_the_diary_and_writes_nothing(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        fill(store)
        expected = snapshot(store)
    store = Store.open_read_only(data_dir, None)
    try:
        assert snapshot(store) == expected
        assert store.count_entries() == 2 and len(store.alerts_since(None)) == 2
        with pytest.raises(StoreReadOnly):
            store.add_entry(new(T0, Answer("pain", 1)))
    finally:
        store.close()


def _flip(path: Path, needle: bytes) -> None:
    content = bytearray(path.read_bytes())
    at = content.index(needle)
    content[at + 2] = 0xFF
    path.write_bytes(bytes(content))


def test_a_damaged_diary_row_is_found_at_start_rescued_and_merged(data_dir: Path, clock: FakeClock) -> None:
    with Store.open(data_dir, clock=clock) as store:
        fill(store)
        for day in range(5):
            store.add_entry(
                new(T0 + timedelta(days=day), Answer("pain", day), Answer("note", None, f"{SECRET} {day}"))
            )
        store.maybe_backup()
        clock.advance(days=1)
        store.add_entry(new(T0 + timedelta(days=9), Answer("pain", 9)))  # only after the backup
    _flip(db_path(data_dir), f"{SECRET} 3".encode())
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir, clock=clock)
    shown = "".join(traceback.format_exception(caught.value)) + caught.value.detail
    assert "diary_answers row" in caught.value.detail and "zebra" not in shown
    offer = make_offer(data_dir, caught.value)
    assert len(offer.rescued.diary.entries) == 8 and offer.rescued.repairs.texts == 1
    recover(data_dir, offer, MERGE, clock.now)
    with Store.open(data_dir) as store:
        notes = {p.text for p in store.series("note") if p.text}
        assert f"{SECRET} 3" in notes  # the backup's whole words came back
        assert [p.value for p in store.series("pain")][-1] == 9.0  # and what came after the backup
        assert store.get_diary_prefs().weight_unit == "lb" and [o.name for o in store.list_own_items()] == [
            "Cramps ✓"
        ]


def test_only_what_was_rescued_keeps_the_readable_part_of_a_damaged_answer(
    data_dir: Path, clock: FakeClock
) -> None:
    with Store.open(data_dir, clock=clock) as store:
        store.add_entry(new(T0, Answer("pain", 2, f"{SECRET} behind the ribs")))
    _flip(db_path(data_dir), SECRET.encode())
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir)
    offer = make_offer(data_dir, caught.value)
    recover(data_dir, offer, RESCUED, clock.now)
    with Store.open(data_dir) as store:
        point = store.series("pain")[0]
        assert (
            point.value == 2.0
            and point.text is not None
            and "behind the ribs" in point.text
            and "\ufffd" in point.text
        )


def test_an_index_that_does_not_match_the_diary_is_damage(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.add_entry(new(T0, Answer("pain", 2)))
    conn = sqlite3.connect(db_path(data_dir))
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE diary_answers SET utc = '2030-01-01T00:00:00.000000+00:00'"
    )  # the copy no longer matches its entry
    conn.commit()
    conn.close()
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir)
    assert "diary_answers row 1: column 'utc'" in caught.value.detail


@pytest.mark.parametrize(
    ("sql", "column"),
    [
        ("UPDATE diary_answers SET value = 'abc' WHERE item_id = 'pain'", "value"),
        ("UPDATE diary_answers SET value = 5e9 WHERE item_id = 'pain'", "value"),
        ("UPDATE diary_answers SET text = X'00ff' WHERE item_id = 'note'", "text"),
        ("UPDATE diary_answers SET text = CAST(X'6f6bff' AS TEXT) WHERE item_id = 'note'", "text"),
        ("UPDATE diary_answers SET item_id = 'Not An Id' WHERE item_id = 'pain'", "item_id"),
        ("UPDATE diary_answers SET entry_id = 99 WHERE item_id = 'pain'", "utc"),  # its entry is gone
        ("UPDATE diary_entries SET answered_by = 'nurse'", "answered_by"),
        ("UPDATE diary_entries SET local = '2026-13-45T10:00'", "local"),
        ("UPDATE diary_alerts SET level = 'panic'", "level"),
    ],
)
def test_every_kind_of_bad_diary_row_is_found_at_start(sql: str, column: str, data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.add_entry(
            new(T0, Answer("pain", 2), Answer("note", None, "words")),
            [Alert("new-pain", "call-today", "v", "a")],
        )
    conn = sqlite3.connect(db_path(data_dir))
    conn.execute("PRAGMA ignore_check_constraints = ON")  # as damage would, not as the store ever does
    conn.execute(sql)
    conn.commit()
    conn.close()
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir)
    assert f"column '{column}'" in caught.value.detail


def test_a_bad_answer_met_while_running_is_damage_not_a_crash(data_dir: Path) -> None:
    store = Store.open(data_dir)
    store.add_entry(new(T0, Answer("pain", 2)))
    other = sqlite3.connect(db_path(data_dir))
    other.execute("UPDATE diary_answers SET value = 'abc'")
    other.commit()
    other.close()
    with pytest.raises(StoreCorrupt):
        store.series("pain")
    store.close()
