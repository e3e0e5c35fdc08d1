"""The records in the store (schema version 4): saving, undo, the one to call, queries through indexes,
and the records kept safe everywhere the notes are (migrations, export/import, delete all, read-only,
damage found at start, rescue and merge)."""

from __future__ import annotations

import copy
import datetime as dt
import shutil
import sqlite3
import traceback
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from store_helpers import FIXTURES, FakeClock, fill, fill_records, snapshot

from liverbook.records.dates import LooseDate
from liverbook.records.model import (
    Contact,
    LabResult,
    LiverAnswers,
    Medicine,
    RecordProblem,
    TreatmentLine,
    Visit,
    VisitQuestion,
)
from liverbook.records.numbers import LabValue, parse_value
from liverbook.store import ImportRefused, Store, StoreCorrupt, StoreReadOnly, db_path
from liverbook.store.rescue import MERGE, RESCUED, make_offer, recover

DAY = dt.date(2026, 5, 1)
SECRET = "zebra quokka"


def lab(
    day: dt.date, text: str, unit: str = "mg/dL", test: str | None = "bilirubin", name: str = ""
) -> LabResult:
    return LabResult(0, day, parse_value(text), unit, test, name)


def test_a_medicine_round_trips_exactly_as_written(store: Store) -> None:
    added = store.add_medicine(
        Medicine(
            0,
            "Sorafenib",
            "sorafenib",
            "prescribed",
            "the cancer",
            "2 × 200 mg",
            "twice a day",
            LooseDate(2026, 3),
            None,
            "Dr Lee",
            "Take with food\nnot with grapefruit ✓",
        )
    )
    assert added.id >= 1
    (found,) = store.list_medicines()
    assert found == added
    assert found.started == LooseDate(2026, 3) and found.started.shown == "March 2026"  # type: ignore[union-attr]
    changed = store.update_medicine(
        Medicine(added.id, "Sorafenib", "sorafenib", stopped=LooseDate(2026, 5, 2))
    )
    assert changed.stopped == LooseDate(2026, 5, 2) and changed.dose == ""  # the whole record is replaced


def test_order_delete_and_undo(store: Store) -> None:
    a = store.add_medicine(Medicine(0, "A"))
    b = store.add_medicine(Medicine(0, "B", origin="bought"))
    c = store.add_medicine(Medicine(0, "C", origin="herbal"))
    store.move_medicine(c.id, 0)
    assert [m.name for m in store.list_medicines()] == ["C", "A", "B"]
    gone = store.delete_medicine(a.id)
    assert [m.name for m in store.list_medicines()] == ["C", "B"]
    back = store.restore_medicine(gone)
    assert back == gone  # the same id, the same words
    assert {m.id for m in store.list_medicines()} == {a.id, b.id, c.id}
    with pytest.raises(KeyError):
        store.delete_medicine(999)


def test_a_record_that_breaks_a_rule_is_refused_and_nothing_is_written(store: Store) -> None:
    with pytest.raises(RecordProblem, match="needs the date it stopped"):
        store.add_treatment_line(TreatmentLine(0, "tace", stop_reason="finished"))
    with pytest.raises(RecordProblem, match="before the start date"):
        store.add_medicine(Medicine(0, "A", started=LooseDate(2026, 5), stopped=LooseDate(2026, 4)))
    assert store.list_treatment_lines() == [] and store.list_medicines() == [] and not store.has_data()


def test_exactly_one_contact_is_the_one_to_call(store: Store) -> None:
    ana = store.add_contact(Contact(0, "Nurse Ana", urgent=True))
    lee = store.add_contact(Contact(0, "Dr Lee", urgent=True))  # the newer choice wins
    assert store.urgent_contact() == lee
    assert [c.urgent for c in store.list_contacts()] == [False, True]
    store.update_contact(Contact(ana.id, "Nurse Ana B.", urgent=True))  # urgent is changed on its own only
    assert store.urgent_contact().id == lee.id  # type: ignore[union-attr]
    store.set_urgent_contact(ana.id)
    assert store.urgent_contact().name == "Nurse Ana B."  # type: ignore[union-attr]
    store.set_urgent_contact(None)
    assert store.urgent_contact() is None
    with pytest.raises(KeyError):
        store.set_urgent_contact(999)
    conn = sqlite3.connect(db_path(store.data_dir))
    with pytest.raises(sqlite3.IntegrityError):  # the database itself holds the rule
        conn.execute("UPDATE care_team SET urgent = 1")
    conn.close()


