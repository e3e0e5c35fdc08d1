"""Helpers shared by the store tests (a module of its own: ``import conftest`` is ambiguous)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from liverbook.store import Store

FIXTURES = Path(__file__).parent / "fixtures"


class FakeClock:
    """A clock for the store that only moves when told to."""

    def __init__(self, start: datetime = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


def snapshot(store: Store) -> dict[str, Any]:
    """All the user's data, without the export time: equal snapshots mean equal data."""
    data = store.export_data()
    del data["exported_at"]
    return data


def reopen_snapshot(data_dir: Path) -> dict[str, Any]:
    """Open the store afresh (as after a restart) and take a snapshot."""
    with Store.open(data_dir) as fresh:
        return snapshot(fresh)


def fill(store: Store) -> None:
    """Some data of every kind."""
    store.add_note("General note\nwith two lines")
    store.add_note("Ask about <b>AFP</b> & *scans* # not a heading", page_id="child-pugh-score")
    store.add_note("Ünïcödé ✓ \U0001f600", page_id="stage-4-treatment")
    store.set_situation(
        store.get_situation().__class__(frozenset({"stage-4", "immunotherapy"}), "patient", "Sam")
    )
    store.add_curated_question("what-stage")
    own = store.add_own_question("Can I still travel?")
    store.set_answer(own.id, "Yes, with the nurse's letter.", datetime(2026, 3, 1).date())
    store.set_asked(own.id, True)
    fill_diary(store)
    fill_records(store)


def fill_diary(store: Store) -> None:
    """A little of every kind of diary data: entries (one by a carer, with a warning sign), an own item,
    an item turned off, units and a phone number."""
    from liverbook.store.diary_model import Alert, Answer, DiaryPrefs, NewEntry

    cramps = store.add_own_item("Cramps ✓")
    at = datetime(2026, 3, 1, 7, 30, tzinfo=timezone.utc)
    store.add_entry(
        NewEntry(
            datetime(2026, 3, 1, 8, 30),
            at,
            "patient",
            (
                Answer("pain", 3.0, "lower back <b>"),
                Answer("temperature", 38.2),
                Answer(cramps.item_id, 5.0),
                Answer("note", None, "Slept badly \U0001f600"),
            ),
        ),
        [Alert("fever-during-treatment", "call-today", "2026-12-03", "0.1.0")],
    )
    later = at + timedelta(days=1, hours=12)
    store.add_entry(
        NewEntry(datetime(2026, 3, 2, 20, 30), later, "carer", (Answer("confusion", 1.0),)),
        [Alert("confusion", "go-now", "2026-12-03", "0.1.0")],
    )
    store.set_item_enabled("cough", False)
    store.set_diary_prefs(DiaryPrefs("fahrenheit", "lb", "+44 20 7946 0000"))


def fill_records(store: Store) -> None:
    """A little of every kind of record: medicines (one typed, one herbal), two treatment lines, a care
    team with the one to call, a visit with a question from My questions, lab results, liver answers."""
    from decimal import Decimal

    from liverbook.records.dates import LooseDate
    from liverbook.records.model import (
        Contact,
        LabResult,
        LiverAnswers,
        Medicine,
        TreatmentLine,
        Visit,
        VisitQuestion,
    )
    from liverbook.records.numbers import LabValue, parse_value

    store.add_medicine(
        Medicine(
            0, "Lenvima", "lenvatinib", dose="8 mg <b>", how_often="once a day", started=LooseDate(2026, 2)
        )
    )
    store.add_medicine(Medicine(0, "Turmeric ✓", origin="herbal", note="From the market\nsecond line"))
    store.add_treatment_line(
        TreatmentLine(
            0, "tace", started=LooseDate(2025, 10), stopped=LooseDate(2025, 10, 20), stop_reason="finished"
        )
    )
    store.add_treatment_line(
        TreatmentLine(0, "drugs", drug_ids=("lenvatinib",), started=LooseDate(2026, 2), in_trial=True)
    )
    nurse = store.add_contact(
        Contact(0, "Nurse Ana", "Specialist nurse", "555 0100", "555 0199", "Liver unit", urgent=True)
    )
    store.add_contact(Contact(0, "Dr Lee", "Oncologist"))
    question = next((q for q in store.list_my_questions() if q.text), None) or store.add_own_question(
        "Can I travel?"
    )
    store.add_visit(Visit(0, datetime(2026, 3, 20).date(), "09:30", nurse.id, what_for="Scan results",
                          questions=(VisitQuestion(question.text or "", question.id, "Yes, with a letter", True),),
                          understood="Stable <i>for now</i>"))  # fmt: skip
    day = datetime(2026, 3, 1).date()
    store.add_lab_result(LabResult(0, day, parse_value("1.20"), "mg/dL", "bilirubin"))
    store.add_lab_result(LabResult(0, day, LabValue(Decimal(35)), "g/L", "albumin"))
    store.add_lab_result(LabResult(0, day, parse_value("<2"), "ng/mL", "afp"))
    store.add_lab_result(LabResult(0, day, parse_value("31"), "U/L", None, "ALT"))
    store.add_liver_answers(LiverAnswers(0, day, 2, 1))


def pragma(path: Path, name: str, *, immutable: bool = False) -> Any:
    """Read one PRAGMA from a database file without changing it.

    ``immutable`` reads the file alone, creating no -shm/-wal beside it (for the stored fixtures,
    which were closed cleanly and must stay exactly as they are).
    """
    mode = "immutable=1" if immutable else "mode=ro"
    conn = sqlite3.connect(path.resolve().as_uri() + "?" + mode, uri=True)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()
