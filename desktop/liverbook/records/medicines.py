"""Medicines and the handbook: picking a drug by any of its names, and what the list should show
beside it (its page, its warning signs, the cautions drawn from sourced pages). Nothing here gives a
dose or a reminder; it only links the person's own list to what the handbook says.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from liverbook.content.records_model import SIGN_LEVELS, Caution, DrugEntry, RecordsContent, WarningSigns
from liverbook.records.model import Medicine, TreatmentLine


def folded(text: str) -> str:
    """Text for matching names: no accents, no case, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


def match_drug(records: RecordsContent, typed: str) -> DrugEntry | None:
    """The drug one of whose names (generic, brand or other) is exactly ``typed``, ignoring case and accents."""
    wanted = folded(typed)
    if not wanted:
        return None
    return next((d for d in records.drugs if any(folded(n) == wanted for n in d.names())), None)


def find_drugs(records: RecordsContent, typed: str, limit: int = 12) -> list[tuple[DrugEntry, str]]:
    """Drugs for a picker: (drug, the name that matched), names starting with ``typed`` first, then containing it."""
    wanted = folded(typed)
    starts: list[tuple[DrugEntry, str]] = []
    contains: list[tuple[DrugEntry, str]] = []
    for drug in records.drugs:
        names = [(n, folded(n)) for n in drug.names()]
        hit = next((n for n, f in names if f.startswith(wanted)), None)
        if hit is not None:
            starts.append((drug, hit))
            continue
        hit = next((n for n, f in names if wanted in f), None)
        if hit is not None:
            contains.append((drug, hit))
    return (starts + contains)[:limit]


def drug_of(records: RecordsContent, medicine: Medicine) -> DrugEntry | None:
    """The handbook drug a medicine is: picked (``drug_id``), or typed with one of its names."""
    if medicine.drug_id:
        return records.drug(medicine.drug_id)
    return match_drug(records, medicine.name)


@dataclass(frozen=True, slots=True)
class Shown:
    """A caution or a set of warning signs, and the medicines on the list it is shown for."""

    item: Caution | WarningSigns
    medicines: tuple[str, ...]  # names as the person wrote them, in list order


def cautions_for(records: RecordsContent, medicines: list[Medicine]) -> list[Shown]:
    """Each caution that applies to the list once, with the medicines it is for; "any" cautions last."""
    found: dict[str, list[str]] = {}
    for medicine in medicines:
        drug = drug_of(records, medicine)
        ids = list(drug.cautions if drug else ())
        ids += records.origin_cautions.get(medicine.origin, ())
        for caution_id in ids:
            names = found.setdefault(caution_id, [])
            if medicine.name not in names:
                names.append(medicine.name)
    if medicines:
        for caution_id in records.origin_cautions.get("any", ()):
            found.setdefault(caution_id, [])
    return [
        Shown(records.cautions[cid], tuple(names)) for cid, names in found.items() if cid in records.cautions
    ]


def signs_for(
    records: RecordsContent,
    medicines: list[Medicine],
    today: dt.date,
    lines: list[TreatmentLine] | None = None,
) -> list[Shown]:
    """The warning signs of what is taken now, emergencies first, each set once (the call-now card).

    "Taken now" is a current medicine, or a drug of a current drug treatment line (a drip given at the
    hospital is often on the timeline but not on the medicines list).
    """
    taken: list[tuple[str, DrugEntry]] = []
    for medicine in medicines:
        drug = drug_of(records, medicine) if medicine.current(today) else None
        if drug is not None:
            taken.append((medicine.name, drug))
    for line in lines or ():
        if line.current(today):
            taken += [(drug.name, drug) for drug in regimen_drugs(records, line)]
    found: dict[str, list[str]] = {}
    for name, drug in taken:
        for sign_id in drug.signs:
            names = found.setdefault(sign_id, [])
            if name not in names:
                names.append(name)
    shown = [Shown(records.signs[sid], tuple(names)) for sid, names in found.items() if sid in records.signs]
    return sorted(
        shown, key=lambda s: SIGN_LEVELS.index(s.item.level) if isinstance(s.item, WarningSigns) else 0
    )


def regimen_drugs(records: RecordsContent, line: TreatmentLine) -> list[DrugEntry]:
    """The handbook drugs of a drug treatment line."""
    return [drug for drug in (records.drug(i) for i in line.drug_ids) if drug is not None]
