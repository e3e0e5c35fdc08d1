"""The summary's content, built without a screen: what the user chose is in it, nothing else is."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from liverbook.content import markdown
from liverbook.store import MyQuestion, Note, Situation
from liverbook.summary import SummaryChoices, SummaryData, build_summary, suggested_pdf_name, user_text

NOW = dt.datetime(2026, 11, 20, 15, 30, tzinfo=dt.timezone.utc)
TODAY = dt.date(2026, 11, 21)
SITUATION = Situation(frozenset({"stage-4", "advanced", "child-pugh-a"}), "caregiver", "Ana María")


def note(note_id: int, text: str, page_id: str | None = None) -> Note:
    return Note(note_id, text, page_id, NOW, NOW)


def build(handbook, data: SummaryData, **choices):  # type: ignore[no-untyped-def]
    return build_summary(handbook, data, SummaryChoices(**choices), today=TODAY, version="9.9")


def visible_text(html: str) -> str:
    """Roughly what a reader sees: tags dropped, entities decoded."""
    import html as html_lib

    return html_lib.unescape(re.sub(r"<[^>]+>", " ", html))


@pytest.fixture
def data(handbook) -> SummaryData:  # type: ignore[no-untyped-def]
    marked = handbook.pages_for(SITUATION.tags | {"caregiver"})
    curated = handbook.questions()[0]
    return SummaryData(
        situation=SITUATION,
        notes=(note(1, "General thought about the scan"), note(2, "Ask about this page", marked[0].id)),
        questions=(
            MyQuestion(1, curated.id, None, 0, "", None, False),
            MyQuestion(
                2, None, "Can I still travel in May?", 1, "Yes, with a letter from the team.", TODAY, True
            ),
        ),
    )


def test_title_names_the_person_and_the_date(handbook, data) -> None:  # type: ignore[no-untyped-def]
    summary = build(handbook, data)
    assert summary.title == "Liver cancer summary for Ana María"
    assert "21 November 2026" in summary.header and "Ana María" in summary.header
    assert "does not replace" in visible_text(summary.html)
    nameless = build(handbook, SummaryData())
    assert nameless.title == "My liver cancer summary"


def test_chosen_sections_are_in_and_the_others_are_out(handbook, data) -> None:  # type: ignore[no-untyped-def]
    everything = visible_text(build(handbook, data).html)
    for words in (
        "My situation",
        "Stage 4 (IV)",
        "My questions",
        "Can I still travel in May?",
        "Yes, with a letter from the team.",
        "My notes",
        "General thought about the scan",
        "Sources",
    ):
        assert words in everything
    bare = visible_text(
        build(
            handbook,
            data,
            situation=False,
            pages="none",
            questions=False,
            notes="none",
            glossary=False,
            sources=False,
        ).html
    )
    for words in (
        "My situation",
        "Stage 4 (IV)",
        "Pages for me",
        "My questions",
        "My notes",
        "General thought",
        "Sources",
        "Words used",
    ):
        assert words not in bare
    assert "does not replace" in bare  # the notice is never left out


def test_pages_marked_for_you_as_summaries_or_in_full(handbook, data) -> None:  # type: ignore[no-untyped-def]
    marked = handbook.pages_for(SITUATION.tags | {"caregiver"})
    assert marked
    short = build(handbook, data, pages="summary")
    full = build(handbook, data, pages="full")
    assert short.page_ids == full.page_ids == tuple(p.id for p in marked)
    page = marked[0]
    assert page.title in visible_text(short.html) and page.summary in visible_text(short.html)
    last_line = markdown.plain_text(page.body).splitlines()[-1][:40]
    assert last_line in visible_text(full.html)
    assert last_line not in visible_text(short.html)
    unmarked = next(p for p in handbook.pages if p not in marked)
    assert unmarked.title not in visible_text(full.html)


def test_full_pages_cite_numbers_from_the_summarys_own_source_list(handbook, data) -> None:  # type: ignore[no-untyped-def]
    summary = build(handbook, data, pages="full")
    cited = {int(n) for n in re.findall(r"<sup>\[(\d+)\]</sup>", summary.html)}
    assert cited and max(cited) <= len(summary.source_ids)
    listed = re.search(r"<h2>Sources</h2><ol[^>]*>(.*)</ol>", summary.html, re.DOTALL)
    assert listed is not None and listed.group(1).count("<li>") == len(summary.source_ids)
    no_sources = build(handbook, data, pages="full", sources=False)
    assert "<sup>" not in no_sources.html and "Sources" not in visible_text(no_sources.html)


def test_links_become_plain_words(handbook, data) -> None:  # type: ignore[no-untyped-def]
    html = build(handbook, data, pages="full").html
    assert "<a " not in html and "href" not in html and "<img" not in html


def test_unanswered_questions_get_writing_lines(handbook, data) -> None:  # type: ignore[no-untyped-def]
    with_lines = build(handbook, data).html
    assert with_lines.count('class="line"') == 4  # one unanswered question, four lines
    assert 'class="line"' not in build(handbook, data, writing_lines=False).html
    curated = handbook.questions()[0]
    assert curated.text in visible_text(with_lines)


def test_notes_all_only_on_marked_pages_or_none(handbook, data) -> None:  # type: ignore[no-untyped-def]
    assert build(handbook, data, notes="all").note_ids == (2, 1)  # page notes first, general last
    assert build(handbook, data, notes="pages").note_ids == (2,)
    assert build(handbook, data, notes="none").note_ids == ()
    text = visible_text(build(handbook, data, notes="pages").html)
    assert "Ask about this page" in text and "General thought" not in text


def test_user_text_is_escaped_and_kept_exactly(handbook, data) -> None:  # type: ignore[no-untyped-def]
    hostile = '<b>bold</b> <img src="file:///etc/passwd"> <a href="javascript:alert(1)">x</a>\n  two  spaces'
    summary = build(handbook, SummaryData(situation=Situation(name="<i>Bo</i>"), notes=(note(5, hostile),)))
    assert "<b>bold</b>" not in summary.html and "<img" not in summary.html and "<a " not in summary.html
    assert "&lt;b&gt;bold&lt;/b&gt;" in summary.html
    assert "&lt;i&gt;Bo&lt;/i&gt;" in summary.html
    assert visible_text(user_text("a  b")).replace("\u00a0", " ") == "a  b"
    assert user_text("one\ntwo") == "one<br/>two"


def test_glossary_lists_the_words_used(handbook, data) -> None:  # type: ignore[no-untyped-def]
    summary = build(handbook, data, pages="full")
    assert len(summary.term_ids) >= 10
    text = visible_text(summary.html)
    for term_id in summary.term_ids:
        assert handbook.terms[term_id].term in text
    unused = [t for t in handbook.terms.values() if t.id not in summary.term_ids]
    assert unused  # not simply the whole glossary
    assert build(handbook, data, glossary=False).term_ids == ()


def test_empty_data_says_how_to_add_it(handbook) -> None:  # type: ignore[no-untyped-def]
    text = visible_text(build(handbook, SummaryData()).html)
    assert "No pages are marked for you yet" in text
    assert "No questions were chosen" in text
    assert "No notes yet" in text


def test_choices_round_trip_and_bad_saved_values_fall_back() -> None:
    chosen = SummaryChoices(pages="full", notes="pages", glossary=False, paper="letter")
    assert SummaryChoices.from_json(chosen.to_json()) == chosen
    assert SummaryChoices.from_json("not json") == SummaryChoices()
    assert SummaryChoices.from_json(None) == SummaryChoices()
    odd = SummaryChoices.from_json('{"pages": "everything", "notes": 3, "glossary": "yes", "paper": "a4"}')
    assert odd == SummaryChoices(paper="a4")
    with pytest.raises(ValueError):
        SummaryChoices(pages="most")


def test_suggested_file_name() -> None:
    assert suggested_pdf_name(TODAY) == "liver-handbook-summary-2026-11-21.pdf"
