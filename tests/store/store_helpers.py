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


def fill_diary(store: Store) -> None:
    """A little of every kind of diary data: entries (one by a carer, with a warning sign), an own item,
    an item turned off, units and a phone number."""
    from liverbook.store.diary_model import Alert, Answer, DiaryPrefs, NewEntry

    cramps = store.add_own_item("Cramps ✓")
    at = datetime(2026, 3, 1, 7, 30, tzinfo=timezone.utc)
    store.add_entry(NewEntry(datetime(2026, 3, 1, 8, 30), at, "patient", (
        Answer("pain", 3.0, "lower back <b>"), Answer("temperature", 38.2), Answer(cramps.item_id, 5.0),
        Answer("note", None, "Slept badly \U0001f600"))), [Alert("fever-during-treatment", "call-today", "2026-12-03", "0.1.0")])
    later = at + timedelta(days=1, hours=12)
    store.add_entry(NewEntry(datetime(2026, 3, 2, 20, 30), later, "carer", (Answer("confusion", 1.0),)),
                    [Alert("confusion", "go-now", "2026-12-03", "0.1.0")])
    store.set_item_enabled("cough", False)
    store.set_diary_prefs(DiaryPrefs("fahrenheit", "lb", "+44 20 7946 0000"))


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
