"""The treatment timeline: lines in order, and the start and stop marks other charts draw on their axis."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from liverbook.content.records_model import RecordsContent
from liverbook.i18n import translate
from liverbook.records.medicines import regimen_drugs
from liverbook.records.model import STOP_REASONS, TREATMENT_KINDS, TreatmentLine


@dataclass(frozen=True, slots=True)
class Mark:
    """A treatment start or stop on a time axis. A month or a year spans ``first`` to ``last``."""

    first: dt.date
    last: dt.date
    label: str  # "Started Atezolizumab + Bevacizumab"
    starts: bool
    line_id: int


def line_name(records: RecordsContent, line: TreatmentLine) -> str:
    """What the line is called: the person's name for it, else its drugs, else its kind."""
    if line.name.strip():
        return line.name.strip()
    drugs = regimen_drugs(records, line)
    if drugs:
        return " + ".join(drug.name for drug in drugs)
    return translate("records", dict(TREATMENT_KINDS).get(line.kind, line.kind))


def stop_reason(line: TreatmentLine) -> str:
    return (
        translate("records", dict(STOP_REASONS)[line.stop_reason])
        if line.stop_reason in dict(STOP_REASONS)
        else ""
    )


def ordered(lines: list[TreatmentLine]) -> list[TreatmentLine]:
    """Oldest start first; lines without a start date last, in the order they were entered."""
    return sorted(
        lines,
        key=lambda line: (line.started is None, line.started.first if line.started else dt.date.max, line.id),
    )


def marks(records: RecordsContent, lines: list[TreatmentLine], start: dt.date, end: dt.date) -> list[Mark]:
    """The starts and stops that fall (even partly) between ``start`` and ``end``, in time order."""
    found: list[Mark] = []
    for line in lines:
        name = line_name(records, line)
        for date, starts in ((line.started, True), (line.stopped, False)):
            if date is None or date.last < start or date.first > end:
                continue
            label = (
                translate("records", "Started {name}") if starts else translate("records", "Stopped {name}")
            )
            found.append(Mark(date.first, date.last, label.format(name=name), starts, line.id))
    return sorted(found, key=lambda m: (m.first, not m.starts, m.line_id))
