"""The diary's bench: does opening it and reading its trends grow with years of entries? (``bench/run.py``)

Three stores are built once: five years of daily check-ins (1,826 entries of 21 answers, a warning
sign every 20 days), three months of them (92 entries), and no diary at all. Each run times, in turn:

* ``open``: ``Store.open`` (with its checks of every row at start), the 20 latest entries and the
  3-month series of three items: what the diary's window needs to show its first screen;
* ``reads``: the same reads on an open store (the diary's own queries, without the checks at start);
* ``save``: one check-in judged by the handbook's triage rules and saved, against the same rows
  written by a bare ``sqlite3`` connection in one transaction (the store's settings: WAL,
  ``synchronous=FULL``).

Five years against three months shows what the years add (the first screen shows the same rows);
five years against none is the whole cost of having a diary.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

DAYS = 5 * 365 + 1
ITEMS = (
    "pain",
    "tiredness",
    "appetite",
    "nausea",
    "vomiting",
    "diarrhea",
    "belly-swelling",
    "weight",
    "leg-swelling",
    "yellow-skin",
    "itching",
    "confusion",
    "thinking-changes",
    "black-stools",
    "other-bleeding",
    "temperature",
    "breathlessness",
    "low-mood",
    "worry",
    "rash",
    "cough",
)
TODAY = dt.date(2026, 11, 30)


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0


def five_years(days: int = DAYS, seed: int = 5) -> dict[str, Any]:
    """The ``diary`` part of an export holding ``days`` daily check-ins up to TODAY."""
    rng = random.Random(seed)
    entries = []
    for n in range(days):
        day = TODAY - dt.timedelta(days=days - 1 - n)
        local = dt.datetime.combine(day, dt.time(8, rng.randrange(0, 60)))
        utc = local.replace(tzinfo=dt.timezone.utc) + dt.timedelta(hours=5)
        answers = [
            {
                "item": item,
                "value": float(rng.choice((0, 0, 1, 2)))
                if item not in ("weight", "temperature")
                else (70 + rng.random() if item == "weight" else 36.5 + rng.random()),
                "text": None,
            }
            for item in ITEMS
        ]
        alerts = (
            [
                {
                    "rule": "new-pain",
                    "level": "call-today",
                    "content_version": "2026-12-03",
                    "app_version": "0.1.0",
                }
            ]
            if n % 20 == 0
            else []
        )
        stamp = utc.isoformat(timespec="microseconds")
        entries.append(
            {
                "id": n + 1,
                "local": local.isoformat(timespec="minutes"),
                "utc": stamp,
                "answered_by": "patient",
                "created": stamp,
                "updated": stamp,
                "answers": answers,
                "alerts": alerts,
            }
        )
    return {
        "prefs": {"temperature_unit": "celsius", "weight_unit": "kg", "care_team_phone": ""},
        "item_settings": {},
        "own_items": [],
        "entries": entries,
    }


class DiaryBench:
    """Open-and-read on five years of diary against an empty one, and a check-in against plain SQLite."""

    def __init__(self, folder: Path, days: int = DAYS) -> None:
        from liverbook import paths
        from liverbook.content import load_handbook
        from liverbook.store import Store, db_path

        self.book = load_handbook(paths.content_dir())
        self.full, self.recent, self.empty = folder / "five-years", folder / "three-months", folder / "empty"
        with Store.open(self.empty) as store:
            data = store.export_data()
        with Store.open(self.full) as store:
            store.import_data({**data, "diary": five_years(days)})
        with Store.open(self.recent) as store:
            store.import_data({**data, "diary": five_years(min(days, 92))})
        shutil.copytree(self.full, folder / "raw")
        self.raw = sqlite3.connect(db_path(folder / "raw"), isolation_level=None)
        self.raw.execute("PRAGMA journal_mode = WAL")
        self.raw.execute("PRAGMA synchronous = FULL")
        self.saves = 0

    def _open_and_read(self, folder: Path) -> tuple[float, float]:
        from liverbook.diary.service import Diary
        from liverbook.store import Store

        start = time.perf_counter()
        store = Store.open(folder)
        try:
            opened = time.perf_counter()
            diary = Diary(
                store, self.book, clock=lambda: dt.datetime.combine(TODAY, dt.time(20), dt.timezone.utc)
            )
            store.latest_entries(20)
            for item in ("pain", "weight", "temperature"):
                diary.points(item, "3m")
            reads = _ms(opened)
        finally:
            store.close()
        return _ms(start), reads

    def _check_in(self) -> float:
        from liverbook.diary.service import Diary
        from liverbook.store import Store
        from liverbook.store.diary_model import Answer

        self.saves += 1
        moment = dt.datetime.combine(TODAY, dt.time(21), dt.timezone.utc) + dt.timedelta(minutes=self.saves)
        answers = [Answer(item, 1.0) for item in ITEMS]
        with Store.open(self.full) as store:
            diary = Diary(store, self.book, clock=lambda: moment)
            start = time.perf_counter()
            diary.check_in(answers, "patient", frozenset({"immunotherapy"}))
            return _ms(start)

    def _raw_check_in(self) -> float:
        utc = (
            dt.datetime.combine(TODAY, dt.time(22), dt.timezone.utc) + dt.timedelta(minutes=self.saves)
        ).isoformat()
        start = time.perf_counter()
        self.raw.execute("BEGIN IMMEDIATE")
        cursor = self.raw.execute(
            "INSERT INTO diary_entries (local, utc, answered_by, created, updated) VALUES (?, ?, ?, ?, ?)",
            ("2026-11-30T22:00", utc, "patient", utc, utc),
        )
        for item in ITEMS:
            self.raw.execute(
                "INSERT INTO diary_answers (entry_id, item_id, value, text, utc) VALUES (?, ?, ?, ?, ?)",
                (cursor.lastrowid, item, 1.0, None, utc),
            )
        self.raw.execute("COMMIT")
        return _ms(start)

    def run(self) -> dict[str, float]:
        full_open, full_reads = self._open_and_read(self.full)
        recent_open, recent_reads = self._open_and_read(self.recent)
        empty_open, empty_reads = self._open_and_read(self.empty)
        return {
            "open_full": full_open,
            "open_recent": recent_open,
            "open_empty": empty_open,
            "reads_full": full_reads,
            "reads_recent": recent_reads,
            "reads_empty": empty_reads,
            "save": self._check_in(),
            "save_base": self._raw_check_in(),
        }

    def close(self) -> None:
        self.raw.close()
