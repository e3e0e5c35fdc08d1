"""The handbook as immutable, typed objects. No Qt here: tests use it without a screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from liverbook.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from liverbook.content.diary_model import AnswerScale, DiaryContent, DiaryItem, TriageRule
    from liverbook.content.records_model import RecordsContent

# The four tabs, in the order the window shows them: (id, title). Titles are looked up in Qt's
# translation where shown (context "Tabs"; liverbook.i18n).
TABS: tuple[tuple[str, str], ...] = (
    ("stages", QT_TRANSLATE_NOOP("Tabs", "Stages")),
    ("treatments", QT_TRANSLATE_NOOP("Tabs", "Treatments")),
    ("supportive-care", QT_TRANSLATE_NOOP("Tabs", "Supportive care")),
    ("questions", QT_TRANSLATE_NOOP("Tabs", "Questions to ask")),
)
TAB_IDS = frozenset(tab_id for tab_id, _ in TABS)

# Groups of situation tags, in the order the "My situation" form shows them: (id, title).
TAG_GROUPS: tuple[tuple[str, str], ...] = (
    ("stage", QT_TRANSLATE_NOOP("content", "Stage, if you know it")),
    ("group", QT_TRANSLATE_NOOP("content", "How doctors group the cancer for treatment")),
    ("liver", QT_TRANSLATE_NOOP("content", "Liver function (Child-Pugh class), if you know it")),
    ("condition", QT_TRANSLATE_NOOP("content", "Other liver conditions you have or had")),
    ("treatment", QT_TRANSLATE_NOOP("content", "Treatments received or being considered")),
    ("reader", QT_TRANSLATE_NOOP("content", "Who is reading")),
)
TAG_GROUP_IDS = frozenset(group_id for group_id, _ in TAG_GROUPS)

# What kind of publisher stands behind a source: (id, what belongs in it). docs/content-review.md says
# what each tier may support; the checker enforces it.
TIERS: tuple[tuple[str, str], ...] = (
    ("guideline", "clinical practice guidelines, consensus statements and staging systems"),
    ("regulator", "drug regulators: labels, approvals, safety communications"),
    ("research", "peer-reviewed papers and trial reports"),
    ("statistics", "cancer registries and national statistics"),
    ("reference", "patient information from cancer institutes, cancer societies and health services"),
    ("clinic", "hospitals' and cancer centres' patient pages"),
    ("support", "charities, patient groups, help lines and benefit offices"),
    ("news", "trade news, consumer media and press releases"),
)
TIER_IDS = frozenset(tier_id for tier_id, _ in TIERS)


@dataclass(frozen=True, slots=True)
class Source:
    """A published document the handbook relies on."""

    id: str
    title: str
    publisher: str
    url: str
    accessed: dt.date
    published: str | None = None
    tier: str = ""  # one of TIER_IDS (required in content files)


@dataclass(frozen=True, slots=True)
class Term:
    """A glossary entry: a word and its plain definition."""

    id: str
    term: str
    definition: str
    sources: tuple[str, ...]
    also: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Question:
    """A question the reader may ask the care team."""

    id: str
    topic: str
    text: str
    why: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Topic:
    """A group of questions to ask."""

    id: str
    title: str
    order: int
    questions: tuple[Question, ...]
    reviewed: dt.date
    changes: str | None = None  # "what changed in this review", one short sentence


@dataclass(frozen=True, slots=True)
class Tag:
    """A situation a reader can say applies to them."""

    id: str
    group: str
    label: str


@dataclass(frozen=True, slots=True)
class Page:
    """One page of the handbook; ``body`` is in the Markdown subset of docs/content-format.md."""

    id: str
    tab: str
    order: int
    title: str
    summary: str
    body: str
    sources: tuple[str, ...]
    reviewed: dt.date
    applies_to: tuple[str, ...] = ()
    file: str = ""
    changes: str | None = None  # "what changed in this review", one short sentence

    def applies(self, tags: frozenset[str] | set[str]) -> bool:
        """True when this page is marked for any of the reader's situation tags."""
        return bool(tags) and any(tag in tags for tag in self.applies_to)


