"""Answers typed to the user's questions, kept until the store has them (plain Python).

A draft leaves only once its answer is saved, so a failed save (a full disk, a read-only folder)
never loses a word: the view keeps showing it and the autosave engine tries again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from liverbook.store.model import MyQuestion


@dataclass(frozen=True)
class Draft:
    """An answer typed but not yet in the store."""

    answer: str
    answered_on: date | None


class AnswerDrafts:
    """Unsaved answers by question id."""

    def __init__(self) -> None:
        self._drafts: dict[int, Draft] = {}

    def __len__(self) -> int:
        return len(self._drafts)

    def put(self, my_id: int, answer: str, answered_on: date | None) -> None:
        self._drafts[my_id] = Draft(answer, answered_on)

    def get(self, my_id: int) -> Draft | None:
        return self._drafts.get(my_id)

    def take(self, my_id: int) -> Draft | None:
        return self._drafts.pop(my_id, None)

    def save(self, write: Callable[[int, str, date | None], MyQuestion], saved: list[MyQuestion]) -> None:
        """Write every draft with ``write(id, answer, date)``, adding each question saved to ``saved``;
        a question no longer on the list (KeyError) is dropped. The first StoreError propagates,
        and every draft not yet written stays here."""
        for my_id, draft in list(self._drafts.items()):
            try:
                saved.append(write(my_id, draft.answer, draft.answered_on))
            except KeyError:  # the question is no longer on the list
                pass
            del self._drafts[my_id]
