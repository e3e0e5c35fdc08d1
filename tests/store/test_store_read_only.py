"""A data folder that cannot be written to (a real read-only bind mount): the notes are read, never changed.

``Store.open`` raises StoreReadOnly there; ``Store.open_read_only`` then reads the notes into memory.
Each case checks which way the file was read, that every committed note is shown (including those
still in a -wal), that writes are refused in plain words, and that not one byte in the folder changed.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from store_helpers import FIXTURES, fill, snapshot

from fault_tools import read_only_mount, tree_digest
from liverbook.store import SCHEMA_VERSION, Store, StoreReadOnly, StoreTooNew, db_path, readonly


def _crash_copy(data_dir: Path, store: Store) -> None:
    """Leave the files as a crash would (closing the store would checkpoint and remove the -wal)."""
    saved = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.name.startswith("notes.sqlite3")}
    store.close()
    for name, content in saved.items():
        (data_dir / name).write_bytes(content)


def _filled(data_dir: Path, *, keep_wal: bool) -> dict[str, object]:
    store = Store.open(data_dir)
    fill(store)
    if keep_wal:
        store._db().execute("PRAGMA wal_autocheckpoint = 0")
        for i in range(30):
            store.add_note(f"in the -wal only {i}")
    expected = snapshot(store)
    if keep_wal:
        _crash_copy(data_dir, store)
    else:
        store.close()
    return expected


def _open_read_only(data_dir: Path, spy: list[str], monkeypatch: pytest.MonkeyPatch) -> Store:
    real = readonly._connect

    def connect(path: Path, query: str) -> sqlite3.Connection:
        spy.append(query)
        return real(path, query)

    monkeypatch.setattr(readonly, "_connect", connect)
    with pytest.raises(StoreReadOnly) as caught:
        Store.open(data_dir)
    return Store.open_read_only(data_dir, caught.value)


@pytest.mark.parametrize("case", ["closed cleanly", "-wal and -shm", "-wal without -shm"])
def test_every_committed_note_is_shown_and_nothing_changes(
    case: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _filled(data_dir, keep_wal=case != "closed cleanly")
    if case == "-wal without -shm":
        (data_dir / "notes.sqlite3-shm").unlink()
    spy: list[str] = []
    copied: list[str] = []
    real_copy = shutil.copyfile
    monkeypatch.setattr(
        shutil, "copyfile", lambda src, dst: (copied.append(Path(src).name), real_copy(src, dst))[1]
    )
    with read_only_mount(data_dir):
        before = tree_digest(data_dir)
        with _open_read_only(data_dir, spy, monkeypatch) as store:
            assert store.read_only
            assert snapshot(store) == expected
            assert store.integrity_ok()
            with pytest.raises(StoreReadOnly) as caught:
                store.add_note("not saved")
            assert "cannot be written to" in caught.value.user_message and "lost" in caught.value.user_message
            for write in (store.delete_all, lambda: store.import_data(store.export_data())):
                with pytest.raises(StoreReadOnly):
                    write()
            assert store.maybe_backup() is None
            assert snapshot(store) == expected
        assert tree_digest(data_dir) == before
    assert spy[0] == "mode=ro"
    if case == "closed cleanly":
        assert spy == ["mode=ro", "immutable=1"]  # no -shm can be made: the file alone is complete
    elif case == "-wal without -shm":  # read from a private copy of the file and its -wal
        assert spy == ["mode=ro"] and copied == ["notes.sqlite3", "notes.sqlite3-wal"]
    else:
        assert spy == ["mode=ro"] and copied == []  # SQLite reads the -wal in place through the -shm


def test_a_stray_wal_from_another_database_is_ignored(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _filled(data_dir, keep_wal=False)
    other = Store.open(tmp_path / "other")
    other._db().execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(20):
        other.add_note(f"another person's note {i}")
    shutil.copy(tmp_path / "other" / "notes.sqlite3-wal", data_dir / "notes.sqlite3-wal")
    other.close()
    with read_only_mount(data_dir):
        before = tree_digest(data_dir)
        with _open_read_only(data_dir, [], monkeypatch) as store:
            assert snapshot(store) == expected
        assert tree_digest(data_dir) == before


def test_an_older_schema_is_upgraded_in_memory_only(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "notes-v1.sqlite3", db_path(data_dir))
    with read_only_mount(data_dir):
        before = tree_digest(data_dir)
        with _open_read_only(data_dir, [], monkeypatch) as store:
            assert [n.id for n in store.list_notes()] == [5, 2, 1]
            assert store.list_my_questions()
        assert tree_digest(data_dir) == before


def test_newer_and_unreadable_files_are_refused_untouched(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled(data_dir, keep_wal=False)
    conn = sqlite3.connect(db_path(data_dir))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with read_only_mount(data_dir):
        before = tree_digest(data_dir)
        with pytest.raises(StoreTooNew):
            _open_read_only(data_dir, [], monkeypatch)
        assert tree_digest(data_dir) == before
    db_path(data_dir).write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    with read_only_mount(data_dir):
        before = tree_digest(data_dir)
        with pytest.raises(StoreReadOnly) as caught:
            _open_read_only(data_dir, [], monkeypatch)
        assert caught.value.user_message == readonly.UNREADABLE
        assert tree_digest(data_dir) == before


def test_no_notes_file_yet_reports_the_folder(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir.mkdir(mode=0o700)
    with read_only_mount(data_dir):
        with pytest.raises(StoreReadOnly) as caught:
            Store.open(data_dir)
        with pytest.raises(StoreReadOnly) as again:
            Store.open_read_only(data_dir, caught.value)
        assert again.value is caught.value
        assert list(data_dir.iterdir()) == []
