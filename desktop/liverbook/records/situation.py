"""Suggesting "My situation" tags from the treatment timeline, never applying them.

The treatment tags of "My situation" mean "treatments received or being considered", so every line
on the timeline, past or current, can suggest one: a TACE line suggests Embolization, a drug line
with atezolizumab suggests Immunotherapy. :func:`suggested_tags` only returns suggestions with their
reason; the person decides whether to add them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from liverbook.content.model import Handbook
from liverbook.i18n import translate
from liverbook.records.medicines import regimen_drugs
from liverbook.records.model import TreatmentLine

# The situation tag each kind of treatment line suggests ("drugs": the tags of its drugs instead).
KIND_TAGS: dict[str, str] = {
    "surgery": "surgery",
    "transplant": "transplant",
    "ablation": "ablation",
    "tace": "embolization",
    "radioembolization": "embolization",
    "radiation": "radiation",
}
TRIAL_TAG = "clinical-trial"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A tag the person may want in "My situation", and why it is suggested, in plain words."""

    tag: str
    label: str
    because: str


def _line_name(handbook: Handbook, line: TreatmentLine) -> str:
    from liverbook.records.model import TREATMENT_KINDS

    if line.name.strip():
        return line.name.strip()
    drugs = regimen_drugs(handbook.records, line)
    if drugs:
        return " + ".join(drug.name for drug in drugs)
    return translate("records", dict(TREATMENT_KINDS).get(line.kind, line.kind))


def suggested_tags(
    handbook: Handbook, lines: list[TreatmentLine], chosen: frozenset[str] | set[str], today: dt.date
) -> tuple[Suggestion, ...]:
    """Treatment tags the timeline suggests that "My situation" does not have yet, each once, current lines first."""
    found: dict[str, Suggestion] = {}
    ordered = sorted(lines, key=lambda line: not line.current(today))
    for line in ordered:
        tags = [KIND_TAGS[line.kind]] if line.kind in KIND_TAGS else []
        if line.kind == "drugs":
            tags += [tag for drug in regimen_drugs(handbook.records, line) for tag in drug.tags]
        if line.in_trial:
            tags.append(TRIAL_TAG)
        name = _line_name(handbook, line)
        when = (
            translate("records", "current treatment")
            if line.current(today)
            else translate("records", "on your treatment timeline")
        )
        for tag in tags:
            if tag in chosen or tag in found or tag not in handbook.tags:
                continue
            because = translate("records", "{name} ({when})").format(name=name, when=when)
            found[tag] = Suggestion(tag, handbook.tags[tag].label, because)
    return tuple(found.values())
