"""The diary for a window or a command: check in, judge, read trends, list warning signs. No Qt.

:class:`Diary` binds one open :class:`~liverbook.store.Store` to the handbook's content; the GUI's
check-in, trend and triage views (and the app core of issue 16) drive it. Everything the views show
comes from here in the reader's words and units; every time is taken from an injectable clock.

Times: a check-in's moment is an aware datetime (by default now, in the computer's time zone), or a
naive wall-clock time the reader picked when editing (read in the computer's time zone, daylight
saving included). It is stored as local wall-clock time and as UTC (:mod:`liverbook.store.diary_model`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import liverbook
from liverbook.content.diary_model import TriageRule
from liverbook.content.model import Handbook
from liverbook.diary import csv_export, messages as m
from liverbook.diary.advice import Advice, advice_for
from liverbook.diary.items import ItemView, answer_text, by_id, catalog
from liverbook.diary.trends import ChartData, MarkLike, TableRow, chart_data, period_start, summary, table
from liverbook.diary.triage import alerts_for, evaluate
from liverbook.store.diary_model import Answer, DiaryPrefs, Entry, NewEntry, Point
from liverbook.store.store import Store

Clock = Callable[[], dt.datetime]
_MARGIN = dt.timedelta(days=1)  # around a period's local days, for entries written in other time zones


def local_now() -> dt.datetime:
    """Now, aware, in the computer's time zone."""
    return dt.datetime.now().astimezone()


