"""Reading a damaged file's pages: the rows SQL cannot reach come back, nothing deleted or invented does.

A damaged root or interior page hides every row beneath it from SQL, although the rows are still
whole on their leaf pages (the new-user trial: 8 bytes of 0xff over the notes' root page after 3
notes, and the app said "0 notes could be read"). The rescue reads the file's pages itself
(:mod:`liverbook.store.sqlite_file`) and keeps the records shaped like rows of our tables
(:mod:`liverbook.store.deep_salvage`).
"""

from __future__ import annotations

import shutil
import sqlite3
import time
import tracemalloc
from datetime import datetime, timezone
from pathlib import Path

import pytest
from store_helpers import FIXTURES, FakeClock, fill

from liverbook.store import Store, StoreCorrupt, db_path
from liverbook.store.deep_salvage import read_deep, shapes
from liverbook.store.messages import rows_rescued_message
from liverbook.store.rescue import RESCUED, make_offer, recover
from liverbook.store.salvage import Rescued, rescue_file
from liverbook.store.sqlite_records import decode_record, varint

PAGE = 4096


def _root(path: Path, table: str) -> int:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0])
    finally:
        conn.close()


def _overwrite(path: Path, at: int, data: bytes) -> None:
    content = bytearray(path.read_bytes())
    content[at : at + len(data)] = data
    path.write_bytes(bytes(content))


def _sql_rows(path: Path, table: str) -> list[tuple[object, ...]]:
    shape = next(s for s in shapes() if s.table == table)
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    conn.text_factory = bytes
    try:
        return sorted(conn.execute(f"SELECT {', '.join(shape.columns)} FROM {table}").fetchall(), key=repr)
    finally:
        conn.close()


def _what(rescued: Rescued) -> tuple[object, ...]:
    return (
        sorted((n.id, n.text, n.page_id, n.created, n.updated) for n in rescued.notes),
        rescued.situation,
        rescued.questions,
        rescued.diary,
        rescued.records,
    )


def test_the_trial_case_a_damaged_notes_root_gives_back_every_note(data_dir: Path) -> None:
    texts = ["First visit: ask about the scan.", "Pain is less since Monday ✓", "Call the nurse on Friday"]
    with Store.open(data_dir) as store:
        for text in texts:
            store.add_note(text)
    _overwrite(db_path(data_dir), PAGE, b"\xff" * 8)  # as the tester did: the notes' root page
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir)
    offer = make_offer(data_dir, caught.value)
    assert sorted(n.text for n in offer.rescued.notes) == sorted(texts)
    assert offer.rescued.notes_missing == 0
    assert rows_rescued_message(len(offer.rescued.notes), offer.rescued.notes_missing, False) == (
        "3 notes could be read from it."
    )
    with Store.open_read_only(data_dir, None) as copy:  # --export-data and the summary, meanwhile
        assert sorted(n.text for n in copy.list_notes()) == sorted(texts)
    recover(data_dir, offer, RESCUED, datetime.now(timezone.utc))
    with Store.open(data_dir) as store:
        assert sorted(n.text for n in store.list_notes()) == sorted(texts)


def test_on_a_sound_file_the_pages_give_exactly_the_rows_sql_gives(data_dir: Path) -> None:
    with Store.open(data_dir, clock=FakeClock()) as store:
        fill(store)
        for i in range(300):
            store.add_note(f"note {i} " + "words " * (i * 7 % 1500))
    path = db_path(data_dir)
    deep = read_deep(path)
    for shape in shapes():
        assert sorted(deep.tables.get(shape.table, []), key=repr) == _sql_rows(path, shape.table), shape.table


@pytest.mark.parametrize("size", [*range(4020, 4075, 3), 4500, 8090, 8180, 20_000, 200_000])
def test_a_note_of_any_length_is_read_across_its_overflow_pages(data_dir: Path, size: int) -> None:
    with Store.open(data_dir) as store:
        store.add_note(("é" if size % 2 else "a") + "x" * (size - 1))
        store.add_note("a short one")
    path = db_path(data_dir)
    expected = _sql_rows(path, "notes")
    _overwrite(path, (_root(path, "notes") - 1) * PAGE, b"\xff" * 8)
    assert sorted(read_deep(path).tables["notes"], key=repr) == expected


@pytest.mark.parametrize("table", [s.table for s in shapes()])
def test_every_table_comes_back_when_its_root_page_is_damaged(tmp_path: Path, table: str) -> None:
    data_dir = tmp_path / "data"
    with Store.open(data_dir, clock=FakeClock()) as store:
        fill(store)
        for i in range(200):  # several pages, so that the notes' root is an interior page
            store.add_note(f"note {i} " + "words " * (i % 40))
    sound = db_path(data_dir)
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(sound, damaged)
    _overwrite(damaged, (_root(damaged, table) - 1) * PAGE, b"\xff" * 8)
    assert _what(rescue_file(damaged)) == _what(rescue_file(sound))


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_files_of_every_schema_version_are_read_from_their_pages(tmp_path: Path, version: int) -> None:
    sound = tmp_path / "sound.sqlite3"
    shutil.copyfile(FIXTURES / f"notes-v{version}.sqlite3", sound)
    expected = _what(rescue_file(sound))
    assert expected[0] and expected[2], "the fixture has notes and questions"
    for table in ("notes", "my_questions"):
        damaged = tmp_path / f"damaged-{table}.sqlite3"
        shutil.copyfile(sound, damaged)
        _overwrite(damaged, (_root(damaged, table) - 1) * PAGE, b"\xff" * 8)
        assert _what(rescue_file(damaged)) == expected, table


