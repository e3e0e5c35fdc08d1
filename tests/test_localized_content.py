"""The handbook in another language: content/<locale>/ over the English, entry by entry, checked as a whole.

A tiny handbook (tests/fixtures/good) with a Spanish file that translates some of it: what is
translated is shown translated, what is not stays in English and says so, a translation checked
before the English text last changed is an error for --check-content and English in the app, and
every problem names the Spanish file, its line and key. The real content/es/ passes the same check.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from liverbook import paths
from liverbook.content import ContentErrors, load_handbook
from liverbook.content.cache import cache_path, load_cached
from liverbook.content.locales import locales_present
from liverbook.content.localized import check_every_locale, load_localized
from liverbook.render import page_html

GOOD = Path(__file__).parent / "fixtures" / "good"

SPANISH = """\
pages:
  - id: staging
    tab: stages
    order: 10
    title: Qué quiere decir la etapa
    summary: Cómo describen los médicos hasta dónde ha crecido un cáncer.
    reviewed: 2026-12-03
    english_checked: 2026-12-03
    changes: Primera versión en español.
    sources: [src-one, src-stats]
    body: |
      La etapa dice qué tamaño tiene el cáncer y dónde está[^src-one].

      ## Por qué importa
      - Ayuda a elegir un tratamiento.
      - Vea [tratamiento](page:treatment) y [ascitis](term:ascites).

      De las personas cuyo cáncer no se había propagado, el 36.1% vivía 5 años después.[^src-stats]
terms:
  - id: ascites
    term: Ascitis
    also: [líquido en el vientre]
    definition: Líquido que se acumula en el vientre.
    sources: [src-one]
"""


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(GOOD, folder)
    (folder / "es").mkdir()
    (folder / "es" / "handbook.yaml").write_text(SPANISH, encoding="utf-8")
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_english_handbook_leaves_the_locale_folder_alone(content: Path) -> None:
    book = load_handbook(content)
    assert book.locale == "en" and book.page("staging").title == "What staging means"
    assert locales_present(content) == ["es"]


def test_what_is_translated_is_shown_translated_and_the_rest_stays_in_english(content: Path) -> None:
    book = load_localized(content, "es")
    assert book.locale == "es"
    assert book.page("staging").title == "Qué quiere decir la etapa"
    assert book.terms["ascites"].term == "Ascitis"
    assert book.page("treatment").title == "Treatment"  # no Spanish entry: the English page
    assert book.in_english == {"treatment", "care", "asking"}
    assert [p.id for p in book.pages] == [p.id for p in load_handbook(content).pages]  # same order, same tabs


def test_a_page_shown_in_english_says_so_and_a_translated_one_does_not(content: Path) -> None:
    book = load_localized(content, "es")
    assert "not translated yet" in page_html(book, book.page("treatment"))
    assert "not translated yet" not in page_html(book, book.page("staging"))


def test_a_translation_checked_before_the_english_changed_is_an_error_to_check_and_english_in_the_app(
    content: Path,
) -> None:
    _edit(content / "es" / "handbook.yaml", "english_checked: 2026-12-03", "english_checked: 2026-11-01")
    with pytest.raises(ContentErrors) as caught:
        load_localized(content, "es", strict=True)
    [error] = caught.value.errors
    assert (error.file, error.line, error.key) == ("es/handbook.yaml", 8, "pages[0].english_checked")
    assert "2026-12-02" in error.message and "2026-11-01" in error.message
    shown = load_localized(content, "es", strict=False)
    assert shown.page("staging").title == "What staging means" and "staging" in shown.in_english


def test_a_translation_without_its_checked_date_is_an_error(content: Path) -> None:
    _edit(content / "es" / "handbook.yaml", "    english_checked: 2026-12-03\n", "")
    with pytest.raises(ContentErrors) as caught:
        load_localized(content, "es")
    assert [e.key for e in caught.value.errors] == ["pages[0].english_checked"]


def test_an_entry_the_english_does_not_have_is_named_with_its_line(content: Path) -> None:
    _edit(content / "es" / "handbook.yaml", "  - id: ascites", "  - id: ascitis")
    with pytest.raises(ContentErrors) as caught:
        load_localized(content, "es")
    assert any(
        e.file == "es/handbook.yaml" and e.line == 20 and "no entry with the id 'ascitis'" in e.message
        for e in caught.value.errors
    ), caught.value.errors


def test_a_translation_is_checked_like_english_links_and_citations_included(content: Path) -> None:
    _edit(content / "es" / "handbook.yaml", "(term:ascites)", "(term:ascitis)")
    with pytest.raises(ContentErrors) as caught:
        load_localized(content, "es")
    [error] = caught.value.errors
    assert error.file == "es/handbook.yaml" and "glossary term" in error.message


def test_the_cache_keeps_each_language_apart(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    english, spanish = load_cached(content, cache), load_cached(content, cache, "es")
    assert load_cached(content, cache, "es") == spanish and spanish.locale == "es"
    assert load_cached(content, cache) == english and english.locale == "en"
    assert sorted(cache.iterdir()) == sorted([cache_path(cache, content), cache_path(cache, content, "es")])


def test_check_content_checks_every_language_and_names_the_file(content: Path, tmp_path: Path) -> None:
    env = dict(os.environ, LIVERBOOK_DATA_DIR=str(tmp_path / "data"))
    command = [sys.executable, "-m", "liverbook", "--check-content", str(content)]
    good = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "ok: es: 1 of 4 pages translated" in good.stdout
    _edit(content / "es" / "handbook.yaml", "english_checked: 2026-12-03", "english_checked: 2026-11-01")
    bad = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 1
    assert "es/handbook.yaml:8: pages[0].english_checked:" in bad.stdout


def test_every_language_of_the_real_handbook_passes_the_check() -> None:
    assert check_every_locale(paths.content_dir()) == []
