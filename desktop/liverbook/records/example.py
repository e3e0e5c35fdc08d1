"""The example person's records: their medicines, two treatment lines, a care team, three visits and
six months of lab results, made to tell the same story as their diary (:mod:`liverbook.diary.example`).

The story: hepatitis C, cured two years ago; liver cancer treated with TACE last year until a scan
showed spread to the lungs; atezolizumab with bevacizumab since about a month before the diary
starts (AFP, which had been rising, falls after that); fluid in the belly kept down with a water pill; an evening of confusion near the end of the
diary (the carer's go-now warning) after which lactulose was started. The made-up numbers give a
Child-Pugh class B, as the example's "My situation" says. Every date is counted back from the
example's last day, so the same day gives the same records; free text is marked "(example)".
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from liverbook.records.dates import LooseDate
from liverbook.records.model import (
    Contact,
    LabResult,
    LiverAnswers,
    Medicine,
    TreatmentLine,
    Visit,
    VisitQuestion,
)
from liverbook.records.numbers import parse_value

if TYPE_CHECKING:
    from liverbook.diary.example import ExampleContext

# Lab results every three weeks for six months, oldest first: (days before the last day, bilirubin
# mg/dL, albumin g/dL, INR, platelets x10^9/L, creatinine mg/dL, sodium mmol/L, AFP ng/mL).
LABS = (
    (178, "1.4", "3.4", "1.2", "138", "0.9", "138", "410"),
    (157, "1.5", "3.4", "1.2", "131", "0.9", "137", "520"),
    (136, "1.6", "3.3", "1.3", "126", "1.0", "137", "690"),
    (115, "1.8", "3.3", "1.3", "118", "1.0", "136", "880"),
    (94, "1.7", "3.2", "1.3", "112", "0.9", "136", "760"),
    (73, "1.9", "3.2", "1.4", "109", "1.0", "135", "610"),
    (52, "1.9", "3.1", "1.4", "104", "1.1", "135", "540"),
    (31, "2.0", "3.1", "1.4", "101", "1.1", "134", "470"),
    (10, "2.1", "3.0", "1.4", "98", "1.1", "134", "430"),
)
UNITS = {"bilirubin": "mg/dL", "albumin": "g/dL", "inr": "", "platelets": "×10⁹/L", "creatinine": "mg/dL",
         "sodium": "mmol/L", "afp": "ng/mL"}  # fmt: skip


def _day(ctx: ExampleContext, days_before: int) -> dt.date:
    return ctx.today - dt.timedelta(days=days_before)


def _loose(day: dt.date, precision: str = "day") -> LooseDate:
    return LooseDate(day.year, day.month, day.day if precision == "day" else None)


def records_part(ctx: ExampleContext) -> None:
    """Add the example person's records to ``ctx.store``."""
    store = ctx.store

    def day(days_before: int) -> dt.date:
        return _day(ctx, days_before)

    treatment_start = day(120)  # about a month before the diary starts
    nurse = store.add_contact(Contact(0, "Sam Patel, RN", "Oncology nurse navigator", "555-0150",
                                      "555-0100 (24-hour line)", "City Cancer Center, clinic B", urgent=True))  # fmt: skip
    doctor = store.add_contact(
        Contact(0, "Dr. Ana Rivera", "Oncologist", "555-0142", "", "City Cancer Center, 3rd floor")
    )
    store.add_contact(
        Contact(
            0, "Dr. James Lee", "Hepatologist (liver doctor)", "555-0177", "", "Liver clinic, Main Hospital"
        )
    )
    for name, drug, why in (
        ("Tecentriq", "atezolizumab", "liver cancer"),
        ("Avastin", "bevacizumab", "liver cancer"),
    ):
        store.add_medicine(Medicine(0, name, drug, what_for=why, dose="drip at the clinic", how_often="every 3 weeks",
                                    started=_loose(treatment_start), prescriber=doctor.name))  # fmt: skip
    store.add_medicine(Medicine(0, "Spironolactone (water pill)", "water-pill", what_for="fluid in my belly",
                                dose="100 mg", how_often="every morning", started=_loose(day(150), "month"),
                                prescriber="Dr. James Lee"))  # fmt: skip
    store.add_medicine(Medicine(0, "Lactulose", "lactulose", what_for="confusion from the liver", dose="as the nurse showed me",
                                how_often="twice a day", started=_loose(day(16)), prescriber="Dr. James Lee",
                                note="Keep a note of bowel movements. (example)"))  # fmt: skip
    store.add_medicine(Medicine(0, "Tylenol", "acetaminophen", "bought", "back pain", "500 mg", "when needed",
                                note="Asked the team for my daily limit. (example)"))  # fmt: skip
    store.add_medicine(Medicine(0, "Milk thistle", None, "herbal", "my liver", "1 capsule", "once a day",
                                note="A friend suggested it; ask Dr. Lee. (example)"))  # fmt: skip
    store.add_medicine(Medicine(0, "Sofosbuvir/velpatasvir", None, "prescribed", "hepatitis C (cured)",
                                started=_loose(day(900), "month"), stopped=_loose(day(816), "month"), prescriber="Dr. James Lee"))  # fmt: skip
    tace = day(330)
    store.add_treatment_line(TreatmentLine(0, "tace", "TACE, two sessions", started=_loose(tace, "month"),
                                           stopped=_loose(day(200), "month"), stop_reason="stopped-working",
                                           note="The scan showed new spots in the lungs. (example)"))  # fmt: skip
    store.add_treatment_line(TreatmentLine(0, "drugs", drug_ids=("atezolizumab", "bevacizumab"), started=_loose(treatment_start),
                                           note="Drip every 3 weeks. Varices checked before the start. (example)"))  # fmt: skip
    _visits(ctx, nurse.id, doctor.id)
    for days_before, *values in LABS:
        on = day(days_before)
        for test, value in zip(UNITS, values, strict=True):
            store.add_lab_result(LabResult(0, on, parse_value(value), UNITS[test], test))
    # One letter from another hospital gave bilirubin in µmol/L: kept as it was written.
    store.add_lab_result(
        LabResult(
            0,
            day(63),
            parse_value("31"),
            "µmol/L",
            "bilirubin",
            note="From the Main Hospital letter. (example)",
        )
    )
    store.add_liver_answers(
        LiverAnswers(
            0, day(10), ascites=2, encephalopathy=2, note="Asked Dr. Lee at the last visit. (example)"
        )
    )


