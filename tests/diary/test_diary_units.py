"""Temperature and weight: stored in SI, shown in the reader's units, converted exactly."""

from __future__ import annotations

from fractions import Fraction

import pytest

from liverbook.diary import units
from liverbook.diary.units import CELSIUS, COUNT, FAHRENHEIT, KG, LB


@pytest.mark.parametrize(
    ("typed", "unit", "si"),
    [
        ("100.4", FAHRENHEIT, 38.0),  # the fever threshold, both ways
        ("98.6", FAHRENHEIT, 37.0),
        ("32", FAHRENHEIT, 0.0),
        ("212", FAHRENHEIT, 100.0),
        ("-40", FAHRENHEIT, -40.0),
        ("1", LB, 0.45359237),  # the international pound, exactly
        ("154.3", LB, 69.98930269100001),
        ("38.2", CELSIUS, 38.2),
        ("70", KG, 70.0),
        ("3", COUNT, 3.0),
    ],
)
def test_conversions_are_exact(typed: str, unit: str, si: float) -> None:
    assert units.to_si(typed, unit) == pytest.approx(si, abs=1e-12)


def test_exactness_at_the_fever_threshold() -> None:
    assert units.to_si("100.4", FAHRENHEIT) == 38.0  # not 37.99999999999999
    assert Fraction(units.to_si("100.5", FAHRENHEIT)).limit_denominator(1000) == Fraction(685, 18)
    assert units.at_least(units.to_si("100.4", FAHRENHEIT), 38.0)
    assert not units.at_least(units.to_si("100.3", FAHRENHEIT), 38.0)


@pytest.mark.parametrize(
    ("unit", "quantity", "low", "high"),
    [
        (FAHRENHEIT, "temperature", 860, 1130),
        (CELSIUS, "temperature", 300, 450),
        (LB, "weight", 440, 6610),
        (KG, "weight", 200, 3000),
    ],
)
def test_every_value_typed_to_one_decimal_reads_back_as_typed(
    unit: str, quantity: str, low: int, high: int
) -> None:
    for tenths in range(low, high + 1):
        typed = f"{tenths / 10:.1f}"
        stored = units.to_si(typed, unit)
        assert f"{units.shown(stored, quantity, unit):.1f}" == typed


def test_values_are_shown_in_the_readers_units() -> None:
    assert units.format_quantity(38.0, "temperature", FAHRENHEIT) == "100.4 °F"
    assert units.format_quantity(38.0, "temperature", CELSIUS) == "38.0 °C"
    assert units.format_quantity(70.0, "weight", LB) == "154.3 lb"
    assert units.format_quantity(4.0, "count", COUNT) == "4"
    assert units.display_unit("weight", CELSIUS, LB) == LB


@pytest.mark.parametrize(
    ("typed", "value"), [("38.2", Fraction("38.2")), (" 38,2 ", Fraction("38.2")), ("101", Fraction(101))]
)
def test_numbers_are_read_as_people_type_them(typed: str, value: Fraction) -> None:
    assert units.parse_number(typed) == value


@pytest.mark.parametrize("typed", ["", "abc", "38.2.1", "1e5", "nan", "inf", "3 7"])
def test_what_is_not_a_number_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        units.parse_number(typed)


def test_unknown_units_are_a_bug() -> None:
    with pytest.raises(ValueError):
        units.to_si("1", "stone")
    with pytest.raises(ValueError):
        units.from_si(1.0, "stone")
