"""The Child-Pugh score: every limit of the cited table on both sides, in both units, and worked examples.

The definition is the MSD Manual's Child-Turcotte-Pugh table (MSD Manual Professional Version,
"Child-Turcotte-Pugh Scoring System", 2023, msd-child-pugh-table), the one the handbook's Child-Pugh
page shows, with the class totals of the Scottish Palliative Care Guidelines (A 5-6, B 7-9, C 10-15):

    bilirubin  < 2 mg/dL (34 µmol/L): 1   2-3 mg/dL (34-51 µmol/L): 2   > 3 mg/dL (51 µmol/L): 3
    albumin    > 3.5 g/dL (35 g/L): 1     2.8-3.5 g/dL (28-35 g/L): 2   < 2.8 g/dL (28 g/L): 3
    INR        < 1.7: 1                   1.7-2.3: 2                    > 2.3: 3

"2-3" includes both ends, as the table writes it: exactly 2 or 3 mg/dL gives 2 points.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from liverbook.records.child_pugh import child_pugh
from liverbook.records.numbers import LabValue, parse_value
from liverbook.records.scores import Answer, Measured


@pytest.fixture(scope="module")
def records(handbook):  # type: ignore[no-untyped-def]
    return handbook.records


def lab(text: str, unit: str, taken: dt.date | None = None, checked: bool = False) -> Measured:
    return Measured(parse_value(text), unit, taken, checked)


def score(records, bilirubin=("1", "mg/dL"), albumin=("4", "g/dL"), inr=("1.0", ""), ascites=1, he=1):  # type: ignore[no-untyped-def]
    return child_pugh(
        records,
        lab(*bilirubin) if bilirubin else None,
        lab(*albumin) if albumin else None,
        lab(*inr) if inr else None,
        Answer(ascites) if ascites else None,
        Answer(he) if he else None,
    )


def points(result, label_start: str) -> str:  # type: ignore[no-untyped-def]
    return next(step.gives for step in result.steps if step.label.startswith(label_start))


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        ("1.99", "mg/dL", "1 point"),
        ("2", "mg/dL", "2 points"),
        ("2.01", "mg/dL", "2 points"),
        ("3", "mg/dL", "2 points"),
        ("3.01", "mg/dL", "3 points"),
        ("33.9", "µmol/L", "1 point"),
        ("34", "µmol/L", "2 points"),
        ("51", "µmol/L", "2 points"),
        ("51.1", "µmol/L", "3 points"),
    ],
)
def test_bilirubin_limits_on_both_sides(records, value: str, unit: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert points(score(records, bilirubin=(value, unit)), "Bilirubin") == expected


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        ("3.51", "g/dL", "1 point"),
        ("3.5", "g/dL", "2 points"),
        ("2.8", "g/dL", "2 points"),
        ("2.79", "g/dL", "3 points"),
        ("35.1", "g/L", "1 point"),
        ("35", "g/L", "2 points"),
        ("28", "g/L", "2 points"),
        ("27.9", "g/L", "3 points"),
    ],
)
def test_albumin_limits_on_both_sides(records, value: str, unit: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert points(score(records, albumin=(value, unit)), "Albumin") == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1.69", "1 point"), ("1.7", "2 points"), ("2.3", "2 points"), ("2.31", "3 points")],
)
def test_inr_limits_on_both_sides(records, value: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert points(score(records, inr=(value, "")), "INR") == expected


@pytest.mark.parametrize(
    ("bilirubin", "albumin", "inr", "ascites", "he", "total", "band"),
    [
        # Every item at its best: 5 points, class A.
        (("1.0", "mg/dL"), ("4.0", "g/dL"), ("1.1", ""), 1, 1, 5, "A"),
        (("1.0", "mg/dL"), ("3.5", "g/dL"), ("1.1", ""), 1, 1, 6, "A"),  # the top of class A
        (("2.0", "mg/dL"), ("3.5", "g/dL"), ("1.1", ""), 1, 1, 7, "B"),  # the bottom of class B
        # A typical class B: bilirubin 2.5 (2), albumin 3.0 (2), INR 1.5 (1), mild ascites (2), no confusion (1).
        (("2.5", "mg/dL"), ("3.0", "g/dL"), ("1.5", ""), 2, 1, 8, "B"),
        (("43", "µmol/L"), ("30", "g/L"), ("1.8", ""), 2, 1, 9, "B"),  # the top of class B, in SI units
        (("43", "µmol/L"), ("30", "g/L"), ("1.8", ""), 2, 2, 10, "C"),  # the bottom of class C
        # Every item at its worst: 15 points, class C.
        (("4.0", "mg/dL"), ("2.5", "g/dL"), ("2.5", ""), 3, 3, 15, "C"),
    ],
)
def test_worked_examples_from_the_table(records, bilirubin, albumin, inr, ascites, he, total, band) -> None:  # type: ignore[no-untyped-def]
    result = score(records, bilirubin, albumin, inr, ascites, he)
    assert result.complete
    assert result.score == total and result.shown == str(total) and result.band == band
    assert result.steps[-1].working.endswith(
        f"= {total} points: class {band} ({ {'A': '5 to 6', 'B': '7 to 9', 'C': '10 to 15'}[band] } points)."
    )
    assert result.meaning.startswith(f"Class {band} ")
    assert "ask them" in result.ask
    assert "msd-child-pugh-table" in result.sources and result.page == "child-pugh-score"


def test_the_working_names_each_value_its_band_and_its_points(records) -> None:  # type: ignore[no-untyped-def]
    result = child_pugh(
        records,
        lab("2.5", "mg/dL", dt.date(2026, 5, 3)),
        lab("3.6", "g/dL"),
        lab("2.31", ""),
        Answer(2, "your answer on 3 May 2026"),
        Answer(1),
    )
    lines = [f"{s.label} | {s.value} | {s.working} | {s.gives}" for s in result.steps]
    assert lines == [
        "Bilirubin (total) | 2.5 mg/dL (3 May 2026) | 2.5 mg/dL is from 2 mg/dL to 3 mg/dL, both included. | 2 points",
        "Albumin | 3.6 g/dL | 3.6 g/dL is above 3.5 g/dL. | 1 point",
        "INR (clotting test) | 2.31 | 2.31 is above 2.3. | 3 points",
        (
            "Fluid in the belly (ascites) | Mild, or kept under control with water pills | "
            "Answer: \u201cMild, or kept under control with water pills\u201d. Used: your answer on 3 May 2026. | 2 points"
        ),
        "Confusion from the liver (hepatic encephalopathy) | None | Answer: \u201cNone\u201d. | 1 point",
        "Total | 9 | 2 + 1 + 3 + 2 + 1 = 9 points: class B (7 to 9 points). | class B",
    ]


@pytest.mark.parametrize(
    ("value", "unit", "note"),
    [
        ("34", "µmol/L", "about 1.99 mg/dL, would give 1 point instead of 2 points"),
        ("51.2", "µmol/L", "about 2.99 mg/dL, would give 2 points instead of 3 points"),
        ("1.99", "mg/dL", "34.029 µmol/L, would give 2 points instead of 1 point"),
        ("3", "mg/dL", "51.3 µmol/L, would give 3 points instead of 2 points"),
        ("34.2", "µmol/L", None),
        ("33.9", "µmol/L", None),
        ("2.5", "mg/dL", None),
    ],
)
def test_where_the_tables_two_columns_disagree_the_working_says_so(
    records, value: str, unit: str, note: str | None
) -> None:  # type: ignore[no-untyped-def]
    result = score(records, bilirubin=(value, unit))
    found = [n for n in result.notes if "close to a limit" in n]
    if note is None:
        assert found == []
    else:
        assert len(found) == 1 and note in found[0] and "Ask your team which they use." in found[0]


def test_nothing_is_guessed_when_something_is_missing(records) -> None:  # type: ignore[no-untyped-def]
    result = score(records, albumin=None, ascites=None)
    assert not result.complete and result.score is None and result.band == "" and result.meaning == ""
    assert result.missing == (
        "Albumin: no result recorded yet.",
        "Fluid in the belly (ascites): not answered yet.",
    )
    assert result.steps[0].label == "Bilirubin (total)"  # what is known is still shown
    assert all(s.label != "Total" for s in result.steps)
    empty = child_pugh(records, None, None, None, None, None)
    assert len(empty.missing) == 5 and empty.steps == ()


@pytest.mark.parametrize(
    ("bilirubin", "albumin", "result"),
    [
        (("<1", "mg/dL"), ("4", "g/dL"), "1 point"),  # below 1 is below 2 whatever it is
        ((">3", "mg/dL"), ("4", "g/dL"), "3 points"),
        (("<3", "mg/dL"), ("4", "g/dL"), None),  # could be 1 or 2 points: not guessed
        (("1", "mg/dL"), (">3.5", "g/dL"), "1 point"),
        (("1", "mg/dL"), ("<2.8", "g/dL"), "3 points"),
    ],
)
def test_values_reported_as_below_or_above_a_number(records, bilirubin, albumin, result) -> None:  # type: ignore[no-untyped-def]
    found = score(records, bilirubin=bilirubin, albumin=albumin)
    if result is None:
        assert not found.complete
        assert "does not show which side of the limits it is on" in found.missing[0]
    else:
        gives = [s.gives for s in found.steps[:2]]
        assert result in gives and found.complete


def test_a_likely_typing_slip_is_not_scored_until_checked(records) -> None:  # type: ignore[no-untyped-def]
    slipped = score(records, albumin=("35", "g/dL"))
    assert not slipped.complete and "Did the letter say g/L?" in slipped.missing[0]
    checked = child_pugh(
        records, lab("1", "mg/dL"), lab("35", "g/dL", checked=True), lab("1", ""), Answer(1), Answer(1)
    )
    assert checked.complete and checked.score == 5  # the person confirmed it: their record, their call


def test_unknown_units_and_negative_values_are_explained(records) -> None:  # type: ignore[no-untyped-def]
    assert "not one the handbook knows" in score(records, bilirubin=("1", "mmol/L")).missing[0]
    negative = child_pugh(
        records,
        Measured(LabValue(Decimal(-1)), "mg/dL"),
        lab("4", "g/dL"),
        lab("1", ""),
        Answer(1),
        Answer(1),
    )
    assert "below zero" in negative.missing[0]


def test_results_from_different_days_are_pointed_out(records) -> None:  # type: ignore[no-untyped-def]
    result = child_pugh(
        records,
        lab("1", "mg/dL", dt.date(2026, 1, 5)),
        lab("4", "g/dL", dt.date(2026, 6, 1)),
        lab("1", "", dt.date(2026, 1, 5)),
        Answer(1),
        Answer(1),
    )
    assert any("different days" in n and "5 January 2026" in n and "1 June 2026" in n for n in result.notes)
    same = score(records)
    assert not any("different days" in n for n in same.notes)


def test_an_answer_outside_the_three_choices_is_refused() -> None:
    with pytest.raises(ValueError):
        Answer(4)


def test_the_content_table_matches_the_handbook_page(handbook) -> None:  # type: ignore[no-untyped-def]
    """The limits used for the arithmetic are the ones the Child-Pugh page shows its readers."""
    body = handbook.page("child-pugh-score").body
    assert "| Albumin (g/dL) | more than 3.5 | 2.8 to 3.5 | less than 2.8" in body
    assert "| Bilirubin (mg/dL) | less than 2 | 2 to 3 | more than 3" in body
    assert "| INR | less than 1.7 | 1.7 to 2.3 | more than 2.3" in body
    for klass, totals in (("A", "5 to 6"), ("B", "7 to 9"), ("C", "10 to 15")):
        assert f"| {klass} | {totals} |" in body
    definition = handbook.records.child_pugh
    shown = {(lim.test, lim.unit): (str(lim.low), str(lim.high)) for lim in definition.limits}
    assert shown[("albumin", "g/dL")] == ("2.8", "3.5")
    assert shown[("bilirubin", "mg/dL")] == ("2", "3")
    assert shown[("inr", "")] == ("1.7", "2.3")
