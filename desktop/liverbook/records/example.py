"""The example person's records: their medicines, two treatment lines, a care team, three visits and
six months of lab results, made to tell the same story as their diary (:mod:`liverbook.diary.example`).

The story: hepatitis C, cured two years ago; liver cancer treated with TACE last year until a scan
showed spread to the lungs; atezolizumab with bevacizumab since about a month before the diary
starts (AFP, which had been rising, falls after that); fluid in the belly kept down with a water pill; an evening of confusion near the end of the
diary (the carer's go-now warning) after which lactulose was started. The made-up numbers give a
Child-Pugh class B, as the example's "My situation" says. Every date is counted back from the
example's last day, so the same day gives the same records; free text is marked "(example)". The
words are in the handbook's language (:mod:`liverbook.diary.example_words`); brand names stay.
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

    w = ctx.words
    treatment_start = day(120)  # about a month before the diary starts
    nurse = store.add_contact(Contact(0, w["nurse"], w["nurse role"], "555-0150", w["after hours"],
                                      w["nurse place"], urgent=True))  # fmt: skip
    doctor = store.add_contact(
        Contact(0, w["oncologist"], w["oncologist role"], "555-0142", "", w["oncologist place"])
    )
    store.add_contact(
        Contact(0, w["hepatologist"], w["hepatologist role"], "555-0177", "", w["hepatologist place"])
    )
    for name, drug in (("Tecentriq", "atezolizumab"), ("Avastin", "bevacizumab")):
        store.add_medicine(Medicine(0, name, drug, what_for=w["liver cancer"], dose=w["drip"],
                                    how_often=w["every 3 weeks"], started=_loose(treatment_start),
                                    prescriber=doctor.name))  # fmt: skip
    store.add_medicine(Medicine(0, w["water pill"], "water-pill", what_for=w["fluid"],
                                dose="100 mg", how_often=w["every morning"], started=_loose(day(150), "month"),
                                prescriber=w["hepatologist"]))  # fmt: skip
    store.add_medicine(Medicine(0, w["lactulose"], "lactulose", what_for=w["confusion"], dose=w["as shown"],
                                how_often=w["twice a day"], started=_loose(day(16)), prescriber=w["hepatologist"],
                                note=w.marked("lactulose note")))  # fmt: skip
    store.add_medicine(Medicine(0, "Tylenol", "acetaminophen", "bought", w["back pain"], "500 mg", w["when needed"],
                                note=w.marked("tylenol note")))  # fmt: skip
    store.add_medicine(Medicine(0, w["milk thistle"], None, "herbal", w["my liver"], w["capsule"], w["once a day"],
                                note=w.marked("thistle note")))  # fmt: skip
    store.add_medicine(Medicine(0, "Sofosbuvir/velpatasvir", None, "prescribed", w["hep c"],
                                started=_loose(day(900), "month"), stopped=_loose(day(816), "month"),
                                prescriber=w["hepatologist"]))  # fmt: skip
    tace = day(330)
    store.add_treatment_line(TreatmentLine(0, "tace", w["tace"], started=_loose(tace, "month"),
                                           stopped=_loose(day(200), "month"), stop_reason="stopped-working",
                                           note=w.marked("tace note")))  # fmt: skip
    store.add_treatment_line(TreatmentLine(0, "drugs", drug_ids=("atezolizumab", "bevacizumab"), started=_loose(treatment_start),
                                           note=w.marked("drugs note")))  # fmt: skip
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
            note=w.marked("letter"),
        )
    )
    store.add_liver_answers(
        LiverAnswers(0, day(10), ascites=2, encephalopathy=2, note=w.marked("liver note"))
    )


def _visits(ctx: ExampleContext, nurse_id: int, doctor_id: int) -> None:
    store, w = ctx.store, ctx.words
    own = [q for q in store.list_my_questions() if q.text]
    asked = own[0] if own else None
    first = (VisitQuestion(asked.text or "", asked.id, w["weigh answer"], False),) if asked else ()
    store.add_visit(Visit(0, _day(ctx, 63), "10:30", doctor_id, what_for=w["first scan"],
                          questions=(*first, VisitQuestion(w["working"], None, w["working answer"], True)),
                          understood=w.marked("keep going")))  # fmt: skip
    store.add_visit(Visit(0, _day(ctx, 10), "14:00", nurse_id, what_for=w["tests visit"],
                          questions=(VisitQuestion(w["comes back"], None, w["comes back answer"], False),),
                          understood=w.marked("lactulose daily")))  # fmt: skip
    curated = [q for q in store.list_my_questions() if q.question_id][:2]
    coming = tuple(
        VisitQuestion(ctx.book.question(q.question_id).text, q.id) for q in curated if q.question_id
    )
    store.add_visit(Visit(0, _day(ctx, -7), "09:15", doctor_id, what_for=w["next steps"],
                          questions=(*coming, VisitQuestion(w["working"]))))  # fmt: skip
