"""Page 1 of the visit report (the clinician's minute) fits on one sheet, in English and in Spanish,
on A4 and on Letter, with the example person: read back from the PDF, nothing on it left out.

Spanish runs about a tenth longer than English; page 1 once spilled four lines of medicines and
the last questions onto a second sheet, where a doctor turning the page in a hurry misses them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from liverbook.summary.report_choices import ReportChoices
from report_helpers import TODAY, make_example_folder
from test_summary_pdf import pdf_pages_text

PAPERS = ("a4", "letter")


def _write(book, folder: Path, target: Path, choices: ReportChoices, english_book=None) -> list[str]:  # type: ignore[no-untyped-def]
    """The report as it prints; each page's words on one line."""
    from liverbook.fonts import register_fonts
    from liverbook.store.store import Store
    from liverbook.summary.report import build_report
    from liverbook.summary.report_pdf import write_report_pdf
    from liverbook.summary.report_plan import gather_for

    with Store.open(folder) as store:
        data = gather_for(store, book, choices, TODAY, lambda: english_book)
    report = build_report(book, data, choices, today=TODAY, version="9.9")
    pages = write_report_pdf(report, target, choices.paper, register_fonts())
    text = [" ".join(page.split()) for page in pdf_pages_text(target)]
    assert len(text) == pages
    return text


def _current_medicines(book, folder: Path) -> list[str]:  # type: ignore[no-untyped-def]
    from liverbook.store.store import Store

    with Store.open(folder) as store:
        return [md.name for md in store.list_medicines() if md.current(TODAY)]


@pytest.mark.parametrize("paper", PAPERS)
def test_page_one_in_english_is_one_sheet(qapp, handbook, paper: str, tmp_path: Path) -> None:
    folder = make_example_folder(handbook, tmp_path / "example")
    pages = _write(handbook, folder, tmp_path / "p1.pdf", ReportChoices(questions=False, paper=paper))
    assert len(pages) == 1, f"page 1 runs onto {len(pages)} sheets of {paper}"
    first = pages[0]
    for said in (
        "Diary warning signs",
        "Get help now",
        "Call your care team today",
        "What treatment choices do I have?",
    ):
        assert said in first, said
    for name in _current_medicines(handbook, folder):
        assert name in first, name
    assert "Since 20 Nov: nothing started or stopped." in first  # the last line of the medicines


@pytest.mark.parametrize("paper", PAPERS)
def test_page_one_in_spanish_is_one_sheet_with_the_same_things_on_it(
    spanish, spanish_book, paper: str, tmp_path: Path
) -> None:
    folder = make_example_folder(spanish_book, tmp_path / "ejemplo")
    pages = _write(spanish_book, folder, tmp_path / "p1.pdf", ReportChoices(questions=False, paper=paper))
    assert len(pages) == 1, f"page 1 runs onto {len(pages)} sheets of {paper}"
    first = pages[0]
    for said in (
        "Informe para la cita",
        "Próxima cita",
        "Señales de alerta del diario",
        "Busque ayuda ahora",  # both warning signs, with the advice the app gave
        "Llame hoy a su equipo de atención médica",
        "Medicamentos actuales",
        "Últimos números",
        "Child-Pugh: 9 puntos, clase B.",
        "¿Qué opciones de tratamiento tengo?",  # the fourth question, the last thing in its column
    ):
        assert said in first, said
    medicines = _current_medicines(spanish_book, folder)
    assert len(medicines) >= 6
    for name in medicines:
        assert name in first, name
    assert "Desde el 20 nov: no empezó ni terminó nada." in first


@pytest.mark.parametrize("paper", PAPERS)
def test_in_two_languages_each_page_one_has_its_own_sheet_and_the_questions_the_third(
    spanish, spanish_book, handbook, paper: str, tmp_path: Path
) -> None:
    folder = make_example_folder(spanish_book, tmp_path / "ejemplo")
    choices = ReportChoices(paper=paper, english_page=True)  # all my questions after them, as by default
    pages = _write(spanish_book, folder, tmp_path / "p1.pdf", choices, english_book=handbook)
    assert "Informe para la cita" in pages[0] and "Medicamentos actuales" in pages[0]
    assert "Visit report" in pages[1] and "Medicines now" in pages[1]
    assert "Todas mis preguntas" in pages[2]
