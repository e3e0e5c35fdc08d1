"""The example person: a made-up person's data, to try the handbook with. Qt-free, deterministic.

:func:`make_example` fills a new store in a throwaway folder with three months of diary (a few
warning signs among them, judged by the handbook's own triage rules), a situation, questions and
notes, and marks the store as an example (``Store.is_example``) so that every view can say so. It
refuses any folder that is not empty, and the reader's own data folder, so it never touches their
data. The same seed and day give the same data, byte for byte in what is stored.

Each part of the example is one function of :class:`ExampleContext` listed in :data:`PARTS`; a later
feature adds its part (medicines, visits, lab results) by adding a function there.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import liverbook
from liverbook.content.model import Handbook
from liverbook.diary import messages as m
from liverbook.diary.example_words import Words, words_for
from liverbook.diary.triage import ListHistory, alerts_for, evaluate
from liverbook.records.example import records_part
from liverbook.store.diary_model import CARER, PATIENT, Answer, DiaryPrefs, Entry, NewEntry
from liverbook.store.model import Situation
from liverbook.store.store import Store

TIME_ZONE = dt.timezone(dt.timedelta(hours=-5))  # a fixed zone: the example is the same everywhere
DAYS = 92  # about three months
TAGS = frozenset({"stage-4", "advanced", "child-pugh-b", "hepatitis-c", "immunotherapy"})


class ExampleRefused(Exception):
    """The folder is not a safe place for the example (not empty, or the reader's own data folder)."""


class _Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass
class ExampleContext:
    """What every part of the example shares: the store, the handbook, one seeded random source."""

    store: Store
    book: Handbook
    rng: random.Random
    today: dt.date
    clock: _Clock
    entries: list[Entry] = field(default_factory=list)

    @property
    def words(self) -> Words:
        """What the example person typed, in the handbook's language."""
        return words_for(self.book.locale)

    @property
    def first_day(self) -> dt.date:
        return self.today - dt.timedelta(days=DAYS - 1)

    def at(self, day: dt.date, hour: int, minute: int) -> tuple[dt.datetime, dt.datetime]:
        """``(local, utc)`` of a wall-clock time on ``day`` in the example's time zone."""
        local = dt.datetime.combine(day, dt.time(hour, minute))
        return local, local.replace(tzinfo=TIME_ZONE).astimezone(dt.timezone.utc)


def situation_part(ctx: ExampleContext) -> None:
    ctx.store.set_situation(Situation(TAGS, "patient", m.tr(m.EXAMPLE_NAME)))


def questions_part(ctx: ExampleContext) -> None:
    topics = ctx.book.topics[:3]
    for topic in topics:
        ctx.store.add_curated_question(topic.questions[0].id)
    w = ctx.words
    own = ctx.store.add_own_question(w.marked("own question"))
    ctx.store.set_answer(own.id, w.marked("own answer"), ctx.today - dt.timedelta(days=30))
    ctx.store.set_asked(own.id, True)


def notes_part(ctx: ExampleContext) -> None:
    page = "ascites" if ctx.book.has_page("ascites") else None
    ctx.store.add_note(ctx.words.marked("note fever"))
    ctx.store.add_note(ctx.words.marked("note weigh"), page_id=page)


def diary_part(ctx: ExampleContext) -> None:
    """Three months of check-ins, with a few warning signs; each is judged by the handbook's rules."""
    store, rng, w = ctx.store, ctx.rng, ctx.words
    store.set_diary_prefs(DiaryPrefs("celsius", "kg", w.marked("phone")))
    cramps = store.add_own_item(w["cramps"])
    weight = 68.0
    for n in range(DAYS):
        day = ctx.first_day + dt.timedelta(days=n)
        if rng.random() < 0.05 and n not in (0, 14, 20, 55, 73, 74):
            continue  # a missed day now and then
        later = n >= 60
        answers = {
            "pain": float(6 if n in (40, 41) else rng.choice((1, 2, 2, 2, 3, 3))),
            "tiredness": float(rng.choice((1, 1, 2) if not later else (1, 2, 2))),
            "appetite": float(rng.choice((0, 1, 1) if not later else (1, 1, 2))),
            "nausea": float(rng.choice((0, 0, 0, 1))),
            "vomiting": 0.0,
            "diarrhea": 2.0 if n == 20 else 0.0,
            "belly-swelling": float(0 if n < 30 else 1 if n < 70 else 2),
            "leg-swelling": float(0 if n < 62 else 1),
            "yellow-skin": 0.0,
            "itching": 0.0,
            "black-stools": 0.0,
            "other-bleeding": 1.0 if n == 55 else 0.0,
            "rash": 0.0,
            "breathlessness": float(rng.choice((0, 0, 1))),
            "cough": 0.0,
            "low-mood": float(rng.choice((1, 1, 2))),
            "worry": float(rng.choice((1, 2, 2))),
            "thinking-changes": 1.0 if n == 73 else 0.0,
            "confusion": 0.0,
            cramps.item_id: float(rng.choice((0, 0, 2, 3))),
        }
        weight += rng.choice((-0.1, 0.0, 0.05, 0.1)) + (0.02 if n >= 30 else 0.0)
        if rng.random() < 0.85:
            answers["weight"] = round(weight, 1)
        if n in (14, 15) or rng.random() < 0.3:
            answers["temperature"] = 38.4 if n == 14 else round(rng.uniform(36.4, 37.1), 1)
        words = {
            "pain": w["pain where"] if n in (40, 41) else None,
            "other-bleeding": w["nosebleed"] if n == 55 else None,
        }
        note = {14: w["day 14"], 41: w["day 41"], 73: w["day 73"]}.get(n)
        row = [Answer(item, value, words.get(item)) for item, value in answers.items()]
        if note:
            row.append(Answer("note", None, f"{note} {w['mark']}"))
        _check_in(ctx, day, (8, rng.randrange(0, 50, 5)), PATIENT, row)
        if n == 74:  # the carer notices confusion in the evening
            _check_in(
                ctx,
                day,
                (20, 40),
                CARER,
                [
                    Answer("confusion", 1.0),
                    Answer("thinking-changes", 1.0),
                    Answer("note", None, w.marked("carer")),
                ],
            )


def _check_in(
    ctx: ExampleContext, day: dt.date, time: tuple[int, int], who: str, answers: list[Answer]
) -> None:
    local, utc = ctx.at(day, *time)
    values = {a.item_id: a.value for a in answers}
    fired = evaluate(ctx.book.triage_rules, values, utc, TAGS, ListHistory(ctx.entries))
    ctx.clock.now = utc + dt.timedelta(minutes=2)
    entry = ctx.store.add_entry(
        NewEntry(local, utc, who, tuple(answers)), alerts_for(fired, liverbook.__version__)
    )
    ctx.entries.append(entry)


Part = Callable[[ExampleContext], None]
PARTS: list[Part] = [situation_part, questions_part, notes_part, diary_part, records_part]
"""The parts of the example, in order; add one function per feature."""


def _refuse_unsafe(folder: Path, user_data_dir: Path | None) -> None:
    target = folder.resolve()
    if user_data_dir is not None:
        own = user_data_dir.resolve()
        if target == own or own in target.parents:
            raise ExampleRefused(
                f"{folder} is (inside) your own data folder; the example is never made there"
            )
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ExampleRefused(f"{folder} is not an empty folder; the example is only made in a new, empty one")


def make_example(
    folder: Path,
    book: Handbook,
    *,
    today: dt.date | None = None,
    seed: int = 17,
    user_data_dir: Path | None = None,
) -> Path:
    """Fill a new store in ``folder`` (new or empty) with the example person's data; return ``folder``.

    ``today`` is the last day of the diary (default: today). ``user_data_dir`` is the reader's own
    data folder, which the example refuses to use. Raises ExampleRefused, or StoreError on disk trouble.
    """
    _refuse_unsafe(folder, user_data_dir)
    last = today or dt.date.today()
    start_clock = dt.datetime.combine(last - dt.timedelta(days=DAYS), dt.time(12), tzinfo=dt.timezone.utc)
    clock = _Clock(start_clock)
    with Store.open(folder, clock=clock) as store:
        store.mark_example()
        ctx = ExampleContext(store, book, random.Random(seed), last, clock)
        for part in PARTS:
            part(ctx)
    return folder


def new_example_folder() -> Path:
    """A new, private, empty temporary folder for the example (the caller removes it when done)."""
    return Path(tempfile.mkdtemp(prefix="liverbook-example-"))
