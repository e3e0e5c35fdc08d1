"""A readable Markdown copy of the user's data, written beside every JSON export.

User text is copied as it is, inside block quotes, so a note can never turn into a heading of the
document; nothing in it is interpreted by the store. Handbook ids (pages, tags, questions) are shown
through an optional ``label(kind, id)`` callback so the GUI can put the handbook's words in; without
it the ids are shown.

Written for a person reading or printing it, not for a program: times in the computer's own time
zone and dates in words ("3 December 2026 at 13:56", as the diary's entries are), a first line
saying what the file is and which file brings the data back into the handbook.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from liverbook.store.diary_model import DiaryData
from liverbook.store.markdown_diary import AnswerText as AnswerText, day_words, render_diary
from liverbook.store.model import MyQuestion, Note, Situation, to_utc
from liverbook.store.records_markdown import render_records
from liverbook.store.records_rows import RecordsData

Labeler = Callable[[str, str], str]
"""``label(kind, id)`` with kind ``"page"``, ``"tag"``, ``"question"``, ``"diary-item"`` or
``"diary-rule"``, ``"drug"`` or ``"lab-test"``; returns the words to show."""


def _plain(kind: str, ident: str) -> str:
    return ident


def _quote(text: str) -> list[str]:
    return ["> " + line if line else ">" for line in text.splitlines() or [""]]


def _when(moment: datetime) -> str:
    local = to_utc(moment).astimezone()
    return f"{day_words(local.date())} at {local:%H:%M}"


def render(
    notes: list[Note],
    situation: Situation,
    questions: list[MyQuestion],
    now: datetime,
    label: Labeler | None = None,
    diary: DiaryData | None = None,
    answer_text: AnswerText | None = None,
    records: RecordsData | None = None,
) -> str:
    """The Markdown text for the given data."""
    name_of = label or _plain
    lines = [
        "# My notes from the Liver Cancer Handbook",
        "",
        f"Copied on {_when(now)}. Times are this computer's own.",
        "",
        "This copy is for reading and printing. To bring your data back into the handbook, use",
        "File > Import my data… with the .json file saved beside it.",
    ]
    if situation.name:
        lines += ["", f"Name: {situation.name}"]
    lines += ["", "## My situation", ""]
    if situation.reader:
        lines.append(f"- {name_of('tag', situation.reader)}")
    lines += [f"- {name_of('tag', tag)}" for tag in sorted(situation.tags)]
    if not situation.reader and not situation.tags:
        lines.append("Nothing chosen.")
    lines += ["", "## My questions", ""]
    if not questions:
        lines.append("No questions on the list.")
    for number, question in enumerate(questions, 1):
        words = (
            question.text if question.text is not None else name_of("question", question.question_id or "")
        )
        tick = "asked" if question.asked else "not asked yet"
        lines += [f"{number}. ({tick})", *("   " + q for q in _quote(words))]
        if question.answer or question.answered_on:
            on = f", given on {day_words(question.answered_on)}" if question.answered_on else ""
            lines += ["", f"   Answer{on}:", *("   " + a for a in _quote(question.answer))]
        lines.append("")
    lines += ["## My notes", ""]
    if not notes:
        lines.append("No notes.")
    for note in notes:
        where = f"Note about {name_of('page', note.page_id)}" if note.page_id else "General note"
        lines += [f"### {where}, {_when(note.updated)}", "", *_quote(note.text), ""]
    if diary is not None:
        lines += [*render_diary(diary, name_of, answer_text), ""]
    if records:
        lines += render_records(records, name_of)
    return "\n".join(lines).rstrip("\n") + "\n"