def test_a_visit_keeps_its_questions_and_the_words_understood(store: Store) -> None:
    own = store.add_own_question("Can I still travel?")
    ana = store.add_contact(Contact(0, "Nurse Ana"))
    visit = store.add_visit(Visit(0, dt.date(2026, 6, 2), "14:30", ana.id, what_for="Results",
                                  questions=(VisitQuestion(own.text or "", own.id),)))  # fmt: skip
    after = store.update_visit(Visit(visit.id, visit.on, visit.at, ana.id, what_for="Results",
                                     questions=(VisitQuestion(own.text or "", own.id, "Yes, with a letter", True),
                                                VisitQuestion("A question asked on the day")),
                                     understood="The scan is stable."))  # fmt: skip
    assert [q.text for q in after.questions] == ["Can I still travel?", "A question asked on the day"]
    assert after.questions[0].ask_again and after.questions[0].understood == "Yes, with a letter"
    assert store.get_visit(visit.id) == after
    store.delete_contact(ana.id)  # the visit keeps their name, as words
    kept = store.get_visit(visit.id)
    assert kept.contact_id is None and kept.with_whom == "Nurse Ana" and kept.questions == after.questions
    gone = store.delete_visit(visit.id)
    assert store.list_visits() == [] and store.restore_visit(gone).questions == after.questions


def test_next_and_last_visit_and_a_period(store: Store) -> None:
    for day, at in ((dt.date(2026, 5, 1), ""), (dt.date(2026, 6, 9), "14:00"), (dt.date(2026, 6, 9), "09:00"),
                    (dt.date(2026, 6, 9), ""), (dt.date(2026, 8, 1), "")):  # fmt: skip
        store.add_visit(Visit(0, day, at))
    today = dt.date(2026, 6, 9)
    assert (store.next_visit(today).on, store.next_visit(today).at) == (today, "09:00")  # type: ignore[union-attr]
    assert store.last_visit(today).on == dt.date(2026, 5, 1)  # type: ignore[union-attr]
    assert [v.at for v in store.list_visits(today, today)] == ["09:00", "14:00", ""]  # no time: last that day
    assert store.next_visit(dt.date(2026, 9, 1)) is None


def test_lab_results_kept_as_typed_and_read_by_test_and_day(store: Store) -> None:
    store.add_lab_result(lab(dt.date(2026, 1, 5), "1.20"))
    store.add_lab_result(lab(dt.date(2026, 3, 5), "34", "µmol/L"))
    store.add_lab_result(lab(dt.date(2026, 2, 5), "<2", "ng/mL", "afp"))
    store.add_lab_result(lab(dt.date(2026, 2, 6), "31", "U/L", None, "ALT"))
    store.add_lab_result(lab(dt.date(2026, 2, 7), "29", "U/L", None, " alt "))
    assert [r.value.text for r in store.list_lab_results("bilirubin")] == ["1.20", "34"]
    assert store.latest_lab_result("bilirubin").unit == "µmol/L"  # type: ignore[union-attr]
    assert store.latest_lab_result("bilirubin", dt.date(2026, 2, 1)).value.number == Decimal("1.20")  # type: ignore[union-attr]
    assert store.latest_lab_result("afp").value == LabValue(Decimal(2), "<")  # type: ignore[union-attr]
    assert store.lab_test_keys() == ["afp", "bilirubin", "own:alt"]
    assert [r.name for r in store.list_lab_results("own:alt")] == ["ALT", " alt "]
    assert len(store.list_lab_results(start=dt.date(2026, 2, 1), end=dt.date(2026, 2, 28))) == 3
    with pytest.raises(RecordProblem):
        store.add_lab_result(LabResult(0, DAY, LabValue(Decimal(-1)), "mg/dL", "bilirubin"))


