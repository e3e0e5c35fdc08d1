"""Search in Spanish: accents, capitals, plurals and genders, little words, and notes in either language.

The Spanish handbook (content/es/) is searched as a Spanish reader types: with or without accents,
in capitals or not, in the singular or the plural; "qué es la ascitis" finds what "ascitis" finds.
Notes are found whatever their language, and English search is as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from app_helpers import make_core
from liverbook import paths
from liverbook.content import Handbook
from liverbook.content.localized import load_localized
from liverbook.search import Result, SearchIndex
from liverbook.search.spanish import stem
from liverbook.store import Store


@dataclass(frozen=True)
class FakeNote:
    id: int
    text: str
    page_id: str | None = None


@pytest.fixture(scope="module")
def spanish_book() -> Handbook:
    return load_localized(paths.content_dir(), "es", strict=False)


@pytest.fixture(scope="module")
def index(spanish_book: Handbook) -> SearchIndex:
    """The whole Spanish handbook, no notes (shared: tests using it must not change it)."""
    return SearchIndex.build(spanish_book)


def keys(results: list[Result], kind: str | None = None) -> list[object]:
    return [r.key for r in results if kind is None or r.kind == kind]


def found(index: SearchIndex, query: str) -> list[tuple[str, object]]:
    return [(r.kind, r.key) for r in index.search(query, limit=1000)]


# -- the stemmer -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("higado", "higados"),
        ("hepatico", "hepatica"),
        ("hepatico", "hepaticas"),
        ("quimioembolizacion", "quimioembolizaciones"),
        ("tumor", "tumores"),
        ("paciente", "pacientes"),
        ("sintoma", "sintomas"),
        ("raiz", "raices"),
        ("luz", "luces"),
        ("dia", "dias"),
        ("medico", "medicas"),
        ("cancer", "canceres"),
        ("fase", "fases"),
        ("aine", "aines"),
    ],
)
def test_singular_plural_and_gender_meet(one: str, other: str) -> None:
    assert stem(one) == stem(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("hepatitis", "hepatico"),  # a word that only begins like another stays apart
        ("hepatico", "hepatocito"),
        ("caso", "casa"),  # short words keep their ending
        ("coma", "como"),
        ("embolizacion", "embolizar"),
    ],
)
def test_words_that_only_look_alike_stay_apart(one: str, other: str) -> None:
    assert stem(one) != stem(other)


@pytest.mark.parametrize("word", ["hepatitis", "cirrosis", "ascitis", "virus", "analisis", "dosis", "tos"])
def test_latin_endings_and_short_words_are_not_plurals(word: str) -> None:
    assert stem(word) == word


@pytest.mark.parametrize(
    "forms",
    [
        ("vomitar", "vomito", "vomitos", "vomitando", "vomitaba", "vomita", "vomitado"),  # "vómito", "vomitó"
        ("sangrar", "sangrado", "sangrados", "sangrando", "sangra", "sangraron"),
        ("cansado", "cansada", "cansados", "cansancio", "cansarse"),
        ("hinchado", "hinchada", "hinchar", "hinchadas"),
        ("cuidar", "cuidado", "cuidados", "cuidarse", "cuidando"),
        ("confundido", "confundida", "confundir"),
        ("recibir", "recibido", "recibiendo", "recibieron"),
        ("crecer", "crecido", "creciendo", "crece"),
        ("primer", "primera", "primeras"),  # "primer" is not an infinitive
    ],
)
def test_a_verbs_common_forms_meet_its_noun(forms: tuple[str, ...]) -> None:
    assert len({stem(word) for word in forms}) == 1, {word: stem(word) for word in forms}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("higado", "higo"),  # "hígado" is not a participle of "hig-": the stem left would be too short
        ("vida", "vivir"),
        ("sangre", "sangrado"),  # blood (every blood test) is not bleeding
        ("entre", "entrar"),  # a little word stays apart from the verb it looks like
        ("parte", "partir"),  # "a partir de" is "from"
        ("pesado", "peso"),
        ("dolor", "duele"),  # an irregular verb is not guessed
        ("cuidador", "cuidado"),  # who cares is not care
        ("estado", "estar"),
    ],
)
def test_verb_endings_leave_other_words_apart(one: str, other: str) -> None:
    assert stem(one) != stem(other)


# -- the Spanish handbook --------------------------------------------------------------------------


def test_higado_with_or_without_accent_and_in_the_plural_finds_the_same_pages(index: SearchIndex) -> None:
    accented = found(index, "hígado")
    assert len(keys(index.search("hígado"), "page")) >= 10
    assert found(index, "higado") == accented
    assert found(index, "hígados") == accented
    assert found(index, "HÍGADO") == accented


def test_n_finds_enye_as_an_english_keyboard_types_it(index: SearchIndex) -> None:
    for plain, written in (("estrenimiento", "estreñimiento"), ("senales", "señales"), ("rinon", "riñones")):
        results = index.search(plain)
        assert found(index, plain) == found(index, written), plain
        assert any(written in {w.lower() for w in r.matches} for r in results), plain


def test_quimioembolizacion_without_accents_finds_its_term_and_page_first(index: SearchIndex) -> None:
    expected = {
        ("term", "tace"),
        ("page", "embolization"),
    }  # "TACE (quimioembolización)", "Embolización: TACE..."
    for query in ("quimioembolizacion", "quimioembolización", "QUIMIOEMBOLIZACION", "quimioembolizaciones"):
        assert set(found(index, query)[:2]) == expected, query


def test_a_query_in_capitals_finds_what_it_finds_in_small_letters(index: SearchIndex) -> None:
    for query in ("CIRROSIS", "Ascitis", "CÁNCER DE HÍGADO", "SORAFENIB"):
        assert found(index, query) == found(index, query.lower()), query
        assert found(index, query)


def test_a_feminine_or_plural_form_finds_the_masculine_singular(index: SearchIndex) -> None:
    assert set(found(index, "hepáticas")) == set(found(index, "hepático"))
    assert found(index, "encefalopatía hepática")


def test_little_words_do_not_flood_the_results(index: SearchIndex) -> None:
    ascitis = found(index, "ascitis")
    assert ("term", "ascites") in ascitis
    assert found(index, "¿Qué es la ascitis?") == ascitis
    assert set(found(index, "la ascitis")) == set(ascitis)
    sorafenib = found(index, "sorafenib")
    assert set(found(index, "el sorafenib y la ")) == set(sorafenib)  # "la" done: a space after it


def test_little_words_still_put_the_phrase_first(index: SearchIndex) -> None:
    results = index.search("cáncer de hígado")
    first = results[0]
    assert "cáncer de hígado" in (first.title + " " + "".join(t for t, _ in first.snippet)).lower()


def test_a_little_word_being_typed_may_still_become_a_longer_word(index: SearchIndex) -> None:
    assert index.search("de")  # only little words: searched as typed, not nothing
    cirrosis = found(index, "cirrosis")
    assert found(index, "cirrosis de") == cirrosis  # too short to be the beginning of a word searched
    assert found(index, "cirrosis con ") == cirrosis  # "con" done: a space after it
    typing = index.search("cirrosis con", limit=1000)  # "con" may become "control", "consulta"...
    assert typing and {(r.kind, r.key) for r in typing} <= set(cirrosis)
    assert all(any(w.lower().startswith("con") for w in r.matches) for r in typing)


def test_every_glossary_term_finds_its_own_entry(index: SearchIndex, spanish_book: Handbook) -> None:
    missed = [
        term.term
        for term in spanish_book.terms.values()
        if ("term", term.id) not in found(index, term.term)[:10]
    ]
    assert not missed, f"{len(missed)} of {len(spanish_book.terms)} terms not in their own top 10: {missed}"


def test_every_glossary_term_finds_its_own_entry_without_accents(
    index: SearchIndex, spanish_book: Handbook
) -> None:
    from liverbook.search.query import fold

    missed = [
        term.term
        for term in spanish_book.terms.values()
        if ("term", term.id) not in found(index, fold(term.term).upper())[:10]
    ]
    assert not missed, missed


# -- notes in either language ----------------------------------------------------------------------


def test_notes_are_found_in_their_own_language_whatever_the_handbooks(
    spanish_book: Handbook, handbook: Handbook
) -> None:
    english = FakeNote(1, "My tumors were smaller on the last scan and the doctor was pleased")
    spanish = FakeNote(2, "Me duelen las piernas y los pies desde que empecé el tratamiento")
    for book in (spanish_book, handbook):
        index = SearchIndex.build(book, [english, spanish])
        assert 1 in keys(index.search("tumor"), "note"), book.locale
        assert 2 in keys(index.search("pierna"), "note"), book.locale
        assert 2 in keys(index.search("PIE"), "note"), book.locale
        assert 2 in keys(index.search("empece"), "note"), book.locale


def test_english_search_is_unchanged_by_spanish_little_words(handbook: Handbook) -> None:
    index = SearchIndex.build(
        handbook, [FakeNote(1, "Ask about a second opinion"), FakeNote(2, "a second scan")]
    )
    assert keys(index.search("a second opinion"), "note") == [1]  # "a" still counts in English


def test_the_index_is_the_readers_language_and_follows_a_change(
    data_dir: Path, handbook: Handbook, spanish_book: Handbook
) -> None:
    store = Store.open(data_dir)
    store.add_note("Ask the nurse about the swelling in my legs")
    store.close()
    for book in (handbook, spanish_book):  # View > Language: the window opens again on a new core
        core = make_core(book, data_dir, Store.open(data_dir))
        try:
            word = "cirrosis" if book.locale == "es" else "cirrhosis"
            pages = {r.title for r in core.search.search(word) if r.kind == "page"}
            assert pages and all(p in {page.title for page in book.pages} for p in pages), book.locale
            assert bool(keys(core.search.search("hígado"), "page")) == (book.locale == "es")
            assert keys(core.search.search("swelling legs"), "note")
        finally:
            core.close()


def test_the_readers_own_records_are_titled_in_spanish(qapp, data_dir: Path, spanish_book: Handbook) -> None:  # type: ignore[no-untyped-def]
    from liverbook.records.model import Contact
    from liverbook.ui.language import Language

    store = Store.open(data_dir)
    store.add_contact(Contact(0, "Dra. Ruiz", role="hepatóloga", note="Pregunta por la ascitis"))
    language = Language("es")
    language.install(qapp)
    core = make_core(spanish_book, data_dir, store)
    try:
        found = [r for r in core.search.search("hepatologa") if r.kind == "record"]
        assert [r.title for r in found] == ["Equipo de atención médica: Dra. Ruiz"]
    finally:
        core.close()
        language.remove(qapp)


# -- verb forms in the handbook: recall over sets of queries, the right page in the top 3 -----------

VERB_QUERIES = {
    "nausea": ("vomitar", "vómito", "vomito", "vómitos", "vomitando", "vomitó"),
    "when-to-call": ("sangrar", "sangrado", "sangrando", "sangra"),
    "fatigue": ("cansado", "cansada", "cansancio", "muy cansado"),
}


@pytest.mark.parametrize("page", sorted(VERB_QUERIES))
def test_every_form_of_a_verb_finds_what_the_others_find_and_its_page_first(
    index: SearchIndex, page: str
) -> None:
    queries = VERB_QUERIES[page]
    every = set().union(*(set(found(index, q)) for q in queries))
    for query in queries:
        results = found(index, query)
        recall = len(set(results) & every) / len(every)
        assert recall == 1.0, f"{query!r} finds {recall:.0%} of what its other forms find"
        assert ("page", page) in results[:3], (query, results[:3])


# What a page must hold to be found by a form: a form of the same word, never only a look-alike
# ("sangre", blood, for "sangrado", bleeding; "entre" for "entrar").
HOLDS = {
    "sangrado": r"\bsangr(?:a|an|ar|ado|ados|ada|adas|ando|aron|o)\b",
    "vomitando": r"\bvomit(?:o|os|a|an|ar|ado|ando|aba)\b",
    "cansado": r"\b(?:cansancio|cans(?:ado|ados|ada|adas|ar|arse|a))\b",
    "entrar": r"\bentr(?:a|an|ar|o|ado|ada|ando|aron)\b",
}


@pytest.mark.parametrize("query", sorted(HOLDS))
def test_a_verb_form_finds_no_page_that_holds_only_a_look_alike(
    index: SearchIndex, spanish_book: Handbook, query: str
) -> None:
    import re

    from liverbook.content import markdown
    from liverbook.search.query import fold

    texts = {
        ("page", p.id): fold(f"{p.title} {p.summary} {markdown.plain_text(p.body)}").lower()
        for p in spanish_book.pages
    }
    pages = [key for key in found(index, query) if key in texts]
    assert pages
    loose = [key for key in pages if not re.search(HOLDS[query], texts[key])]
    assert not loose, loose
