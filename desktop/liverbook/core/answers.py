"""Answers typed to the user's questions, kept until the store has them (plain Python).

A draft leaves only once its answer is saved, so a failed save (a full disk, a read-only folder)
never loses a word: the view keeps showing it and the autosave engine tries again. A draft keeps the
question it was typed for, so that if the data is put back from a copy without that question, the
question is put back on the list with the answer (the id it is kept under is told, in ``moved``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from liverbook.store.model import MyQuestion

Write = Callable[[int, str, "date | None", MyQuestion], MyQuestion]  # id, answer, date, typed for


@dataclass(frozen=True)
class Draft:
    """An answer typed but not yet in the store, and the question it was typed for."""

    question: MyQuestion
    answer: str
    answered_on: date | None


class AnswerDrafts:
    """Unsaved answers by question id."""

    def __init__(self) -> None:
        self._drafts: dict[int, Draft] = {}
        self.moved: dict[int, int] = {}  # the last save: question ids now kept under another id

    def __len__(self) -> int:
        return len(self._drafts)

    def put(self, question: MyQuestion, answer: str, answered_on: date | None) -> None:
        self._drafts[question.id] = Draft(question, answer, answered_on)

    def get(self, my_id: int) -> Draft | None:
        return self._drafts.get(my_id)

    def take(self, my_id: int) -> Draft | None:
        return self._drafts.pop(my_id, None)

    def save(self, write: Write, saved: list[MyQuestion]) -> None:
        """Write every draft with ``write(id, answer, date, question)``, adding each question saved to
        ``saved`` (and to ``moved`` if it is now kept under another id: it was put back on the list).
        The first StoreError propagates, and every draft not yet written stays here."""
        self.moved = {}
        for my_id, draft in list(self._drafts.items()):
            kept = write(my_id, draft.answer, draft.answered_on, draft.question)
            saved.append(kept)
            if kept.id != my_id:
                self.moved[my_id] = kept.id
            del self._drafts[my_id]
