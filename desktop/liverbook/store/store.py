"""The user-data store: notes, "My situation", "My questions", "My diary" and the records in one SQLite file.

Every method that changes data commits before it returns: a returned call is on disk
(WAL, ``synchronous=FULL``). A failed write is rolled back whole and raises a
:class:`~liverbook.store.errors.StoreError` with a plain ``user_message``; the store stays usable
and the caller keeps what the user typed so they can try again.

Used from one thread (the GUI thread). Not thread-safe.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from liverbook.store.auto_backup import AutoBackupMixin
from liverbook.store.diary import DiaryMixin
from liverbook.store.model import (
    ANY_PAGE,
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    MAX_TAGS,
    AnyPage,
    Note,
    Situation,
    check_id,
    clean_text,
    format_time,
    parse_time,
)
from liverbook.store.putting_back import PuttingBackMixin
from liverbook.store.questions import QuestionsMixin
from liverbook.store.records import RecordsMixin
from liverbook.store.row_check import RowCheckMixin
from liverbook.store.rows import BadRow

if TYPE_CHECKING:  # the export and import modules are imported when first used, not at start
    from liverbook.store import markdown

_NOTE_COLUMNS = "id, text, page_id, created, updated"


def _fold(text: str) -> str:
    """Text for searching: accents dropped, case folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _note(row: tuple[int, str, str | None, str, str]) -> Note:
    try:
        return Note(row[0], row[1], row[2], parse_time(row[3]), parse_time(row[4]))
    except (ValueError, TypeError, OverflowError):
        raise BadRow("notes", row[0], "created or updated") from None


