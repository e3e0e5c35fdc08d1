"""The measurements of ``bench/run.py``: each one times the app's code and a plain baseline in turn.

Every ``*_run`` function does one app run and one baseline run (interleaved: app, then baseline) and
returns their figures in milliseconds; ``bench/run.py`` calls it several times and takes medians.
Sizes are parameters, so ``tests/test_bench_smoke.py`` can run each once with tiny ones.

Run as a script, this module is the worker process ``bench/run.py`` starts for the in-process
measurements (one process per measurement, offscreen unless ``QT_QPA_PLATFORM`` says otherwise):

    python bench/measures.py search|pdf|autosave|typing|load|diary|diarytab|report --runs 7 [--notes 10000]

It prints one JSON object: the raw figures of every run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
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

# Realistic searches, typed one character at a time (a reader's words, not the handbook's ids).
QUERIES = (
    "pain",
    "sorafenib",
    "child pugh",
    "tumour size",
    "liver transplant",
    "side effects",
    "tired all the time",
    "what stage is it",
    "nausea",
    "blood test results",
    "hospice care at home",
    "ask the doctor",
)

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


# -- search ----------------------------------------------------------------------------------------


class SearchBench:
    """The real main window with a store of ``notes`` notes, and a naive baseline window beside it.

    App: each character goes into ``window.search_field`` as a key press (QTest.keyClick), then
    events are processed until the results list has been laid out and painted.
    Baseline: the same key presses into a plain QLineEdit whose textChanged runs the simplest search
    there is (every typed word as a substring of the casefolded text, over the same pages, glossary,
    questions and notes) and shows the first 50 titles in a QListWidget.
    """

    def __init__(self, data_dir: Path, notes: int, queries: tuple[str, ...] = QUERIES) -> None:
        from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

        from liverbook.content import markdown
        from liverbook.store import Store
        from liverbook.ui.window.main_window import MainWindow

        self.app = application()
        self.queries = queries
        self.sessions = 0
        make_store(data_dir, notes)
        self.store = Store.open(data_dir)
        book = _book()
        self.window = MainWindow(core_for(book, data_dir, self.store))
        self.window.show()
        settle(self.app)
        # The baseline's corpus: the same texts the index holds.
        corpus = [(p.title, f"{p.title}\n{p.summary}\n{markdown.plain_text(p.body)}") for p in book.pages]
        corpus += [(t.term, " ".join((t.term, *t.also, t.definition))) for t in book.terms.values()]
        corpus += [(q.text, f"{q.text}\n{q.why}") for q in book.questions()]
        corpus += [(n.text.split("\n", 1)[0][:80], n.text) for n in self.store.list_notes()]
        self.corpus = [(title, text.casefold()) for title, text in corpus]
        self.base = QWidget()
        self.base_field = QLineEdit()
        self.base_label = QLabel()
        self.base_list = QListWidget()
        layout = QVBoxLayout(self.base)
        layout.addWidget(self.base_field)
        layout.addWidget(self.base_label)
        layout.addWidget(self.base_list)
        self.base_field.textChanged.connect(self._naive_search)
        self.base.resize(1200, 780)
        self.base.show()
        settle(self.app)

    def _naive_search(self, text: str) -> None:
        words = text.casefold().split()
        self.base_list.clear()
        if not words:
            return
        found = [title for title, body in self.corpus if all(w in body for w in words)]
        self.base_label.setText(f"{len(found)} results")
        self.base_list.addItems(found[:50])

    def first_keystroke(self) -> dict[str, float]:
        """The first search of a session, and what building the index costs (ms).

        ``idle_stall``: the longest stall of a 1 ms heartbeat while the window sits idle and builds
        the index in the background (the first time, as the window does it 1.5 s after start; then
        started at once, after dropping the index); ``list_notes``: the part of that build done in
        the window's thread (opening the worker's own connection to the store: the notes are read
        in the worker); ``first``: the first key press after that; ``foreground``: building the
        index while a search waits (one that comes too early).
        """
        from liverbook.ui.window.main_window import INDEX_AFTER_MS

        window = self.window
        search = window.core.search
        heartbeat = Heartbeat()
        if search.built:
            search.replaced()
        start = time.perf_counter()
        self.store.reader().close()
        list_notes = ms_since(start)
        heartbeat.start()
        until = time.perf_counter() + INDEX_AFTER_MS / 1000 + 0.1
        if self.sessions:  # the window's own timer started the first build; start the others now
            search.build_in_background()
        while time.perf_counter() < until or search.building:
            self.app.processEvents()
            build = search._build
            if build is not None and not build._thread.is_alive():
                break
            time.sleep(0.0005)
        idle_stall = heartbeat.stop()
        first = self._type(window.search_field, "l")[0]
        search.replaced()
        start = time.perf_counter()
        search.index  # noqa: B018 - built here, as when a search comes too early
        foreground = ms_since(start)
        self.sessions += 1
        return {"idle_stall": idle_stall, "list_notes": list_notes, "first": first, "foreground": foreground}

    def _type(self, field, text: str) -> list[float]:  # type: ignore[no-untyped-def]
        from PySide6.QtTest import QTest

        field.setFocus()
        times = []
        for char in text:
            start = time.perf_counter()
            QTest.keyClick(field, char)
            self.app.processEvents()  # layout, then paint of the results
            self.app.processEvents()
            times.append(ms_since(start))
        field.clear()
        settle(self.app)
        return times

    def run(self) -> dict[str, list[float]]:
        app_times: list[float] = []
        base_times: list[float] = []
        for query in self.queries:
            app_times += self._type(self.window.search_field, query)
            base_times += self._type(self.base_field, query)
        return {"app": app_times, "base": base_times}

    def close(self) -> None:
        self.window.close()
        self.base.close()
        self.store.close()


# -- summary PDF -----------------------------------------------------------------------------------


def stage4_summary(notes: int = 12):  # type: ignore[no-untyped-def]
    """A full summary (pages in full) for a person with stage 4 liver cancer, questions and notes."""
    from liverbook.store.model import MyQuestion, Note, Situation
    from liverbook.summary import SummaryChoices, SummaryData, build_summary

    book = _book()
    situation = Situation(
        frozenset({"stage-4", "advanced", "immunotherapy", "child-pugh-b"}), "patient", "Sam Lee"
    )
    now = dt.datetime(2026, 11, 20, 15, 30, tzinfo=dt.timezone.utc)
    marked = book.pages_for(situation.tags | {"patient"})
    texts = note_texts(notes, seed=5)
    data = SummaryData(
        situation=situation,
        notes=tuple(
            Note(n + 1, text, marked[n % len(marked)].id if n % 2 else None, now, now)
            for n, text in enumerate(texts)
        ),
        questions=tuple(
            MyQuestion(
                n + 1,
                q.id,
                None,
                n,
                "Asked; see notes." if n % 3 == 0 else "",
                now.date() if n % 3 == 0 else None,
                n % 3 == 0,
            )
            for n, q in enumerate(book.questions()[:12])
        )
        + (
            MyQuestion(
                100, None, "Is it safe to drive?", 12, "Not on the day of treatment.", now.date(), True
            ),
        ),
    )
    choices = SummaryChoices(pages="full", paper="a4")
    return build_summary(book, data, choices, today=now.date(), version="bench")


def raw_pdf(summary, target: Path) -> int:  # type: ignore[no-untyped-def]
    """The baseline: the same HTML, font and style sheet in a plain QTextDocument, ``print_`` to a QPdfWriter."""
    from PySide6.QtGui import QFont, QPdfWriter, QTextDocument

    from liverbook.fonts import FONT_FAMILY
    from liverbook.summary.pdf import BODY_POINT_SIZE, page_layout, print_css

    writer = QPdfWriter(str(target))
    writer.setPageLayout(page_layout("a4"))
    writer.setResolution(300)
    doc = QTextDocument()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(BODY_POINT_SIZE)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(print_css())
    doc.setHtml(summary.html)
    doc.print_(writer)
    del writer
    return pdf_page_count(target)


def pdf_page_count(path: Path) -> int:
    """The number of pages in a PDF that Qt wrote (its page objects)."""
    import re

    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))


class PdfBench:
    """``liverbook.summary.pdf.render_pdf`` against ``raw_pdf``, on the same summary."""

    def __init__(self, out_dir: Path, notes: int = 12) -> None:
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is None:
            application()
        from liverbook.fonts import register_fonts

        register_fonts()
        self.out_dir = out_dir
        self.summary = stage4_summary(notes)

    def run(self) -> dict[str, float]:
        from liverbook.summary.pdf import render_pdf

        start = time.perf_counter()
        pages = render_pdf(self.summary, self.out_dir / "app.pdf", paper="a4")
        app_ms = ms_since(start)
        start = time.perf_counter()
        raw_pages = raw_pdf(self.summary, self.out_dir / "raw.pdf")
        base_ms = ms_since(start)
        return {
            "app": app_ms,
            "base": base_ms,
            "pages": pages,
            "raw_pages": raw_pages,
            "pdf_pages": pdf_page_count(self.out_dir / "app.pdf"),
        }


# -- autosave --------------------------------------------------------------------------------------


class AutosaveBench:
    """Store.update_note and NotesPane.flush with ``notes`` notes, against plain SQLite.

    Baseline: a bare sqlite3 connection to a copy of the same database, with the store's settings
    (WAL, synchronous=FULL), running the same UPDATE in its own transaction.
    """

    def __init__(self, data_dir: Path, notes: int, big_chars: int = BIG_NOTE_CHARS) -> None:
        from liverbook.store import Store, db_path
        from liverbook.ui.views.notes_pane import NotesPane

        self.app = application()
        make_store(data_dir / "app", notes, big_note_chars=big_chars)
        shutil.copytree(data_dir / "app", data_dir / "raw")
        self.store = Store.open(data_dir / "app")
        self.raw = sqlite3.connect(db_path(data_dir / "raw"), isolation_level=None)
        self.raw.execute("PRAGMA journal_mode = WAL")
        self.raw.execute("PRAGMA synchronous = FULL")
        self.typical_id = max(1, notes // 2)
        self.big_id = notes + 1
        self.typical = self.store.get_note(self.typical_id).text
        self.big = self.store.get_note(self.big_id).text
        self.pane = NotesPane(core_for(_book(), data_dir / "app", self.store))
        self.pane.resize(400, 700)
        self.pane.show()
        settle(self.app)
        self.turn = 0

    def _raw_update(self, note_id: int, text: str) -> None:
        now = dt.datetime.now(dt.timezone.utc).isoformat()
        self.raw.execute("BEGIN IMMEDIATE")
        self.raw.execute("UPDATE notes SET text = ?, updated = ? WHERE id = ?", (text, now, note_id))
        self.raw.execute("COMMIT")

    def run(self) -> dict[str, float]:
        self.turn += 1
        out: dict[str, float] = {}
        for name, note_id, text in (
            ("typical", self.typical_id, self.typical),
            ("big", self.big_id, self.big),
        ):
            changed = f"{text}\nedit {self.turn}"
            start = time.perf_counter()
            self.store.update_note(note_id, changed)
            out[f"store_{name}"] = ms_since(start)
            start = time.perf_counter()
            self._raw_update(note_id, changed)
            out[f"base_{name}"] = ms_since(start)
            # The pane: open the note, type into it, then time the save the timer would do (flush) and
            # the events it leaves behind (the list redrawn), as the window would process them.
            self.pane.open_note(note_id)
            self.pane.editor.moveCursor(self.pane.editor.textCursor().MoveOperation.End)
            self.pane.editor.insertPlainText(f" {self.turn}")
            settle(self.app)
            start = time.perf_counter()
            self.pane.flush()
            settle(self.app)
            out[f"flush_{name}"] = ms_since(start)
        return out

    def close(self) -> None:
        self.pane.close()
        self.store.close()
        self.raw.close()


# -- typing ----------------------------------------------------------------------------------------


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


class TypingBench:
    """Typing into the real window's notes pane while autosave fires, against a bare QPlainTextEdit.

    The main window is built on a store of ``notes`` notes with the search index built (as after a
    search, so each save also updates the index). Keys are sent with QTest.keyClick at ``rate``
    characters a second in real time; between keys the event loop runs freely. The save delay is
    shortened to ``save_delay_ms`` so that autosave fires between keys, as it does in every pause.
    The longest gap between the ticks of a 1 ms heartbeat timer is the longest stall.
    """

    def __init__(
        self,
        data_dir: Path,
        notes: int,
        chars: int = 30,
        rate: float = 10.0,
        save_delay_ms: int = 50,
        big_chars: int = BIG_NOTE_CHARS,
    ) -> None:
        from PySide6.QtWidgets import QPlainTextEdit

        from liverbook.core.autosave import AutosavePolicy
        from liverbook.store import Store
        from liverbook.ui.window.main_window import MainWindow

        self.app = application()
        make_store(data_dir, notes, big_note_chars=big_chars)
        self.store = Store.open(data_dir)
        self.window = MainWindow(core_for(_book(), data_dir, self.store))
        self.window.notes.autosave.policy = AutosavePolicy(delay_s=save_delay_ms / 1000)
        self.window.show()
        self.window.core.search.index  # noqa: B018 - built, as after the first search
        settle(self.app)
        self.pane = self.window.notes
        self.big_id = notes + 1 if big_chars else None
        self.typical_id = max(1, notes // 2)
        self.base = QPlainTextEdit()
        self.base.resize(400, 500)
        self.base.show()
        self.chars = chars
        self.interval = 1.0 / rate
        self.heartbeat = Heartbeat()
        self.text = ("ask about the scan results and the new tablets " * 10)[:chars]
        settle(self.app)

    def _type(self, editor) -> float:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEventLoop
        from PySide6.QtTest import QTest

        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        settle(self.app)
        self.heartbeat.start()
        due = time.perf_counter()
        for char in self.text:
            QTest.keyClick(editor, char)
            due += self.interval
            while time.perf_counter() < due:
                self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
        worst = self.heartbeat.stop()
        return worst

    def run(self, which: str = "new") -> dict[str, float]:
        """One run: type into a new note ("new"), an existing one ("typical") or the 1 MB one ("big")."""
        if which == "new":
            self.pane.start_note(None)
        else:
            self.pane.open_note(self.big_id if which == "big" else self.typical_id)
        app_ms = self._type(self.pane.editor)
        self.pane.flush()
        self.base.clear()
        base_ms = self._type(self.base)
        return {"app": app_ms, "base": base_ms}

    def close(self) -> None:
        self.window.close()
        self.base.close()
        self.store.close()


# -- content load ----------------------------------------------------------------------------------


def yaml_files() -> list[Path]:
    from liverbook import paths

    return sorted(paths.content_dir().rglob("*.yaml"))


def load_run(pure: bool, cache_dir: Path | None = None) -> dict[str, float]:
    """Load the handbook with the C or the pure-Python YAML parser; baseline: yaml.load of the same files.

    Switching the parser here is what ``LIVERBOOK_PURE_YAML=1`` does at import. With ``cache_dir``,
    also time the load a start does: from the content cache there (made if missing), as ``cached``.
    """
    import yaml

    from liverbook import paths
    from liverbook.content import cache, load_handbook, yamlnodes

    loader = yaml.SafeLoader if pure else yaml.CSafeLoader
    saved = yamlnodes._SafeLoader
    yamlnodes._SafeLoader = loader
    try:
        start = time.perf_counter()
        load_handbook(paths.content_dir())
        app_ms = ms_since(start)
    finally:
        yamlnodes._SafeLoader = saved
    start = time.perf_counter()
    for path in yaml_files():
        yaml.load(path.read_bytes(), Loader=loader)
    base_ms = ms_since(start)
    out = {"app": app_ms, "base": base_ms}
    if cache_dir is not None:
        cache.load_cached(paths.content_dir(), cache_dir)  # made, if it is not there yet
        start = time.perf_counter()
        cache.load_cached(paths.content_dir(), cache_dir)
        out["cached"] = ms_since(start)
    return out


# -- the worker ------------------------------------------------------------------------------------


def worker(task: str, runs: int, notes: int, chars: int) -> dict[str, object]:
    out: dict[str, object] = {"task": task, "runs": []}
    samples: list[object] = out["runs"]  # type: ignore[assignment]
    with temp_dir() as tmp:
        if task in ("search", "search100k"):  # search100k: the same with 100,000 notes (is it flat?)
            bench = SearchBench(tmp, 100_000 if task == "search100k" else notes)
            out["first_keystroke"] = [bench.first_keystroke() for _ in range(runs)]
            for _ in range(runs):
                samples.append(bench.run())
            bench.close()
        elif task == "pdf":
            pdf = PdfBench(tmp)
            pdf.run()  # warm-up: fonts and glyph caches
            for _ in range(runs):
                samples.append(pdf.run())
        elif task == "autosave":
            save = AutosaveBench(tmp, notes)
            for _ in range(runs):
                samples.append(save.run())
            save.close()
        elif task == "typing":
            typing = TypingBench(tmp, notes, chars=chars)
            for _ in range(runs):
                samples.append({which: typing.run(which) for which in ("new", "typical", "big")})
            typing.close()
        elif task == "load":
            load_run(False, tmp)  # warm-up: the files in the page cache, the modules imported
            for _ in range(runs):
                samples.append({"c": load_run(False, tmp), "pure": load_run(True)})
        elif task == "report":  # bench/report_bench.py: two years of diary and the notes, all printed
            from report_bench import ReportBench

            report = ReportBench(tmp, notes)
            for _ in range(runs):
                samples.append(report.run())
        elif task == "diarytab":  # bench/diary_tab_bench.py: the diary's screens, five years against none
            from diary_tab_bench import DiaryTabBench

            tab = DiaryTabBench(tmp)
            tab.run()  # warm-up: pages, fonts, the handbook
            for _ in range(runs):
                samples.append(tab.run())
            tab.close()
        elif task == "stalls":  # bench/stalls.py: the window's longest stalls with the large store
            from stalls import StallBench

            stall = StallBench(tmp, notes, chars=chars)
            for _ in range(runs):
                samples.append(stall.run())
            stall.close()
        elif task == "diary":  # bench/diary_bench.py: five years of daily check-ins against none
            from diary_bench import DiaryBench

            diary = DiaryBench(tmp)
            diary.run()  # warm-up
            for _ in range(runs):
                samples.append(diary.run())
            diary.close()
        else:
            raise SystemExit(f"unknown task {task!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="One bench/run.py measurement, in its own process.")
    parser.add_argument(
        "task",
        choices=(
            "search",
            "search100k",
            "stalls",
            "pdf",
            "autosave",
            "typing",
            "load",
            "diary",
            "diarytab",
            "report",
        ),
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--chars", type=int, default=30, help="characters typed per typing run")
    args = parser.parse_args(argv)
    result = worker(args.task, args.runs, args.notes, args.chars)
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
