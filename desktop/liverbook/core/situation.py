"""The user's situation, and what follows from it: which tags apply, which pages are "For you".

Written once, here: the tabs' stars, the "My handbook" tab and the visit report's handbook
extracts all use these functions.
"""

from __future__ import annotations

from dataclasses import dataclass

from liverbook.content.model import Handbook, Page
from liverbook.store.model import Situation


def situation_tags(situation: Situation) -> frozenset[str]:
    """All tags that mark pages "For you": the situation's tags and the reader (patient or caregiver)."""
    return situation.tags | ({situation.reader} if situation.reader else frozenset())


def for_you_pages(book: Handbook, situation: Situation) -> tuple[Page, ...]:
    """The pages marked "For you" in this situation, in the handbook's order."""
    return tuple(book.pages_for(situation_tags(situation)))


@dataclass(frozen=True)
class ForYou:
    """What a situation marks: its tags and the pages meant for the reader."""

    situation: Situation
    tags: frozenset[str]
    pages: tuple[Page, ...]

    @classmethod
    def of(cls, book: Handbook, situation: Situation) -> ForYou:
        return cls(situation, situation_tags(situation), for_you_pages(book, situation))

    @property
    def page_ids(self) -> frozenset[str]:
        return frozenset(page.id for page in self.pages)
