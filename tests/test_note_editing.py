"""A note emptied of its words is taken off the list, and nothing is lost (no screen needed)."""

from __future__ import annotations

from pathlib import Path

from liverbook.core.note_editing import NoteEditing
from liverbook.core.notes import Notes
from liverbook.store import Store


def editing(tmp_path: Path) -> tuple[NoteEditing, Store]:
    store = Store.open(tmp_path)
    return NoteEditing(Notes(store)), store


def test_clearing_every_word_takes_the_note_off_and_words_coming_back_bring_it_back(tmp_path: Path) -> None:
    edit, store = editing(tmp_path)
    edit.open(None, "ascites")
    first = edit.save("Ask about the tap").note
    assert first is not None and [n.text for n in store.list_notes()] == ["Ask about the tap"]

    removed = edit.save("  \n ").removed
    assert removed is not None and removed.text == "Ask about the tap"
    assert store.list_notes() == []  # no "(empty note)" left behind

    back = edit.save("Ask about the tap, and the date").note  # Ctrl+Z, or new words
    assert back is not None and back.id == first.id and back.page_id == "ascites"
    assert back.created == first.created
    assert [n.text for n in store.list_notes()] == ["Ask about the tap, and the date"]


def test_a_new_note_with_no_words_is_never_made(tmp_path: Path) -> None:
    edit, store = editing(tmp_path)
    edit.open(None, None)
    assert edit.save("   ").note is None and store.list_notes() == []


def test_opening_another_note_ends_the_chance_here(tmp_path: Path) -> None:
    edit, store = editing(tmp_path)
    edit.open(None, None)
    edit.save("words")
    removed = edit.save("").removed
    edit.open(None, None)
    assert edit.emptied is None and removed is not None  # the caller keeps it for Undo delete
    assert edit.save("a new note").note is not None
    assert [n.text for n in store.list_notes()] == ["a new note"]
