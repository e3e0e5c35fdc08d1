"""The Child-Pugh score and class, worked out from lab results and two answers, with every step shown.

The definition comes from the handbook's content (``content/records/scores.yaml``), which follows the
MSD Manual's Child-Turcotte-Pugh table the handbook's Child-Pugh page cites:

* bilirubin: 1 point below 2 mg/dL (34 µmol/L), 2 points from 2 to 3 mg/dL (34 to 51 µmol/L), 3 points above;
* albumin: 1 point above 3.5 g/dL (35 g/L), 2 points from 2.8 to 3.5 g/dL (28 to 35 g/L), 3 points below;
* INR: 1 point below 1.7, 2 points from 1.7 to 2.3, 3 points above;
* fluid in the belly and confusion: 1, 2 or 3 points by the answer;
* class A for 5 or 6 points, B for 7 to 9, C for 10 to 15.

The middle band includes both of its limits, as the table writes it: bilirubin exactly 2 or exactly 3
mg/dL gives 2 points, albumin exactly 2.8 or 3.5 g/dL gives 2 points, INR exactly 1.7 or 2.3 gives 2.

A result is scored in the unit the lab gave it in, against that unit's column of the table. The
table's µmol/L limits are its mg/dL limits converted and rounded (2 mg/dL is 34.2 µmol/L, given as
34), so a bilirubin between the two can score differently by column; the working then says so.
"""

from __future__ import annotations

from decimal import Decimal

from liverbook.content.records_model import ChildPughDefinition, ChildPughLimit, RecordsContent
from liverbook.i18n import translate
from liverbook.records.numbers import plain
from liverbook.records.scores import (
    Answer,
    Measured,
    ScoreResult,
    Step,
    dates_note,
    day,
    in_unit,
    points_word,
    usable,
)
from liverbook.records.units import CannotConvert, can_convert, convert, with_unit

LAB_TESTS = ("bilirubin", "albumin", "inr")


def lab_points(limit: ChildPughLimit, number: Decimal, qualifier: str = "") -> int | None:
    """The points a value gives against one column of the table; None when a ``<``/``>`` value straddles a limit."""
    if qualifier == "<":  # the true value is below ``number``
        if limit.higher_is_worse:
            return 1 if number <= limit.low else None
        return 3 if number <= limit.low else None
    if qualifier == ">":  # the true value is above ``number``
        if limit.higher_is_worse:
            return 3 if number >= limit.high else None
        return 1 if number >= limit.high else None
    if limit.low <= number <= limit.high:
        return 2
    worse = number > limit.high if limit.higher_is_worse else number < limit.low
    return 3 if worse else 1


def band_words(limit: ChildPughLimit, number: Decimal, points: int) -> str:
    """Why the value gives its points, in plain words with the limits named."""
    unit = limit.unit
    low, high = with_unit(plain(limit.low), unit), with_unit(plain(limit.high), unit)
    if points == 2:
        return translate("records", "from {low} to {high}, both included").format(low=low, high=high)
    below = (points == 1) == limit.higher_is_worse
    return (
        translate("records", "below {limit}").format(limit=low)
        if below
        else translate("records", "above {limit}").format(limit=high)
    )


def _score_lab(
    records: RecordsContent,
    definition: ChildPughDefinition,
    test_id: str,
    measured: Measured | None,
    missing: list[str],
    notes: list[str],
) -> tuple[Step, int] | None:
    test = records.lab_test(test_id)
    assert test is not None, test_id
    found = usable(test, measured, missing)
    if found is None:
        return None
    limit = definition.limit(test_id, found.unit)
    working = ""
    number = found.value.number
    if limit is None:  # a unit the table has no column for: convert to the first column that converts
        limit = next(
            (
                lim
                for lim in definition.limits
                if lim.test == test_id and can_convert(test, found.unit, lim.unit)
            ),
            None,
        )
        if limit is None:
            missing.append(translate("records", "{test}: this unit cannot be scored.").format(test=test.name))
            return None
        converted = in_unit(test, found, limit.unit, missing)
        if converted is None or found.value.qualifier:
            return None
        number, working = converted[0], converted[1] + ". "
    points = lab_points(limit, number, found.value.qualifier)
    value = with_unit(found.value.text, found.unit) + (f" ({day(found.taken_on)})" if found.taken_on else "")
    if points is None:
        missing.append(
            translate(
                "records",
                "{test} was reported as {value}, which does not show which side of the limits it is on.",
            ).format(test=test.name, value=with_unit(found.value.text, found.unit))
        )
        return None
    shown = with_unit(plain(number), limit.unit) if working else with_unit(found.value.text, found.unit)
    working += translate("records", "{value} is {where}.").format(
        value=shown, where=band_words(limit, number, points)
    )
    note = _other_column(test_id, definition, records, found, points)
    if note:
        notes.append(note)
    return Step(test.name, value, working, points_word(points)), points


