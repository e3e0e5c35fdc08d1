"""What the bench's measurements share: the app's code on the path, the notes they make, the window's
helpers, a heartbeat for stalls (``bench/measures.py`` and the ``*_bench.py`` modules beside it)."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CODE = os.environ.get("LIVERBOOK_BENCH_CODE") or str(ROOT / "desktop")  # bench/run.py --code
if _CODE not in sys.path:  # the checkout's code, installed or not
    sys.path.insert(0, _CODE)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# "A 1 MB note": just under the store's limit of 1,000,000 characters, with room for what the runs type.
BIG_NOTE_CHARS = 999_000

# Everyday words of a diary kept beside the handbook; the rest of a note's words are the handbook's own.
_DIARY = (
    "ask about the scan on monday bring list of pills felt tired today after the walk appointment "
    "with the nurse at ten pain was better in the morning worse at night eat small meals drink water "
    "call if fever my daughter will drive the results next week remember to write down questions "
    "sleep was poor the doctor said we should wait and see new medicine started side effects so far "
    "mild itchy skin swollen ankles weight went down a little feeling hopeful talk to the team about "
    "help at home ask about the trial insurance forms parking costs the pharmacy closes at six"
)
_EVERYDAY = _DIARY.split()


# -- helpers ---------------------------------------------------------------------------------------


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0


def percentile(values: list[float], fraction: float) -> float:
    """The ``fraction`` quantile (0.95 for p95), linear between the two nearest values."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    place = (len(ordered) - 1) * fraction
    low = int(place)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (place - low)


def _handbook_words() -> list[str]:
    """Every word of the handbook's pages and glossary, as often as it appears there (so, Zipf-like)."""
    import re

    from liverbook.content import markdown

    book = _book()
    text = " ".join(
        [markdown.plain_text(p.body) for p in book.pages] + [t.definition for t in book.terms.values()]
    )
    return re.findall(r"[a-z][a-z'-]*", text.lower())


def note_texts(count: int, seed: int = 9, long_every: int = 50) -> list[str]:
    """``count`` made-up notes as people write them: 8 to 90 words on a few lines, every 50th 300 to 900.

    Seven words in ten are drawn from the handbook's text with its own word frequencies, three from
    everyday diary words: common words are in most notes, a drug's name in a few, as in real notes.
    """
    rng = random.Random(seed)
    handbook = _handbook_words()
    out = []
    for n in range(count):
        length = rng.randint(8, 90) if n % long_every else rng.randint(300, 900)
        lines = []
        left = length
        while left > 0:
            k = min(left, rng.randint(5, 16))
            words = [rng.choice(handbook) if rng.random() < 0.7 else rng.choice(_EVERYDAY) for _ in range(k)]
            lines.append(" ".join(words).capitalize() + ".")
            left -= k
        out.append("\n".join(lines))
    return out


def make_store(data_dir: Path, count: int, big_note_chars: int = 0) -> None:
    """A data folder whose store holds ``count`` notes (and one ``big_note_chars`` long, if asked).

    The notes go in through the Store API's import (one transaction, as a restored export would),
    since ``count`` separate durable saves would take minutes.
    """
    from liverbook.store import Store, exchange
    from liverbook.store.model import Note, Situation

    texts = note_texts(count)
    if big_note_chars:
        texts.append(big_note(big_note_chars))
    start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    pages = ("child-pugh-score", "pain", None, None, "metastatic-liver-cancer", None)
    notes = [
        Note(
            n + 1,
            text,
            pages[n % len(pages)],
            start + dt.timedelta(minutes=n),
            start + dt.timedelta(minutes=n),
        )
        for n, text in enumerate(texts)
    ]
    store = Store.open(data_dir)
    try:
        known = {p.id for p in _book().pages}
        notes = [
            n if n.page_id is None or n.page_id in known else Note(n.id, n.text, None, n.created, n.updated)
            for n in notes
        ]
        store.import_data(exchange.build(notes, Situation(), [], start))
    finally:
        store.close()


def big_note(chars: int) -> str:
    """A note of about ``chars`` characters (a long diary kept in one note)."""
    lines = note_texts(max(1, chars // 400 + 1), seed=11, long_every=1)
    text = "\n\n".join(lines)
    while len(text) < chars:
        text += "\n\n" + text
    return text[:chars]


_BOOK: list[object] = []


def _book():  # type: ignore[no-untyped-def]
    if not _BOOK:
        from liverbook import paths
        from liverbook.content import load_handbook

        _BOOK.append(load_handbook(paths.content_dir()))
    return _BOOK[0]


def core_for(book, data_dir: Path, store):  # type: ignore[no-untyped-def]
    """The app core of a data folder, as the app makes it."""
    from liverbook.core.app_core import Core
    from liverbook.settings import SettingsFile

    return Core(book, data_dir, store, "", SettingsFile(data_dir))


def application():  # type: ignore[no-untyped-def]
    """The app's own QApplication (names, bundled font), created once."""
    from liverbook.ui.app import create_application

    return create_application(["liverbook-bench"])


@contextmanager
def temp_dir() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="liverbook-bench-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def settle(app, rounds: int = 3) -> None:  # type: ignore[no-untyped-def]
    for _ in range(rounds):
        app.processEvents()


class Heartbeat:
    """A 1 ms timer; the longest gap between its ticks is the longest time the event loop was busy."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return self.worst * 1000.0
