"""Search as you type in the real window against a naive scan (``bench/measures.py search``)."""

from __future__ import annotations

import time
from pathlib import Path

from bench_common import Heartbeat, _book, application, core_for, make_store, ms_since, settle

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
