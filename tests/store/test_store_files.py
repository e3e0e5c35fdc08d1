"""Opening the notes file: settings, permissions, refusing newer files, damaged files, restoring."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from store_helpers import FakeClock, fill, pragma, snapshot

from liverbook.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    BackupUnusable,
    Store,
    StoreCorrupt,
    StoreTooNew,
    db_path,
    list_backups,
    restore_backup,
    start_fresh,
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_store_settings(store: Store) -> None:
    conn = store._db()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_permissions_private_including_wal_and_shm(tmp_path: Path) -> None:
    data_dir = tmp_path / "deep" / "data"
    old = os.umask(0o022)
    try:
        with Store.open(data_dir) as store:
            store.add_note("private")
            store.maybe_backup()
            wal, shm = data_dir / "notes.sqlite3-wal", data_dir / "notes.sqlite3-shm"
            assert wal.exists() and shm.exists()
            assert mode(data_dir) == 0o700
            for path in (db_path(data_dir), wal, shm):
                assert mode(path) == 0o600, path
            assert mode(data_dir / "backups") == 0o700
            assert [mode(b.path) for b in list_backups(data_dir)] == [0o600]
        assert os.umask(0o022) == 0o022  # the store put the umask back
    finally:
        os.umask(old)


def test_loose_permissions_are_tightened(data_dir: Path) -> None:
    Store.open(data_dir).close()
    data_dir.chmod(0o755)
    db_path(data_dir).chmod(0o644)
    with Store.open(data_dir):
        assert mode(data_dir) == 0o700
        assert mode(db_path(data_dir)) == 0o600
        assert mode(data_dir / "notes.sqlite3-wal") == 0o600


def test_newer_file_is_refused_and_left_byte_identical(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.add_note("written by a newer version")
    conn = sqlite3.connect(db_path(data_dir))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db_path(data_dir).read_bytes()
    names = sorted(p.name for p in data_dir.iterdir())
    with pytest.raises(StoreTooNew) as caught:
        Store.open(data_dir)
    assert "newer version" in caught.value.user_message
    assert caught.value.found_version == SCHEMA_VERSION + 1
    assert db_path(data_dir).read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        n for n in names if not n.endswith(("-wal", "-shm"))
    ]
    assert not list_backups(data_dir)


def _other_app_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES ('someone else')")
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()


def _damage_pages(path: Path) -> None:
    size = path.stat().st_size
    page = 4096
    with open(path, "r+b") as handle:  # leave page 1 (the header) alone, scribble over the rest
        for offset in range(page, size, page):
            handle.seek(offset)
            handle.write(bytes((offset // page * 37 + i * 11) % 256 for i in range(512)))


def _stray_wal_of(data_dir: Path, other: Path, foreign_app: bool) -> None:
    if foreign_app:
        conn = sqlite3.connect(other / "x.db", isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("PRAGMA application_id = 99")
        conn.execute("INSERT INTO t VALUES (zeroblob(9000))")
        shutil.copy(other / "x.db-wal", data_dir / "notes.sqlite3-wal")
        conn.close()
        return
    store = Store.open(other)
    store._db().execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(20):
        store.add_note(f"another person's note {i}")
    shutil.copy(other / "notes.sqlite3-wal", data_dir / "notes.sqlite3-wal")
    store.close()


KINDS = ["zero-length", "random-bytes", "other-app", "damaged-pages"]  # stray -wal files: test_store_wal.py


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("with_backup", [False, True])
def test_damaged_file_is_moved_aside_and_reported(
    kind: str, with_backup: bool, data_dir: Path, tmp_path: Path, clock: FakeClock
) -> None:
    with Store.open(data_dir, clock=clock) as store:
        fill(store)
        for i in range(40):
            store.add_note(f"note {i} " * 50)
        expected = snapshot(store)
        if with_backup:
            store.maybe_backup()
    path = db_path(data_dir)
    if kind == "zero-length":
        path.write_bytes(b"")
    elif kind == "random-bytes":
        path.write_bytes(os.urandom(20_000))
    elif kind == "other-app":
        path.unlink()
        _other_app_database(path)
    elif kind == "damaged-pages":
        _damage_pages(path)
    else:
        (tmp_path / "other").mkdir()
        _stray_wal_of(data_dir, tmp_path / "other", foreign_app=kind.endswith("other-app"))
    damaged_bytes = path.read_bytes()
    clock.advance(hours=1)

    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir, clock=clock)
    error = caught.value
    assert error.moved_to == data_dir / "notes.sqlite3.damaged-20260302-100000"
    assert error.moved_to.read_bytes() == damaged_bytes  # kept exactly as found
    assert mode(error.moved_to) == 0o600
    assert not path.exists() and not (data_dir / "notes.sqlite3-wal").exists()
    assert "damaged" in error.user_message
    # Until the user chooses, every start reports the same damage: no empty store takes its place.
    with pytest.raises(StoreCorrupt) as again:
        Store.open(data_dir, clock=clock)
    assert (again.value.moved_to, again.value.best_backup) == (error.moved_to, error.best_backup)
    assert not path.exists()
    if with_backup:
        assert error.best_backup is not None and "backup" in error.user_message
        restore_backup(data_dir, error.best_backup)
        with Store.open(data_dir) as store:
            assert snapshot(store) == expected
    else:
        assert error.best_backup is None
        with start_fresh(data_dir) as store:  # the user chose to start again
            assert store.list_notes() == []
    assert error.moved_to.exists()  # never deleted
    Store.open(data_dir).close()  # the choice was made: normal starts again


def test_wal_without_its_database_is_set_aside(data_dir: Path, tmp_path: Path) -> None:
    Store.open(data_dir).close()
    (tmp_path / "other").mkdir()
    _stray_wal_of(data_dir, tmp_path / "other", foreign_app=False)
    db_path(data_dir).unlink()
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir)
    assert caught.value.moved_to is not None and caught.value.moved_to.name.endswith("-wal")
    with start_fresh(data_dir) as store:  # nothing stray left: a new, empty store
        assert store.list_notes() == []


def test_own_wal_after_a_crash_is_kept(data_dir: Path) -> None:
    """The -wal check must not mistake our own uncheckpointed work for a stray file."""
    store = Store.open(data_dir)
    store._db().execute("PRAGMA wal_autocheckpoint = 0")
    note = store.add_note("only in the -wal")
    wal_copy = (data_dir / "notes.sqlite3-wal").read_bytes()
    main_copy = db_path(data_dir).read_bytes()
    store.close()
    db_path(data_dir).write_bytes(main_copy)  # as a crash would leave them
    (data_dir / "notes.sqlite3-wal").write_bytes(wal_copy)
    with Store.open(data_dir) as reopened:
        assert reopened.get_note(note.id) == note


def test_leftovers_of_interrupted_work_are_cleaned(data_dir: Path) -> None:
    Store.open(data_dir).close()
    (data_dir / "backups").mkdir()
    for name in (
        "notes.sqlite3.new",
        "notes.sqlite3.restoring",
        "backups/notes-auto-20260101-000000.sqlite3.part",
    ):
        (data_dir / name).write_bytes(b"half")
    with Store.open(data_dir):
        pass
    assert sorted(p.name for p in data_dir.rglob("*") if p.is_file() and "sqlite3-" not in p.name) == [
        "liverbook.lock",  # the writer lock (tests/store/test_store_lock.py)
        "notes.sqlite3",
    ]


def test_restore_keeps_the_current_database(data_dir: Path, clock: FakeClock) -> None:
    with Store.open(data_dir, clock=clock) as store:
        store.add_note("old")
        backup = store.maybe_backup()
        clock.advance(days=1)
        store.add_note("newer")
        newer = snapshot(store)
    assert backup is not None
    restore_backup(data_dir, backup, now=clock.now)
    with Store.open(data_dir) as store:
        assert [n.text for n in store.list_notes()] == ["old"]
    saved = [b for b in list_backups(data_dir) if b.kind == "before-restore"]
    assert len(saved) == 1
    restore_backup(data_dir, saved[0].path)
    with Store.open(data_dir) as store:
        assert snapshot(store) == newer


def test_unusable_backup_is_refused_without_change(data_dir: Path, tmp_path: Path) -> None:
    with Store.open(data_dir) as store:
        store.add_note("keep me")
        before = snapshot(store)
    for bad in (tmp_path / "missing.sqlite3", tmp_path / "junk.sqlite3", tmp_path / "other.sqlite3"):
        if bad.name == "junk.sqlite3":
            bad.write_bytes(os.urandom(5000))
        elif bad.name == "other.sqlite3":
            _other_app_database(bad)
        with pytest.raises(BackupUnusable):
            restore_backup(data_dir, bad)
    with Store.open(data_dir) as store:
        assert snapshot(store) == before


def test_start_fresh_sets_the_old_file_aside(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.add_note("still on disk afterwards")
    with start_fresh(data_dir) as store:
        assert store.list_notes() == []
    aside = [
        p for p in data_dir.iterdir() if ".set-aside-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(aside) == 1 and pragma(aside[0], "application_id") == APPLICATION_ID


def _apply_some_wal_frames(db: Path, wal: bytes, page_size: int, share: float) -> None:
    """Copy the first ``share`` of the -wal's frames into the database, as a checkpoint cut short."""
    frame = 24 + page_size
    count = (len(wal) - 32) // frame
    with open(db, "r+b") as handle:
        for index in range(int(count * share)):
            start = 32 + index * frame
            page_number = int.from_bytes(wal[start : start + 4], "big")
            handle.seek((page_number - 1) * page_size)
            handle.write(wal[start + 24 : start + frame])