class MadeWhenRead(Mapping[str, object]):
    """A read-only mapping whose values are made the first time each is read.

    The content cache gives the handbook's extras so (the diary's and the records' content): the
    first page needs neither, so a start does not unpickle them, nor import their modules.
    """

    def __init__(self, makers: Mapping[str, Callable[[], object]]) -> None:
        self._makers = dict(makers)
        self._made: dict[str, object] = {}

    def __getitem__(self, key: str) -> object:
        if key not in self._made:
            self._made[key] = self._makers[key]()  # (two threads may both make it: the same value)
        return self._made[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)


@dataclass(frozen=True)
class Handbook:
    """Everything the handbook says, checked and cross-referenced."""

    pages: tuple[Page, ...]
    sources: Mapping[str, Source]
    terms: Mapping[str, Term]
    topics: tuple[Topic, ...]
    tags: Mapping[str, Tag]
    # What the content kinds of content/kinds.py built, by kind name (read them through the accessors below).
    extras: Mapping[str, object] = field(default_factory=dict)
    # The language of the text ("en", "es"), and the pages a translated handbook shows in English.
    locale: str = "en"
    in_english: frozenset[str] = frozenset()
    _pages_by_id: Mapping[str, Page] = field(init=False, repr=False, compare=False)
    _questions_by_id: Mapping[str, Question] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("sources", "terms", "tags", "extras"):
            value = getattr(self, name)
            if not isinstance(value, MadeWhenRead):  # read-only already, and made only when read
                object.__setattr__(self, name, MappingProxyType(dict(value)))
        object.__setattr__(self, "_pages_by_id", MappingProxyType({p.id: p for p in self.pages}))
        questions = {q.id: q for t in self.topics for q in t.questions}
        object.__setattr__(self, "_questions_by_id", MappingProxyType(questions))

    @property
    def records(self) -> RecordsContent:
        """Lab tests, the liver scores, the drug list, warning signs and cautions (content/records/)."""
        from liverbook.content.records_model import EMPTY_RECORDS, RecordsContent

        found = self.extras.get("records")
        return found if isinstance(found, RecordsContent) else EMPTY_RECORDS

    @property
    def diary(self) -> DiaryContent:
        """The diary's answer scales, check-in items and triage rules (content/diary/)."""
        from liverbook.content.diary_model import EMPTY_DIARY, DiaryContent

        found = self.extras.get("diary")
        return found if isinstance(found, DiaryContent) else EMPTY_DIARY

    @property
    def answer_scales(self) -> Mapping[str, AnswerScale]:
        return MappingProxyType(self.diary.answer_scales)

    @property
    def diary_items(self) -> tuple[DiaryItem, ...]:
        """The check-in's items, in order."""
        return self.diary.items

    @property
    def triage_rules(self) -> tuple[TriageRule, ...]:
        return self.diary.rules

    def diary_item(self, item_id: str) -> DiaryItem:
        """The diary item with this id (KeyError if there is none)."""
        for item in self.diary.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def page(self, page_id: str) -> Page:
        """The page with this id (KeyError if there is none)."""
        return self._pages_by_id[page_id]

    def has_page(self, page_id: str) -> bool:
        return page_id in self._pages_by_id

    def question(self, question_id: str) -> Question:
        return self._questions_by_id[question_id]

    def has_question(self, question_id: str) -> bool:
        return question_id in self._questions_by_id

    def pages_in_tab(self, tab: str) -> tuple[Page, ...]:
        """The tab's pages in reading order."""
        return tuple(sorted((p for p in self.pages if p.tab == tab), key=lambda p: (p.order, p.title)))

    def questions(self) -> tuple[Question, ...]:
        return tuple(self._questions_by_id.values())

    def pages_for(self, tags: frozenset[str] | set[str]) -> tuple[Page, ...]:
        """Pages marked for any of these situation tags, in tab order then reading order."""
        return tuple(p for tab, _ in TABS for p in self.pages_in_tab(tab) if p.applies(tags))

    def reviewed_range(self) -> tuple[dt.date, dt.date]:
        """The oldest and newest review dates of all pages and question topics."""
        dates = [p.reviewed for p in self.pages] + [t.reviewed for t in self.topics]
        return min(dates), max(dates)
