"""Lab numbers and units: typed values read exactly, converted with the cited factors, never rounded silently.

Factors, as the handbook's content gives them with their sources (content/records/labs.yaml):
bilirubin 1 mg/dL = 17.1 µmol/L and creatinine 1 mg/dL = 88.4 µmol/L (Young DS, Ann Intern Med
1987;106:114-129, the SI conversion tables medical journals use); albumin 1 g/dL = 10 g/L (the same
tables, and the MSD Manual's Child-Turcotte-Pugh table: 3.5 g/dL (35 g/L)); sodium 1 mEq/L = 1 mmol/L
for an ion of charge 1 (Merck Manual, conversion of moles and milliequivalents); platelets
10^9/L = 10^3/µL; AFP 1 ng/mL = 1 µg/L; AFP in IU/mL is never converted (no sourced factor).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from liverbook.records.checks import slip
from liverbook.records.numbers import LabValue, NumberProblem, parse_value
from liverbook.records.units import CannotConvert, convert


@pytest.fixture(scope="module")
def records(handbook):  # type: ignore[no-untyped-def]
    return handbook.records


@pytest.mark.parametrize(
    ("typed", "number", "qualifier", "shown"),
    [
        ("1.2", "1.2", "", "1.2"),
        ("1.20", "1.20", "", "1.20"),  # kept as typed: the lab wrote two decimals
        ("  3,5 ", "3.5", "", "3.5"),  # a decimal comma, as European letters write it
        ("1,234.5", "1234.5", "", "1234.5"),  # commas that group thousands
        (".5", "0.5", "", "0.5"),
        ("<2", "2", "<", "<2"),
        ("> 1000", "1000", ">", ">1000"),
        ("0", "0", "", "0"),
    ],
)
def test_values_are_read_exactly_as_typed(typed: str, number: str, qualifier: str, shown: str) -> None:
    value = parse_value(typed)
    assert value.number == Decimal(number)
    assert value.qualifier == qualifier
    assert value.text == shown


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "Type the number"),
        ("-1.2", "cannot be below zero"),
        ("\u22121.2", "cannot be below zero"),
        ("1,234", "over a thousand, or a decimal"),  # 1234 or 1.234? the app asks instead of guessing
        ("1.2.3", "at most one decimal point"),
        ("12 mg/dL", "without spaces"),
        ("1e3", "only digits"),
        ("abc", "only digits"),
        ("NaN", "only digits"),
        ("9" * 30, "too long"),
    ],
)
def test_values_that_are_not_one_number_get_a_plain_reason(typed: str, says: str) -> None:
    with pytest.raises(NumberProblem) as caught:
        parse_value(typed)
    assert says in caught.value.message


def test_bilirubin_converts_with_17_1_exactly_both_ways(records) -> None:  # type: ignore[no-untyped-def]
    bilirubin = records.lab_test("bilirubin")
    up = convert(bilirubin, Decimal("1.2"), "mg/dL", "µmol/L")
    assert up.number == Decimal("20.52") and up.exact
    assert up.working == "1.2 mg/dL × 17.1 = 20.52 µmol/L (1 mg/dL = 17.1 µmol/L)"
    assert convert(bilirubin, Decimal(2), "mg/dL", "µmol/L").number == Decimal("34.2")
    assert convert(bilirubin, Decimal(3), "mg/dL", "µmol/L").number == Decimal("51.3")
    down = convert(bilirubin, Decimal("34.2"), "µmol/L", "mg/dL")
    assert down.number == 2 and down.exact and down.shown == "2"
    # 34 / 17.1 does not end: kept to 40 digits, shown rounded and marked as such
    odd = convert(bilirubin, Decimal(34), "µmol/L", "mg/dL")
    assert not odd.exact
    assert str(odd.number).startswith("1.98830409356725146198830409356725146")
    assert odd.shown == "about 1.99"
    assert "34 µmol/L ÷ 17.1 = about 1.99 mg/dL" in odd.working


@pytest.mark.parametrize("typed", ["0.3", "1", "1.2", "2.05", "17.1", "25.678"])
def test_round_trips_give_back_the_value_typed(records, typed: str) -> None:  # type: ignore[no-untyped-def]
    for test_id, a, b in (
        ("bilirubin", "mg/dL", "µmol/L"),
        ("albumin", "g/dL", "g/L"),
        ("creatinine", "mg/dL", "µmol/L"),
    ):
        test = records.lab_test(test_id)
        there = convert(test, Decimal(typed), a, b)
        back = convert(test, there.number, b, a)
        assert back.number == Decimal(typed), (test_id, typed)
        assert back.exact


def test_albumin_creatinine_sodium_platelets_afp(records) -> None:  # type: ignore[no-untyped-def]
    assert convert(records.lab_test("albumin"), Decimal("3.5"), "g/dL", "g/L").number == 35
    assert convert(records.lab_test("albumin"), Decimal(28), "g/L", "g/dL").number == Decimal("2.8")
    creatinine = convert(records.lab_test("creatinine"), Decimal("1.0"), "mg/dL", "µmol/L")
    assert creatinine.number == Decimal("88.4") and creatinine.shown == "88.4"
    assert convert(records.lab_test("creatinine"), Decimal("88.4"), "µmol/L", "mg/dL").number == 1
    sodium = convert(records.lab_test("sodium"), Decimal(138), "mEq/L", "mmol/L")
    assert sodium.number == 138 and "is the same as 138 mmol/L" in sodium.working
    assert convert(records.lab_test("platelets"), Decimal(150), "×10³/µL", "×10⁹/L").number == 150
    assert convert(records.lab_test("afp"), Decimal("8.1"), "ng/mL", "µg/L").number == Decimal("8.1")


def test_afp_in_iu_is_never_converted_and_says_why(records) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CannotConvert) as caught:
        convert(records.lab_test("afp"), Decimal(12), "IU/mL", "ng/mL")
    assert "no sourced factor" in caught.value.message


def test_unit_spellings_from_other_sources_are_understood(records) -> None:  # type: ignore[no-untyped-def]
    bilirubin = records.lab_test("bilirubin")
    for spelling in ("umol/L", "μmol/L", "µmol/l", "micromol/L", " µmol / L "):
        assert bilirubin.unit(spelling) is bilirubin.unit("µmol/L"), spelling
    assert records.lab_test("platelets").unit("10^9/L") is records.lab_test("platelets").units[0]
    assert bilirubin.unit("mmol/L") is None
    with pytest.raises(CannotConvert):
        convert(bilirubin, Decimal(1), "mmol/L", "mg/dL")


@pytest.mark.parametrize(
    ("test_id", "typed", "unit", "asked"),
    [
        ("albumin", "35", "g/dL", "Did the letter say g/L?"),  # g/L typed as g/dL
        ("albumin", "3.5", "g/dL", None),
        ("albumin", "35", "g/L", None),
        ("bilirubin", "342", "mg/dL", "Did you mean 342 µmol/L?"),
        ("bilirubin", "30", "mg/dL", "Did you mean 30 µmol/L?"),  # usual in µmol/L, extreme in mg/dL
        ("bilirubin", "14", "mg/dL", None),  # high, but seen: never asked about
        ("bilirubin", "30", "µmol/L", None),
        ("bilirubin", "2000", "mg/dL", "Did the letter say µmol/L?"),  # too high in either unit
        ("albumin", "3.5", "g/L", "Did you mean 3.5 g/dL?"),
        ("creatinine", "1.1", "µmol/L", "Did you mean 1.1 mg/dL?"),
        ("creatinine", "80", "µmol/L", None),
        ("bilirubin", "342", "µmol/L", None),
        ("inr", "12", "", None),
        ("inr", "0.1", "", "decimal point"),
        ("sodium", "1380", "mmol/L", "Check the number"),
        ("platelets", "150000", "×10⁹/L", "number of zeros"),
        ("creatinine", "1.1", "mg/dL", None),
    ],
)
def test_likely_typing_slips_are_asked_about(
    records, test_id: str, typed: str, unit: str, asked: str | None
) -> None:  # type: ignore[no-untyped-def]
    problem = slip(records.lab_test(test_id), parse_value(typed), unit)
    if asked is None:
        assert problem is None
    else:
        assert problem is not None and asked in problem and "Please check" in problem


def test_a_value_reported_as_below_a_number_is_not_taken_for_too_high(records) -> None:  # type: ignore[no-untyped-def]
    assert slip(records.lab_test("platelets"), LabValue(Decimal(6000), "<"), "×10⁹/L") is None
    assert slip(records.lab_test("platelets"), LabValue(Decimal(6000), ">"), "×10⁹/L") is not None
