"""A two-language visit report: the person's language for them, page 1 again in English for a doctor
who reads English, and the call-now card in both. Read back from the PDF."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from liverbook import paths
from liverbook.i18n import in_english, translate
from liverbook.summary.report_choices import ReportChoices
from report_helpers import TODAY, make_example_folder
from test_summary_pdf import pdf_bands, pdf_pages_text

OWN_WORDS = "Rosa María «Chayito» Núñez"  # the name, as the person typed it


@pytest.fixture
def books(spanish_book, handbook):  # type: ignore[no-untyped-def]
    return spanish_book, handbook


def _pdf(books, folder: Path, target: Path, choices: ReportChoices) -> list[str]:  # type: ignore[no-untyped-def]
    from liverbook.fonts import register_fonts
    from liverbook.store.store import Store
    from liverbook.summary.report import build_report
    from liverbook.summary.report_pdf import write_report_pdf
    from liverbook.summary.report_plan import gather_for

    spanish_book, english_book = books
    with Store.open(folder) as store:
        data = gather_for(store, spanish_book, choices, TODAY, lambda: english_book)
    report = build_report(spanish_book, data, choices, today=TODAY, version="9.9")
    write_report_pdf(report, target, "letter", register_fonts())
    return [" ".join(page.split()) for page in pdf_pages_text(target)]


@pytest.fixture
def folder(books, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    from liverbook.store.store import Store

    made = make_example_folder(books[0], tmp_path / "ejemplo")
    with Store.open(made) as store:
        store.set_situation(replace(store.get_situation(), name=OWN_WORDS))
    return made


def test_page_one_in_spanish_then_in_english_with_the_persons_words_as_written(
    spanish, books, folder: Path, tmp_path: Path
) -> None:
    target = tmp_path / "informe.pdf"
    pages = _pdf(books, folder, target, ReportChoices(english_page=True))
    assert "Informe para la cita" in pages[0] and "Desde mi última cita" in pages[0]
    first = next(n for n, page in enumerate(pages) if "Visit report" in page)  # page 1 may run on
    assert first >= 1 and not any("Visit report" in page for page in pages[:first])
    questions = next(n for n, page in enumerate(pages) if "Todas mis preguntas" in page)
    english = " ".join(pages[first:questions])
    for said in ("Visit report", "Since my last visit", "My diary", "Medicines now", "for the care team"):
        assert said in english, said
    for spanish_word in ("Informe para la cita", "Desde mi última cita", "Medicamentos actuales"):
        assert spanish_word not in english
    # What the person typed is the same on both pages: never translated.
    assert f"Informe para la cita: {OWN_WORDS}" in pages[0] and f"Visit report: {OWN_WORDS}" in english
    # The header and the footer of each page in its own language.
    bands = pdf_bands(target)
    total = len(pages)
    for n, (top, bottom) in enumerate(bands):
        if first <= n < questions:
            assert (
                "EXAMPLE" in top and f"Page {n + 1} of {total}" in bottom and "Not medical advice" in bottom
            )
        else:
            assert "EJEMPLO" in top and f"Página {n + 1} de {total}" in bottom
    assert "All my questions" not in " ".join(pages)


def test_without_the_choice_the_report_stays_in_one_language(
    spanish, books, folder: Path, tmp_path: Path
) -> None:
    pages = _pdf(books, folder, tmp_path / "informe.pdf", ReportChoices())
    assert "Informe para la cita" in pages[0]
    assert not any("Visit report" in page or "Since my last visit" in page for page in pages)


def test_the_call_now_card_in_both_languages(spanish, books, folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "informe.pdf"
    # The medicines list before the card: a table before a page break, where the Spanish card's
    # instruction on two lines once pushed its last row onto a page of its own.
    choices = ReportChoices(questions=False, medicines=True, call_card=True, english_page=True)
    pages = _pdf(books, folder, target, choices)
    cards = [p for p in pages if "Tengo cáncer de hígado" in p or "I have liver cancer" in p]
    assert len(cards) == 2
    spanish_card, english_card = cards
    assert "Tengo cáncer de hígado" in spanish_card and "I have liver cancer" not in spanish_card
    assert "I have liver cancer" in english_card and "Call now card" in english_card
    assert "Tengo cáncer de hígado" not in english_card
    assert pages.index(english_card) == pages.index(spanish_card) + 1  # nothing spilt between them
    # The contact's name and numbers as typed, on both.
    assert "555-0150" in spanish_card and "555-0150" in english_card
    bands = pdf_bands(target)
    index = pages.index(english_card)
    assert f"Page {index + 1} of {len(pages)}" in bands[index][1]
    assert f"Página {index} de {len(pages)}" in bands[index - 1][1]


def test_an_english_report_ignores_the_choice(qapp, books, folder: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from liverbook.fonts import register_fonts
    from liverbook.store.store import Store
    from liverbook.summary.report import build_report
    from liverbook.summary.report_pdf import write_report_pdf
    from liverbook.summary.report_plan import gather_for

    english_book = books[1]
    choices = ReportChoices(english_page=True)
    with Store.open(folder) as store:
        data = gather_for(store, english_book, choices, TODAY, lambda: english_book)
    assert data.english is None
    target = tmp_path / "report.pdf"
    write_report_pdf(
        build_report(english_book, data, choices, today=TODAY, version="9"),
        target,
        "letter",
        register_fonts(),
    )
    assert sum("Visit report" in p for p in pdf_pages_text(target)) == 1


def test_the_choice_is_remembered_and_read_back() -> None:
    saved = ReportChoices(english_page=True).to_json()
    assert ReportChoices.from_json(saved).english_page is True
    assert ReportChoices.from_json('{"english_page": "yes"}').english_page is False


def test_in_english_only_changes_the_words_inside_it(spanish) -> None:  # type: ignore[no-untyped-def]
    assert translate("report", "All my questions") != "All my questions"
    with in_english():
        assert translate("report", "All my questions") == "All my questions"
    assert translate("report", "All my questions") != "All my questions"


def test_export_summary_in_the_folders_language_with_page_one_in_english(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from liverbook.ui.language import LANGUAGE_KEY
    from test_report_export import export, save_choices

    folder = tmp_path / "datos"
    save_choices(folder, ReportChoices(english_page=True, call_card=True, questions=False))
    settings = QSettings(str(paths.settings_file(folder)), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "es")
    settings.sync()
    from liverbook.store.store import Store

    with Store.open(folder) as store:
        store.add_own_question("¿Puedo viajar en mayo?")
    target = tmp_path / "informe.pdf"
    result = export("--data-dir", str(folder), "--export-summary", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Su informe") or "se guardó" in result.stdout, result.stdout
    pages = [" ".join(p.split()) for p in pdf_pages_text(target)]
    assert "Mi informe para la cita" in pages[0] or "Informe para la cita" in pages[0]
    assert "My visit report" in pages[1] and "¿Puedo viajar en mayo?" in pages[1]
    assert any("Tengo cáncer de hígado" in p for p in pages) and any(
        "I have liver cancer" in p for p in pages
    )


def test_prepare_for_a_visit_offers_page_one_in_english_only_in_another_language(  # type: ignore[no-untyped-def]
    launch_es, spanish_book, data_dir, prompts, tmp_path, monkeypatch
) -> None:
    import shutil

    monkeypatch.setattr("liverbook.ui.dialogs.visit_report.today", lambda: TODAY)
    shutil.copytree(make_example_folder(spanish_book, tmp_path / "ejemplo"), data_dir, dirs_exist_ok=True)
    window = launch_es()
    dialog = window.show_summary()
    dialog.previewer.wait()
    box = dialog.english_box
    assert box.isVisible() and box.text().startswith("La página 1 otra vez en inglés")
    before = dialog.count_label.text()
    box.click()  # as a reader would: the count grows by page 1's pages in English
    dialog.previewer.wait()
    assert window.core.report_choices().english_page is True  # remembered, for --export-summary too
    assert dialog.count_label.text() != before
    prompts.saved_path = tmp_path / "para el médico.pdf"
    saved = dialog.save_pdf()
    assert saved is not None
    pages = [" ".join(p.split()) for p in pdf_pages_text(saved)]
    assert "Informe para la cita" in pages[0] and any("Visit report" in p for p in pages[1:])
    dialog.close()


def test_an_english_window_does_not_offer_it(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = launch().show_summary()
    assert not dialog.english_box.isVisible()
    dialog.close()
