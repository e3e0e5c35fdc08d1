"""Typed keys for what a tab lists: a page, a topic of questions, a glossary term, "My questions"...

A key is written as text only where it is stored (the window remembers each tab's entry in its
settings file as ``page:<id>``, ``topic:<id>``, ``term:<id>``, ``intro:<id>`` or ``mine``, as it
always has): :meth:`EntryKey.parse` reads those back, and ``str(key)`` writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class EntryKind(str, Enum):
    """What kind of thing an entry of a tab's list is."""

    PAGE = "page"  # a handbook page
    TOPIC = "topic"  # a topic of questions to ask (the Questions tab)
    TERM = "term"  # a glossary word
    INTRO = "intro"  # a tab's own introduction (My handbook)
    MINE = "mine"  # the user's own list of questions


@dataclass(frozen=True, order=True)
class EntryKey:
    """One entry of a tab's list: its kind and the id of what it shows."""

    kind: EntryKind
    id: str = ""

    def __str__(self) -> str:
        return self.kind.value if self.kind is EntryKind.MINE else f"{self.kind.value}:{self.id}"

    @classmethod
    def page(cls, page_id: str) -> EntryKey:
        return cls(EntryKind.PAGE, page_id)

    @classmethod
    def topic(cls, topic_id: str) -> EntryKey:
        return cls(EntryKind.TOPIC, topic_id)

    @classmethod
    def term(cls, term_id: str) -> EntryKey:
        return cls(EntryKind.TERM, term_id)

    @classmethod
    def intro(cls, name: str) -> EntryKey:
        return cls(EntryKind.INTRO, name)

    @classmethod
    def parse(cls, text: object) -> EntryKey | None:
        """The key written as ``text`` (as the settings file keeps it), or None if it is not one."""
        if not isinstance(text, str):
            return None
        if text == EntryKind.MINE.value:
            return MY_QUESTIONS
        kind, colon, ident = text.partition(":")
        if not colon or not ident:
            return None
        try:
            found = EntryKind(kind)
        except ValueError:
            return None
        return None if found is EntryKind.MINE else cls(found, ident)


MY_QUESTIONS = EntryKey(EntryKind.MINE)
