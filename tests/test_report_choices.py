"""The visit report's choices (kept between runs) and the page estimate that warns before a huge report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from liverbook.store.model import Note
from liverbook.summary.estimate import PAGE_WARNING, estimate_pages, page_warning
from liverbook.summary.report_choices import PARTS, ReportChoices
from liverbook.summary.report_data import ReportData, resolve_period
from report_helpers import TODAY


def test_the_defaults_are_page_one_and_my_questions() -> None:
    choices = ReportChoices()
    assert choices.period == "last-visit" and choices.paper == "auto"
    assert choices.parts() == ("questions",)
    assert not (choices.extracts or choices.glossary or choices.sources)


def test_choices_survive_a_round_trip_and_bad_values_keep_their_default() -> None:
    chosen = ReportChoices(period="3m", notes=True, call_card=True, sources=True, paper="a4")
    assert ReportChoices.from_json(chosen.to_json()) == chosen
    saved = json.loads(chosen.to_json())
    saved.update(period="forever", notes="yes", paper=None, unknown=1)
    back = ReportChoices.from_json(json.dumps(saved))
    assert back == dataclasses.replace(chosen, period="last-visit", notes=False, paper="auto")
    for broken in ("", "not json", "[1, 2]", None, 42):
        assert ReportChoices.from_json(broken) == ReportChoices()


def test_a_bad_choice_is_refused_when_made() -> None:
    with pytest.raises(ValueError):
        ReportChoices(period="week")
    with pytest.raises(TypeError):
        ReportChoices(notes="all")  # type: ignore[arg-type]


def _notes(count: int, chars: int = 300) -> tuple[Note, ...]:
    now = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
    return tuple(Note(n, "word " * (chars // 5), None, now, now) for n in range(count))


def test_the_estimate_is_small_for_a_short_report_and_warns_before_hundreds_of_pages() -> None:
    data = ReportData(period=resolve_period("last-visit", [], TODAY))
    assert estimate_pages(data, ReportChoices()) == 2
    assert estimate_pages(data, ReportChoices(questions=False)) == 1
    assert estimate_pages(data, ReportChoices(call_card=True, questions=False)) == 2
    assert page_warning(estimate_pages(data, ReportChoices())) is None
    many = dataclasses.replace(data, notes=_notes(10_000))
    assert estimate_pages(many, ReportChoices()) < 5  # notes not chosen: they cost nothing
    pages = estimate_pages(many, ReportChoices(notes=True))
    assert pages >= PAGE_WARNING
    warning = page_warning(pages)
    assert warning is not None and f"{pages:,} pages" in warning


@pytest.mark.parametrize("part", PARTS)
def test_every_part_adds_to_the_estimate_only_when_chosen(part: str) -> None:
    data = ReportData(period=resolve_period("last-visit", [], TODAY), notes=_notes(200))
    none = ReportChoices(**{name: False for name in PARTS})
    assert estimate_pages(data, none) == 1
    assert estimate_pages(data, dataclasses.replace(none, **{part: True})) >= 1
