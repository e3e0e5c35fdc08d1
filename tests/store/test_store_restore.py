"""Going back to a backup: every backup is offered, a file is restored only if it is one of ours, nothing is deleted.

The new-user trial: after Delete all, the person tried to bring their notes back by importing the
``before-delete-all`` backup and was told it was "not a text file"; and when the notes file was
damaged, only the newest automatic backup (taken at start, with 0 notes) was offered. Here: what the
window is told about a file (:func:`describe_backup`: "a backup of your handbook from <date>, with N
notes"), what a restore keeps and where (:class:`Restored`), and every backup in the damage offer.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from store_helpers import FakeClock, snapshot

from liverbook.store import (
    BackupSummary,
    BackupUnusable,
    NotABackup,
    Store,
    StoreCorrupt,
    db_path,
    describe_backup,
    every_backup,
    list_backups,
    restore_backup,
)
from liverbook.store.backup_check import DAMAGED, IN_USE, MISSING, NOT_OURS, TOO_NEW
from liverbook.store.rescue import BACKUP, MERGE, RESCUED, make_offer, recover


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and p.name != "liverbook.lock"
    }


def _flip_text(path: Path, words: bytes) -> None:
    content = bytearray(path.read_bytes())
    at = content.index(words)
    content[at + 2] = 0xFF  # no longer UTF-8; quick_check does not see it
    path.write_bytes(bytes(content))


def _a_day_of_notes(data_dir: Path, clock: FakeClock) -> tuple[Path, Path]:
    """Two days of notes, then Delete all: (the automatic backup, the copy taken before Delete all)."""
    with Store.open(data_dir, clock=clock) as store:
        store.add_note("Scan on the 12th")
        auto = store.maybe_backup()
        clock.advance(days=1)
        store.add_note("Ask about the new tablets")
        store.add_note("Dr Lee's number: 555-0150")
        store.add_own_question("Can I still drive?")
        clock.advance(hours=2)
        before_delete = store.delete_all()
    assert auto is not None
    return auto, before_delete


def test_a_backup_says_when_it_was_taken_and_what_it_holds(data_dir: Path, clock: FakeClock) -> None:
    auto, before_delete = _a_day_of_notes(data_dir, clock)
    summary = describe_backup(before_delete, data_dir)
    assert isinstance(summary, BackupSummary)
    assert (summary.kind, summary.notes, summary.questions) == ("before-delete-all", 3, 1)
    assert summary.taken == clock.now.replace(microsecond=0)
    older = describe_backup(auto, data_dir)
    assert isinstance(older, BackupSummary) and older.notes == 1 and older.kind == "auto"
    assert [b.path for b in every_backup(data_dir)] == [before_delete, auto]  # newest first


def test_a_backup_copied_elsewhere_is_recognised_and_dated_by_what_is_in_it(
    data_dir: Path, clock: FakeClock, tmp_path: Path
) -> None:
    _, before_delete = _a_day_of_notes(data_dir, clock)
    copied = tmp_path / "my notes from the old laptop.sqlite3"
    shutil.copyfile(before_delete, copied)
    summary = describe_backup(copied, data_dir)
    assert isinstance(summary, BackupSummary) and summary.kind is None and summary.notes == 3
    assert summary.taken == clock.now - timedelta(hours=2)  # the newest note's time, not the copy's


def test_files_that_are_not_our_backups_are_named_for_what_they_are(
    data_dir: Path, clock: FakeClock, tmp_path: Path
) -> None:
    with Store.open(data_dir, clock=clock) as store:
        store.add_note("mine")
        export = tmp_path / "export.json"
        store.export_to_files(export)
        backup = store.maybe_backup()
    assert backup is not None
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(backup, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(backup, damaged)
    _flip_text(damaged, b"mine")
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    cases = {
        export: NOT_OURS,
        export.with_suffix(".md"): NOT_OURS,
        other: NOT_OURS,
        empty: NOT_OURS,
        newer: TOO_NEW,
        damaged: DAMAGED,
        db_path(data_dir): IN_USE,
        tmp_path / "gone.sqlite3": MISSING,
        tmp_path: MISSING,
    }
    for path, reason in cases.items():
        before = path.read_bytes() if path.is_file() else None
        assert describe_backup(path, data_dir) == NotABackup(path, reason), path.name
        assert (path.read_bytes() if path.is_file() else None) == before  # never changed
        assert not Path(str(path) + "-journal").exists() and not Path(str(path) + "-wal").exists()
        if reason != IN_USE:
            with pytest.raises(BackupUnusable):
                restore_backup(data_dir, path)
    with Store.open(data_dir) as store:
        assert [n.text for n in store.list_notes()] == ["mine"]


def test_restoring_keeps_what_you_had_as_a_backup_you_can_go_back_to(
    data_dir: Path, clock: FakeClock
) -> None:
    _, before_delete = _a_day_of_notes(data_dir, clock)
    with Store.open(data_dir, clock=clock) as store:
        store.add_note("written after Delete all")
        after_delete = snapshot(store)
    files_before = _files(data_dir)
    restored = restore_backup(data_dir, before_delete, now=clock.now)
    assert restored.backup.path == before_delete and restored.backup.notes == 3
    assert restored.kept is not None and not restored.kept_damaged
    assert restored.kept.parent == data_dir / "backups" and restored.kept.exists()
    with Store.open(data_dir) as store:
        assert sorted(n.text for n in store.list_notes()) == [
            "Ask about the new tablets",
            "Dr Lee's number: 555-0150",
            "Scan on the 12th",
        ]
    for name, content in files_before.items():  # every backup is still there, byte for byte
        if name.startswith("backups"):
            assert (data_dir / name).read_bytes() == content
    again = restore_backup(data_dir, restored.kept)  # and the restore can be undone
    with Store.open(data_dir) as store:
        assert snapshot(store) == after_delete
    assert again.kept is not None and again.kept != restored.kept


def test_restoring_over_a_damaged_file_keeps_it_aside_byte_for_byte(data_dir: Path, clock: FakeClock) -> None:
    auto, _ = _a_day_of_notes(data_dir, clock)
    with Store.open(data_dir, clock=clock) as store:
        store.add_note("typed today, before the damage")
    _flip_text(db_path(data_dir), b"typed today")
    damaged = db_path(data_dir).read_bytes()
    restored = restore_backup(data_dir, auto, now=clock.now)
    assert restored.kept_damaged and restored.kept is not None
    assert restored.kept.parent == data_dir and ".damaged-" in restored.kept.name
    assert restored.kept.read_bytes() == damaged
    assert not (data_dir / "notes.sqlite3.recovery-pending").exists()
    with Store.open(data_dir) as store:
        assert [n.text for n in store.list_notes()] == ["Scan on the 12th"]


def test_restoring_while_damage_is_pending_keeps_the_file_set_aside_at_start(
    data_dir: Path, clock: FakeClock
) -> None:
    auto, _ = _a_day_of_notes(data_dir, clock)
    _flip_text(db_path(data_dir), b"SQLite")  # not even a database any more
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir)
    aside = caught.value.moved_to
    assert aside is not None
    content = aside.read_bytes()
    restored = restore_backup(data_dir, auto)
    assert restored.kept == aside and restored.kept_damaged and aside.read_bytes() == content


def test_every_backup_is_offered_after_damage_and_any_one_can_be_chosen(
    data_dir: Path, clock: FakeClock
) -> None:
    """The trial: Delete all, then the notes file damaged; the copy from before Delete all is offered too."""
    auto, before_delete = _a_day_of_notes(data_dir, clock)
    with Store.open(data_dir, clock=clock) as store:
        store.add_note("new start")
    content = bytearray(db_path(data_dir).read_bytes())
    content[16:18] = b"\x00\x03"  # the header's page size: nothing can be read at all
    content[4096:] = bytes(len(content) - 4096)
    db_path(data_dir).write_bytes(bytes(content))
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir)
    offer = make_offer(data_dir, caught.value)
    assert [(b.kind, b.notes) for b in offer.backups] == [("before-delete-all", 3), ("auto", 1)]
    assert (
        offer.backup is not None and offer.backup.path == auto
    )  # a merge never brings back what was deleted
    assert BACKUP in offer.choices
    recover(data_dir, offer, BACKUP, datetime.now(timezone.utc), backup=before_delete)
    with Store.open(data_dir) as store:
        assert len(store.list_notes()) == 3 and [q.text for q in store.list_my_questions()] == [
            "Can I still drive?"
        ]
    assert before_delete.exists() and auto.exists() and caught.value.moved_to is not None
    assert caught.value.moved_to.exists()


def test_a_merge_uses_the_newest_automatic_backup_not_a_copy_from_before_delete_all(
    data_dir: Path, clock: FakeClock
) -> None:
    _a_day_of_notes(data_dir, clock)
    with Store.open(data_dir, clock=clock) as store:
        store.add_note("new start, after Delete all")
    _flip_text(db_path(data_dir), b"new start")
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir)
    offer = make_offer(data_dir, caught.value)
    assert offer.choices == [MERGE, RESCUED, BACKUP]
    recover(data_dir, offer, MERGE, datetime.now(timezone.utc))
    with Store.open(data_dir) as store:
        texts = sorted(n.text for n in store.list_notes())
    assert texts[0] == "Scan on the 12th" and texts[1].startswith("ne") and len(texts) == 2


def test_only_an_offered_backup_can_be_chosen(data_dir: Path, clock: FakeClock, tmp_path: Path) -> None:
    auto, _ = _a_day_of_notes(data_dir, clock)
    _flip_text(db_path(data_dir), b"SQLite")
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir)
    offer = make_offer(data_dir, caught.value)
    stranger = tmp_path / "x.sqlite3"
    shutil.copyfile(auto, stranger)
    with pytest.raises(ValueError):
        recover(data_dir, offer, BACKUP, datetime.now(timezone.utc), backup=stranger)
    assert (data_dir / "notes.sqlite3.recovery-pending").exists()  # still pending, nothing changed
    assert json.loads(json.dumps([b.kind for b in list_backups(data_dir)])) == ["before-delete-all", "auto"]


def test_the_open_store_goes_on_with_the_backup_it_put_back(data_dir: Path, clock: FakeClock) -> None:
    """The window keeps one store for the session: after a restore the same object reads the backup."""
    _, before_delete = _a_day_of_notes(data_dir, clock)
    store = Store.open(data_dir, clock=clock)
    try:
        store.add_note("after Delete all")
        restored = store.restore_backup(before_delete)
        assert store.count_notes() == 3 and restored.backup.notes == 3
        store.add_note("and life goes on")  # writes go to the backup put back
        assert restored.kept is not None and describe_backup(restored.kept).notes == 1  # type: ignore[union-attr]
        with pytest.raises(BackupUnusable):
            store.restore_backup(db_path(data_dir))  # refused: nothing changed, the store goes on
        assert store.count_notes() == 4
    finally:
        store.close()


def test_damage_found_while_running_is_told_once_and_the_store_reopens_on_what_was_put_back(
    data_dir: Path, clock: FakeClock
) -> None:
    _a_day_of_notes(data_dir, clock)
    store = Store.open(data_dir, clock=clock)
    told: list[StoreCorrupt] = []
    store.on_damage = told.append
    try:
        store.add_note("typed before the damage")

        def malformed(sql: str) -> None:
            if sql.startswith("SELECT"):
                raise sqlite3.DatabaseError("database disk image is malformed")

        store.fault_hook = malformed
        with pytest.raises(StoreCorrupt):
            store.list_notes()
        store.fault_hook = None
        with pytest.raises(StoreCorrupt):
            store.add_note("typed after")  # every call says the same...
        assert len(told) == 1 and told[0].moved_to is not None  # ...but it is told once
        offer = make_offer(data_dir, told[0])
        recover(data_dir, offer, MERGE, clock.now)
        store.reopen()
        assert sorted(n.text for n in store.list_notes()) == ["Scan on the 12th", "typed before the damage"]
        store.add_note("typed after")
    finally:
        store.close()