def _other_column(
    test_id: str, definition: ChildPughDefinition, records: RecordsContent, found: Measured, points: int
) -> str | None:
    """A note when the table's other unit column would give this same value other points."""
    test = records.lab_test(test_id)
    assert test is not None
    if found.value.qualifier:
        return None
    for other in definition.limits:
        if other.test != test_id or test.unit(other.unit) is test.unit(found.unit):
            continue
        try:
            there = convert(test, found.value.number, found.unit, other.unit)
        except CannotConvert:
            continue
        other_points = lab_points(other, there.number)
        if other_points is not None and other_points != points:
            return translate(
                "records",
                "Your {test} of {value} is close to a limit. In the table's {unit} column the same result, {converted}, "
                "would give {other} instead of {points}: the table's two columns round the limits differently. "
                "The score here uses the column of the unit your result came in. Ask your team which they use.",
            ).format(
                test=test.name.split(" (")[0].lower(),
                value=with_unit(found.value.text, found.unit),
                unit=other.unit,
                converted=with_unit(there.shown, other.unit),
                other=points_word(other_points),
                points=points_word(points),
            )
    return None


def _score_answer(
    label: str, choices: tuple[str, str, str], answer: Answer | None, missing: list[str]
) -> tuple[Step, int] | None:
    if answer is None:
        missing.append(translate("records", "{label}: not answered yet.").format(label=label))
        return None
    chosen = choices[answer.points - 1]
    working = translate("records", "Answer: \u201c{chosen}\u201d.").format(chosen=chosen)
    if answer.said_by:
        working += " " + translate("records", "Used: {said_by}.").format(said_by=answer.said_by)
    return Step(label, chosen, working, points_word(answer.points)), answer.points


def child_pugh(
    records: RecordsContent,
    bilirubin: Measured | None,
    albumin: Measured | None,
    inr: Measured | None,
    ascites: Answer | None,
    encephalopathy: Answer | None,
) -> ScoreResult:
    """The Child-Pugh score and class with its working; incomplete (and saying why) when anything is missing."""
    definition = records.child_pugh
    if definition is None:
        raise LookupError("the handbook's content has no Child-Pugh definition")
    missing: list[str] = []
    notes: list[str] = []
    parts = [
        _score_lab(records, definition, "bilirubin", bilirubin, missing, notes),
        _score_lab(records, definition, "albumin", albumin, missing, notes),
        _score_lab(records, definition, "inr", inr, missing, notes),
        _score_answer(
            translate("records", "Fluid in the belly (ascites)"), definition.ascites, ascites, missing
        ),
        _score_answer(
            translate("records", "Confusion from the liver (hepatic encephalopathy)"),
            definition.encephalopathy,
            encephalopathy,
            missing,
        ),
    ]
    steps = tuple(part[0] for part in parts if part is not None)
    used = {tid: m for tid, m in zip(LAB_TESTS, (bilirubin, albumin, inr), strict=True) if m is not None}
    note = dates_note(records, used)
    if note:
        notes.append(note)
    if missing:
        return ScoreResult(
            score=None,
            shown="",
            band="",
            steps=steps,
            missing=tuple(missing),
            notes=tuple(notes),
            meaning="",
            used=tuple(used),
            name=definition.name,
            ask=definition.ask,
            sources=definition.sources,
            page=definition.page,
        )
    total = sum(part[1] for part in parts if part is not None)
    band = next(b for b in definition.classes if b.holds(total))
    adds = " + ".join(str(part[1]) for part in parts if part is not None)
    summary = Step(
        translate("records", "Total"),
        str(total),
        translate("records", "{adds} = {total} points: class {band} ({low} to {high} points).").format(
            adds=adds,
            total=total,
            band=band.name,
            low=plain(band.lowest or Decimal(0)),
            high=plain(band.highest or Decimal(0)),
        ),
        translate("records", "class {band}").format(band=band.name),
    )
    return ScoreResult(
        score=Decimal(total),
        shown=str(total),
        band=band.name,
        steps=(*steps, summary),
        missing=(),
        notes=tuple(notes),
        meaning=band.meaning,
        used=tuple(used),
        name=definition.name,
        ask=definition.ask,
        sources=definition.sources,
        page=definition.page,
    )
