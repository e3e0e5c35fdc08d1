"""Search: the real handbook and notes, found as the reader types; odd input never breaks it.

Correctness only; speed is measured outside the tests (see the search module's report).
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from liverbook.content import Handbook, Page, markdown
from liverbook.search import Result, SearchIndex
from liverbook.search.query import MAX_WORDS, fold, match_expression, spellings, words
from liverbook.search.snippets import passage

ROOT = Path(__file__).resolve().parent.parent
DRUG_PAGES = {"drugs-for-advanced-hcc", "targeted-therapy"}


@dataclass(frozen=True)
class FakeNote:
    id: int
    text: str
    page_id: str | None = None


@pytest.fixture(scope="module")
def index(handbook: Handbook) -> SearchIndex:
    """The whole handbook, no notes (shared: tests using it must not change it)."""
    return SearchIndex.build(handbook)


@pytest.fixture
def fresh(handbook: Handbook) -> SearchIndex:
    """An index of its own, for tests that add notes."""
    return SearchIndex.build(handbook)


def keys(results: list[Result], kind: str | None = None) -> list[object]:
    return [r.key for r in results if kind is None or r.kind == kind]


def page_text(page: Page) -> str:
    """A page's words as the index reads them."""
    return f"{page.title}\n{page.summary}\n{markdown.plain_text(page.body)}"


def snippet_text(result: Result) -> str:
    return "".join(text for text, _ in result.snippet)


def marked(result: Result) -> list[str]:
    return [text for text, is_match in result.snippet if is_match]


# -- finding the handbook -------------------------------------------------------------------------


def test_a_drug_name_finds_the_drug_page_first(index: SearchIndex) -> None:
    results = index.search("sorafenib")
    assert results[0].kind == "page" and results[0].key in DRUG_PAGES
    assert results[0].tab == "treatments"
    assert [w.lower() for w in marked(results[0])] == ["sorafenib"]


def test_a_brand_name_finds_the_pages_that_name_the_drug(index: SearchIndex, handbook: Handbook) -> None:
    results = index.search("Nexavar")
    assert results and set(keys(results, "page")) & DRUG_PAGES
    for result in (r for r in results if r.kind == "page"):
        page = handbook.page(result.key)
        assert "sorafenib" in markdown.plain_text(page.body).lower()
        assert result.first_match == "Nexavar"


def test_british_spelling_and_plurals_find_tumor_pages(index: SearchIndex) -> None:
    results = index.search("tumours")
    assert "ablation" in keys(results, "page") and "tumor" in keys(results, "term")
    assert all({"tumor", "tumors", "tumour", "tumours"} & {w.lower() for w in r.matches} for r in results)
    singular = index.search("tumor")
    assert set(keys(results)) == set(keys(singular))


def test_plural_finds_singular_and_back(index: SearchIndex) -> None:
    assert "ablation" in keys(index.search("ablations"), "page")
    assert "ablation" in keys(index.search("ablation"), "term")


def test_last_word_is_a_prefix(index: SearchIndex) -> None:
    results = index.search("chemo")
    assert results[0].kind == "page" and results[0].key == "chemotherapy"
    assert "chemotherapy" in keys(results, "term")
    assert any(w.lower() == "chemotherapy" for r in results for w in r.matches)


def test_half_typed_words_are_found(index: SearchIndex, handbook: Handbook) -> None:
    for half in ["constipat", "hepati"]:
        expected = {p.id for p in handbook.pages if re.search(rf"\b{half}", page_text(p), re.IGNORECASE)}
        assert expected and expected <= set(keys(index.search(half, limit=1000), "page")), half


def test_hepatitis_finds_hepatitis_not_the_words_that_only_begin_like_it(index: SearchIndex) -> None:
    results = index.search("hepatitis", limit=1000)
    assert (results[0].kind, results[0].key) == ("page", "hepatitis-b-and-c")
    for result in results:
        assert any(w.lower().startswith("hepatitis") for w in result.matches), (result.title, result.matches)
    titles = {r.title for r in results}
    assert not {t for t in titles if "hepatic" in t.lower() or "hepatocellular" in t.lower()}, titles
    assert "hepatic-encephalopathy" not in keys(results, "term")


def test_plural_and_verb_forms_find_each_other(index: SearchIndex) -> None:
    for one, other in [
        ("therapy", "therapies"),
        ("bleeding", "bleed"),
        ("vaccine", "vaccines"),
        ("biopsy", "biopsies"),
    ]:
        found, also = set(keys(index.search(one, limit=1000))), set(keys(index.search(other, limit=1000)))
        assert found and found == also, (one, other)


def test_whole_words_come_before_half_typed_ones(index: SearchIndex) -> None:
    whole = re.compile(r"^chemos?$", re.IGNORECASE)
    flags = [any(whole.match(w) for w in r.matches) for r in index.search("chemo", limit=1000)]
    assert flags[0] and False in flags, "chemo should also find chemotherapy, after"
    assert flags == sorted(flags, reverse=True), "a match on a longer word came before a whole-word one"


