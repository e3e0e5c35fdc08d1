"""The diary's content as typed objects: answer scales, check-in items and triage rules. No Qt here.

These come from ``content/diary/*.yaml`` (read by :mod:`liverbook.content.diary_loader`), so what the
diary asks and when it says to call are handbook content, with sources, never code. Thresholds are
held in SI units (degrees Celsius, kilograms); answers on a scale of levels are held as the level's
position (0 for the first level).

A triage rule's condition is a small tree (:data:`Condition`): tests of one answer
(:class:`ItemTest`), of the reader's situation (:class:`SituationTest`), and ``all`` / ``any`` /
``not`` of other conditions. :mod:`liverbook.diary.triage` evaluates it; nothing is ever ``eval``-ed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# Kinds of answer an item takes.
SCALE = "scale"  # a whole number from 0 (none) to 10 (worst you can imagine)
LEVELS = "levels"  # one level of an answer scale (PRO-CTCAE-style frequency, severity, interference, or the item's own)
YES_NO = "yes-no"
NUMBER = "number"  # a measurement with a unit (temperature, weight) or a count
TEXT = "text"  # free words, never tested by a rule
KINDS = (SCALE, LEVELS, YES_NO, NUMBER, TEXT)

# What a number measures, and the SI unit it is stored and tested in.
QUANTITIES: dict[str, str] = {"temperature": "celsius", "weight": "kg", "count": "count"}

# How urgent a fired rule is, most urgent first.
GO_NOW, CALL_TODAY, NEXT_VISIT = "go-now", "call-today", "next-visit"
URGENCY = (GO_NOW, CALL_TODAY, NEXT_VISIT)

OWN_ITEM_PREFIX = "own-"  # ids of the reader's own items ("own-3"); content ids may not start with it
SCALE_MAX = 10


@dataclass(frozen=True, slots=True)
class Level:
    """One answer on an answer scale, in plain words; ``short`` is for charts and summaries."""

    id: str
    label: str
    short: str = ""

    @property
    def brief(self) -> str:
        """The short words (the label when no short form is given)."""
        return self.short or self.label


@dataclass(frozen=True, slots=True)
class AnswerScale:
    """An ordered set of answers, mildest first; a level's value is its position."""

    id: str
    title: str
    levels: tuple[Level, ...]
    sources: tuple[str, ...]

    def position(self, level_id: str) -> int:
        """The value of a level (ValueError if this scale has no such level)."""
        for index, level in enumerate(self.levels):
            if level.id == level_id:
                return index
        raise ValueError(f"no level {level_id!r} in scale {self.id!r}")

    def level(self, value: float) -> Level:
        """The level whose value is ``value`` (rounded to the nearest level)."""
        return self.levels[min(max(int(round(value)), 0), len(self.levels) - 1)]

    def label(self, value: float) -> str:
        """The words of the level whose value is ``value``."""
        return self.level(value).label


@dataclass(frozen=True, slots=True)
class DiaryItem:
    """One question of the check-in.

    ``scale`` names the answer scale of a ``levels`` item; ``quantity``, ``minimum`` and ``maximum``
    (SI) belong to a ``number`` item; ``detail`` is the label of an optional line of words beside the
    answer ("Where?"). ``on_for``: when given, the item is on by default only for readers whose
    situation has one of these tags (their own choice always wins).
    """

    id: str
    label: str
    help: str
    kind: str
    order: int
    sources: tuple[str, ...]
    scale: str | None = None
    quantity: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    detail: str | None = None
    enabled: bool = True
    on_for: tuple[str, ...] = ()
    page: str | None = None

    def on_by_default(self, tags: frozenset[str] | set[str]) -> bool:
        """Whether the check-in asks this item before the reader has chosen."""
        if self.on_for:
            return any(tag in tags for tag in self.on_for)
        return self.enabled


@dataclass(frozen=True, slots=True)
class ItemTest:
    """A test of the current answer to one item.

    Exactly one comparison: ``equals`` (a level's value, or 1/0 for yes/no), ``at_least``,
    ``at_most`` (SI units or level values), or ``rise_by`` with ``within_days`` (the answer is at
    least ``rise_by`` above the lowest answer of the ``within_days`` days before it). Optional:
    ``since_last`` ``new`` (the previous answer did not pass, or there was none), ``worse`` (the
    value is above the previous answer's), or ``new-or-worse``; ``for_days``: every answer of the
    last ``for_days`` days passed too, and the first of them is at least that old.
    """

    item: str
    equals: float | None = None
    at_least: float | None = None
    at_most: float | None = None
    rise_by: float | None = None
    within_days: int | None = None
    since_last: str | None = None
    for_days: int | None = None


@dataclass(frozen=True, slots=True)
class SituationTest:
    """True when the reader's situation has any of these tags."""

    any_of: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AllOf:
    parts: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    parts: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class Not:
    part: Condition


Condition = ItemTest | SituationTest | AllOf | AnyOf | Not


@dataclass(frozen=True, slots=True)
class TriageRule:
    """When an answer (or a change) means "go now", "call today" or "tell them at the next visit"."""

    id: str
    level: str
    when: Condition
    reason: str
    page: str
    sources: tuple[str, ...]
    reviewed: dt.date

    @property
    def content_version(self) -> str:
        """What is stored with a fired rule to say which version of it fired: its review date."""
        return self.reviewed.isoformat()


@dataclass(frozen=True, slots=True)
class DiaryContent:
    """Everything the handbook says about the diary (``Handbook.extras["diary"]``)."""

    answer_scales: dict[str, AnswerScale]
    items: tuple[DiaryItem, ...]  # in check-in order
    rules: tuple[TriageRule, ...]


EMPTY_DIARY = DiaryContent({}, (), ())


def urgency_rank(level: str) -> int:
    """0 for go-now, 1 for call-today, 2 for next-visit (for sorting, most urgent first)."""
    return URGENCY.index(level)
