"""The words in the index, to finish a word the reader is still typing.

FTS5 stems a prefix before it looks it up, and the stem of half a word is not always the start of
the stem of the whole word: "constipat" stays "constipat", but "constipation" is stored as "constip",
so the prefix query ``"constipat"*`` finds nothing. The vocabulary lists the known words that start
with what was typed and keeps those whose stem the prefix misses. Stems come from SQLite's own
porter tokenizer (through a scratch table and ``fts5vocab``), so they always agree with the index.
"""

from __future__ import annotations

import bisect
import sqlite3

from liverbook.search.query import MIN_PREFIX_CHARS, WORD, fold

MAX_CANDIDATES = 60  # more known words than this: the prefix is too short to complete


class Vocabulary:
    """Every word ever indexed (folded), and their stems on demand (cached)."""

    def __init__(self, db: sqlite3.Connection, tokenizer: str) -> None:
        self._db = db
        db.execute(f"CREATE VIRTUAL TABLE scratch USING fts5(word, tokenize = '{tokenizer}')")
        db.execute("CREATE VIRTUAL TABLE scratch_terms USING fts5vocab(scratch, 'instance')")
        self._known: set[str] = set()
        self._sorted: list[str] = []
        self._stems: dict[str, str] = {}

    def learn(self, text: str) -> None:
        """Remember the words of this text (words are never forgotten: a stale one finds nothing)."""
        found = set(WORD.findall(text.lower()))
        for word in [w for w in found if not w.isascii()]:  # fold only the few words that need it
            found.discard(word)
            found.update(WORD.findall(fold(word)))
        new = found - self._known
        if not new:
            return
        self._known |= new
        if len(new) > 50:
            self._sorted = sorted(self._known)
        else:
            for word in new:
                bisect.insort(self._sorted, word)

    def starting_with(self, prefix: str, limit: int) -> list[str]:
        """Known words starting with ``prefix``, in order; at most ``limit`` + 1 (to tell "too many")."""
        words = self._sorted
        out: list[str] = []
        for n in range(bisect.bisect_left(words, prefix), len(words)):
            if not words[n].startswith(prefix) or len(out) > limit:
                break
            out.append(words[n])
        return out

    def stems(self, words: list[str]) -> dict[str, str]:
        """Each word's stem as the index stores it ("" for a word the tokenizer drops)."""
        missing = [w for w in dict.fromkeys(words) if w not in self._stems]
        if missing:
            found: dict[int, str] = {}
            own = not self._db.in_transaction
            if own:
                self._db.execute("BEGIN")
            try:
                self._db.executemany("INSERT INTO scratch(rowid, word) VALUES (?, ?)", enumerate(missing))
                for term, doc, offset in self._db.execute("SELECT term, doc, offset FROM scratch_terms"):
                    if offset == 0:
                        found[doc] = term
            finally:
                self._db.execute("DELETE FROM scratch")
                if own:
                    self._db.execute("COMMIT")
            for n, word in enumerate(missing):
                self._stems[word] = found.get(n, "")
        return {w: self._stems[w] for w in words}

    def completions(self, prefix: str) -> list[str]:
        """Whole words to search besides ``prefix*``: one per stem that the prefix query would miss."""
        if len(prefix) < MIN_PREFIX_CHARS:
            return []
        candidates = self.starting_with(prefix, MAX_CANDIDATES)
        if not candidates or len(candidates) > MAX_CANDIDATES:
            return []
        stems = self.stems([prefix, *candidates])
        covered = stems[prefix]
        out: dict[str, str] = {}
        for word in candidates:
            stem = stems[word]
            if stem and not stem.startswith(covered):
                out.setdefault(stem, word)
        return list(out.values())
