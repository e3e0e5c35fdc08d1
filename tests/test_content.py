"""The handbook's real content: complete, sourced, current, readable, and free of the seeds' known errors.

Readability is measured with textstat 0.7.3 (pinned: it counts syllables offline with pyphen) on each
page's prose: paragraphs, list items and notes, with citations and link markup removed. Headings and
tables are left out: tables hold drug and term names and short cells, not sentences, and would
distort a sentence-based grade. See docs/content-review.md.
"""

from __future__ import annotations

import html
import re
import statistics

import pytest

from liverbook.content import TABS, markdown
from liverbook.content.markdown import _blocks  # the same block reader the app uses
from liverbook.content.model import TIER_IDS
from liverbook.content.policy import REVIEW_CYCLE_START, is_archived, named_authorities

MIN_PAGES = {"stages": 8, "treatments": 16, "supportive-care": 15, "questions": 2}


def prose(body: str) -> str:
    parts = []
    for block in _blocks(body, []):
        if block.kind in ("p", "ul", "ol", "note"):
            for text in block.lines:
                text = re.sub(r"\[\^[a-z0-9-]+\]", "", text)
                text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text).replace("**", "").replace("*", "")
                parts.append(text if text.rstrip().endswith((".", "?", "!", ":")) else text.rstrip() + ".")
    return "\n".join(parts)


def sentences(book, split: str = r"(?<=[.!?])\s+|\n") -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(where, text) for every sentence of pages, glossary and questions; ``split="\n"`` gives whole items."""
    out = []
    for page in book.pages:
        text = markdown.plain_text(page.body)
        for sentence in re.split(split, text):
            out.append((page.id, sentence))
    for term in book.terms.values():
        out.append((f"term {term.id}", term.definition))
    for question in book.questions():
        out.append((f"question {question.id}", f"{question.text} {question.why}"))
    return out


def test_every_tab_is_complete(handbook) -> None:  # type: ignore[no-untyped-def]
    for tab, _ in TABS:
        assert len(handbook.pages_in_tab(tab)) >= MIN_PAGES[tab], tab
    assert len(handbook.questions()) >= 40
    assert len(handbook.topics) >= 8
    assert len(handbook.terms) >= 60


def test_required_pages_exist(handbook) -> None:  # type: ignore[no-untyped-def]
    required = """what-is-staging tnm-stages treatment-groups child-pugh-score bclc-stages performance-status
    metastatic-liver-cancer survival-numbers treatment-by-situation treating-resectable treating-unresectable
    treating-advanced treating-recurrent treating-end-stage surgery liver-transplant ablation embolization
    radiation-therapy targeted-therapy immunotherapy chemotherapy drugs-for-advanced-hcc clinical-trials pain
    nutrition-and-appetite fatigue nausea itching ascites hepatic-encephalopathy jaundice when-to-call
    emotional-support help-for-caregivers palliative-and-hospice-care advance-care-planning
    complementary-therapies practical-matters using-these-questions getting-the-most-from-visits
    hepatitis-b-and-c protecting-your-liver vaccines how-liver-cancer-is-found tests-and-follow-up""".split()
    missing = [page_id for page_id in required if not handbook.has_page(page_id)]
    assert not missing


def test_every_page_has_sources_and_a_review_date_in_this_cycle(handbook) -> None:  # type: ignore[no-untyped-def]
    for page in handbook.pages:
        assert page.sources, page.id
        assert page.reviewed >= REVIEW_CYCLE_START, page.id
        for source_id in page.sources:
            source = handbook.sources[source_id]
            assert source.url.startswith(("https://", "http://")) and source.publisher and source.title


def test_every_number_in_a_page_carries_a_citation(handbook) -> None:  # type: ignore[no-untyped-def]
    """A percentage in a page's text must be followed by a citation in the same line."""
    for page in handbook.pages:
        for line in page.body.splitlines():
            if re.search(r"\d%|\d percent", line) and "[^" not in line:
                pytest.fail(f"{page.id}: a percentage without a citation: {line.strip()}")


def test_plain_language_grade(handbook) -> None:  # type: ignore[no-untyped-def]
    textstat = pytest.importorskip("textstat")
    grades = {}
    for page in handbook.pages:
        text = prose(page.body)
        if len(text.split()) >= 60:
            grades[page.id] = textstat.flesch_kincaid_grade(text)
    assert len(grades) >= 40
    # Measured on the 3 December 2026 content: highest 5.8 (surgery), median 4.15. The limits sit
    # just above, so a page that drifts towards harder reading fails here (issue 15 asks for 6 to 7).
    worst = max(grades, key=grades.__getitem__)
    assert grades[worst] <= 6.0, f"{worst} reads at grade {grades[worst]}"
    assert statistics.median(grades.values()) <= 4.5, statistics.median(grades.values())


