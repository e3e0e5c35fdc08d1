"""What the "My records" screens say and how they read a form, without a screen: dates as people
write them, a form that cannot be saved yet, the lines of each list, the next visit, a lab chart."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from liverbook.records import forms, lab_charts, present
from liverbook.records.dates import LooseDate
from liverbook.records.model import Contact, LabResult, Medicine, TreatmentLine, Visit, VisitQuestion
from liverbook.records.numbers import LabValue
from liverbook.store.errors import StoreError

TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("2026-03-14", "14 March 2026"),
        ("14 March 2026", "14 March 2026"),
        ("March 14, 2026", "14 March 2026"),
        ("the 14th of March 2026", "14 March 2026"),
        ("March 2026", "March 2026"),
        ("mar 2026", "March 2026"),
        ("2026-03", "March 2026"),
        ("2026", "2026"),
    ],
)
def test_dates_are_read_as_people_write_them_and_never_get_an_invented_day(typed: str, shown: str) -> None:
    found = forms.parse_loose(typed)
    assert found is not None and found.shown == shown


@pytest.mark.parametrize(
    "typed", ["3/4/2026", "14 Smarch 2026", "31 February 2026", "March", "14 2026", "1899"]
)
def test_a_date_that_cannot_be_read_says_so_with_the_field_named(typed: str) -> None:
    with pytest.raises(forms.NotReady) as caught:
        forms.loose_date(typed, "Started")
    assert caught.value.user_message.startswith("Not saved yet: Started:")
    assert forms.read_as(typed) == ""


def test_an_empty_date_is_no_date() -> None:
    assert forms.loose_date("  ", "Started") is None and forms.read_as("") == ""


def test_a_form_that_is_not_ready_keeps_the_words_through_the_autosave_engine() -> None:
    with pytest.raises(StoreError) as caught:  # the engine keeps what was typed for a StoreError
        forms.ready(Medicine(0, "  ", dose="2 tablets"))
    assert caught.value.user_message == "Not saved yet: Give the medicine a name."
    with pytest.raises(forms.NotReady, match="before the start"):
        forms.ready(Medicine(0, "Sorafenib", started=LooseDate(2026, 5), stopped=LooseDate(2026, 3)))
    assert forms.ready(Medicine(0, "Sorafenib")).name == "Sorafenib"
    with pytest.raises(forms.NotReady, match="digits"):
        forms.lab_value("1.2.3")
    assert forms.lab_value("<2").text == "<2"


def test_a_typed_name_or_a_brand_finds_the_handbook_drug(handbook) -> None:  # type: ignore[no-untyped-def]
    records = handbook.records
    assert forms.drug_id_for(records, "nexavar") == "sorafenib"
    assert forms.drug_id_for(records, "Paracetamol") == "acetaminophen"
    assert forms.drug_id_for(records, "Grandma's tea") is None
    names = present.medicine_pick_names(records)
    assert "Nexavar (sorafenib)" in names and "Sorafenib" in names
    assert present.picked_name("Nexavar (sorafenib)") == "Nexavar"


def test_list_lines_say_what_a_person_would_say(handbook) -> None:  # type: ignore[no-untyped-def]
    records = handbook.records
    avastin = Medicine(1, "Avastin", "bevacizumab", dose="drip", how_often="every 3 weeks")
    assert present.medicine_line(records, avastin, TODAY) == "Avastin (bevacizumab): drip, every 3 weeks"
    old = Medicine(2, "Sorafenib", "sorafenib", started=LooseDate(2025, 1), stopped=LooseDate(2025, 6))
    assert present.medicine_line(records, old, TODAY) == "Sorafenib (stopped June 2025)"
    line = TreatmentLine(1, "drugs", drug_ids=("atezolizumab", "bevacizumab"), started=LooseDate(2026, 8, 5))
    assert (
        present.treatment_line(records, line, TODAY)
        == "Atezolizumab + Bevacizumab: since 5 August 2026 (now)"
    )
    tace = TreatmentLine(
        2, "tace", started=LooseDate(2026, 1), stopped=LooseDate(2026, 5), stop_reason="stopped-working"
    )
    assert (
        present.treatment_line(records, tace, TODAY)
        == "TACE (chemoembolization): January 2026 to May 2026 (it stopped working)"
    )
    nurse = Contact(3, "Sam Patel, RN", "Nurse", "555-0150", "555-0100", urgent=True)
    assert present.contact_line(nurse) == "Sam Patel, RN \u2014 Nurse (who to call for urgent problems)"
    assert present.urgent_words(nurse) == "Sam Patel, RN \u2014 Nurse. Day: 555-0150. After hours: 555-0100."
    assert "Nobody is chosen yet" in present.urgent_words(None)


def test_the_next_visit_says_when_with_whom_and_what_for() -> None:
    doctor = Contact(7, "Dr. Ana Rivera", "Oncologist")
    visit = Visit(1, dt.date(2026, 12, 10), "09:15", contact_id=7, what_for="Scan results")
    assert present.next_visit_words(visit, [doctor], TODAY) == (
        "Your next visit: Thursday 10 December 2026 at 09:15 (in 7 days), with Dr. Ana Rivera: Scan results."
    )
    assert "(tomorrow)" in present.next_visit_words(Visit(2, TODAY + dt.timedelta(days=1)), [], TODAY)
    assert present.next_visit_words(None, [], TODAY).startswith("No visit coming")
    past = Visit(
        3,
        dt.date(2026, 11, 1),
        questions=(
            VisitQuestion("Is it working?", understood="Yes, the scan is stable"),
            VisitQuestion("What about pain?", ask_again=True),
        ),
    )
    assert present.visit_line(past, [], TODAY) == "Sunday 1 November 2026 (something to ask again)"
    assert present.written_down(past) == "1 of 2 questions have what you understood; 1 to ask again."


def _lab(n: int, day: dt.date, value: str, unit: str, test: str = "bilirubin") -> LabResult:
    return LabResult(n, day, LabValue(Decimal(value)), unit, test)


def test_a_lab_chart_is_in_one_unit_with_the_treatment_dates_marked(handbook) -> None:  # type: ignore[no-untyped-def]
    results = [
        _lab(1, dt.date(2026, 6, 1), "1.2", "mg/dL"),
        _lab(2, dt.date(2026, 9, 1), "34.2", "µmol/L"),
        _lab(3, dt.date(2026, 11, 1), "2.1", "mg/dL"),
    ]
    line = TreatmentLine(1, "drugs", drug_ids=("atezolizumab",), started=LooseDate(2026, 8))
    data, _series = lab_charts.chart(handbook.records, results, "bilirubin", [line])  # type: ignore[misc]
    assert data.unit == "mg/dL" and [v for _, v in data.points] == [1.2, 2.0, 2.1]
    assert [(m.first, m.last, m.label) for m in data.markers] == [
        (dt.date(2026, 8, 1), dt.date(2026, 8, 31), "Started Atezolizumab")
    ]
    assert data.summary == (
        "Bilirubin (total): 3 results from 1 Jun 2026 to 1 Nov 2026. First 1.2, latest 2.1 mg/dL."
    )
    rows = lab_charts.table(handbook.records, results, "bilirubin", "mg/dL")
    assert [r.typed for r in rows] == ["2.1 mg/dL", "34.2 µmol/L", "1.2 mg/dL"]  # newest first, as typed
    assert (
        rows[1].converted == "2 mg/dL"
        and rows[1].working == "34.2 µmol/L ÷ 17.1 = 2 mg/dL (1 mg/dL = 17.1 µmol/L)"
    )
    assert rows[0].converted == ""


def test_a_single_result_gets_a_chart_of_four_weeks_and_the_axis_starts_at_zero(handbook) -> None:  # type: ignore[no-untyped-def]
    data, _ = lab_charts.chart(handbook.records, [_lab(1, TODAY, "880", "ng/mL", "afp")], "afp")  # type: ignore[misc]
    assert (data.end - data.start).days == lab_charts.MIN_SPAN_DAYS - 1
    assert data.y_min == 0 and data.y_max >= 880 and data.y_ticks[-1][1] == "1,000"
    assert data.summary == "AFP (alpha-fetoprotein): one result, 880 ng/mL on 3 Dec 2026."
    assert lab_charts.chart(handbook.records, [], "afp") is None


def test_own_tests_come_after_the_handbook_ones_with_the_name_as_written(handbook) -> None:  # type: ignore[no-untyped-def]
    mine = LabResult(9, TODAY, LabValue(Decimal(5)), "mg/L", name="CRP")
    names = lab_charts.own_names([mine])
    choices = lab_charts.test_choices(handbook.records, ["bilirubin", mine.key], names)
    assert [c.key for c in choices][:2] == ["bilirubin", "albumin"]
    assert choices[-1] == lab_charts.TestChoice("own:crp", "CRP", own=True)
    assert lab_charts.units_for(handbook.records, "own:crp", [mine]) == ["mg/L"]
    assert lab_charts.units_for(handbook.records, "albumin", []) == ["g/dL", "g/L"]


def test_since_reads_as_spanish_says_it_for_a_day_and_for_a_month(spanish) -> None:  # type: ignore[no-untyped-def]
    # Spanish says "desde el 5 de agosto" for a day but "desde julio" for a month: "desde el julio" is wrong.
    assert LooseDate(2026, 8, 5).since.startswith("desde el 5 ")
    month = LooseDate(2026, 7).since
    assert month.startswith("desde julio") and "el" not in month.split()
    assert LooseDate(2026).since == "desde 2026"


def test_since_in_english_for_a_day_a_month_and_a_year() -> None:
    assert LooseDate(2026, 8, 5).since == "since 5 August 2026"
    assert LooseDate(2026, 7).since == "since July 2026"
    assert LooseDate(2026).since == "since 2026"
