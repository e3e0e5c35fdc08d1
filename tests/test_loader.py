"""The content loader: good content loads into typed objects; each kind of bad file is named precisely."""

from __future__ import annotations

import datetime as dt
import shutil
import time
from pathlib import Path

import pytest

from liverbook.content import ContentErrors, load_handbook
from liverbook.content.model import TIERS
from liverbook.content.yamlnodes import MAX_FILE_BYTES

GOOD = Path(__file__).parent / "fixtures" / "good"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(GOOD, folder)
    return folder


def errors_for(folder: Path) -> list[str]:
    with pytest.raises(ContentErrors) as info:
        load_handbook(folder)
    return [str(e) for e in info.value.errors]


def test_good_content_loads_into_typed_objects() -> None:
    book = load_handbook(GOOD)
    assert [p.id for p in book.pages_in_tab("stages")] == ["staging"]
    page = book.page("treatment")
    assert page.reviewed == dt.date(2026, 11, 20)
    assert page.sources == ("src-two",)
    assert page.applies_to == ("stage-4",)
    assert book.sources["src-two"].published == "27 July 2021"
    assert (book.sources["src-one"].tier, book.sources["src-two"].tier) == ("reference", "guideline")
    assert page.changes == "Added a table of drugs."
    assert book.page("staging").changes is None
    assert book.topics[0].changes == "Added a question about scans."
    assert book.terms["ascites"].also == ("fluid in the belly",)
    assert book.topics[0].questions[0].topic == "my-stage"
    assert [p.id for p in book.pages_for({"caregiver"})] == ["care"]
    with pytest.raises(AttributeError):
        page.title = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        book.sources["x"] = book.sources["src-one"]  # type: ignore[index]


