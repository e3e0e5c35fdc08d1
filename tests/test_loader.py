"""The content loader: good content loads into typed objects; each kind of bad file is named precisely."""

from __future__ import annotations

import dataclasses
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
    assert page.reviewed == dt.date(2026, 12, 1)
    assert page.sources == ("src-two",)
    assert page.applies_to == ("stage-4",)
    assert book.sources["src-two"].published == "27 July 2021"
    assert (book.sources["src-one"].tier, book.sources["src-two"].tier) == ("reference", "guideline")
    assert page.changes == "Added a table of drugs."
    assert book.page("staging").changes == "Added what the survival figures mean."
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
    "duplicate key": (
        b"sources:\n  - id: a\n    id: b\n",
        3,
        "the key 'id' appears twice in one mapping (first at line 2)",
    ),
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
    "python tag": (
        b"pages:\n  - !!python/object/apply:os.system ['echo hi']\n",
        2,
        "the tag '!!python/object/apply:os.system' is not allowed",
    ),
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
    "unknown key": (
        "    summary: Ways to treat liver cancer.",
        "    summery: Ways to treat liver cancer.",
        "summery",
        "pages[1].summery: unknown key",
    ),
    "missing field": (
        "    title: Treatment\n",
        "",
        "id: treatment",
        "pages[1].title: this required key is missing",
    ),
    "wrong type (yes/no)": (
        "    title: Treatment",
        "    title: no",
        "title: no",
        "pages[1].title: expected text, but YAML reads this as a yes/no value; put it in quotes",
    ),
    "wrong type (list)": (
        "    summary: Comfort and support.",
        "    summary: [a, b]",
        "summary: [a, b]",
        "pages[2].summary: expected text",
    ),
    "order not a number": (
        "    order: 10\n    title: Care",
        "    order: ten\n    title: Care",
        "order: ten",
        "pages[2].order: expected a whole number",
    ),
    "bad date": (
        "reviewed: 2026-12-01",
        "reviewed: 2026-13-45",
        "2026-13-45",
        "pages[1].reviewed: '2026-13-45' is not a valid date",
    ),
    "dangling page link": (
        "(page:treatment)",
        "(page:no-such-page)",
        "no-such-page",
        "pages[0].body: there is no page with the id 'no-such-page'",
    ),
    "dangling term": (
        "(term:ascites)",
        "(term:no-such-term)",
        "no-such-term",
        "there is no glossary term with the id 'no-such-term'",
    ),
    "dangling source": (
        "sources: [src-two]",
        "sources: [src-nine]",
        "src-nine",
        "pages[1].sources: there is no source with the id 'src-nine'",
    ),
    "dangling tag": (
        "applies_to: [stage-4]",
        "applies_to: [stage-9]",
        "stage-9",
        "there is no situation tag with the id 'stage-9'",
    ),
    "citation not in page sources": (
        "where it is[^src-one]",
        "where it is[^src-two]",
        "[^src-two]",
        "the source 'src-two' is cited here but not in the page's sources list",
    ),
    "duplicate page id": (
        "  - id: care\n",
        "  - id: treatment\n",
        "id: treatment\n    tab: supportive",
        "the page id 'treatment' is already used (handbook.yaml:",
    ),
    "bad tab": ("tab: supportive-care", "tab: chapter-9", "chapter-9", "'chapter-9' is not a tab"),
    "raw html in body": (
        "Care for comfort is for everyone.",
        "Care <img src='file:///etc/passwd'>.",
        "<img",
        "raw HTML is not allowed",
    ),
    "file link in body": (
        "[the publisher](https://example.org/treating)",
        "[x](file:///etc/passwd)",
        "file:///",
        "the link 'file:///etc/passwd' is not allowed",
    ),
    "non-https source": (
        "url: https://example.org/stages",
        "url: javascript:alert(1)",
        "javascript:",
        "the address must start with https://",
    ),
    "unknown source tier": (
        "tier: reference",
        "tier: blog",
        "tier: blog",
        "sources[0].tier: 'blog' is not a source tier; use one of: guideline",
    ),
    "missing source tier": (
        "    tier: guideline\n",
        "",
        "id: src-two",
        "sources[1].tier: this required key is missing",
    ),
    "markdown in changes": (
        "changes: Added a table of drugs.",
        "changes: Added [a table](page:staging).",
        "changes: Added [",
        "pages[1].changes: this line is shown as plain text",
    ),
    "changes too long": (
        "changes: Added a question about scans.",
        "changes: " + "word " * 70,
        "changes: word",
        "topics[0].changes: this text is longer than 300 characters",
    ),
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
    unchanged = dataclasses.replace(book.page("care"), changes=None)  # a page made in code, say
    assert "What changed" not in page_html(book, unchanged)  # no line, no label
    shown = page_html(book, book.page("treatment"))
    reviewed = shown.index("Last reviewed: 1 December 2026.")
    changed = shown.index("What changed in this review:</b> Drugs &amp; &lt;b&gt;doses&lt;/b&gt; updated.")
    assert reviewed < changed < shown.index("does not replace")
    assert "<b>doses" not in shown
    topic = topic_html(book, book.topics[0])
    assert topic.index("Last reviewed: 2 December 2026.") < topic.index(
        "What changed in this review:</b> Added a question"
    )


