"""The user's notes through the core: read a page at a time, saved with an event the window hears.

Lists ask for one page of notes at a time (:meth:`Notes.page`), so a list of 100,000 notes costs no
more to open than a list of ten. Every save and delete emits ``saved`` or ``removed``, which the
search index and the notes list follow.
"""

from __future__ import annotations

from datetime import datetime

from liverbook.core.events import Event
from liverbook.store.model import Note
from liverbook.store.store import Store

PAGE_SIZE = (
    60  # notes read at a time for a list: a tall screenful at the smallest text, then more as it scrolls
)


class Notes:
    """The notes of one store (none when there is no store to read)."""

    def __init__(self, store: Store | None) -> None:
        self._store = store
        self.saved: Event[[Note]] = Event()
        self.removed: Event[[int]] = Event()

    @property
    def available(self) -> bool:
        return self._store is not None

    def page(self, offset: int, limit: int = PAGE_SIZE, text_filter: str = "") -> list[Note]:
        """Notes from position ``offset``, newest (last changed) first; StoreError if unreadable."""
        if self._store is None:
            return []
        return self._store.notes_page(offset, limit, text_filter)

    def get(self, note_id: int) -> Note | None:
        """The note, or None if there is no such note (or no store)."""
        return None if self._store is None else self._store.get_note(note_id)

    def save(
        self, note_id: int | None, text: str, page_id: str | None, created: datetime | None = None
    ) -> Note | None:
        """Write a note's text: a new one (``note_id`` None) or an existing one. A new note with no
        words is not created (None). StoreError says why a save failed; the caller keeps the words.
        The words of a note that is no longer there are saved as a new note (its id is returned).
        ``created``, when the caller knows it, tells the note typed into from another that got its id
        after a backup was put back (ids are given again after one): the words are then a new note."""
        if self._store is None:
            return None
        if note_id is not None and created is not None:
            there = self._store.get_note(note_id)
            if there is None or there.created != created:
                note_id = None
        if note_id is None:
            if not text.strip():
                return None
            note = self._store.add_note(text, page_id)
        else:
            try:
                note = self._store.update_note(note_id, text)
            except KeyError:  # gone meanwhile (the data was put back from a copy without it): a new note
                if not text.strip():
                    return None
                note = self._store.add_note(text, page_id)
        self.saved.emit(note)
        return note

    def delete(self, note_id: int) -> Note:
        """Delete a note; it is returned so that :meth:`restore` can give it back."""
        assert self._store is not None, "no notes to delete from"
        note = self._store.delete_note(note_id)
        self.removed.emit(note.id)
        return note

    def restore(self, note: Note) -> Note:
        """Undo a delete."""
        assert self._store is not None, "no notes to restore to"
        restored = self._store.restore_note(note)
        self.saved.emit(restored)
        return restored
