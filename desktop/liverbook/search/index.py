"""The search index: handbook pages, glossary terms, curated questions and the user's own words.

Everything goes once into SQLite FTS5 tables in memory, one table per kind; the user's own words
(notes, diary entries, records) can then be added, changed and removed one at a time. Every table
has the same three columns, weighted for ranking:

======  ===================  ====================  ==============  ========================  ======
column  page                 glossary term         question        note, diary, record       weight
======  ===================  ====================  ==============  ========================  ======
title   title                -                     -               -                         10
head    summary              term and other names  question text   -                         5
body    body as plain text   definition            why it matters  the words                 1
======  ===================  ====================  ==============  ========================  ======

The user's words come as :class:`Doc` objects, one table per kind (:data:`USER_TABLES`): a note is
keyed by its id; a diary entry by its id; a record by ``"<kind>:<id>"`` ("medicine:3").

Words are stored as written (folded, not stemmed): a query word finds its own plural and verb forms
(:mod:`.vocabulary`, :mod:`.stemmer`), never words that only begin like it ("hepatitis" does not
find "hepatic"). Ranking, in tiers: pages whose title holds the words as a phrase (in any of their
forms), then pages whose title holds every word; then whatever holds them as a phrase; then whatever
holds every word; last, what only a half-typed last word finds ("chemo" -> "chemotherapy"). Within a tier, by bm25, with pages'
scores doubled (bm25 favours short entries, and a page is long next to a definition or a note).
Each table ranks its own matches (FTS5 sorts them and marks up only the best few), so a common word
that matches thousands of notes stays quick.

Results never hold HTML: a snippet is a tuple of ``(text, is_match)`` pieces for the view to escape
and highlight, since notes may hold anything, markup included.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from liverbook.content import markdown
from liverbook.content.model import Handbook
from liverbook.search.query import match_expression, phrase_expression, words
from liverbook.search.snippets import CLOSE, OPEN, Pieces, matched_words, passage
from liverbook.search.vocabulary import Vocabulary

TOKENIZER = "unicode61 remove_diacritics 2"  # words as written: the query finds their forms
WEIGHTS = (10.0, 5.0, 1.0)  # title, head, body
BOOSTS = {"pages": 2.0, "terms": 1.0, "questions": 1.0, "notes": 1.0, "diary": 1.0, "records": 1.0}
USER_TABLES = {"notes": "note", "diary": "diary", "records": "record"}  # table -> the kind of its results
MAX_NOTE_TITLE = 80
NOTES_PER_INSERT = 500  # a bulk load goes in slices, so no single step holds Python's lock for long

_UNSAFE = re.compile(f"[\x00{OPEN}{CLOSE}]")  # markers are removed from all indexed text
_SPACE = re.compile(r"\s+")

_FOUND = (
    f"SELECT rowid, rank, highlight({{table}}, 0, '{OPEN}', '{CLOSE}'), "
    f"highlight({{table}}, 1, '{OPEN}', '{CLOSE}'), highlight({{table}}, 2, '{OPEN}', '{CLOSE}') "
    "FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?"
)

_AMONG = "SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid IN ({rows})"
TITLE_PHRASE_TIER, TITLE_TIER, PHRASE_TIER, WORDS_TIER, PREFIX_TIER = range(5)

Row = tuple[int, str, str, str]  # rowid, title, head, body


class NoteLike(Protocol):
    """What the index needs of a note (``liverbook.store`` notes have it)."""

    @property
    def id(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def page_id(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Doc:
    """Words of the user's to find: a note, a diary entry, a record.

    ``key`` identifies it in its table (a note's or diary entry's id; "medicine:3" for a record);
    ``title`` is what a result shows (for a note, its first line is used when this is empty);
    ``parent`` is where it belongs (a note's page id, a record's kind); ``tab`` the tab that holds it.
    """

    key: int | str
    text: str
    title: str = ""
    parent: str | None = None
    tab: str | None = None


@dataclass(frozen=True, slots=True)
class Result:
    """One thing found.

    ``kind`` is "page", "term", "question", "note", "diary" or "record"; ``key`` the page, term or
    question id (text), the note or diary entry id (a number), or a record's "<kind>:<id>". ``title`` is what to show: the page title, the term, the question, or
    the note's first line. ``tab`` is the tab that holds it, if any; ``parent`` the topic of a
    question or the page of a note (None for a general note). ``snippet`` is the best passage as
    ``(text, is_match)`` pieces. ``matches`` are the words that matched, as written, in reading
    order (title, summary, body): the view can find the first one to open the page there.
    """

    kind: str
    key: str | int
    title: str
    tab: str | None
    parent: str | None
    snippet: Pieces
    matches: tuple[str, ...]

    @property
    def first_match(self) -> str | None:
        """The first matching word in the text, as written, or None."""
        return self.matches[0] if self.matches else None


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str
    key: str | int
    title: str
    tab: str | None
    parent: str | None


def _safe(text: str) -> str:
    """Text fit to index: no marker characters, and no lone surrogates (SQLite refuses them)."""
    if not text.isascii():
        text = text.encode("utf-8", "replace").decode("utf-8")
    if "\x00" in text or OPEN in text or CLOSE in text:
        text = _UNSAFE.sub(" ", text)
    return text


def note_title(text: str) -> str:
    """A note's first non-blank line, shortened to fit a list."""
    line = _SPACE.sub(" ", text.lstrip().split("\n", 1)[0]).strip()
    return line if len(line) <= MAX_NOTE_TITLE else line[: MAX_NOTE_TITLE - 1].rstrip() + "…"


