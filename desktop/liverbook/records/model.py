"""The person's records as plain, immutable values: medicines, treatment lines, care team contacts,
visits with their questions and after-visit answers, lab results, and the two Child-Pugh answers.

These are what the store saves and the views show. :func:`check` says in plain words what is wrong
with a record before it is saved (a stop date before the start, a reason for stopping without a stop
date, text that is too long); the store calls it too, so nothing it keeps breaks these rules.
Ids are the store's (``0`` for a record not saved yet).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from liverbook.content.records_model import MEDICINE_ORIGIN_IDS
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.records.dates import LooseDate
from liverbook.records.numbers import LabValue

NAME_MAX = 200
SHORT_MAX = 500  # dose, how often, what for, role, phone, where
TEXT_MAX = 100_000  # notes and the person's own words after a visit

# What a treatment line is: (id, plain name). "drugs" is a drug regimen, its drugs listed.
TREATMENT_KINDS: tuple[tuple[str, str], ...] = (
    ("surgery", QT_TRANSLATE_NOOP("records", "Surgery")),
    ("transplant", QT_TRANSLATE_NOOP("records", "Liver transplant")),
    ("ablation", QT_TRANSLATE_NOOP("records", "Ablation")),
    ("tace", QT_TRANSLATE_NOOP("records", "TACE (chemoembolization)")),
    ("radioembolization", QT_TRANSLATE_NOOP("records", "Radioembolization (TARE, SIRT)")),
    ("radiation", QT_TRANSLATE_NOOP("records", "Radiation therapy")),
    ("drugs", QT_TRANSLATE_NOOP("records", "Drug treatment")),
    ("other", QT_TRANSLATE_NOOP("records", "Other treatment")),
)
TREATMENT_KIND_IDS = frozenset(kind for kind, _ in TREATMENT_KINDS)

# Why a treatment line stopped: (id, plain words).
STOP_REASONS: tuple[tuple[str, str], ...] = (
    ("finished", QT_TRANSLATE_NOOP("records", "It was finished")),
    ("stopped-working", QT_TRANSLATE_NOOP("records", "It stopped working")),
    ("side-effects", QT_TRANSLATE_NOOP("records", "Side effects")),
    ("my-choice", QT_TRANSLATE_NOOP("records", "My choice")),
    ("other", QT_TRANSLATE_NOOP("records", "Other reason")),
)
STOP_REASON_IDS = frozenset(reason for reason, _ in STOP_REASONS)


class RecordProblem(ValueError):
    """A record that cannot be saved as it is; ``message`` says why in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class Medicine:
    """A medicine on the person's list, in their own words; ``drug_id`` when picked from the handbook."""

    id: int
    name: str
    drug_id: str | None = None
    origin: str = "prescribed"  # prescribed | bought | herbal (content/records_model.MEDICINE_ORIGINS)
    what_for: str = ""
    dose: str = ""  # as the person writes it, never checked or suggested
    how_often: str = ""
    started: LooseDate | None = None
    stopped: LooseDate | None = None
    prescriber: str = ""
    note: str = ""

    def current(self, today: dt.date) -> bool:
        """Taken now: not stopped, or stopped only after today."""
        return self.stopped is None or self.stopped.last > today


@dataclass(frozen=True, slots=True)
class TreatmentLine:
    """One line of treatment on the timeline: what, when, and why it stopped."""

    id: int
    kind: str  # TREATMENT_KIND_IDS
    name: str = ""  # "Atezolizumab + bevacizumab", "Right hepatectomy"
    drug_ids: tuple[str, ...] = ()  # handbook drug ids of a drug regimen
    started: LooseDate | None = None
    stopped: LooseDate | None = None
    stop_reason: str | None = None  # STOP_REASON_IDS, only with a stop date
    in_trial: bool = False  # given in a clinical trial
    note: str = ""

    def current(self, today: dt.date) -> bool:
        started = self.started is None or self.started.first <= today
        return started and (self.stopped is None or self.stopped.last > today)


@dataclass(frozen=True, slots=True)
class Contact:
    """Someone on the care team. ``urgent``: the one to call for urgent problems (at most one is)."""

    id: int
    name: str
    role: str = ""
    phone_day: str = ""
    phone_after_hours: str = ""
    where: str = ""
    note: str = ""
    urgent: bool = False


@dataclass(frozen=True, slots=True)
class VisitQuestion:
    """A question taken to a visit, and what the person understood of the answer, in their own words.

    ``question_id`` is the My questions entry it came from (None once that entry is deleted);
    ``text`` keeps the question's words as they were when attached, so the record stays readable.
    """

    text: str
    question_id: int | None = None
    understood: str = ""
    ask_again: bool = False  # "I'm not sure, ask again"


