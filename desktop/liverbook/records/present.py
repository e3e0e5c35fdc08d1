"""The records in words, as the "My records" screens list them: one line per medicine, treatment,
contact or visit, the next visit, who to call, and how much of a visit is written down.

Pure Python: the screens only put these words into labels and lists. The person's own words are
returned as they typed them (the screens show them as plain text, never as HTML).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from liverbook.content.records_model import DRUG_KINDS, DrugEntry, RecordsContent
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.records.dates import MONTHS, LooseDate
from liverbook.records.medicines import drug_of, find_drugs, folded
from liverbook.records.model import Contact, Medicine, TreatmentLine, Visit
from liverbook.records.timeline import line_name, stop_reason

WEEKDAYS = (
    QT_TRANSLATE_NOOP("records", "Monday"),
    QT_TRANSLATE_NOOP("records", "Tuesday"),
    QT_TRANSLATE_NOOP("records", "Wednesday"),
    QT_TRANSLATE_NOOP("records", "Thursday"),
    QT_TRANSLATE_NOOP("records", "Friday"),
    QT_TRANSLATE_NOOP("records", "Saturday"),
    QT_TRANSLATE_NOOP("records", "Sunday"),
)


def long_day(day: dt.date) -> str:
    """Tuesday 9 December 2026."""
    return translate("records", "{weekday} {day} {month} {year}").format(
        weekday=translate("records", WEEKDAYS[day.weekday()]),
        day=day.day,
        month=translate("records", MONTHS[day.month - 1]),
        year=day.year,
    )


def shown(date: LooseDate | None) -> str:
    return date.shown if date else ""


# -- medicines ---------------------------------------------------------------------------------------


def drug_words(drug: DrugEntry) -> str:
    """ "Atezolizumab (Tecentriq): Immunotherapy"."""
    kind = translate("records", dict(DRUG_KINDS).get(drug.kind, ""))
    name = drug.name + (f" ({', '.join(drug.brands)})" if drug.brands else "")
    return translate("records", "{name}: {kind}").format(name=name, kind=kind) if kind else name


def medicine_line(records: RecordsContent, medicine: Medicine, today: dt.date) -> str:
    """One line of the medicines list: the name (and the drug, when a brand was typed), how it is taken,
    and when it stopped."""
    name = medicine.name.strip()
    drug = drug_of(records, medicine)
    if drug is not None and folded(drug.name.split(" (")[0]) not in folded(name):
        name += f" ({drug.name.lower()})"
    how = ", ".join(x.strip() for x in (medicine.dose, medicine.how_often) if x.strip())
    text = f"{name}: {how}" if how else name
    if not medicine.current(today) and medicine.stopped is not None:
        text += " " + translate("records", "(stopped {date})").format(date=medicine.stopped.shown)
    return text


def medicine_pick_names(records: RecordsContent) -> list[str]:
    """Every name a medicine can be picked by: each drug's name, then "Brand (drug)" for its brands."""
    names: list[str] = []
    for drug in records.drugs:
        names.append(drug.name)
        names += [f"{brand} ({drug.name.lower()})" for brand in drug.brands]
        names += [f"{other} ({drug.name.lower()})" for other in drug.also]
    return names


def suggested_names(records: RecordsContent, typed: str) -> list[str]:
    """What the medicine name box suggests as the person types: the handbook's drugs one of whose
    names (generic, brand or other) starts with or holds the typed letters, ignoring case and
    accents; a brand is shown with its drug, "Nexavar (sorafenib)". Nothing for fewer than 2 letters."""
    if len(folded(typed)) < 2:
        return []
    return [
        name if name == drug.name else f"{name} ({drug.name.lower()})"
        for drug, name in find_drugs(records, typed)
    ]


def picked_name(typed: str) -> str:
    """ "Nexavar (sorafenib)" from the picker is written down as the brand the person chose, "Nexavar"."""
    text = typed.strip()
    if text.endswith(")") and " (" in text:
        return text.rsplit(" (", 1)[0].strip()
    return text


# -- treatments --------------------------------------------------------------------------------------


def line_span(line: TreatmentLine, today: dt.date) -> str:
    """ "since 14 August 2026" or "March 2025 to July 2025"."""
    if line.current(today):
        return line.started.since if line.started else translate("records", "now")
    if line.started and line.stopped:
        return translate("records", "{start} to {end}").format(
            start=line.started.shown, end=line.stopped.shown
        )
    if line.stopped:
        return translate("records", "stopped {date}").format(date=line.stopped.shown)
    if line.started and line.started.first > today:
        return translate("records", "from {date}").format(date=line.started.shown)
    return translate("records", "no dates yet")


