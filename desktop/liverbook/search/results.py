"""What the index takes in (:class:`Doc`) and gives back (:class:`Result`).

A result's snippet and matching words are worked out when first asked for, not when it is found:
a keystroke finds fifty results and the list shows the first ten, so marking and cutting a passage
from the rest would be time spent while the reader waits for nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from liverbook.search.snippets import OPEN, Pieces, mark_words, matched_words, passage

MAX_NOTE_TITLE = 80
_SPACE = re.compile(r"\s+")

Texts = tuple[str, str, str]  # title, head, body, as indexed


class NoteLike(Protocol):
    """What the index needs of a note (``liverbook.store`` notes have it)."""

    @property
    def id(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def page_id(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Doc:
    """Words of the user's to find: a note, a diary entry, a record.

    ``key`` identifies it in its table (a note's or diary entry's id; "medicine:3" for a record);
    ``title`` is what a result shows (for a note, its first line is used when this is empty);
    ``parent`` is where it belongs (a note's page id, a record's kind); ``tab`` the tab that holds it.
    """

    key: int | str
    text: str
    title: str = ""
    parent: str | None = None
    tab: str | None = None


@dataclass(frozen=True)
class Result:
    """One thing found.

    ``kind`` is "page", "term", "question", "note", "diary" or "record"; ``key`` the page, term or
    question id (text), the note or diary entry id (a number), or a record's "<kind>:<id>".
    ``title`` is what to show: the page title, the term, the question, or the note's first line.
    ``tab`` is the tab that holds it, if any; ``parent`` the topic of a question or the page of a
    note (None for a general note). ``snippet`` is the best passage as ``(text, is_match)`` pieces.
    ``matches`` are the words that matched, as written, in reading order (title, summary, body):
    the view can find the first one to open the page there.
    """

    kind: str
    key: str | int
    title: str
    tab: str | None
    parent: str | None
    texts: Texts = field(repr=False)
    wanted: frozenset[str] = field(repr=False)  # folded words that count as matches
    prefixes: tuple[str, ...] = field(default=(), repr=False)  # and the beginnings that do
    _worked: dict[str, object] = field(default_factory=dict, repr=False, compare=False, hash=False)

    @property
    def marked(self) -> Texts:
        """The three texts with the matching words between the markers."""
        if "marked" not in self._worked:
            self._worked["marked"] = tuple(mark_words(t, self.wanted, self.prefixes) for t in self.texts)
        return self._worked["marked"]  # type: ignore[return-value]

    @property
    def snippet(self) -> Pieces:
        if "snippet" not in self._worked:
            title, head, body = self.marked
            if OPEN in body:
                text = body
            elif OPEN in head and self.kind != "question":  # a question's head is its title
                text = head
            else:  # only the title matched: the summary of a page, the why of a question
                text = head if self.kind == "page" else body
            self._worked["snippet"] = passage(text)
        return self._worked["snippet"]  # type: ignore[return-value]

    @property
    def matches(self) -> tuple[str, ...]:
        if "matches" not in self._worked:
            self._worked["matches"] = matched_words(*self.marked)
        return self._worked["matches"]  # type: ignore[return-value]

    @property
    def first_match(self) -> str | None:
        """The first matching word in the text, as written, or None."""
        return self.matches[0] if self.matches else None


def note_title(text: str) -> str:
    """A note's first non-blank line, shortened to fit a list."""
    line = _SPACE.sub(" ", text.lstrip().split("\n", 1)[0]).strip()
    return line if len(line) <= MAX_NOTE_TITLE else line[: MAX_NOTE_TITLE - 1].rstrip() + "…"
