"""Turning raw database rows into notes, questions and a situation: strictly, or as much as can be read.

SQLite's ``quick_check`` checks the file's structure, not what is inside a row: a flipped bit in a
note's text leaves bytes that are not UTF-8, a flipped bit in a record header can turn a date into
a number. Rows are therefore read with ``text_factory = bytes`` and checked here, column by column.

* :func:`strict_note` and friends raise :class:`BadRow` on the first column that is not what the
  store wrote (used by the check at start, :mod:`liverbook.store.scan`).
* :func:`lenient_note` and friends keep every column that can be read and put a safe value in the
  others (used to rescue rows from a damaged file, :mod:`liverbook.store.salvage`): undecodable bytes
  become U+FFFD, a date that cannot be read takes the other date of the row or a fallback time.

Nothing here puts a row's content into an error message: :class:`BadRow` names the table, the row id
and the column only, so no private text can reach a log or stderr through it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from liverbook.store.model import (
    MAX_ANSWER_CHARS,
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    MAX_QUESTION_CHARS,
    MyQuestion,
    Note,
    Situation,
    is_handbook_id,
    to_utc,
)

NOTE_SQL = "SELECT id, text, page_id, created, updated FROM notes"
QUESTION_SQL = "SELECT id, question_id, text, position, answer, answered_on, asked FROM my_questions"
SITUATION_SQL = "SELECT id, reader, name FROM situation"
TAG_SQL = "SELECT tag FROM situation_tags"
LOST_QUESTION = "(A question from the handbook whose name could not be read.)"


class BadRow(ValueError):
    """A row holds something the store never writes. The message names no content."""

    def __init__(self, table: str, row_id: object, column: str) -> None:
        ident = row_id if isinstance(row_id, int) else "?"
        super().__init__(f"{table} row {ident}: column {column!r} cannot be read")
        self.table = table
        self.column = column


@dataclass
class Repairs:
    """What a lenient read had to change: counts only, never content."""

    texts: int = 0  # texts with bytes that are not UTF-8 (shown as U+FFFD)
    fields: int = 0  # other columns replaced by a safe value
    damaged_notes: set[int] = field(default_factory=set)  # ids of notes whose text was repaired
    guessed_dates: set[int] = field(default_factory=set)  # ids of notes whose dates could not be read

    @property
    def any(self) -> bool:
        return bool(self.texts or self.fields)


# -- one column at a time -------------------------------------------------------------------------


def _text_strict(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, str):
        return value
    raise TypeError


def _text_lenient(value: object, repairs: Repairs) -> str | None:
    """The text of a column, or None when it holds no text at all (NULL)."""
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            repairs.texts += 1
            return value.decode("utf-8", "replace")
    if isinstance(value, str):
        return value
    if value is None:
        return None
    repairs.fields += 1
    return str(value)


def _time_strict(value: object) -> datetime:
    text = _text_strict(value)
    if len(text) > 40:
        raise ValueError
    moment = datetime.fromisoformat(text)
    return to_utc(moment)


def _time_or_none(value: object) -> datetime | None:
    try:
        return _time_strict(value)
    except (ValueError, TypeError, OverflowError):
        return None


def _id_strict(value: object, nullable: bool) -> str | None:
    if value is None and nullable:
        return None
    text = _text_strict(value)
    if not is_handbook_id(text):
        raise ValueError
    return text


def _id_or_none(value: object) -> str | None:
    try:
        return _id_strict(value, nullable=True)
    except (ValueError, TypeError, UnicodeDecodeError):
        return None


def _int_strict(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError
    return value


# -- strict: the check at start ------------------------------------------------------------------------


def _strict(
    table: str,
    row: tuple[object, ...],
    columns: tuple[str, ...],
    convert: tuple[Callable[[object], Any], ...],
) -> list[Any]:
    values: list[Any] = []
    for index, (column, func) in enumerate(zip(columns, convert, strict=False)):
        try:
            values.append(func(row[index]))
        except (ValueError, TypeError, OverflowError, UnicodeDecodeError):
            raise BadRow(table, row[0], column) from None
    return values


def strict_note(row: tuple[object, ...]) -> Note:
    """A note row as the store wrote it, or BadRow."""
    note_id, text, page_id, created, updated = _strict(
        "notes",
        row,
        ("id", "text", "page_id", "created", "updated"),
        (
            _int_strict,
            lambda v: _checked_len(_text_strict(v), MAX_NOTE_CHARS),
            lambda v: _id_strict(v, True),
            _time_strict,
            _time_strict,
        ),
    )
    return Note(note_id, text, page_id, created, updated)


def _checked_len(text: str, limit: int) -> str:
    if len(text) > limit:
        raise ValueError
    return text


def _asked_strict(value: object) -> bool:
    if value not in (0, 1) or isinstance(value, bool):
        raise ValueError
    return bool(value)


def _answered_strict(value: object) -> date | None:
    if value is None:
        return None
    text = _text_strict(value)
    if len(text) != 10:
        raise ValueError
    return date.fromisoformat(text)


def strict_question(row: tuple[object, ...]) -> MyQuestion:
    """A "My questions" row as the store wrote it, or BadRow."""
    my_id, question_id, text, position, answer, answered_on, asked = _strict(
        "my_questions",
        row,
        ("id", "question_id", "text", "position", "answer", "answered_on", "asked"),
        (
            _int_strict,
            lambda v: _id_strict(v, True),
            lambda v: None if v is None else _checked_len(_text_strict(v), MAX_QUESTION_CHARS),
            _int_strict,
            lambda v: _checked_len(_text_strict(v), MAX_ANSWER_CHARS),
            _answered_strict,
            _asked_strict,
        ),
    )
    if (question_id is None) == (text is None):
        raise BadRow("my_questions", my_id, "question_id")
    return MyQuestion(my_id, question_id, text, position, answer, answered_on, asked)


def strict_situation(row: tuple[object, ...]) -> tuple[str | None, str]:
    """``(reader, name)`` of the situation row, or BadRow."""
    row_id, reader, name = _strict(
        "situation",
        row,
        ("id", "reader", "name"),
        (_int_strict, lambda v: _id_strict(v, True), lambda v: _checked_len(_text_strict(v), MAX_NAME_CHARS)),
    )
    if row_id != 1:
        raise BadRow("situation", row_id, "id")
    return reader, name


def strict_tag(row: tuple[object, ...]) -> str:
    """One tag of the situation, or BadRow."""
    try:
        tag = _id_strict(row[0], False)
    except (ValueError, TypeError, UnicodeDecodeError):
        raise BadRow("situation_tags", None, "tag") from None
    assert tag is not None
    return tag


# -- lenient: rescuing what can be read ----------------------------------------------------------------


def split_long(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters (nothing is cut away)."""
    return [text[i : i + limit] for i in range(0, len(text), limit)] or [""]


