"""The call-now card printed from My records in two languages: in Spanish the person may add the same
card in English on a second page (for a doctor or an emergency room that reads English), as the visit
report's two-language choice does. Read back from the PDF."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from records_gui_helpers import open_part
from test_summary_pdf import pdf_bands, pdf_pages_text

TODAY = dt.date(2026, 11, 30)


def _example(book, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    from liverbook.diary.example import make_example

    return make_example(folder, book, today=TODAY)


def _pages(target: Path) -> list[str]:
    return [" ".join(page.split()) for page in pdf_pages_text(target)]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_card_in_spanish_then_in_english_each_on_its_own_page(
    spanish, spanish_book, handbook, paper: str, tmp_path: Path
) -> None:
    from liverbook.store.store import Store
    from liverbook.summary.records_print import card_report, records_data
    from liverbook.summary.report_pdf import write_report_pdf

    with Store.open(_example(spanish_book, tmp_path / "ejemplo")) as store:
        data = records_data(store, TODAY)
    target = tmp_path / "tarjeta.pdf"
    assert write_report_pdf(card_report(spanish_book, data, TODAY, handbook), target, paper) == 2
    spanish_page, english_page = _pages(target)
    assert "Tengo cáncer de hígado" in spanish_page and "I have liver cancer" not in spanish_page
    assert "I have liver cancer" in english_page and "Tengo cáncer de hígado" not in english_page
    assert "Call now card" in english_page and "Cut along the outer line" in english_page
    # The warning signs in English from the English handbook; the numbers as typed on both.
    assert "Emergency" in english_page and "Emergencia" in spanish_page
    for page in (spanish_page, english_page):
        assert "555-0150" in page
    (top_es, bottom_es), (top_en, bottom_en) = pdf_bands(target)
    assert "Página 1 de 2" in bottom_es and "EJEMPLO" in top_es
    assert "Page 2 of 2" in bottom_en and "Not medical advice" in bottom_en and "EXAMPLE" in top_en


def test_without_english_the_card_is_one_page_in_spanish(spanish, spanish_book, tmp_path: Path) -> None:
    from liverbook.store.store import Store
    from liverbook.summary.records_print import card_report, records_data
    from liverbook.summary.report_pdf import write_report_pdf

    with Store.open(_example(spanish_book, tmp_path / "ejemplo")) as store:
        data = records_data(store, TODAY)
    target = tmp_path / "tarjeta.pdf"
    assert write_report_pdf(card_report(spanish_book, data, TODAY), target, "letter") == 1
    assert "I have liver cancer" not in _pages(target)[0]


@pytest.fixture
def spanish_example(spanish_book, data_dir: Path, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    made = _example(spanish_book, tmp_path / "made")
    shutil.rmtree(data_dir, ignore_errors=True)
    shutil.copytree(made, data_dir)
    return data_dir


def test_my_records_asks_which_language_and_prints_both(  # type: ignore[no-untyped-def]
    launch_es, spanish_example, prompts, tmp_path
) -> None:
    target = tmp_path / "tarjeta.pdf"
    prompts.saved_path = target
    prompts.choice = 1  # the card, then the same card in English
    window = launch_es()
    glance = open_part(window, "glance")
    glance.print_card.click()
    assert prompts.choices[-1] == ["Solo en español", "En español y después la misma tarjeta en inglés"]
    pages = _pages(target)
    assert len(pages) == 2 and "Tengo cáncer de hígado" in pages[0] and "I have liver cancer" in pages[1]
    title, message = prompts.told[-1]
    assert "tarjeta.pdf" in message and "segunda en inglés" in message
    prompts.choice = 0  # Spanish only
    glance.print_card.click()
    assert len(_pages(target)) == 1


def test_the_report_choice_of_english_is_offered_first(launch_es, spanish_example, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    window = launch_es()
    core = window.core
    asked: list[int] = []
    original = prompts.choose

    def choose(title, message, choices, default=0):  # type: ignore[no-untyped-def]
        asked.append(default)
        return original(title, message, choices, default)

    prompts.choose = choose
    prompts.saved_path = None  # cancelled at the file dialog: nothing written
    glance = open_part(window, "glance")
    glance.print_card.click()
    core.save_report_choices(replace(core.report_choices(), english_page=True))
    glance.print_card.click()
    assert asked == [0, 1]


def test_in_english_nothing_is_asked(launch, handbook, data_dir, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    made = _example(handbook, tmp_path / "made")
    shutil.rmtree(data_dir, ignore_errors=True)
    shutil.copytree(made, data_dir)
    target = tmp_path / "card.pdf"
    prompts.saved_path = target
    window = launch()
    open_part(window, "glance").print_card.click()
    assert prompts.choices == [] and len(_pages(target)) == 1
