"""The summary PDF read back with poppler (pdftotext, pdffonts, pdfinfo): what a printer would get."""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from liverbook.store import MyQuestion, Note, Situation
from liverbook.summary import SummaryChoices, SummaryData, build_summary
from liverbook.summary.pdf import Pages, make_document, page_layout, render_pdf

NOW = dt.datetime(2026, 11, 20, 15, 30, tzinfo=dt.timezone.utc)
HOSTILE = '<b>not bold</b> <img src="file:///etc/passwd"> & "quotes"'


def poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("LIVERBOOK_REQUIRE_POPPLER"):
            pytest.fail(f"{tool} (poppler-utils) is needed and missing")
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return path


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_pages_text(pdf: Path) -> list[str]:
    text = run(poppler("pdftotext"), str(pdf), "-")
    return text.split("\f")[:-1]  # pdftotext ends every page with a form feed


def pdf_bands(pdf: Path, band: float = 80.0) -> list[tuple[str, str]]:
    """Per page, the small (9 pt) words in the top and the bottom ``band`` points: header and footer.

    Word positions and sizes come from ``pdftotext -bbox``. Qt also writes the last line of the
    page before into the top band, invisible (clipped) but in the text layer, so the header's
    words are picked by their size as well as their place.
    """
    out = run(poppler("pdftotext"), "-bbox", str(pdf), "-")
    bands = []
    for page in re.findall(r"<page width=\"([\d.]+)\" height=\"([\d.]+)\">(.*?)</page>", out, re.DOTALL):
        height = float(page[1])
        found = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', page[2])
        words = [(float(y0), html.unescape(w)) for y0, y1, w in found if float(y1) - float(y0) < 11.0]
        top = " ".join(w for y, w in words if y < band)
        bottom = " ".join(w for y, w in words if y > height - band)
        bands.append((top, bottom))
    return bands


def pdf_info(pdf: Path) -> dict[str, str]:
    lines = run(poppler("pdfinfo"), str(pdf)).splitlines()
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}


@pytest.fixture
def sample(handbook) -> SummaryData:  # type: ignore[no-untyped-def]
    situation = Situation(frozenset({"stage-4", "advanced", "immunotherapy"}), "patient", "Sam Lee")
    marked = handbook.pages_for(situation.tags | {"patient"})
    return SummaryData(
        situation=situation,
        notes=(
            Note(1, HOSTILE, None, NOW, NOW),
            Note(2, "Bring the list of pills", marked[0].id, NOW, NOW),
        ),
        questions=(
            MyQuestion(1, handbook.questions()[0].id, None, 0, "", None, False),
            MyQuestion(2, None, "Is it safe to drive?", 1, "Not on the day of treatment.", NOW.date(), True),
        ),
    )


def write(qapp, handbook, data, tmp_path: Path, name: str = "s.pdf", **choices) -> tuple[Path, int]:  # type: ignore[no-untyped-def]
    summary = build_summary(
        handbook, data, SummaryChoices(**choices), today=dt.date(2026, 11, 21), version="9.9"
    )
    target = tmp_path / name
    return target, render_pdf(summary, target, choices.get("paper", "a4"))


