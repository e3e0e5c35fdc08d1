"""The two printouts of "My records", read back from the PDF: the medicines list and the call-now card,
whose print is never smaller than 9 points (it gets more panels to fold instead)."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest

from liverbook.records.model import Contact, Medicine
from liverbook.summary.call_card import MAX_ROWS, MIN_POINT_SIZE
from liverbook.summary.records_print import card_report, medicines_report, records_data
from test_summary_pdf import pdf_pages_text, poppler, run

TODAY = dt.date(2026, 12, 3)
# Word heights in pdftotext's boxes are about 1.16 times the point size (DejaVu Sans).
SMALLEST_BOX = 9.0 * 1.1


@pytest.fixture
def many_signs(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A list whose drugs bring eight sets of warning signs, and the one to call."""
    from liverbook.store.store import Store

    store = Store.open(tmp_path / "data")
    for name, drug in (
        ("Sorafenib", "sorafenib"),
        ("Avastin", "bevacizumab"),
        ("Tecentriq", "atezolizumab"),
        ("Lactulose", "lactulose"),
        ("Chemo", "chemotherapy"),
        ("Advil", "ibuprofen"),
    ):
        store.add_medicine(Medicine(0, name, drug, dose="as the label says <b>", how_often="daily"))
    store.add_medicine(Medicine(0, "Milk thistle", origin="herbal"))
    store.add_contact(Contact(0, "Nurse Jo", "Nurse", "555-0101", "555-0199", urgent=True))
    yield store
    store.close()


def word_boxes(pdf: Path) -> list[tuple[float, str]]:
    out = run(poppler("pdftotext"), "-bbox", str(pdf), "-")
    found = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', out)
    return [(float(y1) - float(y0), html.unescape(w)) for y0, y1, w in found]


def test_the_call_now_card_keeps_every_sign_at_9_points_or_more_on_one_page(
    handbook, qapp, tmp_path, many_signs
) -> None:  # type: ignore[no-untyped-def]
    from liverbook.summary.report_pdf import write_report_pdf

    assert MIN_POINT_SIZE >= 9 and MAX_ROWS == 4
    report = card_report(handbook, records_data(many_signs, TODAY), TODAY)
    for paper in ("letter", "a4"):
        target = tmp_path / f"card-{paper}.pdf"
        assert write_report_pdf(report, target, paper) == 1
        text = " ".join(pdf_pages_text(target)[0].split())
        for heading in (
            "Call your care team at once",
            "Call your team's number straight away",
            "Call your care team the same day",
            "Call: Nurse Jo",
            "Day: 555-0101",
        ):
            assert heading in text, heading
        assert "More signs" not in text  # a bigger fold, not signs left off
        small = [w for h, w in word_boxes(target) if h < SMALLEST_BOX]
        assert small == [], f"words printed smaller than 9 points: {small[:10]}"


def test_the_medicines_list_prints_what_was_typed_with_the_handbooks_cautions(
    handbook, qapp, tmp_path, many_signs
) -> None:  # type: ignore[no-untyped-def]
    from liverbook.summary.report_pdf import write_report_pdf

    report = medicines_report(handbook, records_data(many_signs, TODAY), TODAY)
    target = tmp_path / "medicines.pdf"
    pages = write_report_pdf(report, target, "letter")
    text = " ".join(" ".join(pdf_pages_text(target)).split())
    assert pages >= 1 and text.startswith("Liver Cancer Handbook")
    assert "My medicines" in text and "Written down by me, on 3 December 2026" in text
    assert "as the label says <b>" in text  # the person's words, as typed, never read as markup
    assert "Anti-inflammatory pain medicines (NSAIDs) (Advil)" in text  # the handbook's caution for the list
    assert "Herbs and supplements (Milk thistle)" in text
    assert "Who to call for urgent problems: Nurse Jo — Nurse. Day: 555-0101. After hours: 555-0199." in text
