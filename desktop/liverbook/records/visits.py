"""Visits: the next one (shown where the person looks first), the last one, and the questions the
person ticked "not sure, ask again" so they can be taken to the next visit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from liverbook.records.model import Visit, VisitQuestion


def next_visit(visits: Iterable[Visit], today: dt.date) -> Visit | None:
    """The first visit on or after today (the earliest; on one day, the first entered)."""
    coming = [v for v in visits if v.on >= today]
    return min(coming, key=lambda v: (v.on, v.at or "99:99", v.id), default=None)


def last_visit(visits: Iterable[Visit], today: dt.date) -> Visit | None:
    """The most recent visit before today."""
    past = [v for v in visits if v.on < today]
    return max(past, key=lambda v: (v.on, v.at or "", v.id), default=None)


def ask_again(visits: Iterable[Visit], today: dt.date) -> list[tuple[Visit, VisitQuestion]]:
    """Questions from past visits the person was not sure about, newest visit first, each wording once."""
    seen: set[str] = set()
    found: list[tuple[Visit, VisitQuestion]] = []
    for visit in sorted((v for v in visits if v.on < today), key=lambda v: (v.on, v.id), reverse=True):
        for question in visit.questions:
            key = " ".join(question.text.casefold().split())
            if question.ask_again and key not in seen:
                seen.add(key)
                found.append((visit, question))
    return found
