"""The words in the index, grouped by stem, so a query word also finds its plural and verb forms.

The index stores words as written (folded: lower case, no accents) and stems nothing itself. A
query word is searched as every known word with the same light stem (:mod:`.stemmer`): "tumor"
as "tumor" or "tumors", "bleeding" as "bleed", "bleeds" or "bleeding". Words that only begin
alike ("hepatitis", "hepatic") have different stems and do not find each other.
"""

from __future__ import annotations

from liverbook.search.query import WORD, fold
from liverbook.search.stemmer import stem

MAX_FORMS = 24  # known forms of one stem searched at most (a stem has a handful)


class Vocabulary:
    """Every word ever indexed (folded), by stem."""

    def __init__(self) -> None:
        self._known: set[str] = set()
        self._by_stem: dict[str, set[str]] = {}

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
        for word in new:
            self._by_stem.setdefault(stem(word), set()).add(word)

    def forms(self, word: str) -> list[str]:
        """``word`` and the known words with its stem ("tumor" -> ["tumor", "tumors"]), ``word`` first."""
        others = sorted(self._by_stem.get(stem(word), set()) - {word})
        return [word, *others[: MAX_FORMS - 1]]
