"""Records over time: lab series in one unit, scores from the latest results, timeline marks, visits."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from liverbook.records.dates import LooseDate
from liverbook.records.labs import latest, scores_now, series
from liverbook.records.liver_answers import DiaryReminder, reminder_line, why_asked
from liverbook.records.model import LabResult, LiverAnswers, TreatmentLine, Visit, VisitQuestion
from liverbook.records.numbers import parse_value
from liverbook.records.timeline import marks, ordered
from liverbook.records.visits import ask_again, last_visit, next_visit

TODAY = dt.date(2026, 6, 15)


def result(
    rid: int, day: dt.date, text: str, unit: str, test: str | None = "bilirubin", name: str = ""
) -> LabResult:
    return LabResult(rid, day, parse_value(text), unit, test, name)


def test_a_series_is_drawn_in_one_unit_with_exact_conversions(handbook) -> None:  # type: ignore[no-untyped-def]
    results = [
        result(1, dt.date(2026, 1, 5), "1.2", "mg/dL"),
        result(2, dt.date(2026, 3, 5), "34", "µmol/L"),  # a letter from another hospital, in SI units
        result(3, dt.date(2026, 5, 5), "2.1", "mg/dL"),
        result(4, dt.date(2026, 2, 1), "4.0", "g/dL", test="albumin"),
    ]
    found = series(handbook.records, results, "bilirubin")
    assert len(found) == 1 and found[0].unit == "mg/dL"
    assert [p.on.month for p in found[0].points] == [1, 3, 5]
    assert found[0].points[0].number == Decimal("1.2")
    assert str(found[0].points[1].number).startswith("1.98830409")
    in_si = series(handbook.records, results, "bilirubin", "µmol/L")[0]
    assert in_si.points[0].number == Decimal("20.52")


def test_afp_in_iu_is_its_own_series_never_mixed_in(handbook) -> None:  # type: ignore[no-untyped-def]
    results = [
        result(1, dt.date(2026, 1, 5), "8", "ng/mL", "afp"),
        result(2, dt.date(2026, 2, 5), "6.5", "IU/mL", "afp"),
        result(3, dt.date(2026, 3, 5), "<2", "µg/L", "afp"),
    ]
    found = series(handbook.records, results, "afp", "ng/mL")
    assert [(s.unit, len(s.points)) for s in found] == [("ng/mL", 2), ("IU/mL", 1)]
    assert found[0].points[1].qualifier == "<"


def test_the_persons_own_tests_chart_in_their_own_units(handbook) -> None:  # type: ignore[no-untyped-def]
    results = [
        result(1, dt.date(2026, 1, 5), "30", "U/L", None, "ALT"),
        result(2, dt.date(2026, 2, 5), "45", "U/L", None, "alt "),  # same test, typed differently
    ]
    assert results[0].key == results[1].key == "own:alt"
    found = series(handbook.records, results, "own:alt")
    assert [(s.name, s.unit, len(s.points)) for s in found] == [("alt ", "U/L", 2)]


def test_scores_use_the_latest_results_and_the_answers_given(handbook) -> None:  # type: ignore[no-untyped-def]
    results = [
        result(1, dt.date(2026, 1, 5), "3.5", "mg/dL"),
        result(2, dt.date(2026, 5, 5), "1.2", "mg/dL"),
        result(3, dt.date(2026, 5, 5), "3.5", "g/dL", "albumin"),
        result(4, dt.date(2026, 5, 5), "1.1", "", "inr"),
    ]
    assert latest(results, "bilirubin").id == 2  # type: ignore[union-attr]
    assert latest(results, "bilirubin", dt.date(2026, 2, 1)).id == 1  # type: ignore[union-attr]
    cp, grade = scores_now(
        handbook.records, results, LiverAnswers(1, dt.date(2026, 5, 6), ascites=1, encephalopathy=1)
    )
    assert cp is not None and cp.shown == "6" and cp.band == "A"
    assert "your answer of 6 May 2026" in cp.steps[3].working
    assert grade is not None and grade.band == "2" and grade.shown == "about -2.11"
    unanswered, _ = scores_now(handbook.records, results, None)
    assert unanswered is not None and not unanswered.complete and len(unanswered.missing) == 2


def test_timeline_marks_fall_inside_the_chart_period(handbook) -> None:  # type: ignore[no-untyped-def]
    lines = [
        TreatmentLine(2, "drugs", drug_ids=("atezolizumab", "bevacizumab"), started=LooseDate(2026, 2, 10)),
        TreatmentLine(
            1, "tace", started=LooseDate(2025, 9), stopped=LooseDate(2025, 11), stop_reason="finished"
        ),
        TreatmentLine(3, "radiation"),
    ]
    assert [line.id for line in ordered(lines)] == [1, 2, 3]
    found = marks(handbook.records, lines, dt.date(2025, 10, 1), dt.date(2026, 6, 30))
    assert [(m.label, m.first.isoformat(), m.last.isoformat()) for m in found] == [
        ("Stopped TACE (chemoembolization)", "2025-11-01", "2025-11-30"),
        ("Started Atezolizumab + Bevacizumab", "2026-02-10", "2026-02-10"),
    ]


def test_the_next_visit_and_questions_to_ask_again() -> None:
    visits = [
        Visit(1, dt.date(2026, 5, 2), questions=(VisitQuestion("What is my stage?", ask_again=True),)),
        Visit(
            2,
            dt.date(2026, 6, 1),
            questions=(VisitQuestion("what is my  STAGE?", ask_again=True), VisitQuestion("Scan?")),
        ),
        Visit(3, dt.date(2026, 7, 9), at="14:30"),
        Visit(4, dt.date(2026, 7, 9), at="09:00"),
        Visit(5, TODAY),
    ]
    assert next_visit(visits, TODAY).id == 5  # type: ignore[union-attr]  # today counts
    assert next_visit(visits[:4], TODAY).id == 4  # type: ignore[union-attr]  # the morning one first
    assert last_visit(visits, TODAY).id == 2  # type: ignore[union-attr]
    again = ask_again(visits, TODAY)
    assert [(v.id, q.text) for v, q in again] == [
        (2, "what is my  STAGE?")
    ]  # each wording once, newest first
    assert next_visit([], TODAY) is None


def test_why_the_child_pugh_questions_are_asked_and_what_the_diary_said() -> None:
    assert "One cannot be worked out from the other" in why_asked()
    line = reminder_line(DiaryReminder("Swollen belly", "a little", dt.date(2026, 5, 3)))
    assert line == "Your diary of 3 May 2026 said: Swollen belly: a little."
    assert reminder_line(None) == ""
