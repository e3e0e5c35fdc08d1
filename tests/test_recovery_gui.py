"""Starting the app on damaged notes, and a second copy of the app, as a user would meet them.

The store tests (tests/store/test_store_files.py) prove each kind of damage is detected and set
aside; here the whole start-up path runs (``open_store`` and the window): the damaged file is kept
exactly as found, never silently replaced, the user is asked (a backup exists) or told (none), and
the automatic backup that the app itself made on quitting brings the notes back.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from liverbook.store import Store, db_path, list_backups

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"
SAVED = "Saved on this computer."
KINDS = [
    "zero-length",
    "random-bytes",
    "other-app",
    "damaged-pages",
    "flipped-byte-in-a-note",
    "truncated",
    "bad-date",
]
# What can still be read after each kind of damage: every note, all but the damaged ones, or nothing.
RESCUES = {"flipped-byte-in-a-note": "all", "bad-date": "all", "truncated": "some"}


def _type_note(window, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    window.notes.new_button.click()
    qtbot.keyClicks(window.notes.editor, text)
    assert window.notes.flush()  # what the save timer does (tests/test_notes_gui.py waits for it)
    assert window.notes.status.text() == SAVED


def _stray_wal(data_dir: Path, other: Path, liverbook: bool) -> None:
    other.mkdir()
    if liverbook:
        store = Store.open(other)
        store._db().execute("PRAGMA wal_autocheckpoint = 0")
        for i in range(20):
            store.add_note(f"another person's note {i}")
        shutil.copy(other / "notes.sqlite3-wal", data_dir / "notes.sqlite3-wal")
        store.close()
        return
    conn = sqlite3.connect(other / "x.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA application_id = 99")
    conn.execute("INSERT INTO t VALUES (zeroblob(9000))")
    shutil.copy(other / "x.db-wal", data_dir / "notes.sqlite3-wal")
    conn.close()


def _damage(kind: str, data_dir: Path, tmp_path: Path) -> None:
    path = db_path(data_dir)
    if kind == "zero-length":
        path.write_bytes(b"")
    elif kind == "random-bytes":
        path.write_bytes(os.urandom(30_000))
    elif kind == "other-app":
        path.unlink()
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        conn.execute("PRAGMA application_id = 1234")
        conn.commit()
        conn.close()
    elif kind == "damaged-pages":
        with open(path, "r+b") as handle:  # the header survives, every other page is scribbled over
            for offset in range(4096, path.stat().st_size, 4096):
                handle.seek(offset)
                handle.write(bytes((offset // 4096 * 37 + i * 11) % 256 for i in range(512)))
    elif kind == "flipped-byte-in-a-note":
        content = bytearray(path.read_bytes())
        at = content.index(b"older note 7 older")
        content[at + 3] = 0xFF  # no longer UTF-8: quick_check does not see it
        path.write_bytes(bytes(content))
    elif kind == "truncated":
        with open(path, "r+b") as handle:
            handle.truncate(path.stat().st_size - 1000)
    elif kind == "bad-date":
        conn = sqlite3.connect(path)
        conn.execute("UPDATE notes SET created = 'last Tuesday' WHERE text LIKE 'older note 3 %'")
        conn.execute("UPDATE notes SET updated = 12345 WHERE text LIKE 'older note 4 %'")
        conn.commit()
        conn.close()
    else:
        _stray_wal(data_dir, tmp_path / "other", liverbook=kind == "stray-wal-liverbook")


def _listed(window) -> list[str]:  # type: ignore[no-untyped-def]
    notes = window.notes
    return [notes.note_list.item(i).text().split("\n")[0] for i in range(notes.note_list.count())]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("with_backup", [True, False], ids=["backup", "no-backup"])
def test_a_damaged_notes_file_at_start(
    kind, with_backup, launch, qtbot, data_dir, prompts, tmp_path, capfd
) -> None:  # type: ignore[no-untyped-def]
    yesterday = datetime.now(timezone.utc) - timedelta(days=1)
    with Store.open(data_dir, clock=lambda: yesterday) as store:
        store.add_note("written yesterday")
        store.maybe_backup()  # yesterday's automatic backup holds that note only
        for i in range(30):  # enough pages for page damage to hit the notes
            store.add_note(f"older note {i} " * 20)
    window = launch()
    qtbot.waitUntil(lambda: len(list_backups(data_dir, "auto")) == 2, timeout=3000)  # the app's own, today
    _type_note(window, qtbot, "written today")
    window.close()
    window.store.close()
    if not with_backup:
        shutil.rmtree(data_dir / "backups")
    _damage(kind, data_dir, tmp_path)
    found = {
        p.name: p.read_bytes() for p in data_dir.iterdir() if p.name in ("notes.sqlite3", "notes.sqlite3-wal")
    }

    again = launch()
    aside = [p for p in data_dir.iterdir() if p.name.startswith("notes.sqlite3.damaged-")]
    stem = min((p.name for p in aside), key=len)
    # Kept exactly as found, beside the new file, never deleted or replaced in place.
    for name, content in found.items():
        assert (data_dir / name.replace("notes.sqlite3", stem)).read_bytes() == content, name
    texts = _listed(again)
    rescue = RESCUES.get(kind, "nothing")
    title, message = (prompts.asked or prompts.told)[-1]
    assert title == "Your notes file was damaged"
    # The folder it is kept in, never the file's name: no programmer's words in the main message.
    assert f"It is in this folder:\n{data_dir}" in message and ".sqlite3" not in message
    if with_backup:
        offered = prompts.choices[-1]
        backups = [label for label in offered if label.startswith("Use the backup copy from")]
        assert len(backups) == 2  # every backup: today's and yesterday's, newest first
        assert "There are also 2 backup copies." in message
        if rescue == "nothing":
            assert offered == [*backups, "Start with empty notes"]
            assert "Nothing in it could be read" in message
        else:
            assert offered == ["Keep both (recommended)", "Keep only what could be read", *backups]
        # Today's backup (taken by the app at start), not yesterday's: the older notes are back...
        assert "written yesterday" in texts and sum(t.startswith("older note") for t in texts) == 30
        # ...and, merged with it, what was written after the backup and could still be read.
        if rescue == "all":
            assert "written today" in texts
        elif rescue == "nothing":
            assert "written today" not in texts
    else:
        assert "No usable backup copy was found" in message
        if rescue == "nothing":
            assert texts == [] and "starts with empty notes" in message
        else:
            assert "could be read from it" in message and "The notes that could be read are kept" in message
            if rescue == "all":
                assert len(texts) == 32 and "written today" in texts
            else:
                assert 0 < len(texts) <= 32 and "(empty note)" not in texts
    if kind == "flipped-byte-in-a-note" and not with_backup:
        assert "shown as \ufffd" in message
        assert any("\ufffd" in t for t in texts)
    notes = again.notes
    assert notes.editor.isEnabled() and again.store is not None
    _type_note(again, qtbot, "life goes on")  # the new or restored file takes notes at once
    assert again.store.integrity_ok()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "older note" not in err and "written" not in err


@pytest.mark.parametrize("kind", ["stray-wal-liverbook", "stray-wal-other-app"])
def test_a_stray_wal_at_start_is_set_aside_and_the_notes_open(
    kind, launch, qtbot, data_dir, prompts, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    for i in range(5):
        _type_note(window, qtbot, f"mine {i}")
    window.close()
    window.store.close()
    _damage(kind, data_dir, tmp_path)
    again = launch()
    assert sorted(_listed(again)) == [f"mine {i}" for i in range(5)]
    title, message = prompts.told[-1]
    assert title == "About your notes" and "does not belong to them" in message
    assert [p.name for p in data_dir.iterdir() if ".not-its-own-" in p.name and p.name.endswith("-wal")]
    _type_note(again, qtbot, "life goes on")


def test_a_second_copy_of_the_app_is_refused(qapp, data_dir, prompts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A real second process holds the lock; ``run_app`` in this one must stop before opening anything."""
    from liverbook.ui import app as app_module
    from liverbook.ui.window import main_window

    data_dir.mkdir(parents=True, exist_ok=True)
    code = (
        "import sys, time; from pathlib import Path; sys.path.insert(0, sys.argv[2]);"
        "from liverbook.ui.startup import acquire_lock;"
        "lock = acquire_lock(Path(sys.argv[1])); print('locked' if lock else 'refused', flush=True);"
        "time.sleep(60)"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(data_dir), str(DESKTOP)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        monkeypatch.setattr("liverbook.ui.prompts.Prompts", lambda *a, **k: prompts)

        def no_window(*args: object, **kwargs: object) -> None:
            raise AssertionError("the second copy opened a window")

        monkeypatch.setattr(main_window, "MainWindow", no_window)
        assert app_module.run_app(["liverbook"], data_dir) == 0
        assert prompts.told and "already open in another window" in prompts.told[-1][1]
        assert not db_path(data_dir).exists()  # the second copy did not even open the notes
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate()


def test_the_trial_three_notes_under_a_damaged_root_page_all_come_back(
    launch, qtbot, data_dir, prompts, capfd
) -> None:  # type: ignore[no-untyped-def]
    """The new-user trial, step for step: a backup with no notes yet, 3 notes typed, then 8 bytes of
    0xff over the notes' root page (offset 4096). The app said "0 notes could be read from it" and
    the person lost every note; now all 3 are read from the file's pages and are in the window."""
    with Store.open(data_dir) as store:
        store.set_situation(store.get_situation().__class__(frozenset({"stage-4"}), "carer", "Ann"))
        assert store.maybe_backup() is not None  # the day's backup: the situation, no notes
    window = launch()
    typed = ["Ask nurse about swollen belly.", "Temp was 38.2 on Tuesday.", "Dr Lee: flu jab is fine."]
    for text in typed:
        _type_note(window, qtbot, text)
    window.close()
    window.store.close()
    path = db_path(data_dir)
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    assert conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'notes'").fetchone() == (2,)
    conn.close()
    with open(path, "r+b") as handle:  # as the tester did
        handle.seek(4096)
        handle.write(b"\xff" * 8)

    again = launch()
    title, message = prompts.asked[-1]
    assert title == "Your notes file was damaged"
    assert "3 notes could be read from it." in message and "could not be read at all" not in message
    assert prompts.choices[-1][0] == "Keep both (recommended)"  # the default, what Enter takes
    assert sorted(_listed(again)) == sorted(typed)
    assert again.store is not None and again.store.get_situation().name == "Ann"
    assert "Ask nurse" not in capfd.readouterr().err
