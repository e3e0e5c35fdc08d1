"""The records as values: loose dates, the rules a record keeps, medicines linked to the handbook,
the call-now signs, and "My situation" suggested (never applied) from the treatment timeline."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from liverbook.records.dates import DateProblem, LooseDate, parse_day
from liverbook.records.medicines import cautions_for, find_drugs, match_drug, signs_for
from liverbook.records.model import (
    Contact,
    LabResult,
    LiverAnswers,
    Medicine,
    RecordProblem,
    TreatmentLine,
    Visit,
    VisitQuestion,
    check,
)
from liverbook.records.numbers import LabValue
from liverbook.records.situation import suggested_tags

TODAY = dt.date(2026, 6, 15)


@pytest.mark.parametrize(
    ("text", "shown", "first", "last"),
    [
        ("2026-03-14", "14 March 2026", dt.date(2026, 3, 14), dt.date(2026, 3, 14)),
        ("2026-02", "February 2026", dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
        ("2024-02", "February 2024", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),  # a leap year
        ("2025", "2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    ],
)
def test_loose_dates_keep_only_what_is_known(text: str, shown: str, first: dt.date, last: dt.date) -> None:
    date = LooseDate.parse(text)
    assert (date.iso, date.shown, date.first, date.last) == (text, shown, first, last)


@pytest.mark.parametrize("text", ["2026-13", "2026-02-30", "14/03/2026", "March", "1850", "2026-3-4", ""])
def test_impossible_or_ambiguous_dates_are_explained(text: str) -> None:
    with pytest.raises(DateProblem) as caught:
        LooseDate.parse(text)
    assert caught.value.message


def test_an_exact_day_is_asked_for_where_one_is_needed() -> None:
    assert parse_day("2026-05-03") == dt.date(2026, 5, 3)
    with pytest.raises(DateProblem, match="exact day"):
        parse_day("2026-05")


@pytest.mark.parametrize(
    ("record", "says"),
    [
        (Medicine(0, "  "), "Give the medicine a name"),
        (Medicine(0, "Sorafenib", origin="found"), "prescribed, bought"),
        (
            Medicine(0, "Sorafenib", started=LooseDate(2026, 5), stopped=LooseDate(2026, 4)),
            "before the start date",
        ),
        (Medicine(0, "x" * 201), "too long"),
        (TreatmentLine(0, "magic"), "what kind of treatment"),
        (TreatmentLine(0, "tace", stop_reason="finished"), "needs the date it stopped"),
        (TreatmentLine(0, "tace", stopped=LooseDate(2026), stop_reason="bored"), "why it stopped"),
        (Contact(0, ""), "Give the contact a name"),
        (Visit(0, TODAY, questions=(VisitQuestion(" "),)), "needs its words"),
        (LabResult(0, TODAY, LabValue(Decimal(1)), "mg/dL"), "Choose the test"),
        (
            LabResult(0, TODAY, LabValue(Decimal(1)), "mg/dL", test_id="bilirubin", name="mine"),
            "Choose the test",
        ),
        (LabResult(0, TODAY, LabValue(Decimal(-1)), "mg/dL", test_id="bilirubin"), "below zero"),
        (LiverAnswers(0, TODAY, ascites=4), "one of the three answers"),
    ],
)
def test_records_that_break_a_rule_are_refused_in_plain_words(record, says: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RecordProblem) as caught:
        check(record)
    assert says in caught.value.message


def test_good_records_pass() -> None:
    for record in (
        Medicine(
            0,
            "Sorafenib",
            drug_id="sorafenib",
            dose="400 mg",
            how_often="twice a day",
            started=LooseDate(2026, 3),
        ),
        TreatmentLine(
            0, "tace", started=LooseDate(2025, 9), stopped=LooseDate(2025, 9), stop_reason="finished"
        ),
        Contact(0, "Nurse Ana", urgent=True),
        Visit(0, TODAY, questions=(VisitQuestion("What is my stage?", 3, "Stage B", True),)),
        LabResult(0, TODAY, LabValue(Decimal("1.2")), "mg/dL", test_id="bilirubin"),
        LabResult(0, TODAY, LabValue(Decimal(5)), "U/L", name="My own test"),
        LiverAnswers(0, TODAY, ascites=2),
    ):
        check(record)


def test_current_means_not_stopped_by_today() -> None:
    assert Medicine(0, "A").current(TODAY)
    assert (
        Medicine(0, "A", stopped=LooseDate(2026, 6)).current(TODAY) is True
    )  # stopped "in June": maybe not yet
    assert not Medicine(0, "A", stopped=LooseDate(2026, 5)).current(TODAY)
    assert not TreatmentLine(0, "drugs", started=LooseDate(2026, 7)).current(TODAY)  # planned, not started


def test_a_drug_is_found_by_any_of_its_names(handbook) -> None:  # type: ignore[no-untyped-def]
    records = handbook.records
    assert match_drug(records, "nexavar").id == "sorafenib"  # type: ignore[union-attr]
    assert match_drug(records, " TYLENOL ").id == "acetaminophen"  # type: ignore[union-attr]
    assert match_drug(records, "Paracetamol").id == "acetaminophen"  # type: ignore[union-attr]
    assert match_drug(records, "vitamin D") is None
    found = find_drugs(records, "te")
    assert [name for _, name in found][:2] == [
        "Tecentriq",
        "Tenofovir disoproxil",
    ]  # names that start with it first
    assert ("Atezolizumab" in [d.name for d, _ in found]) is True  # then names that contain it


def test_the_list_shows_each_caution_once_with_its_medicines(handbook) -> None:  # type: ignore[no-untyped-def]
    medicines = [
        Medicine(1, "Advil", origin="bought"),
        Medicine(2, "Aleve", origin="bought"),
        Medicine(3, "Milk thistle", origin="herbal"),
        Medicine(4, "Entecavir", drug_id="entecavir"),
    ]
    shown = {s.item.id: s.medicines for s in cautions_for(handbook.records, medicines)}
    assert shown["nsaid"] == ("Advil", "Aleve")
    assert shown["bought-medicines"] == ("Advil", "Aleve")
    assert shown["herbs-and-supplements"] == ("Milk thistle",)
    assert shown["antiviral-never-stop"] == ("Entecavir",)
    assert shown["alcohol"] == ()  # shown once for the whole list
    assert cautions_for(handbook.records, []) == []


def test_call_now_signs_follow_what_is_taken_now(handbook) -> None:  # type: ignore[no-untyped-def]
    records = handbook.records
    medicines = [
        Medicine(1, "Lenvima"),  # typed by brand: still linked
        Medicine(2, "Sorafenib", drug_id="sorafenib", stopped=LooseDate(2026, 1, 10)),  # stopped: no signs
    ]
    lines = [TreatmentLine(1, "drugs", drug_ids=("atezolizumab", "bevacizumab"), started=LooseDate(2026, 4))]
    shown = signs_for(records, medicines, TODAY, lines)
    levels = [s.item.level for s in shown]  # type: ignore[union-attr]
    assert levels == sorted(levels, key=["emergency", "call", "today"].index)  # emergencies first
    by_id = {s.item.id: s.medicines for s in shown}
    assert by_id["kinase-inhibitor-call"] == ("Lenvima",)
    assert by_id["bevacizumab-emergency"] == ("Bevacizumab",)
    assert by_id["immunotherapy-emergency"] == ("Atezolizumab",)
    assert signs_for(records, [medicines[1]], TODAY) == []


def test_situation_is_suggested_from_the_timeline_never_applied(handbook) -> None:  # type: ignore[no-untyped-def]
    lines = [
        TreatmentLine(
            1, "tace", started=LooseDate(2025, 9), stopped=LooseDate(2025, 9), stop_reason="finished"
        ),
        TreatmentLine(
            2, "drugs", drug_ids=("atezolizumab", "bevacizumab"), started=LooseDate(2026, 2), in_trial=True
        ),
    ]
    chosen = frozenset({"stage-4", "targeted-therapy"})
    found = suggested_tags(handbook, lines, chosen, TODAY)
    assert [s.tag for s in found] == ["immunotherapy", "clinical-trial", "embolization"]  # current line first
    assert found[0].because == "Atezolizumab + Bevacizumab (current treatment)"
    assert found[2].because == "TACE (chemoembolization) (on your treatment timeline)"
    assert found[0].label == handbook.tags["immunotherapy"].label
    assert chosen == {"stage-4", "targeted-therapy"}  # nothing was changed
    assert suggested_tags(handbook, lines, chosen | {s.tag for s in found}, TODAY) == ()