def lenient_note(row: tuple[object, ...], fallback: datetime, repairs: Repairs) -> list[Note]:
    """Every readable part of a note row (one note, or several if its text is over the limit; none if no text).

    ``row`` must have an integer id (SQLite's rowid always is).
    """
    note_id = row[0]
    assert isinstance(note_id, int)
    texts_before = repairs.texts
    text = _text_lenient(row[1], repairs)
    if text and "\x00" in text:  # the store never writes NUL: zeros of a lost or truncated page
        text = re.sub("\x00+", "\ufffd", text)
        repairs.texts += 1
    if not text or text == "\ufffd":
        repairs.fields += 1
        return []  # nothing readable is left of it
    page_id = _id_or_none(row[2])
    if row[2] is not None and page_id is None:
        repairs.fields += 1
    if repairs.texts != texts_before:
        repairs.damaged_notes.add(note_id)
    created, updated = _time_or_none(row[3]), _time_or_none(row[4])
    if created is None or updated is None:
        repairs.fields += 1
    if updated is None:
        repairs.guessed_dates.add(note_id)
    created = created or updated or fallback
    updated = updated or created
    pieces = split_long(text, MAX_NOTE_CHARS)
    if len(pieces) > 1:
        repairs.fields += 1
    return [
        Note(note_id if i == 0 else -1, piece, page_id, created, updated) for i, piece in enumerate(pieces)
    ]


def lenient_question(row: tuple[object, ...], repairs: Repairs) -> MyQuestion | None:
    """A question row with every readable column, or None when neither its question nor answer can be read."""
    my_id = row[0] if isinstance(row[0], int) else 0
    question_id = _id_or_none(row[1])
    text = _text_lenient(row[2], repairs)
    answer = _text_lenient(row[4], repairs) or ""
    if question_id is not None and text is not None:
        repairs.fields += 1
        text = None  # both filled: the store never writes that; the handbook question wins
    if question_id is None and (text is None or not text.strip()):
        if row[1] is None and not answer:
            return None
        repairs.fields += 1
        text = LOST_QUESTION
    position = row[3] if isinstance(row[3], int) and not isinstance(row[3], bool) else 1 << 30
    answered_on = None
    if row[5] is not None:
        try:
            answered_on = _answered_strict(row[5])
        except (ValueError, TypeError, UnicodeDecodeError):
            repairs.fields += 1
    asked = row[6] == 1
    if text is not None and len(text) > MAX_QUESTION_CHARS:
        answer = text[MAX_QUESTION_CHARS:] + ("\n" + answer if answer else "")
        text = text[:MAX_QUESTION_CHARS]
        repairs.fields += 1
    if len(answer) > MAX_ANSWER_CHARS:
        answer = answer[:MAX_ANSWER_CHARS]
        repairs.fields += 1
    return MyQuestion(my_id, question_id, text, position, answer, answered_on, asked)


def lenient_situation(row: tuple[object, ...] | None, tags: list[object], repairs: Repairs) -> Situation:
    """The situation with what can be read of it (unreadable tags are left out)."""
    reader, name = None, ""
    if row is not None:
        reader = _id_or_none(row[1])
        name = _text_lenient(row[2], repairs) or ""
        if len(name) > MAX_NAME_CHARS:
            name = name[:MAX_NAME_CHARS]
            repairs.fields += 1
    good = {tag for tag in (_id_or_none(t) for t in tags) if tag is not None}
    return Situation(frozenset(good), reader, name)
