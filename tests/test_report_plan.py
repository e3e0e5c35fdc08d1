"""What "Prepare for a visit" draws and says, worked out without a screen: the plan of page 1's
picture, the page count, the labels and the messages after printing and saving."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from liverbook.store.model import Note
from liverbook.summary import report_form as words
from liverbook.summary.estimate import PAGE_WARNING
from liverbook.summary.report_choices import PAPER, PARTS, PERIODS, ReportChoices
from liverbook.summary.report_data import ReportData, resolve_period
from liverbook.summary.report_plan import gather_for, page_one_only, plan_preview
from report_helpers import TODAY, gather, make_example_folder


@pytest.fixture(scope="module")
def example(handbook, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    return make_example_folder(handbook, tmp_path_factory.mktemp("report-plan") / "example")


def test_a_short_report_is_drawn_whole_so_its_pages_can_be_counted(handbook, example: Path) -> None:  # type: ignore[no-untyped-def]
    plan = plan_preview(handbook, gather(handbook, example), ReportChoices(), today=TODAY)
    assert plan.whole and plan.estimate == 2 and plan.warning is None
    assert plan.report.parts == ("questions",) and "All my questions" in plan.report.html


def test_a_long_report_draws_page_one_alone_and_warns(handbook) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime(2026, 11, 1, 9, tzinfo=dt.timezone.utc)
    notes = tuple(Note(n, f"Note {n}: ask about the scan.", None, now, now) for n in range(1, 3001))
    data = ReportData(period=resolve_period("last-visit", [], TODAY), notes=notes)
    plan = plan_preview(handbook, data, ReportChoices(notes=True), today=TODAY)
    assert not plan.whole and plan.estimate >= PAGE_WARNING
    assert plan.report.parts == () and "Note 17" not in plan.report.html  # page 1 only: cheap to draw
    assert plan.warning is not None and f"{plan.estimate:,} pages" in plan.warning


def test_page_one_only_keeps_the_period_and_the_paper() -> None:
    chosen = ReportChoices(period="3m", paper="a4", **{name: True for name in PARTS})
    assert page_one_only(chosen) == ReportChoices(period="3m", paper="a4", questions=False)


def test_with_no_store_the_report_says_nothing_is_recorded(handbook) -> None:  # type: ignore[no-untyped-def]
    data = gather_for(None, handbook, ReportChoices(), TODAY)
    assert data.period.start == TODAY - dt.timedelta(days=27) and not data.medicines and not data.questions
    plan = plan_preview(handbook, data, ReportChoices(), today=TODAY)
    assert "No lab results recorded." in plan.report.html


def test_the_period_since_the_last_visit_says_which_visit() -> None:
    assert words.period_label("last-visit", dt.date(2026, 11, 20)) == "Since my last visit (20 November 2026)"
    assert words.period_label("last-visit") == "Since my last visit (none recorded yet: the last 4 weeks)"
    assert [words.period_label(kind) for kind in PERIODS[1:]] == [
        "The last 4 weeks",
        "The last 3 months",
        "The last 6 months",
        "The last year",
        "Everything I have recorded",
    ]


def test_every_choice_has_a_label_and_the_usual_paper_says_which() -> None:
    assert all(words.part_label(name) for name in PARTS)
    assert words.paper_label("auto", "a4") == "As usual on this computer (A4)"
    assert [words.paper_label(p) for p in PAPER] == ["As usual on this computer", "Letter (US)", "A4"]


def test_the_page_count_is_said_plainly() -> None:
    assert words.count_line(1, True, "letter") == "The report is 1 page, on Letter paper."
    assert words.count_line(2, True, "a4") == "The report is 2 pages, on A4 paper."
    assert words.count_line(1964, False, "a4") == "The report would be about 1,964 pages, on A4 paper."


def test_the_messages_after_saving_say_where_the_report_and_the_old_file_are(tmp_path: Path) -> None:
    target = tmp_path / "visit.pdf"
    assert words.saved_message(2, target) == f"Your visit report (2 pages) was saved to:\n{target}"
    trash = tmp_path / "Trash" / "files" / "visit.pdf"
    said = words.saved_message(1, target, words.replaced_note(trash))
    assert "(1 page)" in said and said.endswith(f"moved to the Trash, where you can get it back:\n{trash}")
    assert "as you asked" in words.replaced_note(None)
    failed = words.not_saved_message(target, words.reason_given("No space left on device"))
    assert str(target) in failed and "No space left on device" in failed and "try again" in failed
    assert "save the report as a PDF" in words.not_printed_message("the printer is off")
