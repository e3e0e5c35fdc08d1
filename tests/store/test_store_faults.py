"""A full disk, a read-only folder, a busy file: nothing saved is lost and the store stays usable.

Running as root, chmod does not stop writes, so faults are injected: through the store's
``fault_hook`` (raising the very ``sqlite3.OperationalError`` SQLite raises), and for real inside
SQLite with ``PRAGMA max_page_count`` (a genuine SQLITE_FULL) and ``PRAGMA query_only`` (a genuine
SQLITE_READONLY).
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from store_helpers import fill, reopen_snapshot, snapshot

from liverbook.store import (
    ExportFailed,
    Situation,
    Store,
    StoreBusy,
    StoreDiskFull,
    StoreError,
    StoreReadOnly,
    StoreUnavailable,
)
from liverbook.store.diary_model import Answer, DiaryPrefs, NewEntry

FULL = "database or disk is full"


def _new_entry() -> NewEntry:
    at = datetime(2026, 3, 5, 8, 0, tzinfo=timezone.utc)
    return NewEntry(
        at.replace(tzinfo=None),
        at,
        "patient",
        (Answer("pain", 4.0, "unsaved words"), Answer("black-stools", 1.0)),
    )


READ_ONLY = "attempt to write a readonly database"


def fail_on(word: str, message: str) -> Callable[[str], None]:
    """A fault hook failing the first statement starting with ``word`` (WRITE: any data change)."""
    words = ("INSERT", "UPDATE", "DELETE") if word == "WRITE" else (word,)

    def hook(sql: str) -> None:
        if sql.lstrip().upper().startswith(words):
            raise sqlite3.OperationalError(message)

    return hook


WRITES: dict[str, Callable[[Store], object]] = {
    "add_note": lambda s: s.add_note("unsaved words the user typed"),
    "add_page_note": lambda s: s.add_note("unsaved", page_id="tace"),
    "update_note": lambda s: s.update_note(s.list_notes()[0].id, "edited but not saved"),
    "delete_note": lambda s: s.delete_note(s.list_notes()[0].id),
    "restore_note": lambda s: s.restore_note(s.list_notes()[0]),
    "set_situation": lambda s: s.set_situation(Situation(frozenset({"stage-1"}), None, "")),
    "add_own_question": lambda s: s.add_own_question("new?"),
    "add_curated_question": lambda s: s.add_curated_question("new-one"),
    "remove_my_question": lambda s: s.remove_my_question(s.list_my_questions()[0].id),
    "move_my_question": lambda s: s.move_my_question(s.list_my_questions()[0].id, 5),
    "set_answer": lambda s: s.set_answer(s.list_my_questions()[0].id, "answer", date(2026, 1, 1)),
    "set_asked": lambda s: s.set_asked(s.list_my_questions()[0].id, False),
    "import_data": lambda s: s.import_data(s.export_data() | {"notes": []}),
    "add_entry": lambda s: s.add_entry(_new_entry()),
    "update_entry": lambda s: s.update_entry(s.latest_entries(1)[0].id, _new_entry()),
    "delete_entry": lambda s: s.delete_entry(s.latest_entries(1)[0].id),
    "restore_entry": lambda s: s.restore_entry(s.latest_entries(1)[0]),
    "add_own_item": lambda s: s.add_own_item("Hiccups"),
    "update_own_item": lambda s: s.update_own_item(s.list_own_items()[0].id, active=False),
    "set_item_enabled": lambda s: s.set_item_enabled("rash", True),
    "set_diary_prefs": lambda s: s.set_diary_prefs(DiaryPrefs()),
    "delete_all": lambda s: s.delete_all(),
}


@pytest.mark.parametrize("operation", sorted(WRITES))
@pytest.mark.parametrize(
    ("where", "message", "error"),
    [
        ("WRITE", FULL, StoreDiskFull),
        ("UPDATE", FULL, StoreDiskFull),
        ("COMMIT", FULL, StoreDiskFull),
        ("BEGIN", READ_ONLY, StoreReadOnly),
        ("COMMIT", READ_ONLY, StoreReadOnly),
        ("COMMIT", "disk I/O error", StoreUnavailable),
        ("BEGIN", "database is locked", StoreBusy),
    ],
)
def test_failed_write_loses_nothing_and_store_recovers(
    operation: str, where: str, message: str, error: type[StoreError], store: Store, data_dir: Path
) -> None:
    fill(store)
    before = snapshot(store)
    store.fault_hook = fail_on(where, message)
    with pytest.raises(error) as caught:
        WRITES[operation](store)
    assert "lost" in caught.value.user_message or "another copy" in caught.value.user_message
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    store.fault_hook = None  # room on the disk again
    assert snapshot(store) == before  # rolled back whole
    assert reopen_snapshot(data_dir) == before  # and nothing half-written on disk
    WRITES[operation](store)  # the same call now works
    assert store.integrity_ok()


def test_real_disk_full_inside_sqlite(store: Store, data_dir: Path) -> None:
    fill(store)
    before = snapshot(store)
    conn = store._db()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    big = "a long note " * 50_000
    with pytest.raises(StoreDiskFull):
        store.add_note(big)
    assert snapshot(store) == before
    conn.execute("PRAGMA max_page_count = 1073741823")
    assert store.add_note(big).text == big


def test_real_read_only_inside_sqlite(store: Store, data_dir: Path) -> None:
    fill(store)
    before = snapshot(store)
    store._db().execute("PRAGMA query_only = 1")
    with pytest.raises(StoreReadOnly) as caught:
        store.update_note(store.list_notes()[0].id, "not saved")
    assert "cannot be written" in caught.value.user_message
    assert snapshot(store) == before
    store._db().execute("PRAGMA query_only = 0")
    store.update_note(store.list_notes()[0].id, "saved now")


def test_real_busy_database(store: Store, data_dir: Path) -> None:
    store._db().execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(data_dir / "notes.sqlite3", isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreBusy):
            store.add_note("waits for the other writer")
        other.execute("ROLLBACK")
    finally:
        other.close()
    store.add_note("works afterwards")


def test_failed_rollback_reconnects(store: Store, data_dir: Path) -> None:
    fill(store)
    before = snapshot(store)
    store.fault_hook = fail_on("WRITE", FULL)
    rollback_failed = fail_on("ROLLBACK", "disk I/O error")
    hook = store.fault_hook
    store.fault_hook = lambda sql: (hook(sql), rollback_failed(sql))[0]
    with pytest.raises(StoreDiskFull):
        store.add_note("x")
    assert store._conn is None  # dropped: SQLite rolled back when it was closed
    store.fault_hook = None
    assert snapshot(store) == before  # the next call connected again
    store.add_note("after reconnecting")
    assert reopen_snapshot(data_dir)["notes"][1:] == before["notes"]


def test_bugs_are_not_disguised(store: Store) -> None:
    store.fault_hook = fail_on("INSERT", "no such table: notes")  # an OperationalError that is a bug
    with pytest.raises(sqlite3.OperationalError):
        store.add_note("x")

    def integrity(sql: str) -> None:
        if sql.startswith("INSERT"):
            raise sqlite3.IntegrityError("UNIQUE constraint failed")

    store.fault_hook = integrity
    with pytest.raises(sqlite3.IntegrityError):
        store.add_note("x")
    store.fault_hook = None
    assert store.list_notes() == []


def test_backup_failure_stops_delete_all_and_import(
    store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(store)
    before = snapshot(store)

    def no_space(*args: object, **kwargs: object) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("liverbook.store.base.make_backup", no_space)
    with pytest.raises(StoreDiskFull):
        store.delete_all()
    with pytest.raises(StoreDiskFull):
        store.import_data(store.export_data() | {"notes": []})
    monkeypatch.setattr("liverbook.store.auto_backup.make_backup", no_space)  # maybe_backup lives there
    store.add_note("changed")
    with pytest.raises(StoreDiskFull):
        store.maybe_backup()
    assert snapshot(store)["notes"][1:] == before["notes"]


def test_export_to_a_full_disk(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(store)
    target = tmp_path / "export.json"
    target.write_text("the previous export")

    def no_space(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("liverbook.store.files.os.replace", no_space)
    with pytest.raises(ExportFailed) as caught:
        store.export_to_files(target)
    assert "disk is full" in caught.value.user_message
    assert target.read_text() == "the previous export"  # the old file is whole
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["export.json"]  # no temp left
