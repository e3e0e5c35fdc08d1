"""The bench's large store: years of a person's data, made through the Store API (``bench/run.py``).

The issue's "large store": 10,000 notes, five years of daily diary check-ins (1,826 entries of 21
answers, a warning sign every 20 days), 200 lab results, 50 medicines and 50 visits with the care
team who saw them. The notes (``bench_common.note_texts``) and the diary (``diary_bench.five_years``)
go in through the store's import, one transaction, as a restored export would: 10,000 separate
durable saves would take minutes. The records are added one by one with the records API
(``add_contact``, ``add_medicine``, ``add_visit``, ``add_lab_result``), their values taken from
the example person's (``liverbook.records.example``), as someone typing them in over years would.

    python bench/large_store.py FOLDER [--notes 10000]   # make one (FOLDER must be new or empty)
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
for _path in (BENCH, BENCH.parent / "desktop"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

LAST_DAY = dt.date(2026, 11, 30)
DIARY_DAYS = 5 * 365 + 1
LABS = 200
MEDICINES = 50
VISITS = 50


def make_large_store(
    data_dir: Path,
    notes: int = 10_000,
    diary_days: int = DIARY_DAYS,
    labs: int = LABS,
    medicines: int = MEDICINES,
    visits: int = VISITS,
) -> None:
    """Fill the store in ``data_dir`` (new or empty) with the large store's data."""
    from bench_common import make_store
    from diary_bench import five_years
    from liverbook.store import Store

    make_store(data_dir, notes)
    with Store.open(data_dir) as store:
        data = store.export_data()
        if diary_days:
            store.import_data({**data, "diary": five_years(diary_days)})
        _records(store, labs, medicines, visits)


def _records(store, labs: int, medicines: int, visits: int) -> None:  # type: ignore[no-untyped-def]
    from liverbook.records.dates import LooseDate
    from liverbook.records.example import LABS as EXAMPLE_LABS, UNITS
    from liverbook.records.model import Contact, LabResult, Medicine, Visit, VisitQuestion
    from liverbook.records.numbers import parse_value

    team = [
        store.add_contact(Contact(0, f"Dr. Team Member {n + 1}", "Oncologist", f"555-01{n:02d}"))
        for n in range(5)
    ]
    names = ("Tecentriq", "Avastin", "Spironolactone", "Lactulose", "Tylenol", "Propranolol", "Furosemide")
    for n in range(medicines):
        started = LAST_DAY - dt.timedelta(days=30 * (medicines - n))
        stopped = None if n >= medicines - 8 else started + dt.timedelta(days=60)
        store.add_medicine(
            Medicine(
                0,
                f"{names[n % len(names)]} ({n + 1})",
                what_for="my liver",
                dose="as on the box",
                how_often="every morning",
                started=LooseDate(started.year, started.month, started.day),
                stopped=None if stopped is None else LooseDate(stopped.year, stopped.month, stopped.day),
                note="Asked the nurse about it at the last visit.",
            )
        )
    for n in range(visits):
        on = LAST_DAY - dt.timedelta(days=36 * (visits - n))
        store.add_visit(
            Visit(
                0,
                on,
                "10:30",
                team[n % len(team)].id,
                what_for="Scan results and blood tests",
                questions=(VisitQuestion("Is the treatment working?", None, "About the same. Keep going."),),
                understood="Keep going with the same treatment; next scan in three months.",
            )
        )
    tests = list(UNITS)
    for n in range(labs):
        row = EXAMPLE_LABS[(n // len(tests)) % len(EXAMPLE_LABS)]
        test = tests[n % len(tests)]
        on = LAST_DAY - dt.timedelta(days=21 * (labs // len(tests) - n // len(tests)))
        store.add_lab_result(LabResult(0, on, parse_value(row[1 + tests.index(test)]), UNITS[test], test))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Make the bench's large store in a new folder.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--diary-days", type=int, default=DIARY_DAYS)
    args = parser.parse_args(argv)
    make_large_store(args.folder, args.notes, args.diary_days)
    return 0


if __name__ == "__main__":
    sys.exit(main())
