"""Catching typing slips in lab values: a wrong unit or a misplaced decimal point.

Two kinds of check. :data:`GUARDS` catch values beyond anything a living person has (in any unit).
:data:`MIX_UPS` catch a number far outside what is usually seen in the unit chosen that is a usual
value in another unit the test is reported in (bilirubin 30 left at mg/dL: 30 µmol/L is usual); the
sources of their limits are given beside them.

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
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
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


@dataclass(frozen=True, slots=True)
class UnitMixUp:
    """A number typed in ``unit`` beyond ``low``/``high`` (in that unit), which as ``other`` would be a
    value labs often report: the letter probably gave it in ``other``. Never a reference range."""

    unit: str
    low: Decimal | None
    high: Decimal | None
    other: str


# Where these limits come from. They are "outside what is usually seen" checks, far beyond the
# usual adult results that the sources give, not medical ranges:
# - bilirubin: usual total bilirubin in adults is up to about 1.2 mg/dL (Mayo Clinic, "Bilirubin
#   test: Results", https://www.mayoclinic.org/tests-procedures/bilirubin/about/pac-20393041).
#   15 mg/dL is over 12 times that (about 257 µmol/L), while 15 or more µmol/L is a common result.
# - albumin: usual results are about 3.4 to 5.4 g/dL, 34 to 54 g/L (MedlinePlus, "Albumin blood
#   (serum) test", https://medlineplus.gov/ency/article/003480.htm). Below 10 g/L is far under that,
#   while the same number in g/dL (1 to 9.9) is a result labs report.
# - creatinine: usual results are about 0.7 to 1.3 mg/dL, 61.9 to 114.9 µmol/L (MedlinePlus,
#   "Creatinine blood test", https://medlineplus.gov/ency/article/003475.htm). Below 10 µmol/L is
#   far under that, while the same number in mg/dL is a result labs report.
# A value that fits them is still saved exactly as typed; the person is asked, and chooses.
MIX_UPS: dict[str, tuple[UnitMixUp, ...]] = {
    "bilirubin": (UnitMixUp("mg/dL", None, Decimal(15), "µmol/L"),),
    "albumin": (UnitMixUp("g/L", Decimal(10), None, "g/dL"),),
    "creatinine": (UnitMixUp("µmol/L", Decimal(10), None, "mg/dL"),),
}


HIGHER_THAN_USUAL = QT_TRANSLATE_NOOP(
    "records",
    "{test} {typed} is much higher than labs usually report in {unit}. Did you mean {other}? "
    "Please check your letter; no score is worked out from it until then.",
)
LOWER_THAN_USUAL = QT_TRANSLATE_NOOP(
    "records",
    "{test} {typed} is much lower than labs usually report in {unit}. Did you mean {other}? "
    "Please check your letter; no score is worked out from it until then.",
)


def likely_unit(test: LabTest, value: LabValue, unit: str) -> str | None:
    """The unit the letter probably said when ``value`` is far outside what is usually seen in
    ``unit`` but fits another unit the test is reported in (bilirubin 30 "mg/dL": µmol/L); else None."""
    found = _mix_up(test, value, unit)
    return found.other if found is not None else None


def _mix_up(test: LabTest, value: LabValue, unit: str) -> UnitMixUp | None:
    typed = test.unit(unit)
    for mix_up in MIX_UPS.get(test.id, ()):
        if typed is None or typed is not test.unit(mix_up.unit):
            continue
        if _beyond(mix_up, value) and value.number > 0 and _fits(test, value, mix_up.other):
            return mix_up
    return None


def _beyond(mix_up: UnitMixUp, value: LabValue) -> bool:
    too_low = mix_up.low is not None and value.number < mix_up.low and value.qualifier != ">"
    too_high = mix_up.high is not None and value.number > mix_up.high and value.qualifier != "<"
    return too_low or too_high


def _fits(test: LabTest, value: LabValue, unit: str) -> bool:
    """True when the number, read in ``unit``, raises neither check."""
    guard = GUARDS.get(test.id)
    try:
        first = convert(test, value.number, unit, test.units[0].unit).number
    except CannotConvert:
        return False
    if guard is not None and (
        (guard.low is not None and first < guard.low) or (guard.high is not None and first > guard.high)
    ):
        return False
    return not any(
        _beyond(m, value) for m in MIX_UPS.get(test.id, ()) if test.unit(m.unit) is test.unit(unit)
    )


def slip(test: LabTest, value: LabValue, unit: str) -> str | None:
    """A plain request to check the value, or None when it looks like a value a lab would report."""
    mix_up = _mix_up(test, value, unit)
    if mix_up is not None:
        higher = mix_up.high is not None and value.number > mix_up.high
        message = HIGHER_THAN_USUAL if higher else LOWER_THAN_USUAL
        return translate("records", message).format(
            test=test.name,
            typed=with_unit(plain(value.number), unit),
            unit=unit,
            other=with_unit(plain(value.number), mix_up.other),
        )
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