# (file contents, expected line, expected words in the message)
BAD_FILES = {
    "syntax error": (b"pages:\n  - id: x\n    title: [unclosed\n", 4, "YAML syntax error"),
    "duplicate key": (b"sources:\n  - id: a\n    id: b\n", 3, "the key 'id' appears twice in one mapping (first at line 2)"),
    "empty file": (b"", 1, "the file is empty"),
    "only a comment": (b"# nothing here\n", 1, "the file is empty"),
    "invalid utf-8": (b"terms:\n  - id: x\n    term: caf\xe9\n", 3, "not valid UTF-8"),
    "binary bytes": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 3, "binary data"),
    "alias bomb": (
        b'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'
        b"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n",
        1,
        "anchors and aliases",
    ),
    # Either our own depth check or the YAML parser's stops this first, in words of its own: what we promise
    # is the file and line, quickly, with no traceback, so the message's wording is not asserted.
    "deep nesting": (b"pages: " + b"[" * 100_000 + b"]" * 100_000 + b"\n", 1, ""),
    "python tag": (b"pages:\n  - !!python/object/apply:os.system ['echo hi']\n", 2, "the tag '!!python/object/apply:os.system' is not allowed"),
    "two documents": (b"tags: []\n---\ntags: []\n", 2, "one YAML document"),
    "unknown section": (b"chapters:\n  - id: x\n", 1, "unknown key"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_is_named_with_its_line_and_problem(content: Path, case: str) -> None:
    data, line, words = BAD_FILES[case]
    (content / "bad.yaml").write_bytes(data)
    started = time.perf_counter()
    errors = errors_for(content)
    assert time.perf_counter() - started < 5  # bounded: no bomb expands, no deep recursion
    assert any(e.startswith(f"bad.yaml:{line}:") and words in e for e in errors), errors


def test_a_file_too_large_is_refused_before_parsing(content: Path) -> None:
    (content / "huge.yaml").write_bytes(b"# " + b"x" * MAX_FILE_BYTES + b"\n")
    errors = errors_for(content)
    assert any(e.startswith("huge.yaml: ") and "too large" in e for e in errors), errors


def _replace(content: Path, old: str, new: str) -> None:
    path = content / "handbook.yaml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def _line_of(content: Path, needle: str) -> int:
    lines = (content / "handbook.yaml").read_text().splitlines()
    return next(n for n, line in enumerate(lines, start=1) if needle in line)


SCHEMA_CASES = {
    "unknown key": ("    summary: Ways to treat liver cancer.", "    summery: Ways to treat liver cancer.",
                    "summery", "pages[1].summery: unknown key"),
    "missing field": ("    title: Treatment\n", "", "id: treatment", "pages[1].title: this required key is missing"),
    "wrong type (yes/no)": ("    title: Treatment", "    title: no", "title: no",
                            "pages[1].title: expected text, but YAML reads this as a yes/no value; put it in quotes"),
    "wrong type (list)": ("    summary: Comfort and support.", "    summary: [a, b]", "summary: [a, b]",
                          "pages[2].summary: expected text"),
    "order not a number": ("    order: 10\n    title: Care", "    order: ten\n    title: Care", "order: ten",
                           "pages[2].order: expected a whole number"),
    "bad date": ("reviewed: 2026-11-20", "reviewed: 2026-13-45", "2026-13-45",
                 "pages[1].reviewed: '2026-13-45' is not a valid date"),
    "dangling page link": ("(page:treatment)", "(page:no-such-page)", "no-such-page",
                           "pages[0].body: there is no page with the id 'no-such-page'"),
    "dangling term": ("(term:ascites)", "(term:no-such-term)", "no-such-term",
                      "there is no glossary term with the id 'no-such-term'"),
    "dangling source": ("sources: [src-two]", "sources: [src-nine]", "src-nine",
                        "pages[1].sources: there is no source with the id 'src-nine'"),
    "dangling tag": ("applies_to: [stage-4]", "applies_to: [stage-9]", "stage-9",
                     "there is no situation tag with the id 'stage-9'"),
    "citation not in page sources": ("where it is[^src-one]", "where it is[^src-two]", "[^src-two]",
                                     "the source 'src-two' is cited here but not in the page's sources list"),
    "duplicate page id": ("  - id: care\n", "  - id: treatment\n", "id: treatment\n    tab: supportive",
                          "the page id 'treatment' is already used (handbook.yaml:"),
    "bad tab": ("tab: supportive-care", "tab: chapter-9", "chapter-9", "'chapter-9' is not a tab"),
    "raw html in body": ("Care for comfort is for everyone.", "Care <img src='file:///etc/passwd'>.", "<img",
                         "raw HTML is not allowed"),
    "file link in body": ("[the publisher](https://example.org/treating)", "[x](file:///etc/passwd)", "file:///",
                          "the link 'file:///etc/passwd' is not allowed"),
    "non-https source": ("url: https://example.org/stages", "url: javascript:alert(1)", "javascript:",
                         "the address must start with https://"),
    "unknown source tier": ("tier: reference", "tier: blog", "tier: blog",
                            "sources[0].tier: 'blog' is not a source tier; use one of: guideline"),
    "missing source tier": ("    tier: guideline\n", "", "id: src-two", "sources[1].tier: this required key is missing"),
    "markdown in changes": ("changes: Added a table of drugs.", "changes: Added [a table](page:staging).",
                            "changes: Added [", "pages[1].changes: this line is shown as plain text"),
    "changes too long": ("changes: Added a question about scans.", "changes: " + "word " * 70, "changes: word",
                         "topics[0].changes: this text is longer than 300 characters"),
}


@pytest.mark.parametrize("case", sorted(SCHEMA_CASES))
def test_schema_problem_names_file_line_and_key(content: Path, case: str) -> None:
    old, new, locator, words = SCHEMA_CASES[case]
    _replace(content, old, new)
    errors = errors_for(content)
    matching = [e for e in errors if words in e]
    assert matching, errors
    if case == "duplicate page id":  # reported where the second page starts
        expected_line = _line_of(content, "tab: supportive-care") - 1
    else:
        expected_line = _line_of(content, locator)
    assert any(e.startswith(f"handbook.yaml:{expected_line}:") for e in matching), (expected_line, matching)


def test_every_problem_is_reported_not_just_the_first(content: Path) -> None:
    _replace(content, "title: Treatment", "title: yes")
    _replace(content, "(page:treatment)", "(page:gone)")
    (content / "other.yaml").write_bytes(b"tags: [\n")
    errors = errors_for(content)
    assert any("handbook.yaml" in e and "yes/no" in e for e in errors)
    assert any("handbook.yaml" in e and "'gone'" in e for e in errors)
    assert any(e.startswith("other.yaml:") for e in errors)


def test_missing_folder_and_empty_folder_are_explained(tmp_path: Path) -> None:
    assert "does not exist" in errors_for(tmp_path / "nope")[0]
    assert "holds no .yaml content files" in errors_for(tmp_path)[0]


def test_schema_file_for_authors_matches_the_loader() -> None:
    import json

    from liverbook.content.loader import FIELDS

    schema = json.loads((Path(__file__).parent.parent / "docs" / "content-schema.json").read_text())
    for section in ("pages", "sources", "terms", "topics", "tags"):
        entry = schema["properties"][section]["items"]
        required, optional = FIELDS[section]
        assert set(entry["required"]) == set(required), section
        assert set(entry["properties"]) == set(required + optional), section
    question = schema["properties"]["topics"]["items"]["properties"]["questions"]["items"]
    assert set(question["properties"]) == set(FIELDS["questions"][0] + FIELDS["questions"][1])
    tiers = schema["properties"]["sources"]["items"]["properties"]["tier"]["enum"]
    assert tiers == [tier for tier, _ in TIERS]


def test_what_changed_is_shown_under_the_review_date_escaped(content: Path) -> None:
    from liverbook.render import page_html, topic_html

    _replace(content, "changes: Added a table of drugs.", "changes: Drugs & <b>doses</b> updated.")
    book = load_handbook(content)
    shown = page_html(book, book.page("treatment"))
    reviewed = shown.index("Last reviewed: 20 November 2026.")
    changed = shown.index("What changed in this review: Drugs &amp; &lt;b&gt;doses&lt;/b&gt; updated.")
    assert reviewed < changed < shown.index("does not replace")
    assert "<b>doses" not in shown
    assert "What changed" not in page_html(book, book.page("staging"))  # no line, no label
    topic = topic_html(book, book.topics[0])
    assert topic.index("Last reviewed: 21 November 2026.") < topic.index("What changed in this review: Added a question")


def test_the_content_cache_keeps_tiers_and_changes(content: Path, tmp_path: Path) -> None:
    from liverbook.content import cache

    first = cache.load_cached(content, tmp_path / "cache")
    again = cache.load_cached(content, tmp_path / "cache")  # from the cache file
    assert again == first == load_handbook(content)
    assert again.sources["src-two"].tier == "guideline"
    assert again.page("treatment").changes == "Added a table of drugs."
    assert again.topics[0].changes == "Added a question about scans."
    assert f"format {cache.CACHE_FORMAT}" in cache.cache_key(content)