def test_the_reads_the_views_make_go_through_indexes(store: Store) -> None:
    fill_records(store)
    conn = store._db()  # the query plans the store's own reads get
    plans = {
        "SELECT id FROM lab_results WHERE test = ? AND taken_on <= ? ORDER BY taken_on DESC LIMIT 1": ("bilirubin", "2026-01-01"),
        "SELECT id FROM lab_results WHERE taken_on >= ? AND taken_on <= ?": ("2026-01-01", "2026-02-01"),
        "SELECT id FROM visits WHERE on_date >= ?": ("2026-01-01",),
        "SELECT id FROM liver_answers WHERE on_date <= ? ORDER BY on_date DESC": ("2026-01-01",),
    }  # fmt: skip
    for sql, params in plans.items():
        plan = " ".join(str(row[-1]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params))
        assert "USING" in plan and "INDEX" in plan, (sql, plan)


def test_liver_answers_latest_on_or_before(store: Store) -> None:
    store.add_liver_answers(LiverAnswers(0, dt.date(2026, 1, 1), 1, 1))
    store.add_liver_answers(LiverAnswers(0, dt.date(2026, 4, 1), 2, None))
    assert store.latest_liver_answers().ascites == 2  # type: ignore[union-attr]
    assert store.latest_liver_answers(dt.date(2026, 3, 1)).ascites == 1  # type: ignore[union-attr]


def test_has_data_and_delete_all_cover_the_records(store: Store) -> None:
    store.add_lab_result(lab(DAY, "1"))
    assert store.has_data()
    store.delete_all()
    assert store.records_data().__bool__() is False and not store.has_data()


def test_export_and_import_round_trip_every_record_and_relink_visit_questions(
    store: Store, tmp_path: Path
) -> None:
    fill(store)
    before = snapshot(store)
    visit = store.list_visits()[0]
    assert visit.questions[0].question_id is not None
    exported = store.export_data()
    assert exported["version"] == 2 and exported["records"]["visits"][0]["questions"][0]["question"] == 1
    with Store.open(tmp_path / "other") as other:
        other.add_own_question("Something else, so that ids differ")
        other.import_data(copy.deepcopy(exported))
        assert snapshot(other) == before
        imported = other.list_visits()[0].questions[0]
        linked = next(q for q in other.list_my_questions() if q.id == imported.question_id)
        assert linked.text == imported.text  # linked to the same question, under its new id


def test_the_readable_copy_lists_the_records_with_words_quoted(store: Store) -> None:
    fill(store)
    text = store.export_markdown()
    for heading in (
        "## My medicines",
        "## My treatments",
        "## My care team",
        "## My visits",
        "## My numbers",
    ):
        assert heading in text
    assert "- Lenvima (lenvatinib)" in text and "  - Dose: 8 mg <b>" in text
    assert "(the one to call for urgent problems)" in text
    assert "> Stable <i>for now</i>" in text and "| 2026-03-01 | afp | <2 | ng/mL |" in text
    store.add_medicine(Medicine(0, "# Not a heading", dose="1. not a list", how_often="twice\na day"))
    text = store.export_markdown()
    assert (
        "- \\# Not a heading" in text
        and "  - Dose: 1. not a list" in text
        and "  - How often: twice a day" in text
    )


def _export(store: Store) -> dict[str, Any]:
    fill(store)
    return store.export_data()