def _visits(ctx: ExampleContext, nurse_id: int, doctor_id: int) -> None:
    store = ctx.store
    own = [q for q in store.list_my_questions() if q.text]
    asked = own[0] if own else None
    first = (
        (
            VisitQuestion(
                asked.text or "", asked.id, "Yes: weigh every morning and write it in the diary.", False
            ),
        )
        if asked
        else ()
    )
    store.add_visit(Visit(0, _day(ctx, 63), "10:30", doctor_id, what_for="The first scan since the drips started",
                          questions=(*first, VisitQuestion("Is the treatment working?", None,
                                                           "The tumors are about the same size. That can be good news.", True)),
                          understood="Keep going with the same drips. Next scan in 3 months. (example)"))  # fmt: skip
    store.add_visit(Visit(0, _day(ctx, 10), "14:00", nurse_id, what_for="Blood tests, and the evening of confusion",
                          questions=(VisitQuestion("What do I do if the confusion comes back?", None,
                                                   "Go to the emergency room if very confused or sleepy. Take lactulose as shown.",
                                                   False),),
                          understood="Lactulose every day; call the 24-hour line the same day for milder signs. (example)"))  # fmt: skip
    curated = [q for q in store.list_my_questions() if q.question_id][:2]
    coming = tuple(
        VisitQuestion(ctx.book.question(q.question_id).text, q.id) for q in curated if q.question_id
    )
    store.add_visit(Visit(0, _day(ctx, -7), "09:15", doctor_id, what_for="Scan results and next steps",
                          questions=(*coming, VisitQuestion("Is the treatment working?"))))  # fmt: skip
