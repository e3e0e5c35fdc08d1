"""The visit report after the fourth new-user trial: what a doctor reads on page 1 says units as the
person typed them, one unit per row of numbers, and a month-only date as what it is. No Qt."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from liverbook.records.dates import LooseDate
from liverbook.records.model import LabResult, TreatmentLine
from liverbook.records.numbers import LabValue
from liverbook.summary.markup import lower_first
from liverbook.summary.report import build_report
from liverbook.summary.report_choices import ReportChoices
from liverbook.summary.report_data import ReportData
from report_helpers import TODAY, gather, make_example_folder
from test_report import page_one, text_of


@pytest.fixture(scope="module")
def data(handbook, tmp_path_factory: pytest.TempPathFactory) -> ReportData:  # type: ignore[no-untyped-def]
    return gather(handbook, make_example_folder(handbook, tmp_path_factory.mktemp("trial") / "example"))


def first_page(handbook, data: ReportData) -> str:  # type: ignore[no-untyped-def]
    return text_of(page_one(build_report(handbook, data, ReportChoices(), today=TODAY, version="9").html))


def test_an_answer_inside_a_sentence_keeps_its_units_capitals() -> None:
    assert lower_first("Yes") == "yes" and lower_first("Sí") == "sí" and lower_first("Moderate") == "moderate"
    assert lower_first("38.5 °C") == "38.5 °C" and lower_first("MRI") == "MRI" and lower_first("") == ""


def test_a_temperature_warning_says_degrees_celsius(handbook, data: ReportData) -> None:  # type: ignore[no-untyped-def]
    flag = dataclasses.replace(data.flagged[0], answers=(("Temperature", "38.5 °C"), ("Confused", "Yes")))
    text = first_page(handbook, dataclasses.replace(data, flagged=(flag,)))
    assert "Temperature: 38.5 °C; Confused: yes." in text
    assert "°c" not in text


def test_a_result_before_in_another_unit_is_shown_in_the_latest_unit_with_the_working(
    handbook, data: ReportData
) -> None:  # type: ignore[no-untyped-def]
    labs = tuple(r for r in data.labs if r.test_id != "bilirubin")
    labs += (
        LabResult(901, TODAY - dt.timedelta(days=10), LabValue(Decimal("30")), "µmol/L", "bilirubin"),
        LabResult(902, TODAY - dt.timedelta(days=1), LabValue(Decimal("2.1")), "mg/dL", "bilirubin"),
    )
    text = first_page(handbook, dataclasses.replace(data, labs=labs))
    row = text.split("Bilirubin", 1)[1][:60]
    assert row.startswith(" 2.1 mg/dL 29 Nov about 1.75 "), row  # Before in mg/dL, not "30 µmol/L"
    assert "Before, in the same unit: Bilirubin: 30 µmol/L ÷ 17.1 = about 1.75 mg/dL" in text


def test_a_treatment_started_in_a_month_only_is_said_so_not_nothing_started(
    handbook, data: ReportData
) -> None:  # type: ignore[no-untyped-def]
    line = TreatmentLine(90, "drug", name="Atezo + Bev", started=LooseDate(2026, 11))
    text = first_page(handbook, dataclasses.replace(data, lines=(*data.lines, line)))
    assert "Atezo + Bev started November 2026; the day is not recorded." in text
    assert "Since 20 Nov: nothing else started or stopped." in text
    assert "nothing started or stopped" not in text
    # A start known to the day inside the period is said as a start since the last visit.
    exact = dataclasses.replace(line, started=LooseDate(2026, 11, 24))
    text = first_page(handbook, dataclasses.replace(data, lines=(*data.lines, exact)))
    assert "Since 20 Nov: started Atezo + Bev (24 November 2026)." in text
    # One known to the month before the period is not a change.
    old = dataclasses.replace(line, started=LooseDate(2026, 10))
    assert "Since 20 Nov: nothing started or stopped." in first_page(
        handbook, dataclasses.replace(data, lines=(*data.lines, old))
    )
