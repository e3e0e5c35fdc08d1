"""The ALBI score and grade, against the published formula and grade limits.

Johnson PJ et al., "Assessment of liver function in patients with hepatocellular carcinoma: a new
evidence-based approach - the ALBI grade", J Clin Oncol 2015;33(6):550-558:

    ALBI = (log10 bilirubin [µmol/L] × 0.66) + (albumin [g/L] × -0.085)
    grade 1: <= -2.60; grade 2: > -2.60 to <= -1.39; grade 3: > -1.39

(grade limits as restated by Hiraoka A et al., Liver Cancer 2017;6(3):204-215).

The worked examples use bilirubin values whose logarithm is exact (1, 10 and 100 µmol/L give 0, 1
and 2), so each expected score can be checked by hand from the formula above; the example in US units
(1.2 mg/dL, 3.5 g/dL) is checked against the same formula computed independently in floating point.
"""

from __future__ import annotations

import math
from decimal import Decimal

import pytest

from liverbook.records.albi import albi, grade_of, shown_score
from liverbook.records.numbers import parse_value
from liverbook.records.scores import Measured


@pytest.fixture(scope="module")
def records(handbook):  # type: ignore[no-untyped-def]
    return handbook.records


def lab(text: str, unit: str, checked: bool = False) -> Measured:
    return Measured(parse_value(text), unit, None, checked)


@pytest.mark.parametrize(
    ("bilirubin", "albumin", "score", "shown", "grade"),
    [
        # 0.66 × log10(10) + 40 × -0.085 = 0.66 - 3.4 = -2.74 (exactly): grade 1
        (("10", "µmol/L"), ("40", "g/L"), "-2.74", "-2.74", "1"),
        # 0.66 × log10(100) + 30 × -0.085 = 1.32 - 2.55 = -1.23 (exactly): grade 3
        (("100", "µmol/L"), ("30", "g/L"), "-1.23", "-1.23", "3"),
        # 0.66 × log10(1) + 30 × -0.085 = 0 - 2.55 = -2.55 (exactly): grade 2
        (("1", "µmol/L"), ("30", "g/L"), "-2.55", "-2.55", "2"),
        # the same as the first, typed in US units: 10 µmol/L is not a round mg/dL, so 4.0 g/dL only
        (("10", "µmol/L"), ("4.0", "g/dL"), "-2.74", "-2.74", "1"),
    ],
)
def test_worked_examples_checked_by_hand(records, bilirubin, albumin, score, shown, grade) -> None:  # type: ignore[no-untyped-def]
    result = albi(records, lab(*bilirubin), lab(*albumin))
    assert result.complete
    assert result.score == Decimal(score)
    assert result.shown == shown  # exact: no "about"
    assert result.band == grade
    assert result.meaning.startswith(f"Grade {grade} ")
    assert "johnson-2015-albi" in result.sources


def test_us_units_are_converted_with_the_working_shown(records) -> None:  # type: ignore[no-untyped-def]
    result = albi(records, lab("1.2", "mg/dL"), lab("3.5", "g/dL"))
    independent = math.log10(1.2 * 17.1) * 0.66 + 3.5 * 10 * -0.085
    assert abs(float(result.score) - independent) < 1e-12  # type: ignore[arg-type]
    assert result.shown == "about -2.11" and result.band == "2"
    working = [s.working for s in result.steps]
    assert working[0].startswith("1.2 mg/dL × 17.1 = 20.52 µmol/L (1 mg/dL = 17.1 µmol/L).")
    assert working[1] == "log10 of 20.52 = about 1.3122; × 0.66 = about 0.8660"
    assert working[2].startswith("3.5 g/dL × 10 = 35 g/L (1 g/dL = 10 g/L).")
    assert working[3] == "35 × -0.085 = -2.975"
    assert (
        working[4]
        == "about 0.8660 + (-2.975) = about -2.11, which is above -2.60 and at most -1.39: grade 2."
    )


@pytest.mark.parametrize(
    ("score", "grade"),
    [
        ("-2.60", "1"),
        ("-2.6000000001", "1"),
        ("-2.5999999999", "2"),  # -2.60 itself is grade 1
        ("-1.39", "2"),
        ("-1.3900000001", "2"),
        ("-1.3899999999", "3"),  # -1.39 itself is grade 2
        ("-5", "1"),
        ("0", "3"),
        ("1.5", "3"),
    ],
)
def test_grade_limits_on_both_sides(records, score: str, grade: str) -> None:  # type: ignore[no-untyped-def]
    assert grade_of(records.albi, Decimal(score)).name == grade


@pytest.mark.parametrize(
    ("score", "shown"),
    [
        ("-2.5951", "about -2.595"),  # -2.60 would look like grade 1; it is grade 2
        ("-2.6049", "about -2.60"),  # grade 1, and -2.60 is grade 1 too
        ("-1.3899", "-1.3899"),  # grade 3; -1.39 would look like grade 2 (and -1.3899 is exact)
        ("-1.394", "about -1.39"),
        ("-2.1", "-2.1"),
    ],
)
def test_the_shown_score_never_sits_across_a_grade_limit(records, score: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    assert shown_score(records.albi, Decimal(score)) == shown


def test_just_either_side_of_the_first_limit_from_real_values(records) -> None:  # type: ignore[no-untyped-def]
    # 0.66 - 38.35 × 0.085 = -2.59975: grade 2, shown with enough decimals not to read as -2.60
    near = albi(records, lab("10", "µmol/L"), lab("38.35", "g/L"))
    assert near.score == Decimal("-2.59975") and near.band == "2" and near.shown == "about -2.5998"
    # 0.66 - 38.36 × 0.085 = -2.6006: grade 1
    past = albi(records, lab("10", "µmol/L"), lab("38.36", "g/L"))
    assert past.score == Decimal("-2.6006") and past.band == "1" and past.shown == "about -2.60"


def test_zero_bilirubin_cannot_be_used_and_says_why(records) -> None:  # type: ignore[no-untyped-def]
    result = albi(records, lab("0", "µmol/L"), lab("40", "g/L"))
    assert not result.complete
    assert any("needs a number above 0" in m for m in result.missing)


def test_missing_or_inexact_values_are_named_not_guessed(records) -> None:  # type: ignore[no-untyped-def]
    assert albi(records, None, lab("40", "g/L")).missing == ("Bilirubin (total): no result recorded yet.",)
    below = albi(records, lab("<3", "µmol/L"), lab("40", "g/L"))
    assert not below.complete and "needs the exact number" in below.missing[0]
    slipped = albi(records, lab("12", "µmol/L"), lab("38", "g/dL"))
    assert not slipped.complete and "Did the letter say g/L?" in slipped.missing[0]