@dataclass(frozen=True, slots=True)
class Visit:
    """An appointment: when, with whom, what for; afterwards, what the person understood."""

    id: int
    on: dt.date
    at: str = ""  # "14:30", as the person writes it
    contact_id: int | None = None
    with_whom: str = ""  # free text when the person is not on the care team list
    what_for: str = ""
    questions: tuple[VisitQuestion, ...] = ()
    understood: str = ""  # the whole visit, in the person's own words
    ask_again: bool = False


@dataclass(frozen=True, slots=True)
class LabResult:
    """A lab value as typed, with its unit and the day the blood was taken.

    ``test_id`` is a handbook lab test; or ``name`` is the person's own test (then any unit text).
    ``checked``: the person confirmed a value the app asked about (a possible typing slip).
    """

    id: int
    taken_on: dt.date
    value: LabValue
    unit: str
    test_id: str | None = None
    name: str = ""
    note: str = ""
    checked: bool = False

    @property
    def key(self) -> str:
        """What it is a result of: the handbook test id, or ``own:`` and the person's name for it."""
        return self.test_id if self.test_id else f"own:{self.name.strip().casefold()}"


@dataclass(frozen=True, slots=True)
class LiverAnswers:
    """The two Child-Pugh answers, 1 to 3 points each (None: not answered), as of a day."""

    id: int
    on: dt.date
    ascites: int | None = None
    encephalopathy: int | None = None
    note: str = ""


Record = Medicine | TreatmentLine | Contact | Visit | LabResult | LiverAnswers


def _text(value: str, limit: int, what: str) -> None:
    if len(value) > limit:
        raise RecordProblem(
            translate("records", "{what} is too long (at most {limit:,} characters).").format(
                what=what, limit=limit
            )
        )


def _span(started: LooseDate | None, stopped: LooseDate | None) -> None:
    if started and stopped and stopped.last < started.first:
        raise RecordProblem(translate("records", "The stop date ({stopped}) is before the start date ({started}).").format(
            stopped=stopped.shown, started=started.shown
        ))  # fmt: skip


def check(record: Record) -> None:
    """Raise RecordProblem, in plain words, if the record cannot be saved as it is."""
    if isinstance(record, Medicine):
        if not record.name.strip():
            raise RecordProblem(translate("records", "Give the medicine a name."))
        if record.origin not in MEDICINE_ORIGIN_IDS:
            raise RecordProblem(
                translate("records", "Say whether it was prescribed, bought, or a herb or supplement.")
            )
        _text(record.name, NAME_MAX, translate("records", "The name"))
        for value in (record.what_for, record.dose, record.how_often, record.prescriber):
            _text(value, SHORT_MAX, translate("records", "This text"))
        _text(record.note, TEXT_MAX, translate("records", "The note"))
        _span(record.started, record.stopped)
    elif isinstance(record, TreatmentLine):
        if record.kind not in TREATMENT_KIND_IDS:
            raise RecordProblem(translate("records", "Choose what kind of treatment this is."))
        if record.stop_reason is not None and record.stop_reason not in STOP_REASON_IDS:
            raise RecordProblem(translate("records", "Choose why it stopped."))
        if record.stop_reason is not None and record.stopped is None:
            raise RecordProblem(translate("records", "A reason for stopping needs the date it stopped."))
        _text(record.name, NAME_MAX, translate("records", "The name"))
        _text(record.note, TEXT_MAX, translate("records", "The note"))
        _span(record.started, record.stopped)
    elif isinstance(record, Contact):
        if not record.name.strip():
            raise RecordProblem(translate("records", "Give the contact a name."))
        _text(record.name, NAME_MAX, translate("records", "The name"))
        for value in (record.role, record.phone_day, record.phone_after_hours, record.where):
            _text(value, SHORT_MAX, translate("records", "This text"))
        _text(record.note, TEXT_MAX, translate("records", "The note"))
    elif isinstance(record, Visit):
        for value in (record.at, record.with_whom, record.what_for):
            _text(value, SHORT_MAX, translate("records", "This text"))
        _text(record.understood, TEXT_MAX, translate("records", "What you understood"))
        for question in record.questions:
            if not question.text.strip():
                raise RecordProblem(translate("records", "A question taken to a visit needs its words."))
            _text(question.text, TEXT_MAX, translate("records", "The question"))
            _text(question.understood, TEXT_MAX, translate("records", "What you understood"))
    elif isinstance(record, LabResult):
        if (record.test_id is None) == (not record.name.strip()):
            raise RecordProblem(translate("records", "Choose the test, or give your own test a name."))
        if record.value.number < 0:
            raise RecordProblem(translate("records", "A lab value cannot be below zero."))
        _text(record.name, NAME_MAX, translate("records", "The name"))
        _text(record.unit, 40, translate("records", "The unit"))
        _text(record.note, TEXT_MAX, translate("records", "The note"))
    elif isinstance(record, LiverAnswers):
        for points in (record.ascites, record.encephalopathy):
            if points is not None and points not in (1, 2, 3):
                raise RecordProblem(translate("records", "Choose one of the three answers."))
        _text(record.note, TEXT_MAX, translate("records", "The note"))
