"""What the check-in form holds while the reader fills it in, and the answers it saves. No Qt.

The check-in window (``liverbook.ui.dialogs.checkin``) is a thin view over a :class:`Draft`: a value
chosen on a scale, words typed beside it ("Where?"), a number as typed in the reader's unit, a
note. :func:`answers_of` turns a draft into the answers to save, and says, item by item, why a
typed number cannot be saved (it is then left out, and the rest is saved). :func:`draft_of` puts a
saved entry back into a draft for editing, numbers written in the reader's units.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from liverbook.content.diary_model import LEVELS, NUMBER, SCALE, TEXT, YES_NO
from liverbook.diary import units
from liverbook.diary.items import AnswerProblem, ItemView, input_unit, parse_number_answer
from liverbook.store.diary_model import ANSWERED_BY, CARER, PATIENT, Answer, DiaryPrefs, Entry

CHOICE_KINDS = (SCALE, LEVELS, YES_NO)


@dataclass
class Draft:
    """A check-in being filled in. ``choices``: the value chosen for scale, levels and yes-no items;
    ``words``: words by item (a detail beside a choice, or a text item's words); ``typed``: numbers
    as typed, in the reader's unit."""

    answered_by: str = PATIENT
    choices: dict[str, float] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)
    typed: dict[str, str] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not (
            self.choices
            or any(w.strip() for w in self.words.values())
            or any(t.strip() for t in self.typed.values())
        )


def answers_of(items: list[ItemView], draft: Draft, prefs: DiaryPrefs) -> tuple[list[Answer], dict[str, str]]:
    """The answers to save (items in check-in order), and a message for each number that cannot be."""
    answers: list[Answer] = []
    problems: dict[str, str] = {}
    for item in items:
        words = draft.words.get(item.id, "").strip() or None
        if item.kind == TEXT:
            if words:
                answers.append(Answer(item.id, None, words))
        elif item.kind == NUMBER:
            typed = draft.typed.get(item.id, "").strip()
            if not typed:
                continue
            try:
                answers.append(Answer(item.id, parse_number_answer(item, typed, prefs), words))
            except AnswerProblem as problem:
                problems[item.id] = problem.message
        elif item.id in draft.choices:
            answers.append(Answer(item.id, float(draft.choices[item.id]), words if item.detail else None))
        elif words and item.detail:
            answers.append(Answer(item.id, None, words))  # "where" written before a choice was made
    return answers, problems


def typed_number(item: ItemView, value: float, prefs: DiaryPrefs) -> str:
    """A stored number as the reader would type it in their unit (``38.2``, ``154.3``, ``3``)."""
    assert item.quantity is not None
    number = units.shown(value, item.quantity, input_unit(item, prefs))
    return f"{number:.{units.DECIMALS[item.quantity]}f}"


def draft_of(entry: Entry, items: list[ItemView], prefs: DiaryPrefs) -> Draft:
    """A saved entry as a draft to edit (answers to items no longer known are kept as they are)."""
    known = {item.id: item for item in items}
    draft = Draft(answered_by=entry.answered_by if entry.answered_by in ANSWERED_BY else PATIENT)
    for answer in entry.answers:
        item = known.get(answer.item_id)
        if answer.text:
            draft.words[answer.item_id] = answer.text
        if answer.value is None or item is None:
            continue
        if item.kind == NUMBER:
            draft.typed[item.id] = typed_number(item, answer.value, prefs)
        elif item.kind in CHOICE_KINDS:
            draft.choices[item.id] = answer.value
    return draft


def kept_answers(entry: Entry | None, items: list[ItemView]) -> list[Answer]:
    """Answers of an entry to items the form does not show (turned off since, or gone): an edit keeps them."""
    if entry is None:
        return []
    shown = {item.id for item in items}
    return [answer for answer in entry.answers if answer.item_id not in shown]


def who_answers_first(reader_tag: str | None, last: Entry | None) -> str:
    """Who the form starts with: as in the last check-in, else from "My situation" (a carer or not)."""
    if last is not None and last.answered_by in ANSWERED_BY:
        return last.answered_by
    return CARER if reader_tag == "caregiver" else PATIENT


def is_recent(entry: Entry, now: dt.datetime, hours: float = 24.0) -> bool:
    """True when the entry's moment is within ``hours`` before (or any time after) ``now``."""
    return entry.utc >= now.astimezone(dt.timezone.utc) - dt.timedelta(hours=hours)