def test_the_content_cache_keeps_tiers_and_changes(content: Path, tmp_path: Path) -> None:
    from liverbook.content import cache

    first = cache.load_cached(content, tmp_path / "cache")
    again = cache.load_cached(content, tmp_path / "cache")  # from the cache file
    assert again == first == load_handbook(content)
    assert again.sources["src-two"].tier == "guideline"
    assert again.page("treatment").changes == "Added a table of drugs."
    assert again.topics[0].changes == "Added a question about scans."
    assert f"format {cache.CACHE_FORMAT}" in cache.cache_key(content)


# The source policy (docs/content-review.md): (old text, new text, the text on the line the error names,
# the key and words the error gives). Each case breaks one rule in a copy of the good fixture.
POLICY_CASES = {
    "news cited by a page": (
        "tier: reference",
        "tier: news",
        "sources: [src-one, src-stats]",
        "pages[0].sources: 'src-one' is news (Example Publisher): trade news",
    ),
    "news cited by a glossary term": (
        "tier: reference",
        "tier: news",
        "sources: [src-one]\ntags:",
        "terms.ascites.sources: 'src-one' is news",
    ),
    "clinic alone behind a treatment fact": (
        "tier: guideline",
        "tier: clinic",
        "Sorafenib is a pill",
        (
            "pages[1].body: 'src-two' is clinic (American Society of Clinical Oncology); "
            "on a Treatments page each citation needs a guideline"
        ),
    ),
    "treatments page without a named authority": (
        'title: "Treating Liver Cancer: ASCO Guideline"\n    publisher: American Society of Clinical Oncology',
        "title: Treating Liver Cancer\n    publisher: Example Publisher",
        "sources: [src-two]",
        "pages[1].sources: a Treatments page cites at least one source from the authorities",
    ),
    "web archive address": (
        "url: https://example.org/stages",
        "url: https://web.archive.org/web/2019/https://example.org/stages",
        "web.archive.org",
        "sources[0].url: this is an archived or older copy",
    ),
    "university web archive address": (
        "url: https://example.org/stages",
        "url: https://webarchive.library.unt.edu/eot2008/20090509/http://example.org/stages",
        "webarchive.library",
        "sources[0].url: this is an archived or older copy",
    ),
    "title says archived": (
        "title: Liver Cancer Stages",
        "title: Liver Cancer Stages (archived copy)",
        "(archived copy)",
        "sources[0].title: this is an archived or older copy",
    ),
    "reviewed before the cycle": (
        "reviewed: 2026-12-01",
        "reviewed: 2026-11-20",
        "reviewed: 2026-11-20",
        "pages[1].reviewed: reviewed 2026-11-20 is before the current review cycle",
    ),
    "topic reviewed before the cycle": (
        "reviewed: 2026-12-02\n    changes: Added a question",
        "reviewed: 2026-10-02\n    changes: Added a question",
        "reviewed: 2026-10-02",
        "topics[0].reviewed: reviewed 2026-10-02 is before",
    ),
    "treatment source read over a year before": (
        "accessed: 2026-11-20",
        "accessed: 2025-11-30",
        "sources: [src-two]",
        "pages[1].sources: 'src-two' was last read on 2025-11-30, more than 365 days",
    ),
    "other source read over two years before": (
        "accessed: 2026-11-21\n  - id: src-two",
        "accessed: 2024-11-30\n  - id: src-two",
        "sources: [src-one, src-stats]",
        "pages[0].sources: 'src-one' was last read on 2024-11-30, more than 730 days",
    ),
    "statistics without a release year": (
        '    published: "April 2025"\n',
        "",
        "sources: [src-one, src-stats]",
        "pages[0].sources: 'src-stats' gives statistics: its entry must say in 'published'",
    ),
    "statistics too old": (
        'published: "April 2025"',
        'published: "April 2022"',
        "sources: [src-one, src-stats]",
        "pages[0].sources: 'src-stats' is statistics from 2022, more than 3 years",
    ),
    "survival figure from a reference page": (
        "alive 5 years later.[^src-stats]",
        "alive 5 years later.[^src-one]",
        "alive 5 years",
        "pages[0].body: a survival figure or cancer statistic needs a statistics or research source",
    ),
    "percentage without a citation": (
        "Sorafenib is a pill you take twice a day.[^src-two]",
        "About 20% of people get a rash.",
        "About 20%",
        "pages[1].body: a percentage needs a citation",
    ),
    "percentage from a clinic page": (
        "tier: guideline",
        "tier: clinic",
        "Sorafenib is a pill",
        "pages[1].body: a percentage needs a guideline, regulator, research, statistics or reference",
    ),
    "guideline without a version year": (
        '    published: "27 July 2021"\n',
        "",
        "sources: [src-two]",
        "pages[1].sources: 'src-two' is a guideline source: its entry must say in 'published'",
    ),
    "guideline too old for a treatment page": (
        'published: "27 July 2021"',
        'published: "2020"',
        "sources: [src-two]",
        "pages[1].sources: 'src-two' is a guideline source from 2020, more than 5 years",
    ),
    "page without what changed": (
        "    changes: Added help for carers.\n",
        "",
        "id: care\n",
        "pages[2].changes: this required key is missing",
    ),
    "topic without what changed": (
        "    changes: Added a question about scans.\n",
        "",
        "id: my-stage\n",
        "topics[0].changes: this required key is missing",
    ),
}


