"""What the visit report shows, read once from the store: :class:`ReportData` and :func:`gather_report`.

Pure Python, no Qt. :func:`gather_report` only reads; :func:`liverbook.summary.report.build_report`
then works from the plain values gathered here, so it can be tested without a store, and the app
core (issue 16) can gather from its own open store.

Two spans of days matter. The *period* is what the person chose ("since my last visit" by default):
medicine changes and the heading speak of it. The *window* is what the charts and the warning signs
show: the period, but never less than the last :data:`MIN_WINDOW_DAYS` days, so a visit ten days ago
still leaves a trend to read (the last visit is marked on the charts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from liverbook.diary.items import ItemView
from liverbook.records.model import Contact, LabResult, LiverAnswers, Medicine, TreatmentLine, Visit
from liverbook.records.visits import last_visit
from liverbook.store.diary_model import DiaryPrefs, Entry, Point
from liverbook.store.model import MyQuestion, Note, Situation

MIN_WINDOW_DAYS = 28
PERIOD_DAYS = {"4w": 28, "3m": 91, "6m": 182, "1y": 365}
LAB_WINDOW_DAYS = 182  # the AFP chart and "before" values look back six months


@dataclass(frozen=True)
class Period:
    """The days a report covers, ``start`` to ``end`` included; ``since`` is the visit it starts at."""

    kind: str
    start: dt.date
    end: dt.date
    since: Visit | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def window_start(self) -> dt.date:
        """The first day the charts and warning signs show (at least MIN_WINDOW_DAYS)."""
        return min(self.start, self.end - dt.timedelta(days=MIN_WINDOW_DAYS - 1))


def resolve_period(
    kind: str, visits: list[Visit], today: dt.date, first_day: dt.date | None = None
) -> Period:
    """The period ``kind`` (see report_choices.PERIODS) ending ``today``.

    "last-visit" starts on the day of the last visit before today (that day included, since a
    check-in that morning came before the visit), or 4 weeks back when none is recorded; "all"
    starts at ``first_day`` (the first diary entry or record), or 4 weeks back.
    """
    four_weeks = today - dt.timedelta(days=27)
    if kind == "last-visit":
        visit = last_visit(visits, today)
        return Period(kind, visit.on, today, visit) if visit else Period(kind, four_weeks, today)
    if kind == "all":
        return Period(kind, min(first_day, today) if first_day else four_weeks, today)
    return Period(kind, today - dt.timedelta(days=PERIOD_DAYS[kind] - 1), today)


@dataclass(frozen=True)
class Flagged:
    """One diary entry in which triage rules fired: when, who answered, what was answered, what fired."""

    entry_id: int
    local: dt.datetime
    answered_by: str
    answers: tuple[tuple[str, str], ...]  # (item label, answer in words) of the items the rules read
    levels: tuple[str, ...]  # the levels that fired (go-now, call-today, next-visit), most urgent first
    reasons: tuple[str, ...]  # the rules' reasons, as the handbook says them now
    rules: tuple[str, ...] = ()  # the ids of the rules that fired
    said: tuple[str, ...] = ()  # the person's own words in that entry ("Anything else"), as typed


@dataclass(frozen=True)
class ReportData:
    """Everything a visit report may show, as plain values."""

    period: Period
    situation: Situation = field(default_factory=Situation)
    example: bool = False
    questions: tuple[MyQuestion, ...] = ()
    notes: tuple[Note, ...] = ()
    visits: tuple[Visit, ...] = ()
    medicines: tuple[Medicine, ...] = ()
    lines: tuple[TreatmentLine, ...] = ()
    contacts: tuple[Contact, ...] = ()
    labs: tuple[LabResult, ...] = ()
    liver: LiverAnswers | None = None
    items: tuple[ItemView, ...] = ()  # every diary item, in check-in order
    prefs: DiaryPrefs = field(default_factory=DiaryPrefs)
    points: Mapping[str, tuple[Point, ...]] = field(
        default_factory=dict
    )  # item id -> answers, window and before
    flagged: tuple[Flagged, ...] = ()  # entries with warning signs in the window, oldest first
    entries: tuple[Entry, ...] = ()  # every entry of the period (read only when the diary table is chosen)
    # Page 1's data read again in English with the English handbook, for a clinician's copy
    # (``ReportChoices.english_page`` with a report in another language); None otherwise.
    english: EnglishCopy | None = None

    @property
    def urgent(self) -> Contact | None:
        return next((c for c in self.contacts if c.urgent), None)

    @property
    def next_visit(self) -> Visit | None:
        coming = [v for v in self.visits if v.on >= self.period.end]
        return min(coming, key=lambda v: (v.on, v.at or "99:99", v.id), default=None)


@dataclass(frozen=True)
class EnglishCopy:
    """What page 1 in English is made of: the English handbook and the data as read with it (the
    diary items' labels and the rules' reasons in English; the person's own words as typed)."""

    book: object  # a Handbook in English
    data: ReportData


LEVEL_ORDER = ("go-now", "call-today", "next-visit")


def _local_start(day: dt.date) -> dt.datetime:
    # A day earlier than asked: an entry written in another time zone still has its local day checked.
    return dt.datetime.combine(day - dt.timedelta(days=1), dt.time()).astimezone()


def gather_report(
    store: object,
    book: object,
    *,
    today: dt.date,
    period_kind: str = "last-visit",
    diary_table: bool = False,
    notes: bool = True,
) -> ReportData:
    """Read what a visit report needs from an open :class:`~liverbook.store.Store` (nothing is written).

    ``diary_table`` reads every entry of the period (for the diary table part); ``notes`` the notes.
    """
    from liverbook.content.diary_model import TEXT
    from liverbook.diary.items import answer_text, by_id
    from liverbook.diary.service import Diary
    from liverbook.diary.triage import items_tested

    s: object = store
    diary = Diary(s, book, clock=lambda: dt.datetime.combine(today, dt.time(12)).astimezone())  # type: ignore[arg-type]
    visits = tuple(s.list_visits())  # type: ignore[attr-defined]
    entries_all = s.count_entries()  # type: ignore[attr-defined]
    every: list[Entry] | None = None  # all entries, read once, only when "all" needs its first day
    if period_kind == "all" and entries_all:
        every = s.entries_between()  # type: ignore[attr-defined]
    first_day = every[0].local.date() if every else None
    period = resolve_period(period_kind, list(visits), today, first_day)
    window = period.window_start
    before = window - dt.timedelta(
        days=period.end.toordinal() - window.toordinal() + 1
    )  # as long again, for "changed"
    items = tuple(diary.items(frozenset()))
    points = {}
    for item in items:
        if item.charted:
            found = s.series(item.id, _local_start(before), None)  # type: ignore[attr-defined]
            points[item.id] = tuple(p for p in found if before <= p.day <= period.end)
    rules = {rule.id: rule for rule in book.triage_rules}  # type: ignore[attr-defined]
    labels = by_id(list(items))
    prefs = diary.prefs()
    flagged: dict[int, Flagged] = {}
    for sign in diary.warnings_since(_local_start(window)):
        if not window <= sign.local.date() <= period.end:
            continue
        entry = s.get_entry(sign.entry_id)  # type: ignore[attr-defined]
        got = flagged.get(sign.entry_id) or Flagged(
            sign.entry_id, sign.local, entry.answered_by if entry else "", (), (), ()
        )
        tested = items_tested(rules[sign.rule_id].when) if sign.rule_id in rules else set()
        answers = list(got.answers)
        for answer in entry.answers if entry else ():
            labelled = labels.get(answer.item_id)
            if answer.item_id in tested and labelled is not None:
                pair = (labelled.label, answer_text(labelled, answer, prefs))
                if pair not in answers:
                    answers.append(pair)
        levels = sorted(
            {*got.levels, sign.level}, key=lambda lv: LEVEL_ORDER.index(lv) if lv in LEVEL_ORDER else 9
        )
        reasons = got.reasons if sign.reason in got.reasons else (*got.reasons, sign.reason)
        said = tuple(
            a.text.strip()
            for a in (entry.answers if entry else ())
            if a.text
            and a.text.strip()
            and (found := labels.get(a.item_id)) is not None
            and found.kind == TEXT
        )
        flagged[sign.entry_id] = Flagged(
            got.entry_id,
            got.local,
            got.answered_by,
            tuple(answers),
            tuple(levels),
            reasons,
            tuple(dict.fromkeys((*got.rules, sign.rule_id))),
            said,
        )
    entries: tuple[Entry, ...] = ()
    if diary_table and entries_all:
        found = every if every is not None else s.entries_between(_local_start(period.start), None)  # type: ignore[attr-defined]
        entries = tuple(e for e in found if period.start <= e.local.date() <= period.end)
    return ReportData(
        period=period,
        situation=s.get_situation(),  # type: ignore[attr-defined]
        example=bool(getattr(s, "is_example", False)),
        questions=tuple(s.list_my_questions()),  # type: ignore[attr-defined]
        notes=tuple(s.list_notes()) if notes else (),  # type: ignore[attr-defined]
        visits=visits,
        medicines=tuple(s.list_medicines()),  # type: ignore[attr-defined]
        lines=tuple(s.list_treatment_lines()),  # type: ignore[attr-defined]
        contacts=tuple(s.list_contacts()),  # type: ignore[attr-defined]
        labs=tuple(s.list_lab_results()),  # type: ignore[attr-defined]
        liver=s.latest_liver_answers(today),  # type: ignore[attr-defined]
        items=items,
        prefs=prefs,
        points=points,
        flagged=tuple(sorted(flagged.values(), key=lambda f: (f.local, f.entry_id))),
        entries=entries,
    )