# Words a reader will meet that must be explained in the glossary whenever a page uses them.
MEDICAL_WORDS = (
    "ascites",
    "cirrhosis",
    "bilirubin",
    "albumin",
    "jaundice",
    "ablation",
    "embolization",
    "metastasis",
    "lymph node",
    "hepatocellular carcinoma",
    "child-pugh",
    "bclc",
    "ecog",
    "portal vein",
    "immunotherapy",
    "chemotherapy",
    "targeted therapy",
    "palliative care",
    "hospice",
    "clinical trial",
    "varices",
)


def _glossary_words(handbook) -> set[str]:  # type: ignore[no-untyped-def]
    words = set()
    for term in handbook.terms.values():
        words.add(term.term.lower())
        words.update(a.lower() for a in term.also)
    return words


def test_medical_words_used_in_pages_are_in_the_glossary(handbook) -> None:  # type: ignore[no-untyped-def]
    known = " | ".join(sorted(_glossary_words(handbook)))
    text = " ".join(markdown.plain_text(p.body).lower() for p in handbook.pages)
    for word in MEDICAL_WORDS:
        if word in text:
            assert word in known, f"{word!r} is used in pages but not defined in the glossary"


def test_reading_pages_link_to_the_glossary(handbook) -> None:  # type: ignore[no-untyped-def]
    for tab in ("stages", "treatments", "supportive-care"):
        for page in handbook.pages_in_tab(tab):
            assert "](term:" in page.body, f"{page.id} links to no glossary term"


# The errors the content brief found in the seed documents: none may appear in the handbook.
def test_sorafenib_is_never_called_chemotherapy(handbook) -> None:  # type: ignore[no-untyped-def]
    for where, sentence in sentences(handbook):
        s = sentence.lower()
        if "sorafenib" in s and "chemotherapy" in s:
            assert re.search(r"\bnot\b|n't|\bunlike\b|\brather than\b", s), (where, sentence)
    chemo = markdown.plain_text(handbook.page("chemotherapy").body).lower()
    for drug in ("sorafenib", "lenvatinib", "regorafenib", "cabozantinib"):
        for sentence in re.split(r"(?<=[.!?])\s+|\n", chemo):
            if drug in sentence:
                assert re.search(r"\bnot\b|n't|targeted", sentence), sentence


def test_spread_cancer_is_never_offered_surgery_or_transplant(handbook) -> None:  # type: ignore[no-untyped-def]
    local = re.compile(r"transplant|resection|hepatectomy|ablation|tace\b|chemoembolization")
    spread = re.compile(r"stage 4|stage iv|has spread|spread outside|spread to (?:other|distant)|metastatic")
    negation = re.compile(
        r"\bnot\b|n't|\bno\b|\bcannot\b|\bonly\b|\brarely\b|\bunless\b|\bwithout\b|\bbefore\b|\bsymptom|\bpain\b"
    )
    for where, sentence in sentences(handbook):
        s = sentence.lower()
        if local.search(s) and spread.search(s):
            assert negation.search(s), (where, sentence)
    advanced = markdown.plain_text(handbook.page("treating-advanced").body).lower()
    assert re.search(r"transplant[^.]*\bnot\b|\bnot\b[^.]*transplant", advanced)


def test_seed_002_statistics_and_errors_do_not_appear(handbook) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(s for _, s in sentences(handbook)).lower()
    for phrase in (
        "pain controlled with medication",
        "brachytherapy",
        "reduced side effects",
        "fewer side effects than chemotherapy",
        "immune support",
        "enhance treatment outcomes",
        "enhancing treatment outcomes",
        "natural healing",
        "about 2 percent",
        "around 2 percent",
    ):
        assert phrase not in text, phrase
    for where, sentence in sentences(handbook, split="\n"):  # a whole paragraph or list item
        s = sentence.lower()
        if "checkmate 459" in s:
            assert "ongoing" not in s, (where, sentence)
        if "camrelizumab" in s:
            assert re.search(r"\bnot\b|n't", s), (where, sentence)
        if "bevacizumab" in s and "with chemotherapy" in s:
            pytest.fail(f"{where}: bevacizumab is given with atezolizumab, not chemotherapy: {sentence}")


def test_first_line_drugs_are_current_to_2026(handbook) -> None:  # type: ignore[no-untyped-def]
    table = markdown.plain_text(handbook.page("drugs-for-advanced-hcc").body).lower()
    for drug in (
        "atezolizumab",
        "bevacizumab",
        "durvalumab",
        "tremelimumab",
        "nivolumab",
        "ipilimumab",
        "sorafenib",
        "lenvatinib",
        "cabozantinib",
        "regorafenib",
        "ramucirumab",
        "pembrolizumab",
    ):
        assert drug in table, drug
    for brand in (
        "tecentriq",
        "avastin",
        "imfinzi",
        "imjudo",
        "opdivo",
        "yervoy",
        "nexavar",
        "lenvima",
        "cabometyx",
        "stivarga",
        "cyramza",
        "keytruda",
    ):
        assert brand in table, brand


