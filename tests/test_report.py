"""The visit report built from the example person (no Qt): what page 1 says, which parts follow,
and that every piece of the person's text is escaped and isolated."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from liverbook.records.dates import LooseDate
from liverbook.records.model import Medicine
from liverbook.store.model import Situation
from liverbook.summary.report import build_report, report_header
from liverbook.summary.report_charts import caption
from liverbook.summary.report_choices import PARTS, ReportChoices
from liverbook.summary.report_data import Period, ReportData, resolve_period
from report_helpers import HOSTILE, TODAY, gather, make_example_folder, report_of

ALL_PARTS = ReportChoices(**{name: True for name in PARTS})


@pytest.fixture(scope="module")
def example(handbook, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    return make_example_folder(handbook, tmp_path_factory.mktemp("report") / "example")


@pytest.fixture(scope="module")
def data(handbook, example: Path) -> ReportData:  # type: ignore[no-untyped-def]
    return gather(handbook, example)


def text_of(html: str) -> str:
    """The HTML's words, as a reader sees them (tags out, entities and isolates as characters)."""
    import html as h

    inline = re.sub(r"</?(b|i|span|sup)\b[^>]*>", "", html)
    return " ".join(
        h.unescape(re.sub(r"<[^>]+>", " ", inline)).replace("\u2068", "").replace("\u2069", "").split()
    )


def page_one(html: str) -> str:
    return html.split('class="part"')[0]


# -- the period -----------------------------------------------------------------------------------------


def test_the_default_period_starts_at_the_last_visit(data: ReportData) -> None:
    assert data.period.start == dt.date(2026, 11, 20) and data.period.end == TODAY
    assert data.period.since is not None and data.period.since.what_for.startswith("Blood tests")
    # Ten days is no trend: the charts and warning signs show at least the last four weeks.
    assert data.period.window_start == TODAY - dt.timedelta(days=27)


def test_without_a_visit_the_period_is_the_last_four_weeks() -> None:
    period = resolve_period("last-visit", [], TODAY)
    assert (period.start, period.since, period.days) == (TODAY - dt.timedelta(days=27), None, 28)
    assert resolve_period("3m", [], TODAY).days == 91
    assert resolve_period("all", [], TODAY, dt.date(2024, 1, 1)).start == dt.date(2024, 1, 1)


# -- page 1 ---------------------------------------------------------------------------------------------


def test_page_one_says_who_when_the_situation_and_the_treatment(handbook, data: ReportData) -> None:  # type: ignore[no-untyped-def]
    report = build_report(handbook, data, ReportChoices(), today=TODAY, version="9.9")
    first = text_of(page_one(report.html))
    assert report.title == "Visit report: Example person (made up)"
    assert "Since my last visit on 20 November 2026 (with Sam Patel, RN)" in first
    assert "Stage 4; Advanced; Child-Pugh B; Hepatitis C; Immunotherapy" in first
    assert "Atezolizumab + Bevacizumab since 2 August 2026" in first
    assert "Before: TACE, two sessions (January 2026 – May 2026; it stopped working)" in first
    assert "Next visit 7 Dec 2026, 09:15, Dr. Ana Rivera: Scan results and next steps" in first
    assert (
        report.header
        == "Liver Cancer Handbook · \u2068Example person (made up)\u2069 · 30 November 2026 · EXAMPLE"
    )