def test_deleted_notes_never_come_back(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        notes = [store.add_note(f"note {i} " + "words " * (i * 150 % 2000)) for i in range(40)]
        for note in notes[::2]:
            store.delete_note(note.id)
        kept = {n.id: n.text for n in notes[1::2]}
    path = db_path(data_dir)
    _overwrite(path, (_root(path, "notes") - 1) * PAGE, b"\xff" * 8)
    assert {n.id: n.text for n in rescue_file(path).notes} == kept


@pytest.mark.parametrize("notes", [5, 60])
def test_what_delete_all_deleted_never_comes_back(data_dir: Path, notes: int) -> None:
    """With few notes the root page is the only one, and its stale pointers after a damaged header
    would lead to the deleted notes, had they not been overwritten with zeros."""
    with Store.open(data_dir) as store:
        fill(store)
        for i in range(notes):
            store.add_note(f"before delete all {i} " + "words " * (300 if notes > 10 else 3))
        store.delete_all()
        store.add_note("written after Delete all")
    path = db_path(data_dir)
    _overwrite(path, (_root(path, "notes") - 1) * PAGE, b"\xff" * 8)
    rescued = rescue_file(path)
    assert [n.text for n in rescued.notes] == ["written after Delete all"]
    assert not rescued.questions and not rescued.diary.entries and not rescued.records


def test_the_format_readers_on_their_own() -> None:
    assert varint(bytes([0x7F]), 0, 1) == (0x7F, 1)
    assert varint(bytes([0x81, 0x00]), 0, 2) == (128, 2)
    assert varint(bytes([0xFF] * 9), 0, 9) == ((1 << 64) - 1, 9)
    assert varint(bytes([0x81]), 0, 1) is None  # cut short
    record = bytes([4, 0, 0x13, 1]) + b"abc" + bytes([7])  # NULL, text "abc", int 7
    assert decode_record(record, len(record)) == ((0, 0x13, 1), (None, b"abc", 7))
    assert decode_record(record, len(record) + 1) is None  # the values must fill the record exactly
    assert decode_record(bytes([2, 10]), 2) is None  # serial types 10 and 11 are never used


def _varint(value: int) -> bytes:
    out = [value & 0x7F]
    value >>= 7
    while value:
        out.append(0x80 | (value & 0x7F))
        value >>= 7
    return bytes(reversed(out))


def _hostile_files(folder: Path) -> dict[str, Path]:
    header = bytearray(100)
    header[:16] = b"SQLite format 3\x00"
    header[16:18] = PAGE.to_bytes(2, "big")
    # 100 leaf pages of 300 note-shaped cells, each claiming 3 MB of text through one chain of 900
    # overflow pages: followed naively, 27 billion bytes; the shared budget stops it.
    big = 3_000_000
    record_header = bytes([6, 0]) + _varint(2 * big + 13) + bytes([0, 0x1B, 0x1B])
    record_header = bytes([len(record_header)]) + record_header[1:]
    total = len(record_header) + big + 14 + 14
    cell = _varint(total) + _varint(1) + record_header
    chained = bytearray(header + bytes(PAGE - 100))
    leaves, chain = 100, 900
    for _ in range(leaves):
        page = bytearray(PAGE)
        page[0] = 13
        page[3:5] = (300).to_bytes(2, "big")
        for i in range(300):
            page[8 + 2 * i : 10 + 2 * i] = (700 + 11 * i).to_bytes(2, "big")
            page[700 + 11 * i : 700 + 11 * i + len(cell)] = cell
        chained += page
    for k in range(chain):
        page = bytearray(PAGE)
        page[0:4] = (leaves + 3 + k if k < chain - 1 else 0).to_bytes(4, "big")
        chained += page
    import random

    rng = random.Random(5)
    files = {
        "chains": bytes(chained),
        "ff": b"\xff" * (PAGE * 500),
        "header-then-ff": bytes(header) + b"\xff" * (PAGE * 500),
        "random": bytes(header) + bytes(rng.randrange(256) for _ in range(PAGE * 300)),
    }
    paths = {}
    for name, content in files.items():
        paths[name] = folder / f"{name}.sqlite3"
        paths[name].write_bytes(content)
    return paths


def test_any_file_is_read_in_bounded_time_and_memory(tmp_path: Path) -> None:
    for name, path in _hostile_files(tmp_path).items():
        tracemalloc.start()
        started = time.monotonic()
        rescued = rescue_file(path)
        seconds = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert seconds < 30 and peak < 200 * 1024 * 1024, (name, seconds, peak)
        assert not rescued.notes, name  # nothing there holds a readable word
