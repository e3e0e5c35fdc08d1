#!/usr/bin/env python3
"""SIGKILL the handbook while it autosaves, many times; after each kill, check that nothing promised is lost.

Two kinds of writer, each a real process killed with SIGKILL at a random moment:

* ``app`` (default): the real notes pane on the offscreen Qt platform, started the way the app
  starts (the single-writer lock, ``open_store`` with its recovery), typing into the editor with
  key events; the pane saves through its own debounce timer, on switching notes and on "New note".
  A line ``ack <note id> <length> <sha256>`` is printed only after the pane reported the save
  (``note_saved``, emitted after the store's commit returned): the words then on screen were saved.
* ``store``: a tight loop of ``Store.add_note`` / ``update_note`` with texts from 0 to 200,000
  characters, acknowledged after each call returns (as tests/store/kill_child.py).

Typing only ever appends, so every later version of a note starts with every earlier one. After
each kill the parent opens the store as the app would and checks: it opens without damage,
``PRAGMA integrity_check`` is ok, and every acknowledged note is there and starts with the
acknowledged text. Words typed but not yet saved when the process died (at most the last half
second of typing) were never acknowledged and are not counted.

    python bench/kill_test.py                  # 200 kills of the app, figures printed at the end
    python bench/kill_test.py --mode store --kills 200
    python bench/kill_test.py --kills 20 --workers 2 --max-life 1.2   # the short version the tests run

Exit status 0 when nothing was lost and every integrity check passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "desktop"
if str(DESKTOP) not in sys.path:
    sys.path.insert(0, str(DESKTOP))

PAGES = {"tace": "TACE", "child-pugh-score": "Child-Pugh score", "palliative-care": "Palliative care"}
MAX_NOTE_CHARS = 4_000
WORDS = [
    "scan",
    "nurse",
    "pain",
    "appetite",
    "tired",
    "liver",
    "dose",
    "sorafenib",
    "Monday",
    "ask",
    "why",
    "when",
    "é",
    "✓",
    "😀",
]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- the writers (child processes) ---------------------------------------------------------------


def child_app(data_dir: Path, seed: int) -> None:
    """The notes pane of the real app, typed into until the process is killed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    from liverbook.ui.app import create_application

    app = create_application(["liverbook-kill-test"])  # as the app starts (the PySide6 guard included)
    from liverbook import paths
    from liverbook.content import load_handbook
    from liverbook.core.app_core import Core
    from liverbook.ui.startup import acquire_lock, open_store
    from liverbook.ui.views.notes_pane import NotesPane

    class Prompts:  # a damaged file after a kill would be a failure: say so loudly
        def inform(self, title: str, message: str, *, problem: bool = False) -> None:
            print(f"told {title}: {message}", flush=True)

        def confirm(self, title: str, message: str, yes: str, no: str = "Cancel") -> bool:
            print(f"asked {title}: {message}", flush=True)
            return True

    rng = random.Random(seed)
    lock = acquire_lock(data_dir)
    if lock is None:
        print("locked out", flush=True)
        sys.exit(3)
    store, message = open_store(data_dir, Prompts())
    if store is None:
        print(f"no store: {message}", flush=True)
        sys.exit(4)
    saved: dict[str, str] = {}
    for name in ("add_note", "update_note"):  # record what the store returned (after its commit)
        real = getattr(store, name)

        def wrapper(*args: object, _real=real, **kwargs: object):  # type: ignore[no-untyped-def]
            note = _real(*args, **kwargs)
            saved["text"] = note.text
            return note

        setattr(store, name, wrapper)
    pane = NotesPane(Core(load_handbook(paths.content_dir()), data_dir, store))
    pane.resize(500, 700)
    pane.show()
    pane.note_saved.connect(
        lambda note_id: print(f"ack {note_id} {len(saved['text'])} {_sha(saved['text'])}", flush=True)
    )
    print("open", flush=True)

    def type_text(text: str) -> None:
        """Key presses and releases, as a keyboard sends them (QTest.keyClicks knows only ASCII)."""
        for char in text:
            key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    pane.editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
                )

    def open_some_note() -> None:
        count = pane.note_list.count()
        if count and rng.random() < 0.5:
            pane.note_list.setCurrentRow(rng.randrange(count))  # saves the current note first
        else:
            pane.start_note(rng.choice([None, *PAGES]))

    burst = [rng.randint(1, 5)]

    def step() -> None:
        if pane.note_id is None and pane.dirty is False and pane.editor.toPlainText() == "":
            pass  # a new note: the first key creates it
        elif len(pane.editor.toPlainText()) > MAX_NOTE_CHARS or rng.random() < 0.08:
            open_some_note()
        pane.editor.moveCursor(QTextCursor.MoveOperation.End)
        newline = "\n" if rng.random() < 0.1 else ""
        type_text(newline + " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 6))) + " ")
        # Bursts of quick typing (the debounce keeps waiting), then a pause that lets it save.
        burst[0] -= 1
        if burst[0] > 0:
            QTimer.singleShot(rng.randint(20, 150), step)
        else:
            burst[0] = rng.randint(1, 5)
            QTimer.singleShot(rng.randint(450, 900), step)

    open_some_note()
    QTimer.singleShot(0, step)
    app.exec()


def child_store(data_dir: Path, seed: int) -> None:
    """A tight loop of store writes, each acknowledged after the call returned."""
    from liverbook.store import Store

    rng = random.Random(seed)
    with Store.open(data_dir) as store:
        print("open", flush=True)
        texts = {note.id: note.text for note in store.list_notes()[:200]}  # the newest
        recent = list(texts)
        while True:
            size = rng.choice((10, 200, 2_000)) if rng.random() > 0.01 else rng.randint(20_000, 200_000)
            words = " ".join(rng.choice(WORDS) for _ in range(max(1, size // 6)))[:size]
            if texts and rng.random() < 0.8:  # mostly edits of recent notes, some new ones
                note_id = rng.choice(recent)
                text = texts[note_id] + words if len(texts[note_id]) < 50_000 else texts[note_id]
                note = store.update_note(note_id, text)
            else:
                note = store.add_note(words, page_id=rng.choice([None, *PAGES]))
                recent = [*recent[-199:], note.id]
            texts[note.id] = note.text
            print(f"ack {note.id} {len(note.text)} {_sha(note.text)}", flush=True)


# -- the parent: kill, reopen, check ---------------------------------------------------------------


@dataclass
class Figures:
    """What one run found."""

    mode: str
    kills: int = 0
    kills_after_open: int = 0
    acks: int = 0
    notes: int = 0
    lost: int = 0
    integrity_failures: int = 0
    damaged_reports: int = 0
    wal_recoveries: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Figures) -> None:
        for name in (
            "kills",
            "kills_after_open",
            "acks",
            "notes",
            "lost",
            "integrity_failures",
            "damaged_reports",
            "wal_recoveries",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.problems += other.problems

    @property
    def ok(self) -> bool:
        return (
            self.lost == 0
            and self.integrity_failures == 0
            and self.damaged_reports == 0
            and not self.problems
        )

    def summary(self) -> str:
        return (
            f"{self.mode}: {self.kills} SIGKILLs ({self.kills_after_open} after the store was open) in "
            f"{self.seconds:.1f} s; {self.acks} acknowledged writes to {self.notes} notes; "
            f"{self.lost} lost; {self.integrity_failures} integrity failures; "
            f"{self.damaged_reports} damaged-file reports; {self.wal_recoveries} reopens recovered a -wal"
        )


def _wait_for_line(path: Path, word: str, deadline: float, child: subprocess.Popen[bytes]) -> bool:
    while time.monotonic() < deadline and child.poll() is None:
        if path.exists() and word in path.read_text(encoding="utf-8", errors="replace"):
            return True
        time.sleep(0.01)
    return False


def _check(data_dir: Path, acked: dict[int, tuple[int, str]], figures: Figures) -> None:
    from liverbook.store import Store, StoreError, db_path

    if not db_path(data_dir).exists():
        if acked:
            figures.lost += len(acked)
            figures.problems.append("the notes file is gone")
        return
    wal = data_dir / "notes.sqlite3-wal"
    figures.wal_recoveries += wal.exists() and wal.stat().st_size > 0
    try:
        store = Store.open(data_dir)
    except StoreError as exc:
        figures.damaged_reports += 1
        figures.problems.append(f"reopen failed: {exc}")
        return
    try:
        rows = store._db().execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            figures.integrity_failures += 1
            figures.problems.append(f"integrity_check: {rows[:3]}")
        notes = {note.id: note.text for note in store.list_notes()}
    finally:
        store.close()
    for note_id, (length, digest) in acked.items():
        text = notes.get(note_id)
        if text is None or len(text) < length or _sha(text[:length]) != digest:
            figures.lost += 1
            figures.problems.append(
                f"note {note_id}: acknowledged {length} characters, found "
                f"{'nothing' if text is None else len(text)}"
            )
    leftovers = [p.name for p in data_dir.iterdir() if ".damaged-" in p.name]
    if leftovers:
        figures.damaged_reports += 1
        figures.problems.append(f"set aside as damaged: {leftovers}")


def run_worker(mode: str, kills: int, data_dir: Path, seed: int, max_life: float) -> Figures:
    """Kill ``kills`` writers one after another on one data folder; check after each kill."""
    figures = Figures(mode)
    rng = random.Random(seed)
    acked: dict[int, tuple[int, str]] = {}
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(filter(None, [str(DESKTOP), os.environ.get("PYTHONPATH")])),
        QT_QPA_PLATFORM="offscreen",
    )
    started = time.monotonic()
    for run in range(kills):
        out_path = data_dir.parent / f"{data_dir.name}-child.out"
        with open(out_path, "wb") as out:
            child = subprocess.Popen(
                [sys.executable, __file__, "--child", mode, str(data_dir), str(seed * 100_000 + run)],
                stdout=out,
                stderr=subprocess.PIPE,
                env=env,
            )
            try:
                if rng.random() < 0.1:  # now and then while starting: opening, recovering the -wal
                    time.sleep(rng.uniform(0.0, 0.5))
                else:
                    if not _wait_for_line(out_path, "open", time.monotonic() + 20, child):
                        figures.problems.append(f"run {run}: the writer did not start")
                    time.sleep(rng.uniform(0.05, max_life))
                alive = child.poll() is None
                child.send_signal(signal.SIGKILL)
            finally:
                _, err = child.communicate()
        lines = out_path.read_text(encoding="utf-8", errors="replace").splitlines()
        if not alive:
            figures.problems.append(
                f"run {run}: the writer ended by itself: {err.decode(errors='replace')[-500:]}"
            )
        figures.kills += 1
        figures.kills_after_open += "open" in lines
        for line in lines:
            if line.startswith("ack "):
                _, note_id, length, digest = line.split()
                acked[int(note_id)] = (int(length), digest)
                figures.acks += 1
            elif line.startswith(("told ", "asked ")):
                figures.damaged_reports += 1
                figures.problems.append(f"run {run}: the app said: {line}")
        _check(data_dir, acked, figures)
        if figures.problems and len(figures.problems) > 20:
            break
    figures.notes = len(acked)
    figures.seconds = time.monotonic() - started
    return figures


def run(
    mode: str = "app",
    kills: int = 200,
    workers: int = 1,
    seed: int = 20261121,
    max_life: float = 2.5,
    folder: Path | None = None,
) -> Figures:
    """``kills`` SIGKILLs shared among ``workers`` parallel writers, each on its own data folder."""
    with tempfile.TemporaryDirectory(prefix="liverbook-kill-") as temp:
        base = Path(folder or temp)
        results: list[Figures] = [Figures(mode) for _ in range(workers)]
        shares = [kills // workers + (1 if i < kills % workers else 0) for i in range(workers)]

        def work(index: int) -> None:
            data_dir = base / f"data-{index}"
            results[index] = run_worker(mode, shares[index], data_dir, seed + index, max_life)

        started = time.monotonic()
        threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        total = Figures(mode)
        for result in results:
            total.add(result)
        total.seconds = time.monotonic() - started
        return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=("app", "store"), default="app")
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument(
        "--max-life", type=float, default=2.5, help="longest time a writer lives once open (s)"
    )
    parser.add_argument("--child", nargs=3, metavar=("MODE", "DATA_DIR", "SEED"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        mode, data_dir, seed = args.child
        (child_app if mode == "app" else child_store)(Path(data_dir), int(seed))
        return 0
    figures = run(args.mode, args.kills, args.workers, args.seed, args.max_life)
    print(figures.summary())
    for problem in figures.problems[:20]:
        print("  problem:", problem)
    print(f"sqlite {sqlite3.sqlite_version}, Python {sys.version.split()[0]}, {sys.platform}")
    return 0 if figures.ok else 1


if __name__ == "__main__":
    sys.exit(main())
