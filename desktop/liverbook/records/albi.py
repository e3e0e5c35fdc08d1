"""The ALBI (albumin-bilirubin) score and grade, with every step shown.

As Johnson et al. define it (J Clin Oncol 2015;33(6):550-558), with the factors and grade limits of the
handbook's content (``content/records/scores.yaml``):

    ALBI = (log10 bilirubin in µmol/L × 0.66) + (albumin in g/L × -0.085)

grade 1 up to -2.60 (included), grade 2 above -2.60 up to -1.39 (included), grade 3 above -1.39.

Bilirubin in mg/dL and albumin in g/dL are converted first (× 17.1 and × 10, both exact). The
logarithm is computed to 40 significant digits; the score is shown to 2 decimals, or more when 2
would put the shown number on the other side of a grade limit than the exact one, and marked "about".
"""

from __future__ import annotations

from decimal import Decimal, localcontext

from liverbook.content.records_model import AlbiDefinition, RecordsContent, ScoreBand
from liverbook.i18n import translate
from liverbook.records.numbers import approx, plain, rounded, trimmed
from liverbook.records.scores import Measured, ScoreResult, Step, dates_note, day, in_unit, usable
from liverbook.records.units import PRECISION, with_unit

SCORE_DECIMALS = 2
TERM_DECIMALS = 4


def grade_of(definition: AlbiDefinition, score: Decimal) -> ScoreBand:
    """The grade holding this score: the first whose top limit (included) is at or above it."""
    return next(g for g in definition.grades if g.highest is None or score <= g.highest)


def shown_score(definition: AlbiDefinition, score: Decimal) -> str:
    """The score to 2 decimals, or as many more as it takes for the shown number to fall in the same grade."""
    grade = grade_of(definition, score)
    for places in range(SCORE_DECIMALS, PRECISION):
        text, changed = rounded(score, places)
        if not changed or grade_of(definition, Decimal(text)) is grade:
            return approx(score, places)
    return plain(score)


def _grade_words(definition: AlbiDefinition, grade: ScoreBand) -> str:
    index = definition.grades.index(grade)
    below = definition.grades[index - 1].highest if index else None
    top = grade.highest
    if below is None:
        return translate("records", "at most {top}").format(top=plain(top)) if top is not None else ""
    if top is None:
        return translate("records", "above {bottom}").format(bottom=plain(below))
    return translate("records", "above {bottom} and at most {top}").format(
        bottom=plain(below), top=plain(top)
    )


def albi(records: RecordsContent, bilirubin: Measured | None, albumin: Measured | None) -> ScoreResult:
    """The ALBI score and grade with its working; incomplete (and saying why) when a value is missing."""
    definition = records.albi
    if definition is None:
        raise LookupError("the handbook's content has no ALBI definition")
    bili_test, alb_test = records.lab_test("bilirubin"), records.lab_test("albumin")
    assert bili_test is not None and alb_test is not None
    missing: list[str] = []
    bili, alb = usable(bili_test, bilirubin, missing), usable(alb_test, albumin, missing)
    for test, found in ((bili_test, bili), (alb_test, alb)):
        if found is not None and found.value.qualifier:
            missing.append(
                translate(
                    "records", "{test} was reported as {value}; the ALBI formula needs the exact number."
                ).format(test=test.name, value=with_unit(found.value.text, found.unit))
            )
    b = (
        in_unit(bili_test, bili, definition.bilirubin_unit, missing)
        if bili and not bili.value.qualifier
        else None
    )
    a = in_unit(alb_test, alb, definition.albumin_unit, missing) if alb and not alb.value.qualifier else None
    if b is not None and b[0] == 0:
        missing.append(
            translate(
                "records",
                "A bilirubin of 0 cannot be used: the formula takes its logarithm, which needs a number above 0. Please check the result.",
            )
        )
        b = None
    notes = []
    used = {tid: m for tid, m in (("bilirubin", bilirubin), ("albumin", albumin)) if m is not None}
    note = dates_note(records, used)
    if note:
        notes.append(note)
    if missing or b is None or a is None or bili is None or alb is None:
        return ScoreResult(
            score=None,
            shown="",
            band="",
            steps=(),
            missing=tuple(missing),
            notes=tuple(notes),
            meaning="",
            used=tuple(used),
            name=definition.name,
            ask=definition.ask,
            sources=definition.sources,
            page=definition.page,
        )
    with localcontext() as ctx:
        ctx.prec = PRECISION
        log = b[0].log10()
        bili_term = log * definition.bilirubin_factor
        alb_term = a[0] * definition.albumin_factor
        score = bili_term + alb_term
    grade = grade_of(definition, score)
    bu, au = definition.bilirubin_unit, definition.albumin_unit
    b_value, a_value = with_unit(trimmed(b[0]), bu), with_unit(trimmed(a[0]), au)
    steps = (
        Step(
            bili_test.name,
            _as_typed(bili),
            (b[1] + ". " if b[1] else "")
            + translate("records", "The formula uses bilirubin in {unit}: {value}.").format(
                unit=bu, value=b_value
            ),
        ),
        Step(
            translate("records", "Bilirubin part"),
            b_value,
            translate("records", "log10 of {b} = {log}; × {factor} = {term}").format(
                b=trimmed(b[0]),
                log=approx(log, TERM_DECIMALS),
                factor=plain(definition.bilirubin_factor),
                term=approx(bili_term, TERM_DECIMALS),
            ),
            approx(bili_term, TERM_DECIMALS),
        ),
        Step(
            alb_test.name,
            _as_typed(alb),
            (a[1] + ". " if a[1] else "")
            + translate("records", "The formula uses albumin in {unit}: {value}.").format(
                unit=au, value=a_value
            ),
        ),
        Step(
            translate("records", "Albumin part"),
            a_value,
            translate("records", "{a} × {factor} = {term}").format(
                a=trimmed(a[0]), factor=plain(definition.albumin_factor), term=approx(alb_term, TERM_DECIMALS)
            ),
            approx(alb_term, TERM_DECIMALS),
        ),
        Step(
            translate("records", "ALBI score"),
            shown_score(definition, score),
            translate("records", "{b} + ({a}) = {score}, which is {where}: grade {grade}.").format(
                b=approx(bili_term, TERM_DECIMALS),
                a=approx(alb_term, TERM_DECIMALS),
                score=shown_score(definition, score),
                where=_grade_words(definition, grade),
                grade=grade.name,
            ),
            translate("records", "grade {grade}").format(grade=grade.name),
        ),
    )
    return ScoreResult(
        score=score,
        shown=shown_score(definition, score),
        band=grade.name,
        steps=steps,
        missing=(),
        notes=tuple(notes),
        meaning=grade.meaning,
        used=tuple(used),
        name=definition.name,
        ask=definition.ask,
        sources=definition.sources,
        page=definition.page,
    )


def _as_typed(measured: Measured) -> str:
    value = with_unit(measured.value.text, measured.unit)
    return f"{value} ({day(measured.taken_on)})" if measured.taken_on else value
