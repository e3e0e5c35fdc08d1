"""Where the search index finds the user's own words: notes, diary entries and records.

Each source reads one table's documents from a store: all of them (:meth:`IndexSource.read_all`,
in the index's worker thread, from a store of its own) or one (:meth:`IndexSource.read_one`, on the
window's thread, after it changed). A feature with words of its own to find adds a source here and
lists it in :data:`SOURCES`; the core's events tell the index when its words change.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from liverbook.content.model import Handbook
from liverbook.i18n import translate
from liverbook.store.store import Store

if TYPE_CHECKING:  # the search index is imported when it is first built, not at start
    from liverbook.search.index import Doc


class IndexSource(Protocol):
    """One table of the user's words in the search index."""

    table: str  # a table of liverbook.search.index.USER_TABLES

    def read_all(self, store: Store) -> list[Doc]:
        """Every document (StoreError when the store cannot be read)."""
        ...

    def read_one(self, store: Store, key: int | str) -> Doc | None:
        """The document with this key as it is now, or None when it is gone."""
        ...


class NotesSource:
    """The notes: one document per note, found by its words, shown by its first line."""

    table = "notes"

    def read_all(self, store: Store) -> list[Doc]:
        from liverbook.search.index import Doc

        return [Doc(note.id, note.text, parent=note.page_id) for note in store.list_notes()]

    def read_one(self, store: Store, key: int | str) -> Doc | None:
        from liverbook.search.index import Doc

        note = store.get_note(int(key))
        return None if note is None else Doc(note.id, note.text, parent=note.page_id)


class DiarySource:
    """The diary: one document per entry with words in it (its notes and "Where?" details)."""

    table = "diary"

    def __init__(self, book: Handbook) -> None:
        self.book = book

    def read_all(self, store: Store) -> list[Doc]:
        from liverbook.diary.service import Diary
        from liverbook.render import format_date

        by_entry: dict[int, list[str]] = {}
        days: dict[int, str] = {}
        for text in Diary(store, self.book).texts():
            by_entry.setdefault(text.entry_id, []).append(f"{text.item_label}: {text.words}")
            days[text.entry_id] = format_date(text.local.date())
        return [_diary_doc(entry_id, days[entry_id], lines) for entry_id, lines in by_entry.items()]

    def read_one(self, store: Store, key: int | str) -> Doc | None:
        from liverbook.diary.items import by_id
        from liverbook.diary.service import Diary
        from liverbook.render import format_date

        entry = store.get_entry(int(key))
        if entry is None:
            return None
        items = by_id(Diary(store, self.book).items(frozenset()))
        lines = [
            f"{items[a.item_id].label if a.item_id in items else a.item_id}: {a.text}"
            for a in entry.answers
            if a.text
        ]
        return _diary_doc(entry.id, format_date(entry.local.date()), lines) if lines else None


def _diary_doc(entry_id: int, day: str, lines: list[str]) -> Doc:
    from liverbook.search.index import Doc

    return Doc(
        entry_id,
        "\n".join(lines),
        title=translate("IndexSources", "Diary entry of {day}").format(day=day),
        parent="diary",
    )


class RecordsSource:
    """The records: medicines, treatments, the care team, visits and lab results, one document each.

    Records are few (tens to a few hundred), so a change reads them all again (:meth:`read_one`
    looks the one asked for up among them).
    """

    table = "records"

    def read_all(self, store: Store) -> list[Doc]:
        return list(_records(store))

    def read_one(self, store: Store, key: int | str) -> Doc | None:
        return next((doc for doc in _records(store) if doc.key == key), None)


def _doc(kind: str, ident: int, title: str, *parts: str) -> Doc:
    from liverbook.search.index import Doc

    return Doc(f"{kind}:{ident}", "\n".join(p for p in parts if p), title=title, parent=kind)


def _records(store: Store) -> Iterable[Doc]:
    from liverbook.render import format_date

    for m in store.list_medicines():
        yield _doc(
            "medicine",
            m.id,
            translate("IndexSources", "Medicine: {name}").format(name=m.name),
            m.name,
            m.what_for,
            m.dose,
            m.how_often,
            m.prescriber,
            m.note,
        )
    for line in store.list_treatment_lines():
        title = translate("IndexSources", "Treatment: {name}").format(name=line.name or line.kind)
        yield _doc("treatment", line.id, title, line.name, line.note)
    for c in store.list_contacts():
        title = translate("IndexSources", "Care team: {name}").format(name=c.name)
        yield _doc("contact", c.id, title, c.name, c.role, c.where, c.note)
    for v in store.list_visits():
        asked = [part for q in v.questions for part in (q.text, q.understood)]
        title = translate("IndexSources", "Visit on {day}").format(day=format_date(v.on))
        yield _doc("visit", v.id, title, v.with_whom, v.what_for, v.understood, *asked)
    for r in store.list_lab_results():
        if (
            r.note
        ):  # a number alone has no words to find; the test's name in every result would flood a search
            title = translate("IndexSources", "Test result: {name} ({day})").format(
                name=r.name or r.test_id or "", day=format_date(r.taken_on)
            )
            yield _doc("lab", r.id, title, r.note)


def sources_for(book: Handbook) -> list[IndexSource]:
    """Every source of the user's words, for this handbook."""
    return [NotesSource(), DiarySource(book), RecordsSource()]
