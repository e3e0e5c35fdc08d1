"""Catching typing slips in lab values: a wrong unit or a misplaced decimal point.

These limits are not medical reference ranges and are never shown as such. Each sits far beyond
what the test reports in a living person, at about the value the same result would have if it had
been typed in the other unit (albumin 35 "g/dL" for 35 g/L) or with the decimal point moved. A value
beyond them is still saved exactly as typed (it is the person's record), but the app asks them to
check it, and no score is worked out from it until they do.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from liverbook.content.records_model import LabTest
from liverbook.i18n import translate
from liverbook.records.numbers import LabValue, plain
from liverbook.records.units import CannotConvert, convert, with_unit


@dataclass(frozen=True, slots=True)
class SlipGuard:
    """Values below ``low`` or above ``high`` (in the test's first unit) are asked about."""

    low: Decimal | None
    high: Decimal | None
    hint: str  # what the slip probably was, when the value was typed in the test's first unit


GUARDS: dict[str, SlipGuard] = {
    "bilirubin": SlipGuard(None, Decimal(100), "Did the letter say µmol/L?"),
    "albumin": SlipGuard(None, Decimal(10), "Did the letter say g/L?"),
    "inr": SlipGuard(Decimal("0.5"), Decimal(30), "Check where the decimal point goes."),
    "platelets": SlipGuard(None, Decimal(5000), "Check the number of zeros and the unit."),
    "creatinine": SlipGuard(None, Decimal(40), "Did the letter say µmol/L?"),
    "sodium": SlipGuard(Decimal(80), Decimal(200), "Check the number and the unit."),
}


def slip(test: LabTest, value: LabValue, unit: str) -> str | None:
    """A plain request to check the value, or None when it looks like a value a lab would report."""
    guard = GUARDS.get(test.id)
    if guard is None:
        return None
    try:
        first = convert(test, value.number, unit, test.units[0].unit).number
    except CannotConvert:
        return None
    too_low = guard.low is not None and first < guard.low and value.qualifier != ">"
    too_high = guard.high is not None and first > guard.high and value.qualifier != "<"
    if not (too_low or too_high):
        return None
    typed = with_unit(plain(value.number), unit)
    in_first = test.unit(unit) is test.units[0]
    hint = guard.hint if in_first else "Check the number and the unit."
    return translate(
        "records",
        "{test} {typed} looks like a typing slip. {hint} Please check it; no score is worked out from it until then.",
    ).format(test=test.name, typed=typed, hint=translate("records", hint))
