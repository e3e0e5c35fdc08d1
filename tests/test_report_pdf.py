"""The visit report as a PDF, read back with poppler: page 1 as a clinician gets it, charts drawn as
vectors, fonts embedded, the paper asked for, parts present or absent as chosen."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pytest

from liverbook.summary.report_choices import PARTS, ReportChoices
from report_helpers import HOSTILE, gather, make_example_folder, report_of
from test_summary_pdf import pdf_bands, pdf_info, pdf_pages_text, poppler, run

ALL_PARTS = ReportChoices(**{name: True for name in PARTS})


@pytest.fixture(scope="module")
def example(handbook, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    return make_example_folder(handbook, tmp_path_factory.mktemp("report-pdf") / "example")


@pytest.fixture
def write(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    from liverbook.fonts import register_fonts
    from liverbook.summary.report_pdf import write_report_pdf

    family = register_fonts()

    def written(report, paper: str = "letter", name: str = "report.pdf") -> tuple[Path, int]:  # type: ignore[no-untyped-def]
        target = tmp_path / name
        return target, write_report_pdf(report, target, paper, family)

    return written


def flat(text: str) -> str:
    return " ".join(text.split())


def page_streams(pdf: Path) -> list[bytes]:
    """Every content stream of the PDF, inflated (Qt compresses them)."""
    data = pdf.read_bytes()
    out = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.DOTALL):
        try:
            out.append(zlib.decompress(match.group(1)))
        except zlib.error:
            out.append(match.group(1))
    return out


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595, 842))])
def test_the_example_report_is_two_pages_and_page_one_carries_everything(  # type: ignore[no-untyped-def]
    handbook, example: Path, write, paper: str, size: tuple[int, int]
) -> None:
    pdf, pages = write(report_of(handbook, example), paper)
    assert pages == 2
    info = pdf_info(pdf)
    assert info["Pages"] == "2" and info["Title"] == "Visit report: Example person (made up)"
    width, height = (round(float(v)) for v in re.findall(r"[\d.]+", info["Page size"])[:2])
    assert (width, height) == size
    first = flat(pdf_pages_text(pdf)[0])
    for said in (
        "Visit report: Example person (made up)",
        "Since my last visit on 20 November 2026 (with Sam Patel, RN)",
        "Stage 4; Advanced; Child-Pugh B; Hepatitis C; Immunotherapy",
        "Atezolizumab + Bevacizumab since 2 August 2026",
        "7 Dec 2026, 09:15, Dr. Ana Rivera",
        "My diary, 3 Nov to 30 Nov 2026",
        "Pain: mostly 2 to 3.",
        "AFP, 6 months",
        "Diary warning signs",
        "Get help now",
        "not what was done",
        "Medicines now",
        "Tecentriq (atezolizumab)",
        "Since 20 Nov: nothing started or stopped.",
        "Latest numbers",
        "Child-Pugh: 9 points, class B.",
        "ALBI: about -1.52, grade 2.",
        "My questions for this visit",
        "What treatment choices do I have?",
    ):
        assert said in first, said
    assert "All my questions" not in first
    for n, (top, bottom) in enumerate(pdf_bands(pdf), start=1):
        assert top.startswith("Liver Cancer Handbook") and "EXAMPLE" in top
        assert f"Page {n} of 2" in bottom


def test_charts_are_vector_paths_and_nothing_is_an_image(handbook, example: Path, write) -> None:  # type: ignore[no-untyped-def]
    pdf, _ = write(report_of(handbook, example))
    images = run(poppler("pdfimages"), "-list", str(pdf)).splitlines()[2:]
    assert images == []
    # Page 1's drawing: the six charts' lines, dots and grids are path operators (m, l, c ... S/f).
    page_one = max(page_streams(pdf), key=len)
    lines = len(re.findall(rb"[\d.]+ [\d.]+ l\b", page_one))
    curves = len(re.findall(rb"[\d.]+ [\d.]+ [\d.]+ [\d.]+ [\d.]+ [\d.]+ c\b", page_one))
    assert lines > 150 and curves > 100, (lines, curves)  # 5 x 28 days of points, AFP's 9, grids, axes
    # The charts' own words (axis dates, units) are text too.
    first = pdf_pages_text(pdf)[0]
    dates = ("17 Nov", "Nov 2026")  # a chart of days, or of more than a year by month and year
    assert "ng/mL" in first and any(d in first for d in dates) and "very severe" in first


def test_fonts_are_embedded_and_the_text_is_searchable(handbook, example: Path, write) -> None:  # type: ignore[no-untyped-def]
    pdf, _ = write(report_of(handbook, example, ALL_PARTS))
    fonts = run(poppler("pdffonts"), str(pdf)).splitlines()[2:]
    assert fonts and all(" yes " in f.split("Identity-H", 1)[-1] for f in fonts), fonts
    assert all(f.startswith("DejaVuSans") for f in fonts)
    assert "fi" in flat(" ".join(pdf_pages_text(pdf)))  # no ligature glyphs: "first", "fifth" can be found


def test_body_text_is_at_least_ten_and_a_half_points(qapp, handbook, example: Path) -> None:  # type: ignore[no-untyped-def]
    from liverbook.fonts import register_fonts
    from liverbook.summary.report_pdf import make_report_document

    doc = make_report_document(report_of(handbook, example, ALL_PARTS), register_fonts())
    smallest = 99.0
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.text().strip("\ufffc \u00a0"):
                smallest = min(smallest, fragment.charFormat().font().pointSizeF())
            it += 1
        block = block.next()
    assert smallest >= 10.5


def test_parts_are_present_or_absent_as_chosen(handbook, example: Path, write) -> None:  # type: ignore[no-untyped-def]
    pdf, pages = write(report_of(handbook, example, ALL_PARTS), name="all.pdf")
    texts = [flat(t) for t in pdf_pages_text(pdf)]
    whole = " ".join(texts)
    for heading in (
        "All my questions",
        "My notes",
        "My diary, every entry from 20 Nov 2026 to 30 Nov 2026",
        "My medicines",
        "My treatments",
        "Call now card",
        "Handbook pages marked for me",
        "Words used in this report",
        "Sources",
    ):
        assert heading in whole, heading
    card = next(t for t in texts if t.startswith("Liver Cancer Handbook") and "Call now card Cut along" in t)
    assert "Day: 555-0150" in card and "After hours: 555-0100 (24-hour line)" in card
    assert "Emergency" in card and "bevacizumab" in card.lower()
    assert "Handbook pages marked for me" not in card  # the card has its page to itself
    small, _ = write(report_of(handbook, example, ReportChoices(questions=False)), name="page1.pdf")
    assert len(pdf_pages_text(small)) == 1
    assert pages > 5


def test_the_persons_words_print_as_typed(handbook, example: Path, write) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from liverbook.store.model import Situation
    from liverbook.summary.report import build_report
    from report_helpers import TODAY

    data = gather(handbook, example)
    med = dataclasses.replace(data.medicines[0], name=HOSTILE)
    hostile = dataclasses.replace(
        data,
        situation=Situation(data.situation.tags, "patient", HOSTILE),
        medicines=(med, *data.medicines[1:]),
    )
    pdf, _ = write(build_report(handbook, hostile, ReportChoices(), today=TODAY, version="9"))
    first = flat(pdf_pages_text(pdf)[0])
    assert f"Visit report: {HOSTILE}" in first
    assert "".join(HOSTILE.split()) in "".join(first.split("Medicines now", 1)[1].split())


def test_a_page_can_be_previewed_as_it_will_print(handbook, example: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from liverbook.fonts import register_fonts
    from liverbook.summary.report_pdf import preview_image

    image, pages = preview_image(report_of(handbook, example), "letter", 0, 612, register_fonts())
    assert pages == 2
    assert (image.width(), image.height()) == (612, 792)
    dark = sum(
        1 for y in range(0, 792, 4) for x in range(0, 612, 4) if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 300  # text and charts were drawn


@pytest.mark.parametrize(
    "choices",
    [
        ReportChoices(),
        ALL_PARTS,
        ReportChoices(period="3m", diary_table=True),
        ReportChoices(questions=False),
    ],
    ids=["default", "all", "3m-diary", "page-1"],
)
def test_the_page_estimate_is_near_the_real_count(
    handbook, example: Path, write, choices: ReportChoices
) -> None:  # type: ignore[no-untyped-def]
    from liverbook.summary.estimate import estimate_pages
    from liverbook.summary.report import build_report
    from report_helpers import TODAY

    data = gather(handbook, example, choices)
    s = data.situation
    guess = estimate_pages(data, choices, len(handbook.pages_for(s.tags | {s.reader})))
    _, pages = write(build_report(handbook, data, choices, today=TODAY, version="9"))
    assert abs(guess - pages) <= max(1, pages / 3), (guess, pages)


def test_a_card_for_many_drugs_folds_out_to_three_rows_and_says_where_the_rest_is(  # type: ignore[no-untyped-def]
    handbook, example: Path, write
) -> None:
    import dataclasses

    from liverbook.records.model import Medicine
    from liverbook.summary.report import build_report
    from report_helpers import TODAY

    data = gather(handbook, example)
    every = tuple(Medicine(n, d.name, d.id) for n, d in enumerate(handbook.records.drugs, start=1))
    report = build_report(
        handbook,
        dataclasses.replace(data, medicines=every),
        ReportChoices(questions=False, call_card=True),
        today=TODAY,
        version="9",
    )
    pdf, pages = write(report)
    card = flat(pdf_pages_text(pdf)[-1])
    assert pages == 3 and "Call now card" in card and "Day: 555-0150" in card  # 25 medicines: page 1 runs on
    assert "Emergency" in card
    signs = {s.title for s in handbook.records.signs.values()}
    assert "More signs: see the medicines list and the handbook." in card or all(t in card for t in signs)


def test_one_call_writes_the_report_from_a_store(qapp, handbook, example: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from liverbook.fonts import register_fonts
    from liverbook.store.store import Store
    from liverbook.summary.report_pdf import export_report
    from report_helpers import TODAY

    target = tmp_path / "visit.pdf"
    with Store.open(example) as store:
        pages, report = export_report(
            store,
            handbook,
            target,
            ReportChoices(paper="a4", call_card=True),
            today=TODAY,
            font_family=register_fonts(),
        )
    assert pages == 3 and report.parts == ("questions", "call_card")
    assert pdf_info(target)["Pages"] == "3"


def test_the_report_paints_on_any_paged_device(qapp, handbook, example: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPdfWriter

    from liverbook.fonts import register_fonts
    from liverbook.summary.pdf import page_layout
    from liverbook.summary.report_pdf import MARGIN_MM, paint_report

    target = tmp_path / "printed.pdf"
    device = QPdfWriter(str(target))  # what a QPrinter set to a PDF file is, without QtPrintSupport here
    device.setPageLayout(page_layout("a4", MARGIN_MM))
    device.setResolution(300)
    assert paint_report(report_of(handbook, example), device, register_fonts()) == 2
    del device
    assert "My diary, 3 Nov to 30 Nov 2026" in flat(pdf_pages_text(target)[0])