def moment(when: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """``(local wall-clock time, UTC)`` of a check-in moment (see the module's docstring)."""
    aware = when if when.tzinfo is not None else when.astimezone()
    local = when.replace(tzinfo=None) if when.tzinfo is None else aware.replace(tzinfo=None)
    return local.replace(second=0, microsecond=0), aware.astimezone(dt.timezone.utc)


class StoreHistory:
    """Earlier answers from the store, leaving out the entry being edited (see :mod:`.triage`)."""

    def __init__(self, store: Store, exclude_entry: int | None = None) -> None:
        self._store = store
        self._exclude = exclude_entry

    def answers(self, item_id: str, start: dt.datetime, end: dt.datetime) -> Sequence[Point]:
        return [p for p in self._store.series(item_id, start, end) if p.entry_id != self._exclude]

    def last_before(self, item_id: str, at: dt.datetime) -> Point | None:
        return self._store.previous_answer(item_id, at, self._exclude)


@dataclass(frozen=True)
class CheckIn:
    """A saved check-in, the rules it met, and the advice to show (None when no rule fired)."""

    entry: Entry
    fired: tuple[TriageRule, ...]
    advice: Advice | None


@dataclass(frozen=True)
class DiaryText:
    """Words the reader wrote in the diary, for the search index (issue 16's search/ builds it)."""

    entry_id: int
    local: dt.datetime
    item_label: str
    words: str


@dataclass(frozen=True)
class WarningSign:
    """A rule that fired, for "warning signs since the last visit"."""

    entry_id: int
    local: dt.datetime
    level: str
    level_title: str
    rule_id: str
    reason: str  # the rule's reason as the handbook says it now (its id if the rule is gone)
    content_version: str


class Diary:
    """The diary of one store, judged by one handbook's rules."""

    def __init__(
        self, store: Store, book: Handbook, clock: Clock = local_now, app_version: str = liverbook.__version__
    ) -> None:
        self.store = store
        self.book = book
        self._clock = clock
        self._app_version = app_version

    def reading_from(self, store: Store) -> Diary:
        """The same diary (handbook, clock) read through ``store``: a reader for a worker thread."""
        return Diary(store, self.book, self._clock, self._app_version)

    # -- items -----------------------------------------------------------------------------------------

    def items(self, tags: frozenset[str] | set[str]) -> list[ItemView]:
        """Every item, in check-in order, with whether it is asked (for the settings list)."""
        return catalog(self.book, self.store.list_own_items(), self.store.item_settings(), tags)

    def asked(self, tags: frozenset[str] | set[str]) -> list[ItemView]:
        """The items the check-in asks now."""
        return [item for item in self.items(tags) if item.enabled]

    def prefs(self) -> DiaryPrefs:
        return self.store.get_diary_prefs()

    # -- checking in -------------------------------------------------------------------------------------

    def judge(
        self,
        answers: Sequence[Answer],
        utc: dt.datetime,
        tags: frozenset[str] | set[str],
        exclude_entry: int | None = None,
    ) -> list[TriageRule]:
        """The rules these answers meet at ``utc`` (nothing is saved)."""
        values = {a.item_id: a.value for a in answers}
        return evaluate(self.book.triage_rules, values, utc, tags, StoreHistory(self.store, exclude_entry))

    def check_in(
        self,
        answers: Sequence[Answer],
        answered_by: str,
        tags: frozenset[str] | set[str],
        when: dt.datetime | None = None,
    ) -> CheckIn:
        """Judge and save a check-in in one short transaction; return it with the advice to show."""
        local, utc = moment(when or self._clock())
        fired = self.judge(answers, utc, tags)
        entry = self.store.add_entry(
            NewEntry(local, utc, answered_by, tuple(answers)), alerts_for(fired, self._app_version)
        )
        return CheckIn(entry, tuple(fired), advice_for(fired, self.book, self.prefs()))

    def edit(
        self,
        entry_id: int,
        answers: Sequence[Answer],
        answered_by: str,
        tags: frozenset[str] | set[str],
        when: dt.datetime,
        created: dt.datetime | None = None,
    ) -> CheckIn:
        """Change a past entry; its rules are judged again, against the answers given before it. An
        entry that is no longer there (the data was put back from a copy without it) is saved as a new
        one, so no answer is dropped: the entry returned has its id. ``created`` (the entry's, as it was
        opened) tells it from another entry given the same id after a backup was put back: the answers
        then go into a new entry, never over that other one."""
        local, utc = moment(when)
        there = self.store.get_entry(entry_id) if created is not None else None
        same = created is None or (there is not None and there.created == created)
        fired = self.judge(answers, utc, tags, exclude_entry=entry_id if same else None)
        new, alerts = NewEntry(local, utc, answered_by, tuple(answers)), alerts_for(fired, self._app_version)
        try:
            if not same:
                raise KeyError(entry_id)
            entry = self.store.update_entry(entry_id, new, alerts)
        except KeyError:
            entry = self.store.add_entry(new, alerts)
        return CheckIn(entry, tuple(fired), advice_for(fired, self.book, self.prefs()))

    # -- trends ------------------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._clock().date()

    def points(self, item_id: str, period: str) -> list[Point]:
        """An item's answers in a period ending today (reader's days), oldest first."""
        first = period_start(period, self.today())
        start = None if first is None else dt.datetime.combine(first, dt.time()).astimezone() - _MARGIN
        found = self.store.series(item_id, start, None)
        return [p for p in found if first is None or p.day >= first]

    def chart(self, item_id: str, period: str, markers: Sequence[MarkLike] = ()) -> ChartData:
        """What the chart of an item over a period shows; ``markers``: treatment starts and stops,
        such as ``liverbook.records.timeline.marks(...)`` gives."""
        item = self._item(item_id)
        points = self.points(item_id, period)
        today = self.today()
        first = period_start(period, today) or (points[0].day if points else today)
        warnings = [
            w.local.date()
            for w in self.warnings_since(dt.datetime.combine(first, dt.time()).astimezone() - _MARGIN)
            if item_id in _tested(self.book, w.rule_id)
        ]
        return chart_data(
            item, points, self.prefs(), first, today, m.tr(m.PERIODS[period]), markers, warnings
        )

    def summary(self, item_id: str, period: str) -> str:
        return summary(self._item(item_id), self.points(item_id, period), self.prefs())

    def table(self, item_id: str, period: str) -> list[TableRow]:
        return table(self._item(item_id), self.points(item_id, period), self.prefs())

    def _item(self, item_id: str) -> ItemView:
        items = by_id(self.items(frozenset()))
        if item_id not in items:
            raise KeyError(f"no diary item {item_id!r}")
        return items[item_id]

    # -- warning signs, words, exports ---------------------------------------------------------------------

    def warnings_since(self, since: dt.datetime | None) -> list[WarningSign]:
        """Every rule that fired for entries at or after ``since`` (None: ever), oldest first."""
        rules = {rule.id: rule for rule in self.book.triage_rules}
        out = []
        for record in self.store.alerts_since(since):
            alert = record.alert
            rule = rules.get(alert.rule_id)
            out.append(
                WarningSign(
                    record.entry_id,
                    record.local,
                    alert.level,
                    m.tr(m.LEVEL_TITLE[alert.level]),
                    alert.rule_id,
                    rule.reason if rule is not None else alert.rule_id,
                    alert.content_version,
                )
            )
        return out

    def answer_text(self, answer: Answer) -> str:
        """An answer in words and the reader's units (for the readable copy of an export)."""
        return answer_text(by_id(self.items(frozenset())).get(answer.item_id), answer, self.prefs())

    def label(self, kind: str, ident: str) -> str:
        """Names of diary items and rules for the readable copy (kinds ``diary-item``, ``diary-rule``)."""
        if kind == "diary-item":
            item = by_id(self.items(frozenset())).get(ident)
            return item.label if item is not None else ident
        if kind == "diary-rule":
            rule = next((r for r in self.book.triage_rules if r.id == ident), None)
            return rule.reason if rule is not None else ident
        return ident

    def texts(self) -> list[DiaryText]:
        """Every line of words in the diary (notes and "Where?" details), oldest first: what search finds."""
        items = by_id(self.items(frozenset()))
        return [
            DiaryText(
                entry.id, entry.local, items[a.item_id].label if a.item_id in items else a.item_id, a.text
            )
            for entry in self.store.entries_between()
            for a in entry.answers
            if a.text
        ]

    def export_csv(self, path: Path) -> Path:
        """The whole diary as a spreadsheet file (UTF-8 CSV), written atomically."""
        return csv_export.write_csv(
            path,
            self.store.entries_between(),
            self.items(frozenset()),
            self.prefs(),
            lambda rule_id: self.label("diary-rule", rule_id),
        )


def _tested(book: Handbook, rule_id: str) -> set[str]:
    from liverbook.diary.triage import items_tested

    rule = next((r for r in book.triage_rules if r.id == rule_id), None)
    return items_tested(rule.when) if rule is not None else set()
