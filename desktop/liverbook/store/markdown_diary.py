"""The "My diary" section of the readable Markdown copy written beside every export.

Item names come through the same ``label(kind, id)`` callback as the rest of the copy (kind
``"diary-item"``); an answer is shown through ``answer_text(answer)`` when the app gives one (units
and levels in words, see :mod:`liverbook.diary.service`), else as its stored number. Words the reader
wrote are quoted, never interpreted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from liverbook.store.diary_model import CARER, Answer, DiaryData

AnswerText = Callable[[Answer], str]
"""How one answer is shown in the copy ("38.2 °C", "A lot (severe)")."""


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day_words(day: date) -> str:
    """``3 December 2026``: the same in any locale, never mistaken for 12/3 or 3/12."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _stored(answer: Answer) -> str:
    parts = []
    if answer.value is not None:
        parts.append(f"{answer.value:g}")
    if answer.text:
        parts.append(answer.text)
    return ", ".join(parts)


def render_diary(
    diary: DiaryData, label: Callable[[str, str], str], answer_text: AnswerText | None = None
) -> list[str]:
    """The lines of the diary section, newest entry first."""
    show = answer_text or _stored
    own = {o.item_id: o.name for o in diary.own_items}
    lines = ["## My diary", ""]
    if not diary.entries:
        return [*lines, "No diary entries."]
    if answer_text is None:
        lines += [
            "Values are as stored: temperature in degrees Celsius, weight in kilograms, levels counted",
            "from 0 (the first answer), 1 for yes and 0 for no.",
            "",
        ]
    for entry in reversed(diary.entries):
        who = "a carer" if entry.answered_by == CARER else "the patient"
        lines += [f"### {day_words(entry.local.date())} at {entry.local:%H:%M}, answered by {who}", ""]
        for answer in entry.answers:
            name = own.get(answer.item_id) or label("diary-item", answer.item_id)
            words = show(answer).splitlines() or [""]
            lines.append(f"- {name}: {words[0]}")
            lines += [f"  > {line}" if line else "  >" for line in words[1:]]
        for alert in entry.alerts:
            lines.append(f"- Warning sign ({alert.level}): {label('diary-rule', alert.rule_id)}")
        lines.append("")
    return lines
