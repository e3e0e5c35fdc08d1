"""A -wal file that does not belong to the notes file is found before SQLite applies it.

SQLite applies any well-formed -wal to any database. Beside the notes there may be a -wal copied
from another database, or from a diverged copy of the same notes (a sync program's conflict): each
is moved aside exactly as found, the user is told in plain words, and the notes open as they were
last saved. The store's own -wal after a crash, and after a checkpoint cut short, is kept
(tests/store/test_store_files.py::test_own_wal_after_a_crash_is_kept and
::test_crash_during_a_checkpoint_is_not_damage).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from store_helpers import fill, snapshot

from liverbook.store import Store, db_path
from liverbook.store.wal import committed_pages, wal_problem


def _crash_copy(data_dir: Path) -> dict[str, bytes]:
    """The notes files as a crash would leave them (closing would checkpoint the -wal)."""
    return {p.name: p.read_bytes() for p in data_dir.iterdir() if p.name.startswith("notes.sqlite3")}


def _wal_of_another_notes_file(other: Path) -> bytes:
    store = Store.open(other)
    store._db().execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(20):
        store.add_note(f"another person's note {i}")
    wal = (other / "notes.sqlite3-wal").read_bytes()
    store.close()
    return wal


def _wal_of_another_app(other: Path, touch_pages: int) -> bytes:
    """A -wal of a plain SQLite database whose changes touch pages 2.. but never our meta table."""
    conn = sqlite3.connect(other / "x.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x)")
    for _ in range(touch_pages):
        conn.execute("INSERT INTO t VALUES (zeroblob(3000))")
    wal = (other / "x.db-wal").read_bytes()
    conn.close()
    return wal


def _wal_of_a_diverged_copy(other: Path) -> bytes:
    """The copy of the notes on another computer, changed there (after this one moved on)."""
    store = Store.open(other)
    store._db().execute("PRAGMA wal_autocheckpoint = 0")
    note = store.list_notes()[-1]
    store.update_note(note.id, "changed on the other computer")
    store.add_note("written on the other computer")
    wal = (other / "notes.sqlite3-wal").read_bytes()
    store.close()
    return wal


@pytest.mark.parametrize("kind", ["another-notes-file", "another-app", "another-app-small", "diverged-copy"])
def test_a_wal_that_does_not_belong_is_set_aside_and_the_notes_open_without_it(
    kind: str, data_dir: Path, tmp_path: Path
) -> None:
    with Store.open(data_dir) as store:
        fill(store)
        for i in range(30):
            store.add_note(f"my note {i} " * 30)
        expected = snapshot(store)
    other = tmp_path / "other"
    if kind == "diverged-copy":
        shutil.copytree(data_dir, other)  # the same notes, synced to another computer
        with Store.open(data_dir) as store:  # this computer moves on, and closes cleanly
            store.add_note("written on this computer")
            expected = snapshot(store)
        wal = _wal_of_a_diverged_copy(other)
    else:
        other.mkdir()
        if kind == "another-notes-file":
            wal = _wal_of_another_notes_file(other)
        else:
            wal = _wal_of_another_app(other, 1 if kind == "another-app-small" else 12)
    assert committed_pages(wal), "the stray -wal must have something SQLite would apply"
    (data_dir / "notes.sqlite3-wal").write_bytes(wal)

    with Store.open(data_dir) as store:
        assert snapshot(store) == expected  # the notes as last saved, nothing of the stray file
        assert len(store.notices) == 1 and "does not belong to them" in store.notices[0]
        kept = [p for p in data_dir.iterdir() if ".not-its-own-" in p.name and p.name.endswith("-wal")]
        assert len(kept) == 1 and kept[0].read_bytes() == wal  # kept exactly as found
        assert (
            str(data_dir) in store.notices[0] and ".sqlite3" not in store.notices[0]
        )  # the folder, not a file name
        assert store.integrity_ok()
        store.add_note("life goes on")
    with Store.open(data_dir) as store:
        assert store.notices == []


def test_our_own_wal_is_recognised_at_every_stage(data_dir: Path) -> None:
    """Crash copies after 1, 2 and many transactions, with and without a checkpoint in between."""
    store = Store.open(data_dir)
    store._db().execute("PRAGMA wal_autocheckpoint = 0")
    copies = []
    for i in range(5):
        store.add_note(f"note {i}")
        copies.append(_crash_copy(data_dir))
    store._db().execute("PRAGMA wal_checkpoint(PASSIVE)")  # the file moves on; the -wal is not reset
    copies.append(_crash_copy(data_dir))
    store.add_note("after the checkpoint")  # the -wal restarts from the checkpointed file
    copies.append(_crash_copy(data_dir))
    store.close()
    for files in copies:
        for name, content in files.items():
            (data_dir / name).write_bytes(content)
        assert wal_problem(db_path(data_dir), data_dir / "notes.sqlite3-wal") is None
