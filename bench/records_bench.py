"""My records' bench: what showing each part costs, against a bare-Qt form of the same size.

    python bench/records_bench.py [--runs 5]

For the example person (seven medicines, two treatment lines, three contacts, three visits, six
months of lab results), and again with five years of results (a blood test every week, 261 of each
of the seven tests: 1,827 results), each run builds a fresh window, then times showing each part of
"My records" for the first time (the part is built, read from the store and laid out). The baseline,
timed in the same run, is a bare Qt widget with the same kind of pieces: a list of as many rows beside
a form of 12 line edits and labels. Printed: the median milliseconds and the ratio of the medians.
Qt runs offscreen; the figures are for comparing versions on one machine, not absolute.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "desktop"))

PARTS = ("glance", "medicines", "treatments", "care-team", "visits", "numbers", "scores")
TESTS = ("bilirubin", "albumin", "inr", "platelets", "creatinine", "sodium", "afp")
UNITS = {"bilirubin": "mg/dL", "albumin": "g/dL", "inr": "", "platelets": "×10⁹/L", "creatinine": "mg/dL",
         "sodium": "mmol/L", "afp": "ng/mL"}  # fmt: skip
VALUES = {"bilirubin": "1.4", "albumin": "3.4", "inr": "1.2", "platelets": "138", "creatinine": "0.9",
          "sodium": "138", "afp": "410"}  # fmt: skip


def example(folder: Path, book: object, years: int = 0) -> Path:
    from liverbook.diary.example import make_example
    from liverbook.records.model import LabResult
    from liverbook.records.numbers import parse_value
    from liverbook.store.store import Store

    make_example(folder, book, today=dt.date.today())  # type: ignore[arg-type]
    if years:
        with Store.open(folder) as store:
            for week in range(years * 52 + 1):
                day = dt.date.today() - dt.timedelta(days=7 * week + 200)
                for test in TESTS:
                    value = parse_value(str(Decimal(VALUES[test]) + Decimal(week % 7) / 10))
                    store.add_lab_result(LabResult(0, day, value, UNITS[test], test))
    return folder


def time_parts(app: object, book: object, folder: Path) -> dict[str, float]:
    from liverbook.core.app_core import Core
    from liverbook.settings import SettingsFile
    from liverbook.store.store import Store
    from liverbook.ui.window.main_window import MainWindow

    core = Core(book, folder, Store.open(folder), "", SettingsFile(folder))  # type: ignore[arg-type]
    window = MainWindow(core)
    window.show()
    app.processEvents()  # type: ignore[attr-defined]
    view = window.tab_views.view("records")
    window.show_tab(window.tab_views.views.index(view))
    app.processEvents()  # type: ignore[attr-defined]
    found = {}
    for part in PARTS:
        start = time.perf_counter()
        view.show_part(part)  # type: ignore[union-attr]
        app.processEvents()  # type: ignore[attr-defined]
        found[part] = (time.perf_counter() - start) * 1000
    window.closed = True
    window.close()
    core.close()
    return found


def time_baseline(app: object, rows: int) -> float:
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

    start = time.perf_counter()
    top = QWidget()
    layout = QHBoxLayout(top)
    listing = QListWidget()
    listing.addItems([f"Row {n}: 1.4 mg/dL" for n in range(rows)])
    layout.addWidget(listing)
    form = QVBoxLayout()
    for n in range(12):
        form.addWidget(QLabel(f"Field {n}"))
        form.addWidget(QLineEdit(f"value {n}"))
    layout.addLayout(form)
    top.show()
    app.processEvents()  # type: ignore[attr-defined]
    took = (time.perf_counter() - start) * 1000
    top.close()
    top.deleteLater()
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from liverbook import paths
    from liverbook.content import load_handbook
    from liverbook.ui.app import create_application

    app = create_application(["records-bench"])
    book = load_handbook(paths.content_dir())
    base = Path(tempfile.mkdtemp(prefix="records-bench-"))
    people = {"example": example(base / "example", book), "5 years of labs": example(base / "years", book, 5)}
    for name, folder in people.items():
        runs: dict[str, list[float]] = {part: [] for part in PARTS}
        baseline: list[float] = []
        for _ in range(args.runs):
            for part, ms in time_parts(app, book, folder).items():
                runs[part].append(ms)
            baseline.append(time_baseline(app, 261 if "years" in name else 10))
        base_ms = statistics.median(baseline)
        print(f"{name}: bare-Qt list + form {base_ms:.1f} ms")
        for part in PARTS:
            ms = statistics.median(runs[part])
            print(f"  {part:<10} {ms:7.1f} ms  {ms / base_ms:5.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