class SearchIndex:
    """All the handbook's words and the user's notes, ready to search as the reader types.

    Build it once with :meth:`build`; keep notes current with :meth:`set_note`, :meth:`remove_note`
    and :meth:`set_notes`. Use it from one thread at a time: it may be built in a worker thread and
    then handed to another (the window builds it in the background).
    """

    def __init__(self, book: Handbook | None = None) -> None:
        self._book = book
        self._db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        rank = "bm25(" + ", ".join(map(str, WEIGHTS)) + ")"
        for table in BOOSTS:
            columns = f"title, head, body, tokenize = '{TOKENIZER}', prefix = '3'"
            self._db.execute(f"CREATE VIRTUAL TABLE {table} USING fts5({columns})")
            self._db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('rank', ?)", (rank,))
        self._vocabulary = Vocabulary()
        self._entries: dict[str, dict[int, _Entry]] = {table: {} for table in BOOSTS}  # notes: by note id
        self._rowids: dict[str, dict[int | str, int]] = {
            table: {} for table in USER_TABLES if table != "notes"
        }

    @classmethod
    def build(cls, book: Handbook, notes: Iterable[NoteLike] = ()) -> SearchIndex:
        """An index of the whole handbook and these notes."""
        index = cls(book)
        pages: list[Row] = []
        terms: list[Row] = []
        questions: list[Row] = []
        for n, page in enumerate(book.pages, start=1):
            index._entries["pages"][n] = _Entry("page", page.id, page.title, page.tab, None)
            pages.append((n, page.title, page.summary, markdown.plain_text(page.body)))
        for n, term in enumerate(book.terms.values(), start=1):
            index._entries["terms"][n] = _Entry("term", term.id, term.term, None, None)
            terms.append((n, "", " · ".join((term.term, *term.also)), term.definition))
        for n, question in enumerate(book.questions(), start=1):
            entry = _Entry("question", question.id, question.text, "questions", question.topic)
            index._entries["questions"][n] = entry
            questions.append((n, "", question.text, question.why))
        with index._transaction():
            for table, rows in (("pages", pages), ("terms", terms), ("questions", questions)):
                index._insert(table, rows)
        index.set_notes(notes)
        return index

    # -- the user's words ----------------------------------------------------------------------

    def set_notes(self, notes: Iterable[NoteLike]) -> None:
        """Replace every note in the index with these (a bulk load)."""
        self.set_docs("notes", (Doc(note.id, note.text, parent=note.page_id) for note in notes))

    def set_note(self, note_id: int, text: str, page_id: str | None = None) -> None:
        """Add a note or replace its text (a blank note is removed: there is nothing to find)."""
        self.set_doc("notes", Doc(note_id, text, parent=page_id))

    def remove_note(self, note_id: int) -> None:
        """Take a note out of the index (nothing happens if it is not there)."""
        self.remove_doc("notes", note_id)

    def note_count(self) -> int:
        """How many notes are in the index."""
        return len(self._entries["notes"])

    def doc_count(self, table: str) -> int:
        """How many of the user's documents are in this table."""
        return len(self._entries[table])

    def set_docs(self, table: str, docs: Iterable[Doc]) -> None:
        """Replace everything in one of :data:`USER_TABLES` with these documents (a bulk load)."""
        with self._transaction():
            self._db.execute(f"DELETE FROM {table}")
            self._entries[table].clear()
            if table in self._rowids:
                self._rowids[table].clear()
            rows = (self._doc_row(table, doc) for doc in docs)
            kept = [row for row in rows if row is not None]
            for start in range(0, len(kept), NOTES_PER_INSERT):
                self._insert(table, kept[start : start + NOTES_PER_INSERT])

    def set_doc(self, table: str, doc: Doc) -> None:
        """Add a document or replace its words (one with no words is removed)."""
        with self._transaction():
            self.remove_doc(table, doc.key)
            row = self._doc_row(table, doc)
            if row is not None:
                self._insert(table, [row])

    def remove_doc(self, table: str, key: int | str) -> None:
        """Take a document out (nothing happens if it is not there)."""
        rowid = self._rowid(table, key, make=False)
        if rowid is None:
            return
        self._entries[table].pop(rowid, None)
        self._db.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))

    def _rowid(self, table: str, key: int | str, make: bool) -> int | None:
        if table == "notes":
            return int(key)
        ids = self._rowids[table]
        if key not in ids and make:
            ids[key] = len(ids) + 1 + max(ids.values(), default=0)
        return ids.get(key)

    def _doc_row(self, table: str, doc: Doc) -> Row | None:
        title = doc.title or note_title(doc.text)
        if not title or not doc.text.strip():
            return None
        rowid = self._rowid(table, doc.key, make=True)
        assert rowid is not None
        tab = doc.tab
        if (
            table == "notes"
            and doc.parent is not None
            and self._book is not None
            and self._book.has_page(doc.parent)
        ):
            tab = self._book.page(doc.parent).tab
        self._entries[table][rowid] = _Entry(USER_TABLES[table], doc.key, title, tab, doc.parent)
        return (rowid, "", "", doc.text)

    # -- building -------------------------------------------------------------------------------

    def _insert(self, table: str, rows: list[Row]) -> None:
        rows = [(row, _safe(title), _safe(head), _safe(body)) for row, title, head, body in rows]
        self._vocabulary.learn("\n".join(part for row in rows for part in row[1:]))
        self._db.executemany(f"INSERT INTO {table}(rowid, title, head, body) VALUES (?, ?, ?, ?)", rows)

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    # -- searching ------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[Result]:
        """What matches the query, best first; [] for a blank query. Never raises for odd input."""
        forms = self._vocabulary.forms
        whole = match_expression(query, forms, prefix=False)
        if not whole or limit <= 0:
            return []
        begun = match_expression(query, forms, prefix=True)
        phrase = phrase_expression(query, forms) if len(words(query)) > 1 else ""  # one word: its own phrase
        found: list[tuple[int, float, int, _Entry, tuple[str, str, str]]] = []
        try:
            for table, boost in BOOSTS.items():
                entries = self._entries[table]
                rows = self._ranked(table, whole, limit)
                exact = set(rows)
                if begun != whole and len(rows) < limit:  # whole words first; the rest by prefix
                    for row, hit in self._ranked(table, begun, limit).items():
                        rows.setdefault(row, hit)
                phrased = self._among(table, phrase, rows) if phrase else exact
                titled = self._among(table, f"{{title}} : ({whole})", rows) if table == "pages" else set()
                title_phrase = self._among(table, f"{{title}} : {phrase}", titled) if phrase else titled
                for row, (score, shown) in rows.items():
                    if row not in entries:
                        continue
                    tier = (
                        TITLE_PHRASE_TIER
                        if row in title_phrase
                        else TITLE_TIER
                        if row in titled
                        else PHRASE_TIER
                        if row in phrased
                        else WORDS_TIER
                        if row in exact
                        else PREFIX_TIER
                    )
                    found.append((tier, score * boost, len(found), entries[row], shown))
        except sqlite3.OperationalError:  # a query the quoting missed: find nothing rather than fail
            return []
        found.sort()
        return [_result(entry, *shown) for *_, entry, shown in found[:limit]]

    def _ranked(
        self, table: str, expression: str, limit: int
    ) -> dict[int, tuple[float, tuple[str, str, str]]]:
        """The best ``limit`` matches of one table: rowid -> (bm25 score, the three columns marked)."""
        query = _FOUND.format(table=table)
        return {
            row: (score, (title, head, body))
            for row, score, title, head, body in self._db.execute(query, (expression, limit))
        }

    def _among(self, table: str, expression: str, rows: Iterable[int]) -> set[int]:
        """Which of ``rows`` also match ``expression``."""
        listed = ",".join(str(int(row)) for row in rows)
        if not listed:
            return set()
        query = _AMONG.format(table=table, rows=listed)
        return {row for (row,) in self._db.execute(query, (expression,))}

    def close(self) -> None:
        """Free the index's memory."""
        self._db.close()


def _result(entry: _Entry, title: str, head: str, body: str) -> Result:
    """A result from its entry and its three columns as marked by ``highlight()``."""
    if OPEN in body:
        snippet = passage(body)
    elif OPEN in head and entry.kind != "question":  # a question's head is its title
        snippet = passage(head)
    else:  # only the title matched: show the summary of a page, the why of a question
        snippet = passage(head if entry.kind == "page" else body)
    words = matched_words(title, head, body)
    return Result(entry.kind, entry.key, entry.title, entry.tab, entry.parent, snippet, words)


class _Transaction:
    """One transaction, unless one is open already (then it joins it)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._own = False

    def __enter__(self) -> None:
        self._own = not self._db.in_transaction
        if self._own:
            self._db.execute("BEGIN")

    def __exit__(self, kind: object, value: object, trace: object) -> None:
        if self._own:
            self._db.execute("COMMIT" if kind is None else "ROLLBACK")
