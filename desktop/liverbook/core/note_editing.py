"""The note open in the editor, and what saving its words means: a note emptied is a note removed.

Clearing every word of a note used to save an empty note, listed as "(empty note)" for ever. Now a
note whose words are all cleared is taken off the list when it is saved, and kept here (and handed
to the caller, for an "Undo delete" button) so that nothing is lost: if words come back (Ctrl+Z in
the editor, or new typing), the note is put back with its id, page and first date, holding them.
Opening or starting another note ends that chance here; the caller's undo can still bring it back.

No Qt: the notes pane drives it, and the tests drive it without a screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from liverbook.core.notes import Notes
from liverbook.store.model import Note


@dataclass(frozen=True)
class Saved:
    """What a save did: ``note`` written, or ``removed`` (a note emptied of words), or neither."""

    note: Note | None = None
    removed: Note | None = None


class NoteEditing:
    """The note in the editor: its id (None until its first word is saved) and its page."""

    def __init__(self, notes: Notes) -> None:
        self._notes = notes
        self.note_id: int | None = None
        self.page_id: str | None = None
        self.made: datetime | None = None  # when the note was made: tells it from another given its id
        self.emptied: Note | None = None  # the note as it was before its words were cleared

    def open(self, note_id: int | None, page_id: str | None, made: datetime | None = None) -> None:
        """Edit another note (or, with no id, a new one on ``page_id``); ``made``: when it was made, if
        known (ids are given again after a backup is put back: the words never go to another note)."""
        self.note_id, self.page_id, self.made, self.emptied = note_id, page_id, made, None

    def save(self, text: str) -> Saved:
        """Write ``text`` as the note's words. StoreError says why not; the caller keeps the words."""
        if not text.strip():
            if self.note_id is None:
                return Saved()  # a new note with no words, or one already taken off: nothing to keep
            there = self._notes.get(self.note_id)
            if there is None or (self.made is not None and there.created != self.made):
                self.note_id = None  # gone, or its id now another note's: never remove that one
                return Saved()
            try:
                removed = self._notes.delete(self.note_id)
            except KeyError:  # gone meanwhile (the data was put back from a copy without it)
                self.note_id = None
                return Saved()
            self.emptied, self.note_id = removed, None
            return Saved(removed=removed)
        if self.note_id is None and self.emptied is not None:
            back = self._notes.restore(self.emptied)  # words again: the same note, not a new one
            self.note_id, self.made, self.emptied = back.id, back.created, None
        note = self._notes.save(self.note_id, text, self.page_id, self.made)
        if note is not None:
            self.note_id, self.made = note.id, note.created
        return Saved(note=note)
