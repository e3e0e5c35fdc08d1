"""Units of the diary's measurements: stored in SI (degrees Celsius, kilograms), shown in the reader's.

Conversions are exact: they are done on the decimal the reader typed (``Fraction("100.4")``), with
the definitions °C = (°F - 32) × 5/9 and 1 lb = 0.45359237 kg (the international pound), and only
the result is rounded to a float. A value is shown to one decimal place (a count as a whole number),
so a value typed in either unit reads back exactly as typed.

Comparisons against thresholds allow :data:`TOLERANCE` for the float's last bits, far below any
reading a thermometer or scale gives: 100.4 °F is 38.0 °C and meets a 38.0 °C threshold; 100.3 °F
does not.
"""

from __future__ import annotations

import functools
import math
from fractions import Fraction

CELSIUS, FAHRENHEIT, KG, LB, COUNT = "celsius", "fahrenheit", "kg", "lb", "count"
POUND_IN_KG = Fraction("0.45359237")  # exact, by international definition (1959)
TOLERANCE = 1e-9
SYMBOLS = {CELSIUS: "°C", FAHRENHEIT: "°F", KG: "kg", LB: "lb", COUNT: ""}
UNITS_OF = {"temperature": (CELSIUS, FAHRENHEIT), "weight": (KG, LB), "count": (COUNT,)}
SI_UNIT = {"temperature": CELSIUS, "weight": KG, "count": COUNT}
DECIMALS = {"temperature": 1, "weight": 1, "count": 0}


def _exact(value: float | str | Fraction) -> Fraction:
    """The value as an exact fraction; a float is taken as the shortest decimal that reads back as it."""
    if isinstance(value, (Fraction, int)):
        return Fraction(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("not a finite number")
        return Fraction(repr(value))
    return Fraction(value.strip())


def to_si(value: float | str | Fraction, unit: str) -> float:
    """A value in ``unit`` as the SI value the store keeps."""
    exact = _exact(value)
    if unit == FAHRENHEIT:
        return float((exact - 32) * Fraction(5, 9))
    if unit == LB:
        return float(exact * POUND_IN_KG)
    if unit in (CELSIUS, KG, COUNT):
        return float(exact)
    raise ValueError(f"unknown unit {unit!r}")


def from_si(value: float, unit: str) -> float:
    """A stored SI value in ``unit``."""
    if unit in (CELSIUS, KG, COUNT):
        # The value itself: a float read back from its shortest decimal is the same float, so the
        # exact path (a Fraction of that decimal, made a float again) gives it back unchanged.
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError("not a finite number")
        return float(value)
    if unit in (FAHRENHEIT, LB):
        return _converted(float(value), unit)
    raise ValueError(f"unknown unit {unit!r}")


@functools.lru_cache(maxsize=4096)
def _converted(value: float, unit: str) -> float:
    """The exact conversion (a chart of years asks for the same few readings again and again)."""
    exact = _exact(value)
    if unit == FAHRENHEIT:
        return float(exact * Fraction(9, 5) + 32)
    return float(exact / POUND_IN_KG)


def display_unit(quantity: str, temperature_unit: str, weight_unit: str) -> str:
    """The unit a quantity is shown in, given the reader's choices."""
    if quantity == "temperature":
        return temperature_unit
    if quantity == "weight":
        return weight_unit
    return COUNT


def shown(value: float, quantity: str, unit: str) -> float:
    """A stored value as the number shown: in ``unit``, rounded to the quantity's decimals."""
    return round(from_si(value, unit), DECIMALS[quantity])


def format_quantity(value: float, quantity: str, unit: str) -> str:
    """``38.2 °C``, ``154.3 lb``, ``3`` (a count has no unit)."""
    number = shown(value, quantity, unit)
    decimals = DECIMALS[quantity]
    text = f"{number:.{decimals}f}" if decimals else f"{int(number)}"
    symbol = SYMBOLS[unit]
    return f"{text} {symbol}" if symbol else text


def parse_number(text: str) -> Fraction:
    """A number as typed: ``38.2``, ``38,2`` (decimal comma), `` 101 ``. ValueError if it is not one."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned or cleaned.count(".") > 1 or not cleaned.replace(".", "").replace("-", "", 1).isdigit():
        raise ValueError(f"not a number: {text!r}")
    return Fraction(cleaned)


def at_least(value: float, threshold: float) -> bool:
    return value >= threshold - TOLERANCE


def at_most(value: float, threshold: float) -> bool:
    return value <= threshold + TOLERANCE