def test_crash_during_a_checkpoint_is_not_damage(data_dir: Path) -> None:
    """Found by the kill test: after a checkpoint cut short, the file alone is half-updated and
    only makes sense with its -wal. That is normal SQLite recovery, not a damaged file."""
    store = Store.open(data_dir)
    store._db().execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(300):
        store.add_note(f"note {i} " * 40)
    for note in store.list_notes()[::3]:
        store.update_note(note.id, "changed " * 60)
    expected = snapshot(store)
    page_size = store._db().execute("PRAGMA page_size").fetchone()[0]
    wal = (data_dir / "notes.sqlite3-wal").read_bytes()
    main = db_path(data_dir).read_bytes()
    store.close()
    db_path(data_dir).write_bytes(main)
    (data_dir / "notes.sqlite3-wal").write_bytes(wal)
    _apply_some_wal_frames(db_path(data_dir), wal, page_size, 0.5)
    alone = sqlite3.connect(db_path(data_dir).resolve().as_uri() + "?immutable=1", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError):  # the file alone is inconsistent...
            alone.execute("PRAGMA quick_check").fetchall()
            alone.execute("SELECT * FROM meta").fetchall()
            raise AssertionError("the test did not make a half-checkpointed file")
    finally:
        alone.close()
    with Store.open(data_dir) as reopened:  # ...but with its -wal it is whole
        assert snapshot(reopened) == expected
        assert reopened.integrity_ok()


