"""Helpers shared by the diary tests (a module of its own: ``import conftest`` is ambiguous)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from liverbook.content import Handbook, load_handbook
from liverbook.store.diary_model import PATIENT, Answer, Entry

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
UTC = dt.timezone.utc
T0 = dt.datetime(2026, 5, 12, 8, 0, tzinfo=UTC)

_BOOK: list[Handbook] = []


def handbook() -> Handbook:
    """The real handbook, loaded once per test session."""
    if not _BOOK:
        _BOOK.append(load_handbook(CONTENT))
    return _BOOK[0]


def entry(entry_id: int, at: dt.datetime, values: Mapping[str, float | None], who: str = PATIENT) -> Entry:
    """An entry in memory (for ListHistory), answers given as item -> value."""
    answers = tuple(Answer(k, v) for k, v in sorted(values.items()) if v is not None)
    local = at.replace(tzinfo=None)
    return Entry(entry_id, local, at, who, answers, (), at, at)


class MovableClock:
    """An aware clock for the store and the diary that only moves when told to."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kwargs: float) -> dt.datetime:
        self.now += dt.timedelta(**kwargs)
        return self.now
