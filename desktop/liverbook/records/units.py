"""Converting a lab value between the units labs report it in, with the working shown.

The factors come from the handbook's content (``content/records/labs.yaml``), each with its source:
1 mg/dL of bilirubin is 17.1 µmol/L, 1 g/dL of albumin is 10 g/L, 1 mg/dL of creatinine is 88.4 µmol/L,
and so on. Arithmetic is exact (:class:`~decimal.Decimal`); a division that does not end (34 ÷ 17.1)
is carried to 40 digits and shown rounded, marked "about", never rounded silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, Inexact, localcontext

from liverbook.content.records_model import LabTest, LabUnit
from liverbook.i18n import translate
from liverbook.records.numbers import approx, decimals, plain, trimmed

PRECISION = 40
SHOW_DECIMALS_MAX = 4


class CannotConvert(ValueError):
    """No sourced factor joins the two units; ``message`` says so in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class Conversion:
    """A value in another unit, and how it was worked out."""

    number: Decimal  # exact when ``exact``, else carried to PRECISION digits
    unit: str
    exact: bool
    shown: str  # the number as shown: exact, or rounded and marked "about"
    working: str  # one plain sentence: "1.2 mg/dL × 17.1 = 20.52 µmol/L"


def with_unit(number: str, unit: str) -> str:
    """``1.2 mg/dL``; a test without a unit (INR) shows the number alone."""
    return f"{number} {unit}" if unit else number


def show_places(source: Decimal) -> int:
    """How many decimals to show a converted value with: one more than the value typed, at least 2."""
    return min(SHOW_DECIMALS_MAX, max(2, decimals(source) + 1))


def _unit(test: LabTest, unit: str) -> LabUnit:
    found = test.unit(unit)
    if found is None:
        raise CannotConvert(
            translate("records", "{test} has no unit called {unit} in the handbook.").format(
                test=test.name, unit=unit
            )
        )
    return found


def convert(test: LabTest, number: Decimal, from_unit: str, to_unit: str) -> Conversion:
    """``number`` in ``from_unit`` expressed in ``to_unit``; raise CannotConvert when no factor joins them."""
    source, target = _unit(test, from_unit), _unit(test, to_unit)
    if source.factor is None or target.factor is None:
        raise CannotConvert(
            test.no_conversion or translate("records", "These two units cannot be converted.")
        )
    with localcontext() as ctx:
        ctx.prec = PRECISION
        ctx.clear_flags()
        value = number / source.factor * target.factor
        exact = not ctx.flags[Inexact]
    given = with_unit(plain(number), source.unit)
    if source is target or source.factor == target.factor:
        shown = plain(number)
        working = translate("records", "{given} is the same as {result}.").format(
            given=given, result=with_unit(shown, target.unit)
        )
        if source is not target:
            working += " " + translate("records", "(1 {a} = 1 {b})").format(a=source.unit, b=target.unit)
        return Conversion(number, target.unit, True, shown, working)
    if exact and decimals(value.normalize()) <= SHOW_DECIMALS_MAX:
        shown = trimmed(value)
    else:
        shown = approx(value, show_places(number))
    result = with_unit(shown, target.unit)
    if source.factor == 1:  # from the first unit
        working = translate("records", "{given} × {factor} = {result}").format(
            given=given, factor=plain(target.factor), result=result
        )
    elif target.factor == 1:  # to the first unit
        working = translate("records", "{given} ÷ {factor} = {result}").format(
            given=given, factor=plain(source.factor), result=result
        )
    else:
        working = translate("records", "{given} ÷ {a} × {b} = {result}").format(
            given=given, a=plain(source.factor), b=plain(target.factor), result=result
        )
    first = test.units[0].unit
    factor = source.factor if target.factor == 1 else target.factor
    other = source.unit if target.factor == 1 else target.unit
    working += " " + translate("records", "(1 {first} = {factor} {other})").format(
        first=first, factor=plain(factor), other=other
    )
    return Conversion(value, target.unit, exact, shown, working)


def can_convert(test: LabTest, from_unit: str, to_unit: str) -> bool:
    source, target = test.unit(from_unit), test.unit(to_unit)
    return (
        source is not None and target is not None and source.factor is not None and target.factor is not None
    )