BAD_RECORDS: dict[str, tuple[list[object], object, str]] = {
    "a lab value that is not a number": (["lab_results", 0, "value"], "high", "Lab result 1: 'value'"),
    "a negative lab value": (["lab_results", 0, "value"], "-1", "cannot be below zero"),
    "a day that is not a day": (["lab_results", 0, "taken_on"], "2026-02-30", "is not a day"),
    "an unknown kind of treatment": (["treatment_lines", 0, "kind"], "magic", "what kind of treatment"),
    "a stop reason without a stop": (
        ["treatment_lines", 1, "stop_reason"],
        "finished",
        "needs the date it stopped",
    ),
    "a loose date that is not one": (["medicines", 0, "started"], "March", "is not a date"),
    "two contacts to call": (["care_team", 1, "urgent"], True, "ore than one care team contact"),
    "a visit with someone not in the file": (["visits", 0, "contact"], 999, "'contact' is not the id"),
    "an unknown key": (["medicines", 0, "colour"], "red", "has unknown 'colour'"),
    "a repeated id": (["medicines", 1, "id"], 1, "is used twice"),
    "a Child-Pugh answer of 4": (["liver_answers", 0, "ascites"], 4, "is not 1, 2, 3 or null"),
}


@pytest.mark.parametrize("case", sorted(BAD_RECORDS))
def test_a_bad_records_part_is_refused_before_anything_changes(case: str, store: Store) -> None:
    data = _export(store)
    before = snapshot(store)
    path, value, says = BAD_RECORDS[case]
    target: Any = data["records"]
    for key in path[:-1]:
        target = target[key]
    if path[-1] == "id" and value == 1:
        value = data["records"]["medicines"][0]["id"]
    target[path[-1]] = value
    with pytest.raises(ImportRefused) as caught:
        store.import_data(data)
    assert says in str(caught.value)
    assert snapshot(store) == before


def test_a_file_without_records_imports_with_none(store: Store) -> None:
    data = _export(store)
    del data["records"]
    store.import_data(data)
    assert not store.records_data() and store.list_notes()


def test_the_version_4_fixture_opens_with_its_records(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "notes-v4.sqlite3", db_path(data_dir))
    with Store.open(data_dir) as store:
        assert [m.name for m in store.list_medicines()] == ["Milk thistle", "Sorafenib"]
        assert store.list_medicines()[1].note == "Take <b>with</b> food ✓"
        lines = store.list_treatment_lines()
        assert [(t.kind, t.stopped.iso if t.stopped else None) for t in lines] == [
            ("tace", "2024-09-20"),
            ("drugs", None),
        ]
        assert lines[1].in_trial and lines[1].drug_ids == ("sorafenib",)
        assert store.urgent_contact().phone_after_hours == "555 0199"  # type: ignore[union-attr]
        (visit,) = store.list_visits()
        assert visit.questions[0].question_id == 2 and visit.questions[0].ask_again
        assert [r.value.text for r in store.list_lab_results()] == ["1.20", "<2", "31"]
        assert store.latest_liver_answers().ascites == 2  # type: ignore[union-attr]


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_older_file_gets_empty_records_that_work(version: int, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / f"notes-v{version}.sqlite3", db_path(data_dir))
    with Store.open(data_dir) as store:
        assert not store.records_data()
        store.add_lab_result(lab(DAY, "1.1"))
        assert store.latest_lab_result("bilirubin").value.text == "1.1"  # type: ignore[union-attr]


