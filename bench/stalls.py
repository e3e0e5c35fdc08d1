"""The longest time the window's thread is blocked, with the large store, in what a person does (``bench/run.py``).

A 1 ms heartbeat timer runs on the window's thread; the longest gap between two of its ticks is the
longest the event loop was kept from the reader's keys and clicks. The app is started as
``run_app`` starts it (``open_store(check_rows=False)``, the real window) on the large store
(``bench/large_store.py``: 10,000 notes, five years of daily diary, 200 lab results, 50 medicines
and 50 visits). Each action is measured against the same action in bare Qt where there is one:

* ``later``: from the first paint until the start's later steps are done (the check of every row,
  the daily backup, the search index built in the background); baseline: a bare window's event
  loop doing nothing for as long (what the machine itself adds: on a shared machine, not zero);
* ``tab_first`` / ``tab_again``: switching to each tab for the first time (it is built then) and
  again; baseline: the same switches in a bare QTabWidget of six QTextBrowser tabs holding the
  app's first page;
* ``note`` / ``answer``: typing into a note and into the answer to one of "My questions" at 10 keys a
  second with the save delay shortened to 50 ms (so every pause saves); baseline: a bare
  QPlainTextEdit, same keys;
* ``checkin``: a diary check-in of 21 answers judged and saved from the window's thread;
  baseline: the same rows written by a bare sqlite3 connection (WAL, synchronous=FULL);
* ``chart``: five years of one item shown in My diary > Trends (read and drawn in a worker thread
  since the chart moved off the window's thread; code from before, run with ``--code``: read and
  drawn into a 900 x 360 image on it); baseline: a bare QPainter polyline of as many points.

Run by ``bench/measures.py stalls``; ``tests/test_bench_smoke.py`` runs it once on a tiny store.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

from bench_common import Heartbeat, _book, application, settle

TEXT = "ask about the scan results and the new tablets " * 4
CHART_ITEMS = ("pain", "weight", "temperature")


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0


class StallBench:
    """The real window on the large store, and the bare-Qt baselines beside it."""

    def __init__(
        self, data_dir: Path, notes: int = 10_000, diary_days: int = 5 * 365 + 1, chars: int = 24
    ) -> None:
        from large_store import make_large_store
        from liverbook.store import Store

        self.app = application()
        self.data_dir = data_dir
        make_large_store(data_dir, notes, diary_days)
        with Store.open(data_dir) as store:
            store.add_own_question("Is it safe to drive after the treatment?")
        shutil.copytree(data_dir, data_dir.with_name(data_dir.name + "-raw"))
        self.raw = sqlite3.connect(data_dir.with_name(data_dir.name + "-raw") / "notes.sqlite3")
        self.raw.isolation_level = None
        self.raw.execute("PRAGMA journal_mode = WAL")
        self.raw.execute("PRAGMA synchronous = FULL")
        self.chars = chars
        self.heartbeat = Heartbeat()
        self.window: Any = None
        self.core: Any = None
        self._bare_tabs()
        self.runs = 0

    # -- the window, started as the app starts it ------------------------------------------------------

    def start(self) -> dict[str, float]:
        """Start the window (closing the one before) and measure the start's later steps."""
        from liverbook.core.app_core import Core
        from liverbook.settings import SettingsFile
        from liverbook.ui.prompts import Prompts
        from liverbook.ui.startup import open_store
        from liverbook.ui.window.main_window import MainWindow

        self.close_window()
        try:
            store, message = open_store(self.data_dir, Prompts(), check_rows=False)
        except TypeError:  # code from before the check was left for later (bench/run.py --code)
            store, message = open_store(self.data_dir, Prompts())
        self.core = Core(_book(), self.data_dir, store, message, SettingsFile(self.data_dir))
        self.window = MainWindow(self.core, Prompts())
        self.window.resize(1200, 780)
        self.window.show()
        later = getattr(self.window, "after_start", None)
        painted = time.perf_counter() + 30
        while later is not None and not later.started and time.perf_counter() < painted:
            self.app.processEvents()
        if later is None:  # code from before: its backup and index ran from timers set at start
            settle(self.app)
        self.heartbeat.start()
        began = time.perf_counter()
        search = self.core.search

        def busy() -> bool:
            build = search._build
            if later is None:
                return _ms(began) < 1700 or (build is not None and build._thread.is_alive())
            return not later.finished or (build is not None and build._thread.is_alive())

        while time.perf_counter() - began < 30 and busy():
            self.app.processEvents()
            time.sleep(0.0005)
        later = self.heartbeat.stop()
        took = _ms(began)
        self.heartbeat.start()  # the baseline: the same loop doing nothing for as long
        while _ms(began) < 2 * took:
            self.app.processEvents()
            time.sleep(0.0005)
        return {"later": later, "later_base": self.heartbeat.stop(), "later_ms": took}

    def close_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.core.close()
            self.window = self.core = None
            settle(self.app)

    # -- switching tabs --------------------------------------------------------------------------------

    def _bare_tabs(self) -> None:
        from PySide6.QtWidgets import QTabWidget, QTextBrowser

        from liverbook.content import TABS
        from liverbook.render import page_html
        from liverbook.ui.views.entries import GLOSSARY, MY_HANDBOOK

        book = _book()
        html = page_html(book, book.pages_in_tab(TABS[0][0])[0])
        self.bare = QTabWidget()
        for _, title in (*TABS, MY_HANDBOOK, GLOSSARY):
            browser = QTextBrowser()
            browser.setHtml(html)
            self.bare.addTab(browser, title)
        self.bare.resize(1200, 780)
        self.bare.show()
        settle(self.app)

    def _switch(self, tabs: Any, index: int) -> float:
        """The longest stall while switching ``tabs`` (a QTabWidget) to ``index`` and drawing it."""
        from PySide6.QtCore import QTimer

        self.heartbeat.start()
        QTimer.singleShot(0, lambda: tabs.setCurrentIndex(index))
        until = time.perf_counter() + 0.15
        while time.perf_counter() < until:
            self.app.processEvents()
            time.sleep(0.0005)
        return self.heartbeat.stop()

    def tabs(self) -> dict[str, float]:
        """Every tab switched to once (built then) and once more; the bare window's, in turn."""
        window = self.window
        count = window.tabs.count()
        out: dict[str, float] = {
            "tab_first": 0.0,
            "tab_again": 0.0,
            "tab_first_base": 0.0,
            "tab_again_base": 0.0,
        }
        for key in ("first", "again"):
            for index in [*range(1, count), 0]:
                out[f"tab_{key}"] = max(out[f"tab_{key}"], self._switch(window.tabs, index))
                bare = index % self.bare.count()
                out[f"tab_{key}_base"] = max(out[f"tab_{key}_base"], self._switch(self.bare, bare))
        return out

    # -- typing ------------------------------------------------------------------------------------------

    def _type(self, editor: Any) -> float:
        from PySide6.QtCore import QEventLoop
        from PySide6.QtTest import QTest

        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        settle(self.app)
        self.heartbeat.start()
        due = time.perf_counter()
        for char in TEXT[: self.chars]:
            QTest.keyClick(editor, char)
            due += 0.1
            while time.perf_counter() < due:
                self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
        return self.heartbeat.stop()

    def typing(self) -> dict[str, float]:
        """A note and an answer typed, each against a bare QPlainTextEdit."""
        from PySide6.QtWidgets import QPlainTextEdit

        from liverbook.core.autosave import AutosavePolicy
        from liverbook.core.keys import MY_QUESTIONS

        window = self.window
        fast = AutosavePolicy(delay_s=0.05)
        window.notes.autosave.policy = fast
        window.notes.start_note(None)
        note = self._type(window.notes.editor)
        window.notes.flush()
        window.show_tab(window.tabs.indexOf(window.questions_view))
        view = window.questions_view
        view.mine.autosave.policy = fast
        view.show_key(MY_QUESTIONS)
        view.my_list.setCurrentRow(0)
        answer = self._type(view.answer_edit)
        view.flush()
        bare = QPlainTextEdit()
        bare.resize(400, 300)
        bare.show()
        base = self._type(bare)
        bare.close()
        return {"note": note, "answer": answer, "typing_base": base}

    # -- the diary ---------------------------------------------------------------------------------------

    def checkin(self) -> dict[str, float]:
        """A check-in judged and saved on the window's thread, against bare sqlite3 INSERTs."""
        from diary_bench import ITEMS
        from liverbook.store.diary_model import Answer

        self.runs += 1
        diary = self.core.diary
        answers = [Answer(item, 1.0) for item in ITEMS]
        start = time.perf_counter()
        diary.check_in(answers, "patient", frozenset({"immunotherapy"}))
        app_ms = _ms(start)
        utc = (dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc) + dt.timedelta(minutes=self.runs)).isoformat()
        start = time.perf_counter()
        self.raw.execute("BEGIN IMMEDIATE")
        cursor = self.raw.execute(
            "INSERT INTO diary_entries (local, utc, answered_by, created, updated) VALUES (?, ?, ?, ?, ?)",
            ("2026-12-01T09:00", utc, "patient", utc, utc),
        )
        for item in ITEMS:
            self.raw.execute(
                "INSERT INTO diary_answers (entry_id, item_id, value, text, utc) VALUES (?, ?, ?, ?, ?)",
                (cursor.lastrowid, item, 1.0, None, utc),
            )
        self.raw.execute("COMMIT")
        return {"checkin": app_ms, "checkin_base": _ms(start)}

    def chart(self) -> dict[str, float]:
        """Five years of an item shown in My diary > Trends (read and drawn in a worker thread: the
        window's thread only asks and shows), against a bare polyline of as many points."""
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QImage, QPainter, QPolygonF

        trends = self._trends_page()
        worst, base = 0.0, 0.0
        for item in CHART_ITEMS:
            if trends is None:  # code from before the chart was read aside (bench/run.py --code)
                worst = max(worst, self._chart_here(item))
            else:
                ids = [view.id for view in trends.items]
                self.heartbeat.start()
                trends.item_box.setCurrentIndex(ids.index(item))
                ends = time.perf_counter() + 30
                while trends.loading and time.perf_counter() < ends:
                    self.app.processEvents()
                    time.sleep(0.0005)
                settle(self.app)  # the chart's paint
                worst = max(worst, self.heartbeat.stop())
            image = QImage(900, 360, QImage.Format.Format_ARGB32_Premultiplied)
            count = max(1, len(self.core.diary.points(item, "all")))
            start = time.perf_counter()
            painter = QPainter(image)
            painter.drawPolyline(
                QPolygonF([QPointF(n * 900 / count, 180 + (n % 7) * 10) for n in range(count)])
            )
            painter.end()
            base = max(base, _ms(start))
        return {"chart": worst, "chart_base": base}

    def _trends_page(self) -> Any:
        """My diary > Trends over all time, shown in the window (None: code without a worker for it)."""
        view = self.window.tab_views.view("diary") if hasattr(self.window, "tab_views") else None
        trends = getattr(view, "trends", None) if view is not None else None
        if trends is None or not hasattr(trends, "loader"):
            return None
        self.window.show_tab(self.window.tabs.indexOf(view))
        view.show_key(view.keys()[2])
        trends.periods.button(2).setChecked(True)
        trends.loader.wait()
        settle(self.app)
        return trends

    def _chart_here(self, item: str) -> float:
        """The chart read and drawn on this thread, as the page did before (900 x 360)."""
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QImage, QPainter

        from liverbook.diary.chart import draw_chart

        image = QImage(900, 360, QImage.Format.Format_ARGB32_Premultiplied)
        start = time.perf_counter()
        data = self.core.diary.chart(item, "all")
        painter = QPainter(image)
        draw_chart(painter, QRectF(0, 0, 900, 360), data)
        painter.end()
        return _ms(start)

    def run(self) -> dict[str, float]:
        """One run of everything, the window started afresh."""
        out = self.start()
        out |= self.tabs()
        out |= self.typing()
        out |= self.checkin()
        out |= self.chart()
        return out

    def close(self) -> None:
        self.close_window()
        self.bare.close()
        self.raw.close()