def test_page_one_charts_the_items_that_matter_and_afp_with_the_treatment_dates(
    handbook, data: ReportData
) -> None:  # type: ignore[no-untyped-def]
    report = build_report(handbook, data, ReportChoices(), today=TODAY, version="9.9")
    names = [n for n in re.findall(r'<a name="([^"]+)"', page_one(report.html))]
    assert names == [
        "chart:pain",
        "chart:tiredness",
        "chart:appetite",
        "chart:weight",
        "chart:belly-swelling",
        "chart:lab-afp",
    ]
    assert set(names) <= set(report.drawings)
    pain = report.drawings["chart:pain"]
    assert (pain.start, pain.end) == (dt.date(2026, 11, 3), TODAY)
    assert [m.first for m in pain.markers] == [dt.date(2026, 11, 20)]  # the last visit
    afp = report.drawings["chart:lab-afp"]
    assert dt.date(2026, 8, 2) in [m.first for m in afp.markers]  # the immunotherapy started
    assert max(v for _, v in afp.points) == 880.0
    first = text_of(page_one(report.html))
    assert (
        "Lines: dotted, last visit 20 Nov; solid, started Atezolizumab + Bevacizumab 2 August 2026." in first
    )
    assert [m.dotted for m in pain.markers] == [
        True
    ]  # the visit: told apart from a treatment in black and white
    assert [m.dotted for m in afp.markers if m.first == dt.date(2026, 8, 2)] == [False]
    assert "AFP, 6 months: 410 on 5 Jun, highest 880 on 7 Aug, 430 ng/mL on 20 Nov." in first
    # Items beyond the five that did not fit still say what happened, in words.
    assert "Also changed or high: Confused: Yes on 13 Nov." in first
    assert "Swollen legs or ankles: Both legs every time (27 days)." in first


def test_page_one_lists_the_warning_signs_with_the_advice_given_not_what_was_done(
    handbook, data: ReportData
) -> None:  # type: ignore[no-untyped-def]
    first = text_of(page_one(build_report(handbook, data, ReportChoices(), today=TODAY, version="9").html))
    assert "→ the app's advice then, not what was done." in first
    # What was written that day, in the person's own words, between the answers and the advice.
    assert (
        "12 Nov, 08:00: Mixing up day and night: yes. \u201cMixed up the days twice this morning. (example)\u201d"
        " → Call your care team today" in first
    )
    assert (
        "13 Nov, 20:40 (a carer answered): Confused: yes; Mixing up day and night: yes."
        " \u201cVery sleepy and confused after dinner. (example)\u201d → Get help now" in first
    )


def test_long_words_on_page_one_are_cut_at_a_word_and_say_so() -> None:
    from liverbook.summary.report import shortened

    assert shortened("  Called the\n nurse.  ") == "Called the nurse."
    long = "Called the 24-hour line at nine and the nurse said to take lactulose and come in " * 3
    cut = shortened(long)
    assert len(cut) <= 141 and cut.endswith("\u2026") and long.startswith(cut[:-1])
    assert not cut[:-1].endswith(" ")


def test_page_one_lists_the_medicines_taken_now_and_what_changed(handbook, data: ReportData) -> None:  # type: ignore[no-untyped-def]
    first = text_of(page_one(build_report(handbook, data, ReportChoices(), today=TODAY, version="9").html))
    assert "Tecentriq (atezolizumab), drip at the clinic, every 3 weeks; since 2 Aug 2026" in first
    assert "Lactulose, as the nurse showed me, twice a day; since 14 Nov 2026" in first
    assert "Milk thistle, 1 capsule, once a day" in first
    assert "Sofosbuvir" not in first  # stopped in 2024
    assert "Since 20 Nov: nothing started or stopped." in first
    # A medicine started (and one stopped) since the last visit is said so.
    started = Medicine(90, "Furosemide", started=LooseDate(2026, 11, 25))
    stopped = dataclasses.replace(data.medicines[5], stopped=LooseDate(2026, 11, 22))
    meds = (*data.medicines[:5], stopped, started)
    changed = text_of(
        page_one(
            build_report(
                handbook, dataclasses.replace(data, medicines=meds), ReportChoices(), today=TODAY, version="9"
            ).html
        )
    )
    assert (
        "Since 20 Nov: started Furosemide (25 November 2026); stopped Milk thistle (22 November 2026)."
        in changed
    )


def test_page_one_gives_the_latest_numbers_with_the_scores_and_their_working(
    handbook, data: ReportData
) -> None:  # type: ignore[no-untyped-def]
    first = text_of(page_one(build_report(handbook, data, ReportChoices(), today=TODAY, version="9").html))
    assert "Bilirubin 2.1 mg/dL 20 Nov 2.0" in first
    assert "AFP 430 ng/mL 20 Nov 470" in first
    assert (
        "Child-Pugh: 9 points, class B. Bilirubin 2.1 mg/dL: 2, Albumin 3.0 g/dL: 2, INR 1.4: 1, ascites: 2, "
        "hepatic encephalopathy: 2."
    ) in first
    assert "ALBI: about -1.52, grade 2. 0.66 × log10(35.91 µmol/L) − 0.085 × 30 g/L." in first


