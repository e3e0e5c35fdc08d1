"""The triage engine: which of the handbook's triage rules a check-in meets. Pure Python, no Qt.

The rules are content (``content/diary/triage.yaml``, typed by :mod:`liverbook.content.diary_model`);
this module only walks their condition trees. It takes, explicitly, everything a rule may depend on:
the check-in's answers (stored terms, SI units), its moment (UTC), the reader's situation tags, and
a :class:`History` of earlier answers. Nothing is evaluated as code.

Semantics, for content authors and tests (docs/content-format.md says the same):

* a test of an item the check-in did not answer is false (so ``not`` of it is true);
* ``since_last: new``: the previous answer to the item did not pass the same comparison, or there
  is none; ``worse``: the value is above the previous answer's, or there is none; ``new-or-worse``:
  either;
* ``rise_by`` + ``within_days``: the value is at least ``rise_by`` above the lowest answer given in
  the ``within_days`` days (24-hour periods) before the check-in;
* ``for_days``: every answer of the ``for_days`` days before passed too, and so did the latest answer
  given at least ``for_days`` days before (the run of answers that pass is that long);
* thresholds are met with a tolerance of :data:`liverbook.diary.units.TOLERANCE` (float rounding).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from liverbook.content.diary_model import (
    AllOf,
    AnyOf,
    Condition,
    ItemTest,
    Not,
    SituationTest,
    TriageRule,
    urgency_rank,
)
from liverbook.diary.units import TOLERANCE, at_least, at_most
from liverbook.store.diary_model import Alert, Entry, Point

_TINY = timedelta(microseconds=1)


class History(Protocol):
    """Earlier answers, as seen from the check-in being judged (which is never part of them)."""

    def answers(self, item_id: str, start: datetime, end: datetime) -> Sequence[Point]:
        """Answers to ``item_id`` with ``start <= utc < end``, oldest first."""

    def last_before(self, item_id: str, moment: datetime) -> Point | None:
        """The newest answer to ``item_id`` with ``utc < moment``."""


class NoHistory:
    """A history with nothing in it (the very first check-in)."""

    def answers(self, item_id: str, start: datetime, end: datetime) -> Sequence[Point]:
        return ()

    def last_before(self, item_id: str, moment: datetime) -> Point | None:
        return None


class ListHistory:
    """A history made from entries in memory (tests, the example person, an import)."""

    def __init__(self, entries: Iterable[Entry], exclude_entry: int | None = None) -> None:
        self._points: dict[str, list[Point]] = {}
        for entry in sorted(entries, key=lambda e: (e.utc, e.id)):
            if entry.id == exclude_entry:
                continue
            for answer in entry.answers:
                point = Point(entry.id, entry.utc, entry.local, answer.value, answer.text)
                self._points.setdefault(answer.item_id, []).append(point)

    def answers(self, item_id: str, start: datetime, end: datetime) -> Sequence[Point]:
        return [p for p in self._points.get(item_id, ()) if start <= p.utc < end]

    def last_before(self, item_id: str, moment: datetime) -> Point | None:
        earlier = [p for p in self._points.get(item_id, ()) if p.utc < moment]
        return earlier[-1] if earlier else None


@dataclass
class _Judge:
    values: Mapping[str, float | None]
    at: datetime
    tags: frozenset[str]
    history: History
    _previous: dict[str, Point | None] = field(default_factory=dict)

    def previous(self, item_id: str) -> Point | None:
        if item_id not in self._previous:
            self._previous[item_id] = self.history.last_before(item_id, self.at)
        return self._previous[item_id]

    def meets(self, condition: Condition) -> bool:
        if isinstance(condition, ItemTest):
            return self.item(condition)
        if isinstance(condition, SituationTest):
            return any(tag in self.tags for tag in condition.any_of)
        if isinstance(condition, AllOf):
            return all(self.meets(part) for part in condition.parts)
        if isinstance(condition, AnyOf):
            return any(self.meets(part) for part in condition.parts)
        if isinstance(condition, Not):
            return not self.meets(condition.part)
        raise TypeError(f"not a condition: {condition!r}")

    def item(self, test: ItemTest) -> bool:
        value = self.values.get(test.item)
        if value is None:
            return False
        if test.rise_by is not None:
            assert test.within_days is not None
            earlier = [
                p.value
                for p in self.history.answers(test.item, self.at - timedelta(days=test.within_days), self.at)
            ]
            lowest = min((v for v in earlier if v is not None), default=None)
            return lowest is not None and at_least(value - lowest, test.rise_by)
        if not passes(test, value):
            return False
        if test.since_last is not None and not self._since_last(test, value):
            return False
        return test.for_days is None or self._for_days(test, test.for_days)

    def _since_last(self, test: ItemTest, value: float) -> bool:
        previous = self.previous(test.item)
        if previous is None or previous.value is None:
            return True
        new = not passes(test, previous.value)
        worse = value > previous.value + TOLERANCE
        return {"new": new, "worse": worse, "new-or-worse": new or worse}[test.since_last or "new"]

    def _for_days(self, test: ItemTest, days: int) -> bool:
        start = self.at - timedelta(days=days)
        window = self.history.answers(test.item, start, self.at)
        if any(p.value is None or not passes(test, p.value) for p in window):
            return False
        anchor = self.history.last_before(test.item, start + _TINY)
        return anchor is not None and anchor.value is not None and passes(test, anchor.value)


def passes(test: ItemTest, value: float) -> bool:
    """The comparison of ``test`` (not its history parts) on one value."""
    if test.equals is not None:
        return abs(value - test.equals) <= TOLERANCE
    if test.at_least is not None:
        return at_least(value, test.at_least)
    if test.at_most is not None:
        return at_most(value, test.at_most)
    return False


def evaluate(
    rules: Sequence[TriageRule],
    values: Mapping[str, float | None],
    at: datetime,
    tags: frozenset[str] | set[str],
    history: History | None = None,
) -> list[TriageRule]:
    """The rules a check-in meets, most urgent first (content order within a level).

    ``values`` maps item ids to the check-in's answers in stored terms (None or absent: not answered);
    ``at`` is the check-in's moment (aware UTC); ``tags`` the reader's situation.
    """
    if at.tzinfo is None:
        raise ValueError("at must be an aware datetime")
    judge = _Judge(values, at, frozenset(tags), history or NoHistory())
    met = [rule for rule in rules if judge.meets(rule.when)]
    return sorted(met, key=lambda rule: urgency_rank(rule.level))


def alerts_for(rules: Iterable[TriageRule], app_version: str) -> list[Alert]:
    """What is stored with the entry for each fired rule: its id, level and content version."""
    return [Alert(rule.id, rule.level, rule.content_version, app_version) for rule in rules]


def items_tested(condition: Condition) -> set[str]:
    """Every item a condition tests (to tell the GUI which answers a rule reads)."""
    if isinstance(condition, ItemTest):
        return {condition.item}
    if isinstance(condition, (AllOf, AnyOf)):
        return set().union(*(items_tested(part) for part in condition.parts))
    if isinstance(condition, Not):
        return items_tested(condition.part)
    return set()
