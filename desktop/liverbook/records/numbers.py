"""Lab numbers as people type them from a letter or a patient portal, kept exact.

A value is kept as the person typed it (``"1.20"`` stays ``1.20``), as a :class:`~decimal.Decimal`, never
a binary float: 1.2 x 17.1 is exactly 20.52 here. Labs sometimes report a value as below or above what
their test can measure (``<2``, ``>1000``); that qualifier is kept too. Anything that cannot be read as
one number gets a plain message saying why and what to type instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation, localcontext

from liverbook.i18n import translate

MAX_CHARS = 24
QUALIFIERS = ("<", ">")
_PLAIN = re.compile(r"^(\d+(\.\d+)?|\.\d+)$")
_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")  # 1,234.5: commas that group thousands
_DECIMAL_COMMA = re.compile(r"^\d+,\d+$")


def tr(text: str) -> str:
    """``translate("records", text)`` for a text looked up at run time (a name, not a literal).

    lupdate cannot tell the context of ``tr("...")``: write ``translate("records", "...")`` instead
    (tests/test_translations.py says so). Kept for code that imports it.
    """
    return translate("records", text)


class NumberProblem(ValueError):
    """A typed value that is not one number; ``message`` says why in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class LabValue:
    """A value as typed: the exact number, and ``<`` or ``>`` when the lab reported it so."""

    number: Decimal
    qualifier: str = ""

    @property
    def text(self) -> str:
        return f"{self.qualifier}{plain(self.number)}"

    @property
    def exact(self) -> bool:
        return not self.qualifier


def parse_value(typed: str) -> LabValue:
    """Read one lab value (``1.2``, ``1,2``, ``1,234.5``, ``<2``); raise NumberProblem with a plain reason."""
    text = typed.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not text:
        raise NumberProblem(translate("records", "Type the number from the lab result."))
    if len(text) > MAX_CHARS:
        raise NumberProblem(translate("records", "This is too long to be one lab number."))
    qualifier = ""
    if text[0] in QUALIFIERS:
        qualifier, text = text[0], text[1:].strip()
    if text.startswith(("-", "\u2212")):
        raise NumberProblem(
            translate("records", "A lab value cannot be below zero. Type the number without a minus sign.")
        )
    if " " in text:
        raise NumberProblem(translate("records", "Type the number without spaces, for example 1234 or 1.5."))
    if _DECIMAL_COMMA.match(text):
        whole, part = text.split(",")
        if len(part) == 3:
            raise NumberProblem(
                translate(
                    "records", "Is {text} a number over a thousand, or a decimal? Type it as {a} or {b}."
                ).format(
                    text=text,
                    a=whole + part,
                    b=f"{whole}.{part}",
                )
            )
        text = f"{whole}.{part}"
    elif _GROUPED.match(text):
        text = text.replace(",", "")
    if not _PLAIN.match(text):
        raise NumberProblem(
            translate("records", "Type only digits and at most one decimal point, for example 1.5.")
        )
    return LabValue(Decimal(text), qualifier)


def plain(number: Decimal) -> str:
    """A number written out in digits (never ``1E+3``), with the decimals it has."""
    text = format(number, "f")
    return "0" if text in ("-0", "") else text


def decimals(number: Decimal) -> int:
    """How many digits the number has after the decimal point, as written."""
    exponent = number.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def trimmed(number: Decimal) -> str:
    """A computed number without trailing zeros: 35.0 as 35, 20.520 as 20.52."""
    return plain(number.normalize())


def rounded(number: Decimal, places: int) -> tuple[str, bool]:
    """The number to at most ``places`` decimals (half to even), and whether that changed its value."""
    with localcontext() as ctx:
        ctx.prec = 60
        try:
            shown = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
        except InvalidOperation:
            return trimmed(number), False
    if shown == number:
        return trimmed(number), False
    return plain(shown), True


def approx(number: Decimal, places: int) -> str:
    """The number to ``places`` decimals, marked "about" when that is not its exact value."""
    text, changed = rounded(number, places)
    return translate("records", "about {number}").format(number=text) if changed else text