def test_read_only_mode_shows_the_records_and_writes_nothing(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        fill(store)
        expected = snapshot(store)
    store = Store.open_read_only(data_dir, None)
    try:
        assert snapshot(store) == expected
        assert store.urgent_contact() is not None and store.next_visit(dt.date(2026, 1, 1)) is not None
        with pytest.raises(StoreReadOnly):
            store.add_medicine(Medicine(0, "A"))
    finally:
        store.close()


def _flip(path: Path, needle: bytes) -> None:
    content = bytearray(path.read_bytes())
    at = content.index(needle)
    content[at + 2] = 0xFF
    path.write_bytes(bytes(content))


def test_a_damaged_record_is_found_at_start_rescued_and_merged(data_dir: Path, clock: FakeClock) -> None:
    with Store.open(data_dir, clock=clock) as store:
        fill(store)
        store.add_medicine(Medicine(0, "Lactulose", "lactulose", note=f"{SECRET} syrup"))
        store.maybe_backup()
        clock.advance(days=1)
        store.add_lab_result(lab(dt.date(2026, 4, 1), "2.5"))  # only after the backup
    _flip(db_path(data_dir), f"{SECRET} syrup".encode())
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir, clock=clock)
    shown = "".join(traceback.format_exception(caught.value)) + caught.value.detail
    assert "medicines row" in caught.value.detail and "zebra" not in shown  # named, never quoted
    offer = make_offer(data_dir, caught.value)
    assert len(offer.rescued.records.medicines) == 3 and offer.rescued.repairs.texts == 1
    recover(data_dir, offer, MERGE, clock.now)
    with Store.open(data_dir) as store:
        assert [r.value.text for r in store.list_lab_results("bilirubin")][-1] == "2.5"  # after the backup
        assert any("syrup" in m.note for m in store.list_medicines())
        assert (
            store.urgent_contact() is not None and store.list_visits()[0].questions[0].question_id is not None
        )


def test_only_what_was_rescued_keeps_the_readable_part_of_a_damaged_record(
    data_dir: Path, clock: FakeClock
) -> None:
    with Store.open(data_dir, clock=clock) as store:
        store.add_visit(Visit(0, DAY, understood=f"{SECRET}: the tumor is smaller"))
    _flip(db_path(data_dir), SECRET.encode())
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir)
    offer = make_offer(data_dir, caught.value)
    recover(data_dir, offer, RESCUED, clock.now)
    with Store.open(data_dir) as store:
        (visit,) = store.list_visits()
        assert "the tumor is smaller" in visit.understood and "\ufffd" in visit.understood


@pytest.mark.parametrize(
    ("sql", "column"),
    [
        ("UPDATE lab_results SET value = 'abc'", "value"),
        ("UPDATE lab_results SET value = '1.2000000000000000000000001e3'", "value"),
        ("UPDATE lab_results SET taken_on = '2026-02-30'", "taken_on"),
        ("UPDATE lab_results SET test = 'Not An Id'", "test"),
        ("UPDATE medicines SET name = CAST(X'6f6bff' AS TEXT)", "name"),
        ("UPDATE medicines SET started = 'March'", "started"),
        ("UPDATE treatment_lines SET kind = 'magic'", "kind"),
        ("UPDATE care_team SET urgent = 7", "urgent"),
        ("UPDATE visits SET on_date = 20260101", "on_date"),
        ("UPDATE visit_questions SET visit_id = 99", "visit_id"),
        ("UPDATE liver_answers SET ascites = 4", "ascites"),
    ],
)
def test_every_kind_of_bad_record_row_is_found_at_start(sql: str, column: str, data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        fill_records(store)
    conn = sqlite3.connect(db_path(data_dir))
    conn.execute("PRAGMA ignore_check_constraints = ON")  # as damage would, not as the store ever does
    conn.execute(sql)
    conn.commit()
    conn.close()
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir)
    assert f"column '{column}'" in caught.value.detail


def test_a_missing_index_is_damage(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.add_lab_result(lab(DAY, "1"))
    conn = sqlite3.connect(db_path(data_dir))
    conn.execute("DROP INDEX lab_results_by_test")
    conn.commit()
    conn.close()
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir)
    assert "the index lab_results_by_test is missing" in caught.value.detail


def test_a_bad_record_met_while_running_is_damage_not_a_crash(data_dir: Path) -> None:
    store = Store.open(data_dir)
    store.add_lab_result(lab(DAY, "1"))
    other = sqlite3.connect(db_path(data_dir))
    other.execute("UPDATE lab_results SET value = 'abc'")
    other.commit()
    other.close()
    with pytest.raises(StoreCorrupt):
        store.list_lab_results()
    store.close()
