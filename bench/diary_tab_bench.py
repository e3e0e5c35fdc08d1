"""The "My diary" screens' bench: does the tab open as fast with five years of check-ins as with none,
and does Done in a check-in pause the window? (``bench/run.py``, task ``diarytab``)

Three data folders: five years of daily check-ins (1,826 entries of 21 answers, from
``diary_bench.five_years``), three months of them, and none. Each run makes a new main window on each (not timed) and times,
on the window's thread:

* ``tab``: showing the "My diary" tab and each of its three pages in turn (first page, past check-ins,
  trends over three months), each painted, from a window that had never shown it (its pages are made
  then). The baseline, in the same run: a bare ``QTabWidget`` switched to a tab of three pages (a
  ``QLabel``, a ``QListView`` over a ``QStringListModel`` of 50 lines, a plain widget), each painted.
* ``save``: Done in a check-in of 21 answers on the five-year diary: the save (judged by the rules),
  the window closing, the diary's first page shown again, and the events that follow, until the
  event queue is empty. The baseline: a bare ``QDialog`` with the same number of radio buttons
  accepted after the same rows are written by a plain ``sqlite3`` connection in one transaction
  (WAL, ``synchronous=FULL``, as the store).

Targets: the tab with five years within 1.25x of the tab with three months (the same screenful:
what the years add); Done within 100 ms (no pause a reader can see). Five years against no diary
at all is shown too: an empty list and chart cost less to draw than full ones.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

ANSWERED = (
    "pain",
    "tiredness",
    "appetite",
    "nausea",
    "vomiting",
    "belly-swelling",
    "leg-swelling",
    "yellow-skin",
    "itching",
    "confusion",
    "thinking-changes",
    "black-stools",
    "other-bleeding",
    "breathlessness",
    "low-mood",
    "worry",
)


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0


class DiaryTabBench:
    """New windows on five years of diary and on none; a bare tab and a bare dialog beside them."""

    def __init__(self, folder: Path, days: int | None = None) -> None:
        from bench_common import application
        from diary_bench import DAYS, five_years
        from liverbook.store import Store, db_path

        self.app = application()
        self.folder = folder
        self.full, self.recent, self.empty = folder / "five-years", folder / "three-months", folder / "none"
        with Store.open(self.empty) as store:
            data = store.export_data()
        with Store.open(self.full) as store:
            store.import_data({**data, "diary": five_years(days or DAYS)})
        with Store.open(self.recent) as store:
            store.import_data({**data, "diary": five_years(min(days or DAYS, 92))})
        shutil.copytree(self.full, folder / "raw")
        self.raw = sqlite3.connect(db_path(folder / "raw"), isolation_level=None)
        self.raw.execute("PRAGMA journal_mode = WAL")
        self.raw.execute("PRAGMA synchronous = FULL")
        self.saves = 0

    def _settle(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEventLoop

        for _ in range(3):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)

    def _window(self, data_dir: Path) -> Any:
        from bench_common import _book, core_for
        from liverbook.store import Store
        from liverbook.ui.window.main_window import MainWindow

        core = core_for(_book(), data_dir, Store.open(data_dir))
        window = MainWindow(core)
        window.show_tab(0)
        window.show()
        self._settle()
        core.search.search("pain")  # the index built now, not in the background while the tab is timed
        self._settle()
        return window

    def _close(self, window: Any) -> None:
        window.close()
        window.core.close()
        window.deleteLater()
        self._settle()

    def _open_tab(self, data_dir: Path) -> float:
        from liverbook.ui.views.diary_view import DiaryView

        window = self._window(data_dir)
        view = window.tab_views.view("diary")
        assert isinstance(view, DiaryView)
        index = window.tab_views.views.index(view)
        try:
            start = time.perf_counter()
            window.show_tab(index)
            view.stack.currentWidget().repaint()
            for key in view.keys()[1:]:
                view.show_key(key)
                if key == view.keys()[2]:
                    view.trends.periods.button(1).setChecked(True)  # three months
                view.stack.currentWidget().repaint()
            self._settle()
            return _ms(start)
        finally:
            self._close(window)

    def _bare_tab(self) -> float:
        from PySide6.QtCore import QStringListModel
        from PySide6.QtWidgets import QLabel, QListView, QMainWindow, QStackedWidget, QTabWidget, QWidget

        window = QMainWindow()
        tabs = QTabWidget()
        tabs.addTab(QLabel("first"), "One")
        stack = QStackedWidget()
        tabs.addTab(stack, "Diary")
        window.setCentralWidget(tabs)
        window.resize(1200, 700)
        window.show()
        self._settle()
        try:
            start = time.perf_counter()
            tabs.setCurrentIndex(1)
            label = QLabel("A short check-in on how you are. " * 8)
            label.setWordWrap(True)
            view = QListView()
            view.setModel(QStringListModel([f"Entry {n}: Patient, 21 answers" for n in range(50)], view))
            for page in (label, view, QWidget()):
                stack.addWidget(page)
                stack.setCurrentWidget(page)
                page.repaint()
            self._settle()
            return _ms(start)
        finally:
            window.close()
            window.deleteLater()
            self._settle()

    def _save(self) -> float:
        window = self._window(self.full)
        try:
            dialog = window.diary_actions.check_in()
            self._settle()
            for n, item_id in enumerate(ANSWERED):
                choices = dialog.inputs[item_id].choices
                choices.buttons[
                    0 if item_id in ("black-stools", "confusion") else min(n % 3, len(choices.buttons) - 1)
                ].click()
            for item_id, typed in (("weight", "70.4"), ("temperature", "36.9"), ("diarrhea", "0")):
                dialog.inputs[item_id].number.setText(typed)
                dialog.inputs[item_id].number.textEdited.emit(typed)
            start = time.perf_counter()
            dialog.done_clicked()
            self._settle()
            took = _ms(start)
            assert window.core.store.count_entries() > 0
            return took
        finally:
            self._close(window)

    def _bare_save(self) -> float:
        from PySide6.QtWidgets import QDialog, QRadioButton, QVBoxLayout

        dialog = QDialog()
        layout = QVBoxLayout(dialog)
        for _ in range(len(ANSWERED) * 4):
            layout.addWidget(QRadioButton("A little (mild)"))
        dialog.show()
        self._settle()
        self.saves += 1
        utc = (
            dt.datetime(2026, 11, 30, 22, tzinfo=dt.timezone.utc) + dt.timedelta(minutes=self.saves)
        ).isoformat()
        start = time.perf_counter()
        self.raw.execute("BEGIN IMMEDIATE")
        cursor = self.raw.execute(
            "INSERT INTO diary_entries (local, utc, answered_by, created, updated) VALUES (?, ?, ?, ?, ?)",
            ("2026-11-30T22:00", utc, "patient", utc, utc),
        )
        for item in (*ANSWERED, "weight", "temperature", "diarrhea"):
            self.raw.execute(
                "INSERT INTO diary_answers (entry_id, item_id, value, text, utc) VALUES (?, ?, ?, ?, ?)",
                (cursor.lastrowid, item, 1.0, None, utc),
            )
        self.raw.execute("COMMIT")
        dialog.accept()
        self._settle()
        took = _ms(start)
        dialog.deleteLater()
        self._settle()
        return took

    def run(self) -> dict[str, float]:
        return {
            "tab_full": self._open_tab(self.full),
            "tab_base": self._bare_tab(),
            "tab_recent": self._open_tab(self.recent),
            "tab_empty": self._open_tab(self.empty),
            "tab_base2": self._bare_tab(),
            "save": self._save(),
            "save_base": self._bare_save(),
        }

    def close(self) -> None:
        self.raw.close()
