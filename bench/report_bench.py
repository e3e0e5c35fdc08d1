"""The visit report's bench: is a huge report bounded by what it prints? (``bench/run.py``, task ``report``)

One store holds two years of daily check-ins (730 entries of 21 answers, a warning sign every 20
days) and 10,000 notes. Each run times, in turn:

* ``app``: the report with the notes and the diary table chosen, over all time: reading what it
  needs from the store (:func:`~liverbook.summary.report_data.gather_report`), building its HTML
  (:func:`~liverbook.summary.report.build_report`) and writing the PDF with its header, footer and
  charts (:func:`~liverbook.summary.report_pdf.write_report_pdf`);
* ``base``: the same HTML, font and style sheet in a plain ``QTextDocument``, printed by Qt's own
  ``print_`` to a ``QPdfWriter`` (no header, no footer, no charts): the least any PDF of this
  content costs with Qt.

Target: the report takes no longer than the raw print (ratio <= 1.0).
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

DAYS = 2 * 365
NOTES = 10_000
TODAY = dt.date(2026, 11, 30)


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0


class ReportBench:
    def __init__(self, folder: Path, notes: int = NOTES, days: int = DAYS) -> None:
        from PySide6.QtGui import QGuiApplication

        from bench_common import application, make_store
        from diary_bench import five_years

        if QGuiApplication.instance() is None:  # fonts and painting need one
            application()

        from liverbook import paths
        from liverbook.content import load_handbook
        from liverbook.fonts import register_fonts
        from liverbook.store import Store

        self.book = load_handbook(paths.content_dir())
        self.family = register_fonts()
        self.folder = folder / "store"
        make_store(self.folder, notes)
        with Store.open(self.folder) as store:
            data = store.export_data()
            store.import_data({**data, "diary": five_years(days)})
        self.out = folder

    def _report(self) -> tuple[Any, float]:
        from liverbook.store import Store
        from liverbook.summary.report import build_report
        from liverbook.summary.report_choices import ReportChoices
        from liverbook.summary.report_data import gather_report

        choices = ReportChoices(period="all", notes=True, diary_table=True, paper="a4")
        start = time.perf_counter()
        with Store.open(self.folder) as store:
            data = gather_report(store, self.book, today=TODAY, period_kind="all", diary_table=True)
        report = build_report(self.book, data, choices, today=TODAY, version="bench")
        return report, _ms(start)

    def raw(self, report: Any) -> tuple[float, int]:
        from PySide6.QtGui import QFont, QPdfWriter, QTextDocument

        from liverbook import paths
        from liverbook.summary.pdf import page_layout, print_css
        from liverbook.summary.report_pdf import MARGIN_MM, REPORT_POINT_SIZE

        target = self.out / "raw.pdf"
        start = time.perf_counter()
        writer = QPdfWriter(str(target))
        writer.setPageLayout(page_layout("a4", MARGIN_MM))
        writer.setResolution(300)
        doc = QTextDocument()
        font = QFont(self.family)
        font.setPointSizeF(REPORT_POINT_SIZE)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(
            print_css() + "\n" + paths.resource("styles", "report.css").read_text(encoding="utf-8")
        )
        doc.setHtml(report.html)
        doc.print_(writer)
        del writer
        elapsed = _ms(start)
        from pdf_bench import pdf_page_count

        return elapsed, pdf_page_count(target)

    def run(self) -> dict[str, float]:
        from liverbook.summary.report_pdf import write_report_pdf

        start = time.perf_counter()
        report, built = self._report()
        pages = write_report_pdf(report, self.out / "report.pdf", "a4", self.family)
        app = _ms(start)
        base, raw_pages = self.raw(report)
        return {
            "app": app,
            "base": base,
            "built": built,
            "pages": pages,
            "raw_pages": raw_pages,
            "html_chars": len(report.html),
        }
