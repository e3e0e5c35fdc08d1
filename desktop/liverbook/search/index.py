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
holds every word; last, what only a half-typed last word finds ("chemo" -> "chemotherapy").
Within a tier, by bm25, with pages' scores doubled (bm25 favours short entries, and a page is long
next to a definition or a note). The handbook's tables rank every match (a few hundred entries);
the user's rank only their newest :data:`CANDIDATES` matches (SQLite walks the matches newest first
and stops there), so a keystroke costs the same with 100,000 notes as with 10,000: ranking all of
a common word's matches took time in proportion to the notes.

In Spanish (the handbook's language, ``book.locale``) a query's little words ("de", "la", "qué")
need not be in a match, and words find their plural and feminine forms (:mod:`.spanish`); notes
are searched in their own language, whatever the handbook's (:mod:`.vocabulary`).

Results never hold HTML: a snippet is a tuple of ``(text, is_match)`` pieces for the view to escape
and highlight, since notes may hold anything, markup included.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator

from liverbook.content import markdown
from liverbook.content.model import Handbook
from liverbook.search import spanish
from liverbook.search.query import Plan, plan
from liverbook.search.results import Doc, NoteLike, Result, Texts, note_title
from liverbook.search.snippets import CLOSE, OPEN
from liverbook.search.vocabulary import Vocabulary

__all__ = ["BOOSTS", "CANDIDATES", "USER_TABLES", "Doc", "NoteLike", "Result", "SearchIndex", "note_title"]

TOKENIZER = "unicode61 remove_diacritics 2"  # words as written: the query finds their forms
WEIGHTS = (10.0, 5.0, 1.0)  # title, head, body
BOOSTS = {"pages": 2.0, "terms": 1.0, "questions": 1.0, "notes": 1.0, "diary": 1.0, "records": 1.0}
USER_TABLES = {"notes": "note", "diary": "diary", "records": "record"}  # table -> the kind of its results
NOTES_PER_INSERT = 500  # a bulk load goes in slices, so no single step holds Python's lock for long
CANDIDATES = 200  # the newest matches of one table of the user's words ranked, for 50 results
SHARD_ROWS = 10_000  # the user's tables are split by rowid, so ranking never reads more than this
RANKED_SHARDS = 2  # the newest shards ranked by bm25 (10,000 to 20,000 notes); older ones by age

_UNSAFE = re.compile(f"[\x00{OPEN}{CLOSE}]")  # markers are removed from all indexed text
_BEST = "SELECT rowid, rank FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?"
_NEWEST = "SELECT rowid, rank FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?"
_NEWEST_UNRANKED = "SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?"
_SINCE = "SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid >= ?"
_AMONG = "SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid IN ({rows})"
_TEXTS = "SELECT title, head, body FROM {table} WHERE rowid = ?"
TITLE_PHRASE_TIER, TITLE_TIER, PHRASE_TIER, WORDS_TIER, PREFIX_TIER = range(5)

Row = tuple[int, str, str, str]  # rowid, title, head, body
Found = tuple[int, int, float]  # rowid, tier, bm25 score


_Entry = tuple[str, str | int, str, str | None, str | None]
"""What a result shows of an indexed row: kind, key, title, tab, parent. A plain tuple of strings and
numbers, which Python's garbage collector stops watching: 100,000 notes would otherwise make each
full collection (one may come during any keystroke) look at 100,000 more objects."""


def _shard(table: str, shard: int) -> str:
    """The name of a shard's FTS5 table ("notes_3"; a negative rowid's "notes_m1")."""
    return f"{table}_{shard}" if shard >= 0 else f"{table}_m{-shard}"


def _safe(text: str) -> str:
    """Text fit to index: no marker characters, and no lone surrogates (SQLite refuses them)."""
    if not text.isascii():
        text = text.encode("utf-8", "replace").decode("utf-8")
    if "\x00" in text or OPEN in text or CLOSE in text:
        text = _UNSAFE.sub(" ", text)
    return text


class SearchIndex:
    """All the handbook's words and the user's notes, ready to search as the reader types.

    Build it once with :meth:`build`; keep notes current with :meth:`set_note`, :meth:`remove_note`
    and :meth:`set_notes`. Use it from one thread at a time: it may be built in a worker thread and
    then handed to another (the window builds it in the background).
    """

    def __init__(self, book: Handbook | None = None) -> None:
        self._book = book
        self._db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        for table in BOOSTS:
            if table not in USER_TABLES:
                self._create(table)
        self._shards: dict[str, set[int]] = {table: set() for table in USER_TABLES}  # the shards made
        self._vocabulary = Vocabulary(book.locale if book is not None else "en")
        # The reader's language's little words need not be in a match ("qué es la ascitis").
        self._optional = spanish.STOP_WORDS.__contains__ if self._vocabulary.language == "es" else None
        self._entries: dict[str, dict[int, _Entry]] = {table: {} for table in BOOSTS}  # notes: by note id
        self._rowids: dict[str, dict[int | str, int]] = {
            table: {} for table in USER_TABLES if table != "notes"
        }

    def _create(self, name: str) -> None:
        rank = "bm25(" + ", ".join(map(str, WEIGHTS)) + ")"
        columns = f"title, head, body, tokenize = '{TOKENIZER}', prefix = '3'"
        self._db.execute(f"CREATE VIRTUAL TABLE {name} USING fts5({columns})")
        self._db.execute(f"INSERT INTO {name}({name}, rank) VALUES ('rank', ?)", (rank,))

    def _where(self, table: str, rowid: int) -> str:
        """The FTS5 table that holds this row: the handbook's own table, or the user's table's
        shard of :data:`SHARD_ROWS` rows (made when first needed)."""
        if table not in USER_TABLES:
            return table
        shard = rowid // SHARD_ROWS
        if shard not in self._shards[table]:
            self._create(_shard(table, shard))
            self._shards[table].add(shard)
        return _shard(table, shard)

    @classmethod
    def build(cls, book: Handbook, notes: Iterable[NoteLike] = ()) -> SearchIndex:
        """An index of the whole handbook and these notes."""
        index = cls(book)
        pages: list[Row] = []
        terms: list[Row] = []
        questions: list[Row] = []
        for n, page in enumerate(book.pages, start=1):
            index._entries["pages"][n] = ("page", page.id, page.title, page.tab, None)
            pages.append((n, page.title, page.summary, markdown.plain_text(page.body)))
        for n, term in enumerate(book.terms.values(), start=1):
            index._entries["terms"][n] = ("term", term.id, term.term, None, None)
            terms.append((n, "", " · ".join((term.term, *term.also)), term.definition))
        for n, question in enumerate(book.questions(), start=1):
            entry = ("question", question.id, question.text, "questions", question.topic)
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
            for shard in self._shards[table]:
                self._db.execute(f"DELETE FROM {_shard(table, shard)}")
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
        if self._entries[table].pop(rowid, None) is None:
            return  # not indexed (a blank note), so in no table
        self._db.execute(f"DELETE FROM {self._where(table, rowid)} WHERE rowid = ?", (rowid,))

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
        self._entries[table][rowid] = (USER_TABLES[table], doc.key, title, tab, doc.parent)
        return (rowid, "", "", doc.text)

    # -- building -------------------------------------------------------------------------------

    def _insert(self, table: str, rows: list[Row]) -> None:
        rows = [(row, _safe(title), _safe(head), _safe(body)) for row, title, head, body in rows]
        self._vocabulary.learn(*(f"{row[1]}\n{row[2]}\n{row[3]}" for row in rows))  # each in its language
        by_table: dict[str, list[Row]] = {}
        for row in rows:
            by_table.setdefault(self._where(table, row[0]), []).append(row)
        for name, some in by_table.items():
            self._db.executemany(f"INSERT INTO {name}(rowid, title, head, body) VALUES (?, ?, ?, ?)", some)

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    # -- searching ------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[Result]:
        """What matches the query, best first; [] for a blank query. Never raises for odd input."""
        asked = plan(query, self._vocabulary.forms, self._optional)
        if not asked.whole or limit <= 0:
            return []
        found: list[tuple[int, float, int, str, int]] = []
        try:
            for table, boost in BOOSTS.items():
                rows = (
                    self._newest(table, asked, limit)
                    if table in USER_TABLES
                    else self._best(table, asked, limit)
                )
                for row, tier, score in rows:
                    if row in self._entries[table]:
                        found.append((tier, score * boost, len(found), table, row))
            found.sort()
            return [self._result(table, row, tier, asked) for tier, _, _, table, row in found[:limit]]
        except sqlite3.OperationalError:  # a query the quoting missed: find nothing rather than fail
            return []

    def _best(self, table: str, asked: Plan, limit: int) -> Iterator[Found]:
        """The handbook's best ``limit`` matches in one table, with their tiers."""
        rows = self._scored(_BEST, table, asked.whole, limit)
        exact = set(rows)
        if asked.begun != asked.whole and len(rows) < limit:  # whole words first; the rest by prefix
            for row, score in self._scored(_BEST, table, asked.begun, limit).items():
                rows.setdefault(row, score)
        phrase = asked.phrase
        phrased = self._among(table, phrase, rows) if phrase else exact
        titled = self._among(table, f"{{title}} : ({asked.whole})", rows) if table == "pages" else set()
        title_phrase = self._among(table, f"{{title}} : {phrase}", titled) if phrase else titled
        for row, score in rows.items():
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
            yield row, tier, score

    def _newest(self, table: str, asked: Plan, limit: int) -> Iterator[Found]:
        """The user's newest :data:`CANDIDATES` matches in one table (four times ``limit`` when
        more are asked), with their tiers, read shard by shard, newest first: never all of them.
        The :data:`RANKED_SHARDS` newest shards are ranked by bm25 (whose counting reads every row
        of a shard that holds a word); older matches come after them, newest first."""
        cap = max(CANDIDATES, limit * 4)
        exact = self._shard_rows(table, asked.whole, cap)
        rows = dict(exact)
        if asked.begun != asked.whole and len(rows) < limit:  # whole words first; the rest by prefix
            for row, score in self._shard_rows(table, asked.begun, cap).items():
                rows.setdefault(row, score)
        phrased = self._phrased(table, asked.phrase, exact) if asked.phrase else set(exact)
        for row, score in rows.items():
            tier = PHRASE_TIER if row in phrased else WORDS_TIER if row in exact else PREFIX_TIER
            yield row, tier, score

    def _shard_rows(self, table: str, expression: str, cap: int) -> dict[int, float]:
        """The newest ``cap`` matches of one of the user's tables, rowid -> bm25 (0.0 unranked)."""
        found: dict[int, float] = {}
        for n, shard in enumerate(sorted(self._shards[table], reverse=True)):
            name = _shard(table, shard)
            if n < RANKED_SHARDS:
                found.update(self._scored(_NEWEST, name, expression, cap - len(found)))
            else:
                query = _NEWEST_UNRANKED.format(table=name)
                found.update((row, 0.0) for (row,) in self._db.execute(query, (expression, cap - len(found))))
            if len(found) >= cap:
                break
        return found

    def _phrased(self, table: str, phrase: str, exact: dict[int, float]) -> set[int]:
        """Which of ``exact`` (a table's newest matches of the words) hold the words as a phrase:
        the phrase's matches are among the words' matches, so none older than these is asked for."""
        if not exact:
            return set()
        oldest = min(exact)
        phrased: set[int] = set()
        for shard in self._shards[table]:
            if (shard + 1) * SHARD_ROWS > oldest:
                query = _SINCE.format(table=_shard(table, shard))
                phrased.update(row for (row,) in self._db.execute(query, (phrase, oldest)))
        return phrased

    def _scored(self, query: str, table: str, expression: str, limit: int) -> dict[int, float]:
        """Matches of one table, rowid -> bm25 score, in the order ``query`` (_BEST, _NEWEST) says."""
        return dict(self._db.execute(query.format(table=table), (expression, limit)))

    def _among(self, table: str, expression: str, rows: Iterable[int]) -> set[int]:
        """Which of ``rows`` also match ``expression``."""
        listed = ",".join(str(int(row)) for row in rows)
        if not listed:
            return set()
        query = _AMONG.format(table=table, rows=listed)
        return {row for (row,) in self._db.execute(query, (expression,))}

    def _result(self, table: str, row: int, tier: int, asked: Plan) -> Result:
        """A result, with its texts to mark when it is shown (only what ``begun`` found has the
        prefix marked, as the words found whole are)."""
        kind, key, title, tab, parent = self._entries[table][row]
        found = self._db.execute(_TEXTS.format(table=self._where(table, row)), (row,)).fetchone()
        texts: Texts = (found[0], found[1], found[2]) if found else ("", "", "")
        prefixes = asked.prefixes if tier == PREFIX_TIER else ()
        return Result(kind, key, title, tab, parent, texts, asked.wanted, prefixes)

    def close(self) -> None:
        """Free the index's memory."""
        self._db.close()


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
