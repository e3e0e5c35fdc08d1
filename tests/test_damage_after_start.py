"""Damage the check of every row finds after the window is up is handled as damage is at any time.

The app opens the notes without reading every row (``open_store(check_rows=False)``), shows its
first page, and then checks the file in a worker thread. Damage found then is set aside byte for
byte, the same offer is made (what could be read, every backup; "Keep both" recommended), nothing
readable is lost, and words typed before the check finished are kept too.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from liverbook.store import Store, db_path, list_backups

OLDER = [f"older note {i} " * 20 for i in range(30)]
NEWER = [
    f"newer note {i}" for i in range(210)
]  # the list's first screenful: the older ones are not read at start


def _start(qtbot, handbook, data_dir: Path, prompts, opened: list):  # type: ignore[no-untyped-def]
    """Start as run_app does: the rows are left for the window to check once it is up."""
    from app_helpers import make_core
    from liverbook.ui.startup import open_store
    from liverbook.ui.window.main_window import MainWindow

    store, message = open_store(data_dir, prompts, check_rows=False)
    core = make_core(handbook, data_dir, store, message)
    window = MainWindow(core, prompts)
    qtbot.addWidget(window)
    window.show()
    opened.append((window, core))
    return window


@pytest.fixture
def opened():  # type: ignore[no-untyped-def]
    started: list = []
    yield started
    for window, core in started:
        window.close()
        core.close()


@pytest.mark.parametrize("kind", ["flipped-byte-in-a-note", "bad-date"])
def test_damage_found_after_start_is_set_aside_offered_and_nothing_is_lost(
    kind, qtbot, handbook, data_dir, prompts, opened, capfd
) -> None:  # type: ignore[no-untyped-def]
    yesterday = datetime.now(timezone.utc) - timedelta(days=1)
    with Store.open(data_dir, clock=lambda: yesterday) as store:
        store.add_note("written yesterday")
        assert store.maybe_backup() is not None
        for text in OLDER + NEWER:
            store.add_note(text)
    path = db_path(data_dir)
    if kind == "flipped-byte-in-a-note":  # not UTF-8 any more: quick_check does not see it
        content = bytearray(path.read_bytes())
        content[content.index(b"older note 7 older") + 3] = 0xFF
        path.write_bytes(bytes(content))
    else:  # a date that is not a date
        import sqlite3

        conn = sqlite3.connect(path)
        conn.execute("UPDATE notes SET created = 'last Tuesday' WHERE text LIKE 'older note 3 %'")
        conn.commit()
        conn.close()
    found = path.read_bytes()

    window = _start(qtbot, handbook, data_dir, prompts, opened)
    assert prompts.asked == [] and prompts.told == []  # the window opens first: nothing asked yet
    assert window.store is not None and not window.store.rows_checked
    window.notes.start_note(None)
    qtbot.keyClicks(window.notes.editor, "typed before the check was done")

    qtbot.waitUntil(lambda: bool(prompts.asked), timeout=15_000)  # the check ran once the page was up
    title, message = prompts.asked[-1]
    assert title == "Your notes file was damaged" and "while it was open" in message
    assert "241 notes could be read from it." in message or "242 notes could be read from it." in message
    assert prompts.choices[-1][0] == "Keep both (recommended)"
    aside = [p for p in data_dir.iterdir() if p.name.startswith("notes.sqlite3.damaged-")]
    assert any(p.read_bytes()[:4096] == found[:4096] for p in aside)  # kept, never deleted
    qtbot.waitUntil(lambda: any(t == "Your notes are usable again" for t, _ in prompts.told), timeout=15_000)
    assert window.notes.flush()
    listed = [note.text.split("\n")[0] for note in window.store.list_notes()]
    assert "written yesterday" in listed and "typed before the check was done" in listed
    # Every older note is back, the damaged one too (its unreadable letter shown as \ufffd).
    assert sum(text.lower().startswith("old") and " note " in text for text in listed) == 30
    assert sum(text.startswith("newer note") for text in listed) == len(NEWER)
    assert window.store.rows_checked and window.store.integrity_ok()
    assert len(list_backups(data_dir, "auto")) == 1  # the damaged file was never copied as a good backup
    assert "older note" not in capfd.readouterr().err


def test_a_sound_file_is_checked_after_start_and_then_backed_up(
    qtbot, handbook, data_dir, prompts, opened
) -> None:  # type: ignore[no-untyped-def]
    yesterday = datetime.now(timezone.utc) - timedelta(days=1)
    with Store.open(data_dir, clock=lambda: yesterday) as store:
        store.add_note("written yesterday")
    window = _start(qtbot, handbook, data_dir, prompts, opened)
    assert not window.store.rows_checked and list_backups(data_dir, "auto") == []
    qtbot.waitUntil(lambda: window.after_start.finished, timeout=15_000)
    assert window.store.rows_checked and prompts.asked == [] and prompts.told == []
    assert len(list_backups(data_dir, "auto")) == 1  # checked first, then copied
