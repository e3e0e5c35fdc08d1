"""Saving as one types, and typing itself, with thousands of notes (``bench/measures.py autosave|typing``)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import time
from pathlib import Path

from bench_common import (
    BIG_NOTE_CHARS,
    Heartbeat,
    _book,
    application,
    core_for,
    make_store,
    ms_since,
    settle,
)

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