def treatment_line(records: RecordsContent, line: TreatmentLine, today: dt.date) -> str:
    """One line of the timeline list: "Atezolizumab + Bevacizumab: since 14 August 2026 (now)"."""
    text = f"{line_name(records, line)}: {line_span(line, today)}"
    why = stop_reason(line)
    if why and not line.current(today):
        text += f" ({why.lower()})"
    elif line.current(today) and line.started is not None:
        text += " " + translate("records", "(now)")
    if line.in_trial:
        text += " " + translate("records", "(in a clinical trial)")
    return text


# -- the care team -----------------------------------------------------------------------------------


def contact_line(contact: Contact) -> str:
    """ "Sam Patel, RN — Oncology nurse navigator (who to call for urgent problems)"."""
    text = contact_line_plain(contact)
    if contact.urgent:
        text += " " + translate("records", "(who to call for urgent problems)")
    return text


def phones(contact: Contact) -> str:
    """ "Day: 555-0150. After hours: 555-0100." ("" when there is no number)."""
    parts = []
    if contact.phone_day.strip():
        parts.append(translate("records", "Day: {phone}.").format(phone=contact.phone_day.strip()))
    if contact.phone_after_hours.strip():
        parts.append(
            translate("records", "After hours: {phone}.").format(phone=contact.phone_after_hours.strip())
        )
    return " ".join(parts)


def urgent_words(contact: Contact | None) -> str:
    """Who to call for urgent problems, in one sentence, or how to choose someone."""
    if contact is None:
        return translate(
            "records",
            "Nobody is chosen yet. In My care team, choose a contact and tick "
            "\u201cCall this person for urgent problems\u201d.",
        )
    number = phones(contact)
    return contact_line_plain(contact) + (f". {number}" if number else ".")


def contact_line_plain(contact: Contact) -> str:
    text = contact.name.strip()
    return text + (f" — {contact.role.strip()}" if contact.role.strip() else "")


# -- visits ------------------------------------------------------------------------------------------


def with_whom(visit: Visit, contacts: Sequence[Contact]) -> str:
    """Who the visit is with: the care-team member it is linked to, else the name it keeps; a link to
    someone no longer on the list (a backup copy put back without them) is said calmly."""
    contact = next((c for c in contacts if c.id == visit.contact_id), None)
    if contact is not None:
        return contact.name.strip()
    if visit.contact_id is not None and not visit.with_whom.strip():
        return translate("records", "someone no longer in your care team list")
    return visit.with_whom.strip()


def visit_when(visit: Visit) -> str:
    when = long_day(visit.on)
    return (
        translate("records", "{day} at {time}").format(day=when, time=visit.at.strip())
        if visit.at.strip()
        else when
    )


def visit_line(visit: Visit, contacts: Sequence[Contact], today: dt.date) -> str:
    """One line of the visits list: when, with whom, what for, and how much is written down after it."""
    text = visit_when(visit)
    who = with_whom(visit, contacts)
    if who:
        text += ", " + who
    if visit.what_for.strip():
        text += ": " + visit.what_for.strip()
    if visit.on >= today:
        text += " " + (
            translate("records", "(today)") if visit.on == today else translate("records", "(coming)")
        )
    elif visit.ask_again or any(q.ask_again for q in visit.questions):
        text += " " + translate("records", "(something to ask again)")
    return text


def days_until(day: dt.date, today: dt.date) -> str:
    gap = (day - today).days
    if gap == 0:
        return translate("records", "today")
    if gap == 1:
        return translate("records", "tomorrow")
    return translate("records", "in %n days", None, gap)


def next_visit_words(visit: Visit | None, contacts: Sequence[Contact], today: dt.date) -> str:
    """ "Your next visit: Tuesday 9 December 2026 at 10:30 (in 3 days), with Dr. Ana Rivera: scan results."."""
    if visit is None:
        return translate("records", "No visit coming is written down. Add one in My visits.")
    text = translate("records", "Your next visit: {when} ({soon})").format(
        when=visit_when(visit), soon=days_until(visit.on, today)
    )
    who = with_whom(visit, contacts)
    if who:
        text += ", " + translate("records", "with {who}").format(who=who)
    if visit.what_for.strip():
        text += ": " + visit.what_for.strip()
    return text + "."


def written_down(visit: Visit) -> str:
    """How much of a visit is in the person's words: "2 of 3 questions have your answer; 1 to ask again"."""
    if not visit.questions:
        return ""
    answered = sum(1 for q in visit.questions if q.understood.strip())
    again = sum(1 for q in visit.questions if q.ask_again)
    text = translate("records", "{answered} of {total} questions have what you understood").format(
        answered=answered, total=len(visit.questions)
    )
    if again:
        text += "; " + (
            translate("records", "1 to ask again")
            if again == 1
            else translate("records", "%n to ask again", None, again)
        )
    return text + "."