def test_survival_page_explains_seer_groups_years_and_caveats(handbook) -> None:  # type: ignore[no-untyped-def]
    """The survival page explains SEER's groups and their years and limits. It shows a percentage
    only with a statistics or research source (the source policy); until SEER's own page can be
    read, it shows none rather than a second-hand copy."""
    page = handbook.page("survival-numbers")
    text = page.body
    assert "2015" in text and "2019" in text
    assert "regional" in text.lower() and "distant" in text.lower()
    assert "not stages 1 to 4" in text
    for line in text.splitlines():
        for cited in re.findall(r"\d%((?:\[\^[a-z0-9-]+\])+)", line):
            tiers = {handbook.sources[s].tier for s in re.findall(r"\[\^([a-z0-9-]+)\]", cited)}
            assert tiers & {"statistics", "research"}, line


def test_no_markup_leaks_into_what_the_reader_sees(handbook) -> None:  # type: ignore[no-untyped-def]
    from liverbook.render import page_html

    for page in handbook.pages:
        shown = re.sub(r"<[^>]+>", "", page_html(handbook, page))
        assert not re.search(r"\*|\[\^|\]\(", shown), page.id


def test_when_to_call_sorts_each_sign_by_urgency(handbook) -> None:  # type: ignore[no-untyped-def]
    """The triage page has the three urgency lists, names the local emergency number, and keeps the
    signs a reader on bevacizumab or immunotherapy must not miss, each on its own line."""
    body = handbook.page("when-to-call").body
    headings = [line for line in body.splitlines() if line.startswith("## ")]
    assert any("Go now" in h for h in headings)
    assert any("today" in h for h in headings)
    assert any("next visit" in h for h in headings)
    assert "local emergency number" in body
    items = [line.strip().lower() for line in body.splitlines() if line.strip().startswith("- ")]
    for sign in (
        "coughing up blood",
        "nosebleed",
        "blood in your urine",
        "weakness or numbness",
        "severe headache",
        "180/120",
        "thirst",
        "muscle",
        "heartbeat",
        "confusion",
    ):
        assert any(sign in item for item in items), sign
    assert "months after" in body and "after immunotherapy has" in body


def test_emergencies_name_the_local_emergency_number(handbook) -> None:  # type: ignore[no-untyped-def]
    """Readers outside the US are told what to call: every page that sends a reader to the emergency
    room also names 'your local emergency number'."""
    for page in handbook.pages_in_tab("supportive-care"):
        text = markdown.plain_text(page.body).lower()
        if "emergency room" in text:
            assert "local emergency number" in text, page.id


def test_help_lines_are_labelled_by_country(handbook) -> None:  # type: ignore[no-untyped-def]
    body = handbook.page("practical-matters").body
    assert "## Free help lines" in body  # Help > Help lines opens the page at this heading
    for country in ("United States", "United Kingdom", "Canada", "Australia", "Ireland"):
        assert f"### {country}" in body, country


def test_hepatitis_page_warns_never_to_stop_antivirals(handbook) -> None:  # type: ignore[no-untyped-def]
    page = handbook.page("hepatitis-b-and-c")
    text = markdown.plain_text(page.body).lower()
    assert "never stop" in text or "do not stop" in text
    assert "reactivation" in text and "can be cured" in text
    assert {"hepatitis-b", "hepatitis-c"} <= set(page.applies_to)


# The source policy of docs/content-review.md, on the real content (the loader refuses content that breaks
# it; these say what a reader gains from it).
def _cited(handbook) -> set[str]:  # type: ignore[no-untyped-def]
    cited = {s for page in handbook.pages for s in page.sources}
    cited |= {s for term in handbook.terms.values() for s in term.sources}
    return cited | {s for question in handbook.questions() for s in question.sources}


def test_every_source_has_a_tier_and_none_cited_is_news_or_an_archived_copy(handbook) -> None:  # type: ignore[no-untyped-def]
    for source in handbook.sources.values():
        assert source.tier in TIER_IDS, source.id
        assert is_archived(source) is None, source.id
    assert not [s for s in _cited(handbook) if handbook.sources[s].tier == "news"]


def test_every_treatments_page_cites_an_authority_patients_and_clinicians_trust(handbook) -> None:  # type: ignore[no-untyped-def]
    for page in handbook.pages_in_tab("treatments"):
        assert named_authorities([handbook.sources[s] for s in page.sources]), page.id
    drugs = [handbook.sources[s] for s in handbook.page("drugs-for-advanced-hcc").sources]
    assert "an FDA or EMA label" in named_authorities(drugs)  # drug safety from the label


def test_every_page_and_topic_shows_what_changed_in_this_review(handbook) -> None:  # type: ignore[no-untyped-def]
    from liverbook.render import page_html, topic_html

    for page in handbook.pages:
        assert page.changes and page.reviewed >= REVIEW_CYCLE_START, page.id
        assert f"What changed in this review:</b> {page.changes}" in html.unescape(page_html(handbook, page))
    for topic in handbook.topics:
        assert topic.changes and topic.reviewed >= REVIEW_CYCLE_START, topic.id
        assert "What changed in this review:" in topic_html(handbook, topic)