class Store(RecordsMixin, DiaryMixin, QuestionsMixin, PuttingBackMixin, AutoBackupMixin, RowCheckMixin):
    """The user's data. Open with :meth:`Store.open`; close with :meth:`close` or ``with``."""

    # -- notes ----------------------------------------------------------------------------------

    def add_note(self, text: str, page_id: str | None = None) -> Note:
        """Save a new note (``page_id`` None: a general note)."""
        text = clean_text(text, "note", MAX_NOTE_CHARS)
        if page_id is not None:
            check_id(page_id, "page_id")
        now = format_time(self._now())
        with self._writing():
            cursor = self._exec(
                "INSERT INTO notes (text, page_id, created, updated) VALUES (?, ?, ?, ?)",
                (text, page_id, now, now),
            )
            note_id = cursor.lastrowid
        assert note_id is not None
        return Note(note_id, text, page_id, parse_time(now), parse_time(now))

    def update_note(self, note_id: int, text: str) -> Note:
        """Replace a note's text. Raises KeyError if there is no such note."""
        text = clean_text(text, "note", MAX_NOTE_CHARS)
        now = format_time(self._now())
        with self._writing():
            self._exec("UPDATE notes SET text = ?, updated = ? WHERE id = ?", (text, now, note_id))
            row = self._exec(f"SELECT {_NOTE_COLUMNS} FROM notes WHERE id = ?", (note_id,)).fetchone()
            if row is None:
                raise KeyError(f"no note {note_id}")
        return _note(row)

    def delete_note(self, note_id: int) -> Note:
        """Delete a note and return it, so that it can be given back with :meth:`restore_note`."""
        with self._writing():
            row = self._exec(f"SELECT {_NOTE_COLUMNS} FROM notes WHERE id = ?", (note_id,)).fetchone()
            if row is None:
                raise KeyError(f"no note {note_id}")
            self._exec("DELETE FROM notes WHERE id = ?", (note_id,))
        return _note(row)

    def restore_note(self, note: Note) -> Note:
        """Undo a delete: put ``note`` back with its id and dates (a new id if that one is taken)."""
        text = clean_text(note.text, "note", MAX_NOTE_CHARS)
        if note.page_id is not None:
            check_id(note.page_id, "page_id")
        created, updated = format_time(note.created), format_time(note.updated)
        with self._writing():
            taken = self._exec("SELECT 1 FROM notes WHERE id = ?", (note.id,)).fetchone() is not None
            cursor = self._exec(
                "INSERT INTO notes (id, text, page_id, created, updated) VALUES (?, ?, ?, ?, ?)",
                (None if taken else note.id, text, note.page_id, created, updated),
            )
            note_id = cursor.lastrowid
        assert note_id is not None
        return Note(note_id, text, note.page_id, parse_time(created), parse_time(updated))

    def count_notes(self) -> int:
        """How many notes there are."""
        with self._reading():
            return int(self._exec("SELECT count(*) FROM notes").fetchone()[0])

    def get_note(self, note_id: int) -> Note | None:
        """The note with this id, or None."""
        with self._reading():
            row = self._exec(f"SELECT {_NOTE_COLUMNS} FROM notes WHERE id = ?", (note_id,)).fetchone()
            return None if row is None else _note(row)

    def list_notes(self, page_id: str | None | AnyPage = ANY_PAGE, text_filter: str = "") -> list[Note]:
        """Notes, newest (last updated) first.

        ``page_id``: ``ANY_PAGE`` (default) for all notes, None for general notes only, or a page id.
        ``text_filter``: keep notes containing it, ignoring case and accents ("echo" finds "Écho").
        """
        sql = f"SELECT {_NOTE_COLUMNS} FROM notes"
        params: tuple[object, ...] = ()
        if page_id is None:
            sql += " WHERE page_id IS NULL"
        elif not isinstance(page_id, AnyPage):
            sql += " WHERE page_id = ?"
            params = (page_id,)
        with self._reading():
            rows = self._exec(sql + " ORDER BY updated DESC, id DESC", params).fetchall()
            notes = [_note(row) for row in rows]
        needle = _fold(text_filter.strip())
        return [n for n in notes if needle in _fold(n.text)] if needle else notes

    def notes_page(self, offset: int, limit: int, text_filter: str = "") -> list[Note]:
        """Up to ``limit`` notes from position ``offset`` in :meth:`list_notes`'s order (newest first),
        keeping those that contain ``text_filter`` as :meth:`list_notes` does. For lists that show a
        screenful at a time: reads only what it returns (and, with a filter, what it skips).
        """
        sql = f"SELECT {_NOTE_COLUMNS} FROM notes"
        params: tuple[object, ...] = ()
        needle = _fold(text_filter.strip())
        with self._reading():
            if needle:
                self._db().create_function("liverbook_fold", 1, _fold, deterministic=True)
                sql += " WHERE instr(liverbook_fold(text), ?) > 0"
                params = (needle,)
            sql += " ORDER BY updated DESC, id DESC LIMIT ? OFFSET ?"
            rows = self._exec(sql, (*params, max(0, limit), max(0, offset))).fetchall()
            return [_note(row) for row in rows]

    # -- my situation ---------------------------------------------------------------------------

    def get_situation(self) -> Situation:
        """The user's situation (empty if never set)."""
        with self._reading():
            row = self._exec("SELECT reader, name FROM situation WHERE id = 1").fetchone()
            if row is None:
                raise BadRow("situation", 1, "id")
            tags = frozenset(row[0] for row in self._exec("SELECT tag FROM situation_tags"))
        return Situation(tags, row[0], row[1])

    def set_situation(self, situation: Situation) -> None:
        """Replace the user's situation."""
        tags = sorted(check_id(tag, "tag") for tag in situation.tags)
        if len(tags) > MAX_TAGS:
            raise ValueError(f"more than {MAX_TAGS} tags")
        if situation.reader is not None:
            check_id(situation.reader, "reader")
        name = clean_text(situation.name, "name", MAX_NAME_CHARS)
        with self._writing():
            self._exec("UPDATE situation SET reader = ?, name = ? WHERE id = 1", (situation.reader, name))
            self._exec("DELETE FROM situation_tags")
            for tag in tags:
                self._exec("INSERT INTO situation_tags (tag) VALUES (?)", (tag,))

    # -- backups, export, import, delete --------------------------------------------------------

    def export_data(self) -> dict[str, Any]:
        """All user data as one JSON-able dict (format described in :mod:`liverbook.store.exchange`)."""
        with self._reading():
            notes = self.list_notes()
            situation = self.get_situation()
            questions = self.list_my_questions()
            diary = self.diary_data()
            records = self.records_data()
        from liverbook.store import exchange

        return exchange.build(notes, situation, questions, self._now(), diary, records)

    def export_markdown(
        self, label: markdown.Labeler | None = None, answer_text: markdown.AnswerText | None = None
    ) -> str:
        """A readable Markdown copy of all user data; ``label(kind, id)`` names handbook ids and
        ``answer_text(answer)`` shows a diary answer in words and the reader's units."""
        with self._reading():
            notes, situation, questions = self.list_notes(), self.get_situation(), self.list_my_questions()
            diary = self.diary_data()
            records = self.records_data()
        from liverbook.store import markdown

        return markdown.render(notes, situation, questions, self._now(), label, diary, answer_text, records)

    def export_to_files(
        self,
        json_path: Path,
        label: markdown.Labeler | None = None,
        answer_text: markdown.AnswerText | None = None,
    ) -> Path:
        """Write the JSON export atomically to ``json_path`` and a ``.md`` copy beside it; return the latter."""
        from liverbook.store import exchange_files

        return exchange_files.write_files(
            json_path, self.export_data(), self.export_markdown(label, answer_text)
        )

    def has_data(self) -> bool:
        """True if there is anything of the user's: a note, a question, a situation, the diary, a record."""
        with self._reading():
            if self._has_records():
                return True
            for table in (
                "notes",
                "my_questions",
                "situation_tags",
                "diary_entries",
                "diary_own_items",
                "diary_item_settings",
                "diary_prefs",
            ):
                if self._exec(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None:
                    return True
            row = self._exec("SELECT reader, name FROM situation WHERE id = 1").fetchone()
        return row is not None and (row[0] is not None or bool(row[1]))

    def import_data(self, data: object) -> Path | None:
        """Replace all user data with ``data`` (a parsed export) after a full check and a backup.

        Returns the backup of the data replaced, or None when there was none to keep (an empty
        store). Raises ImportRefused, naming the problem, before anything is touched.
        """
        from liverbook.store import exchange

        parsed = exchange.parse(data)
        backup = self._backup("before-import") if self.has_data() else None
        with self._writing():
            self._clear()
            for note in parsed.notes:
                self._exec(
                    "INSERT INTO notes (id, text, page_id, created, updated) VALUES (?, ?, ?, ?, ?)",
                    (note.id, note.text, note.page_id, format_time(note.created), format_time(note.updated)),
                )
            situation = parsed.situation
            self._exec(
                "UPDATE situation SET reader = ?, name = ? WHERE id = 1", (situation.reader, situation.name)
            )
            for tag in sorted(situation.tags):
                self._exec("INSERT INTO situation_tags (tag) VALUES (?)", (tag,))
            self._insert_questions(parsed.questions)
            from liverbook.store.diary_write import insert_diary  # the diary's rows: when first needed

            insert_diary(self._exec, parsed.diary)
            question_ids = [row[0] for row in self._exec("SELECT id FROM my_questions ORDER BY position, id")]
            self._insert_records(parsed.records, question_ids)
        return backup

    def import_from_file(self, path: Path) -> Path | None:
        """Read, check and import an export file (size cap, UTF-8, JSON, format and version).

        Returns the backup of the data replaced, or None when there was nothing to back up.
        """
        from liverbook.store import exchange_files

        return self.import_data(exchange_files.read_file(path))

    def _clear(self) -> None:
        for table in ("notes", "situation_tags", "my_questions"):
            self._exec(f"DELETE FROM {table}")
        self._exec("UPDATE situation SET reader = NULL, name = '' WHERE id = 1")
        self._clear_diary()
        self._clear_records()

    def delete_all(self) -> Path:
        """Delete every note, the situation, the questions and the diary, after a ``before-delete-all`` backup.

        Returns that backup (the GUI should say it exists; the user may delete it themselves).
        """
        backup = self._backup("before-delete-all")
        with self._writing():
            self._clear()
        return backup

    def integrity_ok(self) -> bool:
        """True if ``PRAGMA integrity_check`` is ok (slow on big files; for self-tests)."""
        with self._reading():
            rows = self._exec("PRAGMA integrity_check").fetchall()
        return rows == [("ok",)]