def test_the_words_as_a_phrase_come_before_the_words_apart(index: SearchIndex, handbook: Handbook) -> None:
    texts = {("page", p.id): page_text(p) for p in handbook.pages}
    texts |= {("term", t.id): f"{t.term} {' '.join(t.also)} {t.definition}" for t in handbook.terms.values()}
    texts |= {("question", q.id): f"{q.text} {q.why}" for q in handbook.questions()}
    for query, phrase in [("blood tests", r"\bblood tests?\b"), ("liver cancer", r"\bliver cancers?\b")]:
        first, second = query.split()
        results = [
            r
            for r in index.search(query, limit=1000)  # pages with every word in the title come first
            if not (r.kind == "page" and first in r.title.lower() and second[:-1] in r.title.lower())
        ]
        flags = [bool(re.search(phrase, texts[(r.kind, str(r.key))], re.IGNORECASE)) for r in results]
        assert True in flags and False in flags, query
        assert flags == sorted(flags, reverse=True), query


def test_every_glossary_word_finds_each_entry_that_uses_it(index: SearchIndex, handbook: Handbook) -> None:
    """Recall on the handbook's own words: nothing that holds a glossary word, as written, is missed."""
    texts = {("page", p.id): page_text(p) for p in handbook.pages}
    texts |= {
        ("term", t.id): f"{t.term} · {' · '.join(t.also)}\n{t.definition}" for t in handbook.terms.values()
    }
    texts |= {("question", q.id): f"{q.text}\n{q.why}" for q in handbook.questions()}
    for term in handbook.terms.values():
        for name in (term.term, *term.also):
            typed = words(name)
            pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, typed)) + r"\b")
            wanted = {key for key, text in texts.items() if pattern.search(fold(text))}
            found = {(r.kind, str(r.key)) for r in index.search(name, limit=1000)}
            assert ("term", term.id) in found, name
            assert wanted <= found, (name, sorted(wanted - found))


def test_ascites_finds_the_term_and_the_supportive_care_page(index: SearchIndex) -> None:
    results = index.search("ascites")
    assert "ascites" in keys(results, "term")
    assert results[0].kind == "page" and results[0].key == "ascites"  # its title matches
    assert results[0].tab == "supportive-care"
    term = next(r for r in results if r.kind == "term" and r.key == "ascites")
    assert term.title == "Ascites" and term.tab is None


def test_a_page_whose_title_matches_comes_first(index: SearchIndex) -> None:
    for query, page_id in [("pain", "pain"), ("child pugh", "child-pugh-score"), ("tired", "fatigue")]:
        first = index.search(query)[0]
        assert (first.kind, first.key) == ("page", page_id), query


def test_questions_are_found_with_their_topic(index: SearchIndex, handbook: Handbook) -> None:
    question = handbook.questions()[0]
    results = index.search(question.text)
    found = next(r for r in results if r.kind == "question" and r.key == question.id)
    assert found.title == question.text and found.parent == question.topic and found.tab == "questions"


def test_matches_are_words_of_the_page_in_reading_order(index: SearchIndex, handbook: Handbook) -> None:
    for result in index.search("fluid belly"):
        if result.kind != "page":
            continue
        text = page_text(handbook.page(result.key))
        assert result.first_match is not None
        positions = [text.find(word) for word in result.matches]
        assert -1 not in positions, (result.key, result.matches)
        assert positions[0] == min(positions)


def test_snippets_are_pieces_of_plain_text_with_the_matches_marked(index: SearchIndex) -> None:
    for result in index.search("liver"):
        assert result.snippet and all(isinstance(t, str) and isinstance(m, bool) for t, m in result.snippet)
        text = snippet_text(result)
        assert "\n" not in text and "\x01" not in text and "\x02" not in text
        assert len(text) < 200


# -- notes ----------------------------------------------------------------------------------------


def test_a_note_is_found_and_its_markup_stays_literal_text(fresh: SearchIndex) -> None:
    fresh.set_note(7, "<b>hello</b> world & <script>x</script>", "pain")
    [result] = fresh.search("hello")
    assert (result.kind, result.key, result.parent, result.tab) == ("note", 7, "pain", "supportive-care")
    assert result.title == "<b>hello</b> world & <script>x</script>"
    assert snippet_text(result) == "<b>hello</b> world & <script>x</script>"
    assert marked(result) == ["hello"]


def test_a_note_can_be_changed_and_removed(fresh: SearchIndex) -> None:
    fresh.set_note(1, "Ask about the scan results")
    assert keys(fresh.search("scan"), "note") == [1]
    fresh.set_note(1, "Ask about the blood test")
    assert keys(fresh.search("scan"), "note") == []
    assert keys(fresh.search("blood test"), "note") == [1]
    fresh.remove_note(1)
    assert keys(fresh.search("blood test"), "note") == []
    fresh.remove_note(1)  # removing twice is harmless
    fresh.set_note(2, "   \n  ")  # a blank note has nothing to find
    assert fresh.note_count() == 0


