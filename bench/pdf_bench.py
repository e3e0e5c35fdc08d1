"""The summary PDF against Qt printing the same HTML itself (``bench/measures.py pdf``)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from bench_common import _book, application, ms_since, note_texts

# -- summary PDF -----------------------------------------------------------------------------------


def stage4_summary(notes: int = 12):  # type: ignore[no-untyped-def]
    """A full summary (pages in full) for a person with stage 4 liver cancer, questions and notes."""
    from liverbook.store.model import MyQuestion, Note, Situation
    from liverbook.summary import SummaryChoices, SummaryData, build_summary

    book = _book()
    situation = Situation(
        frozenset({"stage-4", "advanced", "immunotherapy", "child-pugh-b"}), "patient", "Sam Lee"
    )
    now = dt.datetime(2026, 11, 20, 15, 30, tzinfo=dt.timezone.utc)
    marked = book.pages_for(situation.tags | {"patient"})
    texts = note_texts(notes, seed=5)
    data = SummaryData(
        situation=situation,
        notes=tuple(
            Note(n + 1, text, marked[n % len(marked)].id if n % 2 else None, now, now)
            for n, text in enumerate(texts)
        ),
        questions=tuple(
            MyQuestion(
                n + 1,
                q.id,
                None,
                n,
                "Asked; see notes." if n % 3 == 0 else "",
                now.date() if n % 3 == 0 else None,
                n % 3 == 0,
            )
            for n, q in enumerate(book.questions()[:12])
        )
        + (
            MyQuestion(
                100, None, "Is it safe to drive?", 12, "Not on the day of treatment.", now.date(), True
            ),
        ),
    )
    choices = SummaryChoices(pages="full", paper="a4")
    return build_summary(book, data, choices, today=now.date(), version="bench")


def raw_pdf(summary, target: Path) -> int:  # type: ignore[no-untyped-def]
    """The baseline: the same HTML, font and style sheet in a plain QTextDocument, ``print_`` to a QPdfWriter."""
    from PySide6.QtGui import QFont, QPdfWriter, QTextDocument

    from liverbook.fonts import FONT_FAMILY
    from liverbook.summary.pdf import BODY_POINT_SIZE, page_layout, print_css

    writer = QPdfWriter(str(target))
    writer.setPageLayout(page_layout("a4"))
    writer.setResolution(300)
    doc = QTextDocument()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(BODY_POINT_SIZE)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(print_css())
    doc.setHtml(summary.html)
    doc.print_(writer)
    del writer
    return pdf_page_count(target)


def pdf_page_count(path: Path) -> int:
    """The number of pages in a PDF that Qt wrote (its page objects)."""
    import re

    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))


class PdfBench:
    """``liverbook.summary.pdf.render_pdf`` against ``raw_pdf``, on the same summary."""

    def __init__(self, out_dir: Path, notes: int = 12) -> None:
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is None:
            application()
        from liverbook.fonts import register_fonts

        register_fonts()
        self.out_dir = out_dir
        self.summary = stage4_summary(notes)

    def run(self) -> dict[str, float]:
        from liverbook.summary.pdf import render_pdf

        start = time.perf_counter()
        pages = render_pdf(self.summary, self.out_dir / "app.pdf", paper="a4")
        app_ms = ms_since(start)
        start = time.perf_counter()
        raw_pages = raw_pdf(self.summary, self.out_dir / "raw.pdf")
        base_ms = ms_since(start)
        return {
            "app": app_ms,
            "base": base_ms,
            "pages": pages,
            "raw_pages": raw_pages,
            "pdf_pages": pdf_page_count(self.out_dir / "app.pdf"),
        }