def test_page_one_asks_the_questions_for_this_visit_each_once(handbook, data: ReportData) -> None:  # type: ignore[no-untyped-def]
    html = page_one(build_report(handbook, data, ReportChoices(), today=TODAY, version="9").html)
    items = [text_of(li) for li in re.findall(r"<li>(.*?)</li>", html)]
    # The next visit's questions first; "Is the treatment working?" was also marked "ask again" at the
    # September visit: once. The question already answered is not among them.
    assert items == [
        "What type of liver cancer do I have?",
        "What is my Child-Pugh class, A, B or C?",
        "Is the treatment working?",
        "What treatment choices do I have?",
    ]


def test_a_person_with_no_records_gets_a_calm_page_one(handbook) -> None:  # type: ignore[no-untyped-def]
    empty = ReportData(period=resolve_period("last-visit", [], TODAY))
    report = build_report(handbook, empty, ReportChoices(), today=TODAY, version="9")
    first = text_of(page_one(report.html))
    assert report.title == "My visit report"
    for said in (
        "The last 4 weeks (no earlier visit is recorded)",
        "Not filled in.",
        "No diary answers in these days.",
        "None from 3 Nov 2026.",
        "No lab results recorded.",
        "No questions chosen yet.",
    ):
        assert said in first
    assert report.drawings == {}


# -- the parts after page 1 -----------------------------------------------------------------------------


PART_HEADINGS = {
    "questions": "All my questions",
    "notes": "My notes",
    "diary_table": "My diary, every entry",
    "medicines": "My medicines",
    "timeline": "My treatments",
    "call_card": "Call now card",
    "extracts": "Handbook pages marked for me",
    "glossary": "Words used in this report",
    "sources": "Sources",
}


def test_the_default_report_is_page_one_and_all_my_questions(handbook, data: ReportData) -> None:  # type: ignore[no-untyped-def]
    report = build_report(handbook, data, ReportChoices(), today=TODAY, version="9")
    assert report.parts == ("questions",)
    headings = [text_of(h) for h in re.findall(r'<h2 class="part"[^>]*>(.*?)</h2>', report.html)]
    assert headings == ["All my questions"]
    assert report.html.count('class="line"') == 4 * 3  # writing lines under each question not yet answered
    assert "Yes, every morning before breakfast, and write it in the diary. (example)" in text_of(report.html)


def test_every_part_can_be_chosen_and_prints_in_order(handbook, example: Path) -> None:  # type: ignore[no-untyped-def]
    report = report_of(handbook, example, ALL_PARTS)
    headings = [text_of(h) for h in re.findall(r'<h2 class="part"[^>]*>(.*?)</h2>', report.html)]
    assert [next(k for k, v in PART_HEADINGS.items() if h.startswith(v)) for h in headings] == list(PARTS)
    text = text_of(report.html)
    assert "Weigh every morning before breakfast, same scale. (example)" in text  # a note
    assert "30 Nov 2026 08:15" in text and "Pain 1" in text  # the diary table, one row per entry
    assert "Sofosbuvir/velpatasvir" in text  # the whole medicines list, past ones too
    assert "The scan showed new spots in the lungs. (example)" in text  # the timeline
    assert "card:call-now" in report.drawings
    assert report.source_ids and report.term_ids
    sources = re.search(r'<ol class="r-sources">(.*?)</ol>', report.html, re.DOTALL)
    assert sources is not None and sources.group(1).count("<li>") == len(report.source_ids)


@pytest.mark.parametrize("part", PARTS)
def test_each_part_is_there_only_when_chosen(handbook, example: Path, part: str) -> None:  # type: ignore[no-untyped-def]
    only = ReportChoices(**{name: name == part for name in PARTS})
    report = report_of(handbook, example, only)
    headings = [text_of(h) for h in re.findall(r'<h2 class="part"[^>]*>(.*?)</h2>', report.html)]
    assert len(headings) == 1 and headings[0].startswith(PART_HEADINGS[part])
    assert report.parts == (part,)