def test_notes_load_in_bulk_and_replace_the_old_ones(handbook: Handbook) -> None:
    notes = [FakeNote(n, f"note {n} about zebrafish", "ascites" if n % 2 else None) for n in range(1, 301)]
    index = SearchIndex.build(handbook, notes)
    assert index.note_count() == 300
    assert len(index.search("zebrafish", limit=1000)) == 300
    assert len(index.search("zebrafish", limit=10)) == 10
    index.set_notes([FakeNote(5, "only this one: quokka")])
    assert index.search("zebrafish") == [] and keys(index.search("quokka")) == [5]


def test_store_notes_can_be_indexed(handbook: Handbook) -> None:
    from liverbook.store.model import Note

    now = dt.datetime.now(dt.timezone.utc)
    index = SearchIndex.build(handbook, [Note(3, "Dr Lee: next CT in May", None, now, now)])
    [result] = index.search("lee")
    assert (result.kind, result.key, result.parent, result.tab) == ("note", 3, None, None)


def test_accents_case_and_spelling_fold_in_notes(fresh: SearchIndex) -> None:
    fresh.set_note(1, "Le CAFÉ était noté. Her oesophagus and haemoglobin were checked.")
    for query in ["cafe", "café", "Etait", "esophagus", "hemoglobin", "checking", "NOTE"]:
        assert keys(fresh.search(query), "note") == [1], query
    [result] = [r for r in fresh.search("cafe") if r.kind == "note"]
    assert marked(result) == ["CAFÉ"] and result.matches == ("CAFÉ",)


def test_a_notes_title_is_its_first_line(fresh: SearchIndex) -> None:
    text = "\n\n  Questions   for   Tuesday  \nmore text here"
    fresh.set_note(1, text)
    [result] = fresh.search("tuesday")
    assert result.title == "Questions for Tuesday"


# -- odd input ------------------------------------------------------------------------------------

HOSTILE = [
    '"',
    "'",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(",
    "near(pain, 2)",
    "*",
    "**",
    ")",
    "(",
    "()",
    "^col:x",
    "title:pain",
    "{title}: pain",
    "pain -liver",
    "+",
    "-",
    ":",
    "\\",
    "%",
    "_",
    "'; DROP TABLE notes; --",
    "\u202eliver\u202c",
    "\u200f\u200e",
    "😀",
    "pain 😀",
    "😀pain",
    "\x00",
    "\x01pain\x02",
    "\ud800",
    "ａｂｃ",
    "ﬁbrosis",
    "℃",
    "①",
    "日本語",
    "الكبد",
    "x" * 10_000,
    "pain " * 2_000,
    "a" * 100 + "*",
    "\t\n\r",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(index: SearchIndex, query: str) -> None:
    results = index.search(query)
    assert isinstance(results, list)


def test_hostile_notes_never_break_the_index(fresh: SearchIndex) -> None:
    for n, text in enumerate(HOSTILE, start=1):
        fresh.set_note(n, text)
    fresh.set_note(999, "odd \x01marker\x02 and \x00 nul and lone \ud800 surrogate")
    [result] = [r for r in fresh.search("marker") if r.kind == "note"]
    assert "\x01" not in snippet_text(result) and marked(result) == ["marker"]
    for query in HOSTILE:
        assert isinstance(fresh.search(query), list)


def test_blank_queries_find_nothing(index: SearchIndex) -> None:
    for query in ["", " ", "\n\t ", '"" ()', "*", "😀"]:
        assert index.search(query) == []
    assert index.search("pain", limit=0) == []


def test_operator_words_are_searched_as_plain_words(index: SearchIndex) -> None:
    expression = match_expression('pain AND "nausea" NEAR( OR x*')
    assert expression == '"pain" AND "and" AND "nausea" AND "near" AND "or" AND "x"'
    assert index.search("pain AND nausea")  # "and" is an ordinary word in the text


def test_long_queries_are_capped() -> None:
    assert len(words("word " * 5_000)) == 1
    assert len(words(" ".join(f"w{n}" for n in range(5_000)))) == MAX_WORDS
    assert all(len(w) <= 40 for w in words("y" * 10_000))


def test_spelling_pairs_work_both_ways() -> None:
    assert spellings("tumours") == ["tumours", "tumors"]
    assert spellings("tumors") == ["tumors", "tumours"]
    assert spellings("anaemia") == ["anaemia", "anemia"]
    assert spellings("centre") == ["centre", "center"]
    assert spellings("liver") == ["liver"]


def test_passage_cuts_between_words_around_the_matches() -> None:
    text = " ".join(f"w{n}" for n in range(100)) + " \x01hit\x02 " + " ".join(f"v{n}" for n in range(100))
    pieces = passage(text)
    joined = "".join(t for t, _ in pieces)
    assert joined.startswith("…w") and joined.endswith("…") and ("hit", True) in pieces
    assert 50 < len(joined) < 200
    whole = set(text.replace("\x01", "").replace("\x02", "").split())
    assert set(joined.strip("…").split()) <= whole  # cut between words, never inside one
    assert passage("no match here") == (("no match here", False),)
    two_lines = (("line one · ", False), ("two", True), (" lines", False))
    assert passage("line one\n\n\x01two\x02   lines") == two_lines


def test_search_imports_no_qt() -> None:
    code = (
        "import sys, liverbook.search\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT / "desktop")},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
