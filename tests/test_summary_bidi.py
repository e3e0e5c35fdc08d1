"""User text laid out next to other text in the summary is isolated (Unicode bidi isolates).

A right-to-left override character in the name used to reverse the date in every page's header.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from liverbook.store import Situation
from liverbook.summary import SummaryChoices, SummaryData, build_summary

RLO_NAME = "Sam \u202eevil"


def test_the_name_is_isolated_in_the_page_header(handbook) -> None:  # type: ignore[no-untyped-def]
    data = SummaryData(situation=Situation(frozenset(), "patient", RLO_NAME))
    summary = build_summary(handbook, data, SummaryChoices(), today=dt.date(2026, 11, 21), version="1")
    assert summary.header == "Liver Cancer Handbook · \u2068Sam \u202eevil\u2069 · 21 November 2026"
    assert summary.title.endswith(RLO_NAME)  # at the end of its line: nothing for it to reverse


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_an_override_in_the_name_does_not_reverse_the_date_in_the_pdf(qapp, handbook, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from liverbook.fonts import register_fonts
    from liverbook.summary.pdf import render_pdf

    data = SummaryData(situation=Situation(frozenset(), "patient", RLO_NAME))
    summary = build_summary(handbook, data, SummaryChoices(), today=dt.date(2026, 11, 21), version="1")
    target = tmp_path / "summary.pdf"
    render_pdf(summary, target, "a4", register_fonts())
    first_page = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(target), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    header = next(line for line in first_page.splitlines() if "Handbook" in line)
    assert "21 November 2026" in header and "6202" not in header, header
    assert header.strip().startswith("Liver Cancer Handbook")


def test_isolates_never_bring_in_a_fallback_font(qapp) -> None:  # type: ignore[no-untyped-def]
    """The bundled font has no entry for the isolates; with a system font that has one (Noto, once
    installed here), Qt drew them with it: taller lines, and a second font in the PDF."""
    from PySide6.QtGui import QFont, QTextCursor, QTextDocument

    from liverbook.fonts import register_fonts
    from liverbook.summary.build import isolate
    from liverbook.summary.isolates import font_for, pin_isolates

    doc = QTextDocument()
    doc.setDefaultFont(QFont(register_fonts()))
    doc.setPlainText(f"Visit report: {isolate('Rosa')} · 30 November 2026")
    assert pin_isolates(doc) == 2
    cursor = QTextCursor(doc)
    cursor.setPosition(doc.toPlainText().index("\u2068") + 1)
    assert cursor.charFormat().fontStyleStrategy() == QFont.StyleStrategy.NoFontMerging
    cursor.setPosition(doc.toPlainText().index("R") + 1)
    assert cursor.charFormat().fontStyleStrategy() != QFont.StyleStrategy.NoFontMerging
    font = QFont(register_fonts())
    assert font_for(font, isolate("Rosa")).styleStrategy() == QFont.StyleStrategy.NoFontMerging
    assert font_for(font, isolate("王秀英")) is font  # a name the font lacks still finds a font
