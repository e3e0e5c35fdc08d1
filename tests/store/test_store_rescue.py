"""Rescuing a damaged notes file: what is read, how the backup is merged, and that no text leaks."""

from __future__ import annotations

import sqlite3
import traceback
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from store_helpers import FakeClock, fill

from liverbook.store import MyQuestion, Note, Situation, Store, StoreCorrupt, db_path
from liverbook.store.merging import merge_notes, merge_questions
from liverbook.store.rescue import BACKUP, MERGE, RESCUED, make_offer, recover

SECRET = "zebra quokka"


def _at(day: int) -> datetime:
    return datetime(2026, 3, day, 9, 0, tzinfo=timezone.utc)


def _note(note_id: int, text: str, day: int) -> Note:
    return Note(note_id, text, None, _at(1), _at(day))


def test_merge_keeps_the_newer_words_and_drops_nothing_readable() -> None:
    rescued = [
        _note(1, "edited after the backup", 5),  # newer than the backup's: wins
        _note(2, "the same words", 2),
        _note(3, "half of it \ufffd lost", 2),  # damaged, and all of it is in the backup's version
        _note(4, "written after the backup", 6),  # only in the damaged file
        _note(6, "newer but \ufffd damaged", 7),  # newer and damaged: the older, whole one is kept too
    ]
    backup = [
        _note(1, "as it was", 2),
        _note(2, "the same words", 2),
        _note(3, "half of it was not lost", 2),
        _note(5, "only in the backup (deleted since, or lost in the damage)", 1),
        _note(6, "older and whole", 3),
    ]
    merged = {n.text: n.id for n in merge_notes(rescued, backup)}
    assert set(merged) == {
        "edited after the backup",
        "as it was",  # the older words, kept as a note of their own
        "the same words",
        "half of it was not lost",
        "written after the backup",
        "only in the backup (deleted since, or lost in the damage)",
        "newer but \ufffd damaged",
        "older and whole",
    }
    assert merged["edited after the backup"] == 1 and merged["half of it was not lost"] == 3
    assert len(set(merged.values())) == len(merged)  # every note keeps an id of its own

    own = MyQuestion(0, None, "Can I travel?", 0, "", None, False)
    answered = MyQuestion(0, None, "Can I travel?", 0, "Yes", date(2026, 3, 1), True)
    curated = MyQuestion(0, "what-stage", None, 1, "", None, False)
    merged_q = merge_questions([own], [answered, curated])
    assert [(q.text, q.question_id, q.answer, q.position) for q in merged_q] == [
        ("Can I travel?", None, "Yes", 0),
        (None, "what-stage", "", 1),
    ]


def _flip_text(path: Path, needle: bytes) -> None:
    content = bytearray(path.read_bytes())
    at = content.index(needle)
    content[at + 2] = 0xFF
    path.write_bytes(bytes(content))


@pytest.mark.parametrize("choice", [MERGE, RESCUED, BACKUP])
def test_each_choice_puts_the_right_notes_in_place(choice: str, data_dir: Path, clock: FakeClock) -> None:
    with Store.open(data_dir, clock=clock) as store:
        fill(store)
        for i in range(20):
            store.add_note(f"{SECRET} {i:02d} " * 10)
        store.maybe_backup()
        clock.advance(days=1)
        store.add_note("after the backup")
        store.update_note(store.list_notes()[5].id, "edited after the backup")
    _flip_text(db_path(data_dir), f"{SECRET} 07".encode())
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir, clock=clock)
    offer = make_offer(data_dir, caught.value)
    assert offer.choices == [MERGE, RESCUED, BACKUP]
    assert len(offer.rescued.notes) == 24 and offer.rescued.repairs.texts == 1
    recover(data_dir, offer, choice, clock.now)
    with Store.open(data_dir) as store:
        texts = [n.text for n in store.list_notes()]
        assert store.get_situation() == Situation(frozenset({"stage-4", "immunotherapy"}), "patient", "Sam")
        assert [q.answer for q in store.list_my_questions()] == ["", "Yes, with the nurse's letter."]
    damaged = [t for t in texts if "\ufffd" in t]
    if choice == BACKUP:
        assert len(texts) == 23 and "after the backup" not in texts and not damaged
    else:
        assert "after the backup" in texts and "edited after the backup" in texts
        # Merged, the backup's whole version of the damaged note wins (the rescued one adds nothing).
        assert len(damaged) == (0 if choice == MERGE else 1)
        assert (f"{SECRET} 07 " * 10 in texts) == (choice == MERGE)
    assert not (data_dir / "notes.sqlite3.recovery-pending").exists()
    assert caught.value.moved_to is not None and caught.value.moved_to.exists()  # never deleted


def test_reading_a_bad_row_while_running_is_damage_not_a_crash(data_dir: Path) -> None:
    store = Store.open(data_dir)
    note = store.add_note(f"{SECRET}: about the scan")
    # The row goes bad under the open store (another program, a failing disk): bytes that are not UTF-8.
    other = sqlite3.connect(db_path(data_dir))
    other.execute(
        "UPDATE notes SET text = CAST(X'7a656272612071756f6b6b61ff' AS TEXT) WHERE id = ?", (note.id,)
    )
    other.commit()
    other.close()
    with pytest.raises(StoreCorrupt) as caught:
        store.list_notes()
    shown = (
        "".join(traceback.format_exception(caught.value)) + caught.value.user_message + caught.value.detail
    )
    assert "zebra" not in shown and "quokka" not in shown
    assert "column 'text'" in caught.value.detail
    store.close()
    with pytest.raises(StoreCorrupt):  # the next start offers what can be read
        Store.open(data_dir)


def test_the_check_at_start_names_no_content(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.add_note(f"{SECRET} about the liver")
    _flip_text(db_path(data_dir), SECRET.encode())
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir)
    shown = "".join(traceback.format_exception(caught.value)) + str(caught.value)
    assert "zebra" not in shown and "quokka" not in shown and "about the" not in shown
    assert "notes row 1: column 'text' cannot be read" in caught.value.detail