def test_the_call_now_card_has_the_number_to_call_and_the_signs_for_the_drugs_taken(
    handbook, data: ReportData
) -> None:  # type: ignore[no-untyped-def]
    from liverbook.summary.call_card import card_data

    card, sources = card_data(handbook, data, TODAY)
    front = [f.replace("\u2068", "").replace("\u2069", "") for f in card.front]
    assert front == [
        "For: Example person (made up)",
        "I have liver cancer.",
        "Treatment now: Atezolizumab + Bevacizumab",
        "Call: Sam Patel, RN, Oncology nurse navigator",
        "Day: 555-0150",
        "After hours: 555-0100 (24-hour line)",
    ]
    levels = [s.level for s in card.sections]
    assert levels == sorted(levels, key=["emergency", "call", "today"].index)  # emergencies first
    assert {"bevacizumab-emergency", "immunotherapy-emergency", "confusion-emergency"} <= {
        sid for sid, s in handbook.records.signs.items() if any(s.text == c.text for c in card.sections)
    }
    assert sources
    nobody = dataclasses.replace(data, contacts=(), medicines=(), lines=())
    bare, _ = card_data(handbook, nobody, TODAY)
    assert bare.sections == () and bare.front[-1].startswith("My care team")


# -- the person's words, safe -----------------------------------------------------------------------------


def test_every_piece_of_the_persons_text_is_escaped_and_isolated(handbook, data: ReportData) -> None:  # type: ignore[no-untyped-def]
    from liverbook.records.model import Contact, Visit
    from liverbook.store.model import MyQuestion, Note

    now = dt.datetime(2026, 11, 29, 12, tzinfo=dt.timezone.utc)
    med = dataclasses.replace(data.medicines[0], name=HOSTILE, dose=HOSTILE, how_often=HOSTILE)
    hostile = dataclasses.replace(
        data,
        situation=Situation(data.situation.tags, "patient", HOSTILE),
        medicines=(med,),
        contacts=(Contact(1, HOSTILE, HOSTILE, HOSTILE, urgent=True),),
        visits=(
            Visit(1, dt.date(2026, 11, 20), contact_id=1, what_for=HOSTILE),
            Visit(2, dt.date(2026, 12, 7), with_whom=HOSTILE, what_for=HOSTILE),
        ),
        questions=(MyQuestion(1, None, HOSTILE, 0, HOSTILE, TODAY, False),),
        notes=(Note(1, HOSTILE, None, now, now),),
    )
    report = build_report(handbook, hostile, ALL_PARTS, today=TODAY, version="9")
    assert '<img src="file' not in report.html and "<b>not bold" not in report.html
    escaped = (
        "&lt;b&gt;not bold&lt;/b&gt; &lt;img src=&quot;file:///etc/passwd&quot;&gt; &amp; &quot;quotes&quot;"
    )
    assert report.html.count(escaped) >= 8
    inline = report.html.count(f"\u2068{escaped}\u2069")
    assert inline >= 6  # the name, the medicine's name and dose, the contact, the visit, the question
    assert report.title.endswith(HOSTILE)  # plain text, at the end of its line
    assert "\u2068" + HOSTILE + "\u2069" in report_header(hostile, TODAY)


# -- small pieces -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "short"),
    [
        ("Pain", "Pain"),
        ("Tiredness or lack of energy", "Tiredness or lack of energy"),
        ("Black, tarry stools, or vomiting blood or something like coffee grounds", "Black, tarry stools"),
        ("Confused, not acting like themselves, or very sleepy and hard to wake", "Confused"),
        ("Mixing up day and night, more forgetful than usual, or shaky hands", "Mixing up day and night"),
        ("Yellow skin or yellow whites of the eyes", "Yellow skin"),
        ("Feeling sick to your stomach (nausea)", "Feeling sick to your stomach"),
    ],
)
def test_chart_captions_are_the_first_part_of_a_long_label(label: str, short: str) -> None:
    assert caption(label) == short


def test_a_period_knows_its_days_and_window() -> None:
    period = Period("4w", dt.date(2026, 11, 3), TODAY)
    assert period.days == 28 and period.window_start == period.start