def test_every_page_has_the_header_and_page_x_of_y(qapp, handbook, sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf, count = write(qapp, handbook, sample, tmp_path, pages="full")
    bands = pdf_bands(pdf)
    assert len(bands) == count == int(pdf_info(pdf)["Pages"])
    assert 8 <= count <= 60  # the full pages of a stage 4 reader: several pages, not hundreds
    for number, (top, bottom) in enumerate(bands, start=1):
        # Word order within a band is pdftotext's guess, so compare the words as sets.
        assert set(["Liver", "Cancer", "Handbook", "·", "Sam", "Lee", "·", "21", "November", "2026"]) <= set(
            top.split()
        ), number
        assert {"Page", str(number), "of", str(count)} <= set(bottom.split()), f"no footer on page {number}"


def test_chosen_items_are_printed_and_unchosen_are_not(qapp, handbook, sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf, _ = write(qapp, handbook, sample, tmp_path, notes="pages", glossary=False, sources=False)
    text = " ".join(" ".join(pdf_pages_text(pdf)).split())
    for words in (
        "Liver cancer summary for Sam Lee",
        "My situation",
        "Stage 4 (IV)",
        "Is it safe to drive?",
        "Not on the day of treatment.",
        "Bring the list of pills",
        "does not replace",
    ):
        assert words in text
    for words in ("not bold", "Words used in this summary", "Sources"):
        assert words not in text


def test_a_note_with_html_prints_exactly_as_typed(qapp, handbook, sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf, _ = write(qapp, handbook, sample, tmp_path, pages="none", questions=False)
    text = " ".join("\n".join(pdf_pages_text(pdf)).split())  # lines may wrap anywhere
    assert HOSTILE in text


def test_fonts_are_embedded_and_metadata_set(qapp, handbook, sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf, _ = write(qapp, handbook, sample, tmp_path)
    rows = run(poppler("pdffonts"), str(pdf)).splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert row.startswith("DejaVuSans"), row
        assert re.search(r"\byes\b", row.split("Identity-H")[-1]), f"font not embedded: {row}"
    info = pdf_info(pdf)
    assert info["Title"] == "Liver cancer summary for Sam Lee"
    assert info["Author"] == "Liver Cancer Handbook"
    assert info["Creator"].startswith("Liver Cancer Handbook ")


@pytest.mark.parametrize(("paper", "size"), [("letter", "612 x 792"), ("a4", "595 x 842")])
def test_letter_and_a4(qapp, handbook, sample, tmp_path, paper, size) -> None:  # type: ignore[no-untyped-def]
    pdf, _ = write(qapp, handbook, sample, tmp_path, paper=paper)
    assert pdf_info(pdf)["Page size"].startswith(size)


def test_body_text_is_at_least_11_point(qapp, handbook, sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    summary = build_summary(handbook, sample, SummaryChoices(), today=dt.date(2026, 11, 21), version="9.9")
    assert make_document(summary).defaultFont().pointSizeF() >= 11


def test_a_long_note_runs_over_pages_and_loses_no_line(qapp, handbook, tmp_path) -> None:  # type: ignore[no-untyped-def]
    long_note = "\n".join(f"Line {n:03d} of my diary" for n in range(1, 301))
    data = SummaryData(notes=(Note(1, long_note, None, NOW, NOW),))
    pdf, count = write(qapp, handbook, data, tmp_path, pages="none", questions=False, glossary=False)
    text = "\n".join(pdf_pages_text(pdf))
    assert count >= 4
    assert all(f"Line {n:03d} of my diary" in text for n in range(1, 301))


def test_headings_are_kept_with_what_follows(qapp, handbook, sample) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPdfWriter

    summary = build_summary(
        handbook, sample, SummaryChoices(pages="full"), today=dt.date(2026, 11, 21), version="9"
    )
    writer = QPdfWriter(os.devnull)
    writer.setPageLayout(page_layout("a4"))
    writer.setResolution(300)
    pages = Pages(make_document(summary), writer, summary.header)
    layout, height = pages.doc.documentLayout(), pages.body_height
    block, checked = pages.doc.begin(), 0
    while block.isValid():
        after = block.next()
        if block.blockFormat().headingLevel() and after.isValid():
            heading_page = int(layout.blockBoundingRect(block).top() // height)
            next_line = layout.blockBoundingRect(after).top() + after.layout().lineAt(0).height()
            assert int(next_line // height) == heading_page, (
                f"heading {block.text()!r} left alone at a page end"
            )
            checked += 1
        block = after
    assert checked > 20


def test_a_failed_write_leaves_an_existing_file_untouched(
    qapp, handbook, sample, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"the summary printed last month")

    def fail(self, painter):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Pages, "paint", fail)
    summary = build_summary(handbook, sample, SummaryChoices(), today=dt.date(2026, 11, 21), version="9")
    with pytest.raises(OSError):
        render_pdf(summary, target)
    assert target.read_bytes() == b"the summary printed last month"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]  # no half-written file left