def test_damage_found_while_running(data_dir: Path, clock: FakeClock) -> None:
    store = Store.open(data_dir, clock=clock)
    fill(store)
    backup = store.maybe_backup()
    expected = snapshot(store)

    def malformed(sql: str) -> None:
        if sql.startswith("SELECT"):
            raise sqlite3.DatabaseError("database disk image is malformed")

    store.fault_hook = malformed
    with pytest.raises(StoreCorrupt) as caught:
        store.list_notes()
    assert caught.value.best_backup == backup and caught.value.moved_to is not None
    assert caught.value.moved_to.exists() and not db_path(data_dir).exists()
    store.fault_hook = None
    with pytest.raises(StoreCorrupt):  # later calls say the same, not a crash
        store.add_note("typed after the damage")
    store.close()
    with pytest.raises(StoreCorrupt):  # and so does the next start, until the user chooses
        Store.open(data_dir)
    assert backup is not None
    restore_backup(data_dir, backup)
    with Store.open(data_dir) as restored:
        assert snapshot(restored) == expected


def test_a_damaged_name_in_the_schema_is_damage_not_a_crash(data_dir: Path) -> None:
    """Fuzz round 721 (bench/fuzz_damage.py, 8 random bytes): SQLite's "malformed database schema (...)"
    quoted the damaged name, bytes that are not UTF-8, and Python's sqlite3 raised UnicodeDecodeError
    at every start, in --export-data and in the rescue."""
    from liverbook.store.rescue import make_offer

    with Store.open(data_dir) as store:
        store.add_note("Scan on the 12th")
    path = db_path(data_dir)
    content = bytearray(path.read_bytes())
    at = content.index(b"tablevisit_questionsvisit_questions") + len(b"table")  # the name in its schema row
    content[at + 1 : at + 9] = b"\x1a\xc4\xff@\x84\x95\xbe\x11"  # as the fuzz wrote them
    path.write_bytes(bytes(content))
    with Store.open_read_only(data_dir, None) as meanwhile:  # --export-data and the summary
        assert [n.text for n in meanwhile.list_notes()] == ["Scan on the 12th"]
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir)
    assert caught.value.moved_to is not None and caught.value.moved_to.read_bytes() == bytes(content)
    assert [n.text for n in make_offer(data_dir, caught.value).rescued.notes] == ["Scan on the 12th"]
