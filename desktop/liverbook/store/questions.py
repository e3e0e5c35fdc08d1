"""The "My questions": the user's list of questions for the care team, kept in order.

A question is either curated (``question_id``, a handbook question id; its words come from the
handbook) or the user's own (``text``). Positions run 0, 1, 2... with no gaps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from liverbook.store.base import StoreBase
from liverbook.store.model import MAX_ANSWER_CHARS, MAX_QUESTION_CHARS, MyQuestion, check_id, clean_text
from liverbook.store.rows import BadRow

_COLUMNS = "id, question_id, text, position, answer, answered_on, asked"
_Row = tuple[int, "str | None", "str | None", int, str, "str | None", int]


def _question(row: _Row) -> MyQuestion:
    try:
        answered_on = date.fromisoformat(row[5]) if row[5] else None
    except (ValueError, TypeError):
        raise BadRow("my_questions", row[0], "answered_on") from None
    return MyQuestion(row[0], row[1], row[2], row[3], row[4], answered_on, bool(row[6]))


class QuestionsMixin(StoreBase):
    """The "My questions" part of :class:`~liverbook.store.store.Store`."""

    def _fetch_question(self, my_id: int) -> MyQuestion:
        row = self._exec(f"SELECT {_COLUMNS} FROM my_questions WHERE id = ?", (my_id,)).fetchone()
        if row is None:
            raise KeyError(f"no question {my_id} on the list")
        return _question(row)

    def _renumber(self, ids: Sequence[int]) -> None:
        for position, my_id in enumerate(ids):
            self._exec("UPDATE my_questions SET position = ? WHERE id = ?", (position, my_id))

    def _ids_in_order(self) -> list[int]:
        return [row[0] for row in self._exec("SELECT id FROM my_questions ORDER BY position, id")]

    def list_my_questions(self) -> list[MyQuestion]:
        """The list, in the user's order."""
        with self._reading():
            rows = self._exec(f"SELECT {_COLUMNS} FROM my_questions ORDER BY position, id").fetchall()
            return [_question(row) for row in rows]

    def get_my_question(self, my_id: int) -> MyQuestion:
        """One question of the list; KeyError if it is not there."""
        with self._reading():
            return self._fetch_question(my_id)

    def add_curated_question(self, question_id: str) -> MyQuestion:
        """Add a handbook question at the end (or return it if it is already on the list)."""
        check_id(question_id, "question_id")
        with self._writing():
            row = self._exec("SELECT id FROM my_questions WHERE question_id = ?", (question_id,)).fetchone()
            if row is not None:
                return self._fetch_question(row[0])
            added = self._append_question(question_id, None)
        return added

    def _append_question(self, question_id: str | None, text: str | None) -> MyQuestion:
        """Insert a question at the end of the list (inside the caller's write transaction)."""
        cursor = self._exec(
            "INSERT INTO my_questions (question_id, text, position) "
            "VALUES (?, ?, (SELECT COUNT(*) FROM my_questions))",
            (question_id, text),
        )
        assert cursor.lastrowid is not None
        return self._fetch_question(cursor.lastrowid)

    def add_own_question(self, text: str) -> MyQuestion:
        """Add the user's own question at the end. ValueError if it is blank."""
        text = clean_text(text, "question", MAX_QUESTION_CHARS)
        if not text.strip():
            raise ValueError("an own question cannot be blank")
        with self._writing():
            added = self._append_question(None, text)
        return added

    def update_own_question(self, my_id: int, text: str) -> MyQuestion:
        """Change the words of one of the user's own questions."""
        text = clean_text(text, "question", MAX_QUESTION_CHARS)
        if not text.strip():
            raise ValueError("an own question cannot be blank")
        with self._writing():
            if self._fetch_question(my_id).question_id is not None:
                raise ValueError("a handbook question's words cannot be changed")
            self._exec("UPDATE my_questions SET text = ? WHERE id = ?", (text, my_id))
            changed = self._fetch_question(my_id)
        return changed

    def remove_my_question(self, my_id: int) -> MyQuestion:
        """Take a question off the list; returns it (with its answer) so the GUI can offer undo."""
        with self._writing():
            removed = self._fetch_question(my_id)
            self._exec("DELETE FROM my_questions WHERE id = ?", (my_id,))
            self._renumber(self._ids_in_order())
        return removed

    def restore_my_question(self, question: MyQuestion) -> MyQuestion:
        """Undo :meth:`remove_my_question`: put it back at its old position (a new id)."""
        if question.question_id is not None:
            check_id(question.question_id, "question_id")
        else:
            question = replace(question, text=clean_text(question.text, "question", MAX_QUESTION_CHARS))
        question = replace(question, answer=clean_text(question.answer, "answer", MAX_ANSWER_CHARS))
        with self._writing():
            if question.question_id is not None:
                row = self._exec(
                    "SELECT id FROM my_questions WHERE question_id = ?", (question.question_id,)
                ).fetchone()
                if row is not None:  # added again since it was removed
                    return self._fetch_question(row[0])
            restored = self._fetch_question(self._put_back(question))
        return restored

    def _put_back(self, question: MyQuestion) -> int:
        """Insert a checked question at its old position, shifting the others (inside the caller's
        write transaction); its new id."""
        ids = self._ids_in_order()
        self._insert_questions([question], start=len(ids))
        new_id = int(self._exec("SELECT last_insert_rowid()").fetchone()[0])
        ids.insert(max(0, min(question.position, len(ids))), new_id)
        self._renumber(ids)
        return new_id

    def move_my_question(self, my_id: int, new_position: int) -> None:
        """Move a question to ``new_position`` (clamped to the list), shifting the others."""
        with self._writing():
            ids = self._ids_in_order()
            if my_id not in ids:
                raise KeyError(f"no question {my_id} on the list")
            ids.remove(my_id)
            ids.insert(max(0, min(new_position, len(ids))), my_id)
            self._renumber(ids)

    def reorder_my_questions(self, ids: Sequence[int]) -> None:
        """Put the list in the order of ``ids``, which must name every question exactly once."""
        with self._writing():
            current = self._ids_in_order()
            if sorted(ids) != sorted(current):
                raise ValueError("reorder_my_questions needs every question id exactly once")
            self._renumber(list(ids))

    def set_answer(
        self, my_id: int, answer: str, answered_on: date | None, typed_for: MyQuestion | None = None
    ) -> MyQuestion:
        """Record the answer the user was given (and when); KeyError if ``my_id`` is not on the list.

        With ``typed_for`` (the question as the user saw it while typing) the answer is never dropped:
        if row ``my_id`` is no longer that question (the data was put back from a copy without it),
        the answer goes to the same handbook question if it is on the list (after the words it holds,
        if they differ), or the question is put back where it was, with the answer. The question
        returned has the id the answer is kept under."""
        answer = clean_text(answer, "answer", MAX_ANSWER_CHARS)
        if answered_on is not None and not isinstance(answered_on, date):
            raise TypeError("answered_on must be a date or None")
        with self._writing():
            if typed_for is None:
                self._fetch_question(my_id)
            else:
                my_id, answer, answered_on = self._home_of(replace(typed_for, id=my_id), answer, answered_on)
            when = answered_on.isoformat() if answered_on is not None else None
            self._exec(
                "UPDATE my_questions SET answer = ?, answered_on = ? WHERE id = ?", (answer, when, my_id)
            )
            changed = self._fetch_question(my_id)
        return changed

    def _home_of(
        self, question: MyQuestion, answer: str, answered_on: date | None
    ) -> tuple[int, str, date | None]:
        """Where an answer typed for ``question`` goes, and the words and date to write there."""
        row = self._exec(
            "SELECT id, answer FROM my_questions WHERE question_id IS ? "
            "AND (question_id IS NOT NULL OR (text IS ? AND id = ?)) ORDER BY id = ? DESC",
            (question.question_id, question.text, question.id, question.id),
        ).fetchone()
        if row is None:  # not on the list: put back where it was
            return self._put_back(replace(question, answer="", answered_on=None)), answer, answered_on
        if row[0] == question.id or row[1] in ("", answer):
            return row[0], answer, answered_on
        # The same handbook question, added again with other words: both are kept, these after.
        both = clean_text(f"{row[1]}\n\n{answer}", "answer", MAX_ANSWER_CHARS)
        return row[0], both, answered_on or self._fetch_question(row[0]).answered_on

    def set_asked(self, my_id: int, asked: bool) -> MyQuestion:
        """Tick (or untick) a question as asked."""
        with self._writing():
            self._fetch_question(my_id)
            self._exec("UPDATE my_questions SET asked = ? WHERE id = ?", (int(bool(asked)), my_id))
            changed = self._fetch_question(my_id)
        return changed

    def _insert_questions(self, questions: Sequence[MyQuestion], start: int = 0) -> None:
        """Insert checked questions at positions ``start``, ``start+1``... (new ids)."""
        for offset, q in enumerate(questions):
            self._exec(
                "INSERT INTO my_questions (question_id, text, position, answer, answered_on, asked) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    q.question_id,
                    q.text,
                    start + offset,
                    q.answer,
                    q.answered_on.isoformat() if q.answered_on else None,
                    int(q.asked),
                ),
            )