@pytest.mark.parametrize("case", sorted(POLICY_CASES))
def test_source_policy_breach_names_file_line_and_key(content: Path, case: str) -> None:
    old, new, locator, words = POLICY_CASES[case]
    if case == "percentage from a clinic page":
        _replace(
            content,
            "Sorafenib is a pill you take twice a day.[^src-two]",
            "About 20% of people get a rash.[^src-two]",
        )
        locator = "About 20%"
    _replace(content, old, new)
    errors = errors_for(content)
    matching = [e for e in errors if words in e]
    assert matching, errors
    text = (content / "handbook.yaml").read_text()
    expected_line = text[: text.index(locator)].count("\n") + 1  # a missing key: where its entry starts
    assert any(e.startswith(f"handbook.yaml:{expected_line}:") for e in matching), (expected_line, matching)


def test_archived_copies_are_told_from_archive_sections_of_live_sites() -> None:
    from liverbook.content.model import Source
    from liverbook.content.policy import is_archived

    def source(url: str, title: str = "Liver cancer", publisher: str = "NCI") -> Source:
        return Source("x", title, publisher, url, dt.date(2026, 12, 1), None, "reference")

    for url in (
        "https://web.archive.org/web/2017/https://www.cancer.gov/x",
        "http://archive.ph/abc12",
        "https://webarchive.nationalarchives.gov.uk/ukgwa/2019/https://www.nhs.uk/x",
        "https://webcache.googleusercontent.com/search?q=cache:x",
    ):
        assert is_archived(source(url)), url
    for url in (
        "https://www.gastroenterologyandhepatology.net/archives/september-2025/x",
        "https://www.cancer.gov/types/liver/patient/adult-liver-treatment-pdq",
    ):
        assert is_archived(source(url)) is None, url
    assert is_archived(source("https://example.org", publisher="National Cancer Institute (archived copy)"))
    assert is_archived(source("https://example.org", title="Liver cancer (older version)"))


def test_named_authorities_need_the_right_tier_and_publisher() -> None:
    from liverbook.content.model import Source
    from liverbook.content.policy import named_authorities

    def source(title: str, publisher: str, tier: str) -> Source:
        return Source("x", title, publisher, "https://example.org", dt.date(2026, 12, 1), "2025", tier)

    assert named_authorities(
        [
            source(
                "Adult Primary Liver Cancer Treatment (PDQ), Patient Version",
                "National Cancer Institute",
                "reference",
            )
        ]
    ) == ["NCI PDQ"]
    assert named_authorities(
        [
            source(
                "NCCN Guidelines for Patients: Liver Cancer",
                "National Comprehensive Cancer Network",
                "guideline",
            )
        ]
    ) == ["NCCN Guidelines for Patients"]
    assert named_authorities(
        [
            source(
                "Liver Cancer: Treatment Options",
                "Cancer.Net (American Society of Clinical Oncology)",
                "reference",
            )
        ]
    ) == ["ASCO or Cancer.Net"]
    assert named_authorities(
        [
            source(
                "BCLC strategy for prognosis prediction: the 2025 update",
                "Journal of Hepatology",
                "guideline",
            )
        ]
    ) == ["BCLC"]
    assert named_authorities(
        [source("Stivarga label", "U.S. Food and Drug Administration", "regulator")]
    ) == ["an FDA or EMA label"]
    # The right name in the wrong tier is not the authority: news about an FDA approval, a hospital page.
    assert (
        named_authorities(
            [
                source("FDA approves atezolizumab", "OncLive", "news"),
                source("Liver cancer", "Mayo Clinic", "clinic"),
            ]
        )
        == []
    )


def test_a_citation_covers_its_whole_wrapped_paragraph(content: Path) -> None:
    wrapped = "Of people whose cancer had not spread, 36.1% were\n      alive 5 years later.[^src-stats]"
    _replace(
        content, "Of people whose cancer had not spread, 36.1% were alive 5 years later.[^src-stats]", wrapped
    )
    load_handbook(content)  # the citation on the next line of the paragraph counts
    _replace(content, "alive 5 years later.[^src-stats]", "alive 5 years later.[^src-one]")
    errors = errors_for(content)
    line = _line_of(content, "36.1% were")  # named where the figure is
    assert any(e.startswith(f"handbook.yaml:{line}: pages[0].body: a survival figure") for e in errors), (
        errors
    )


def test_another_languages_folder_is_not_read_as_english(content: Path) -> None:
    """content/es/ mirrors the English files with the same ids: the English handbook must not see it twice."""
    english = load_handbook(content)
    spanish = content / "es"
    shutil.copytree(content, spanish, ignore=shutil.ignore_patterns("es"))
    assert load_handbook(content).pages == english.pages
