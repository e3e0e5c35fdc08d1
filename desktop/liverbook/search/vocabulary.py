"""The words in the index, grouped by stem, so a query word also finds its other forms.

The index stores words as written (folded: lower case, no accents) and stems nothing itself. A
query word is searched as every known word with the same light stem: in English, its plural and
verb forms (:mod:`.stemmer`: "tumor" as "tumor" or "tumors", "bleeding" as "bleed" or "bleeds"); in
Spanish, its plural and feminine or masculine forms (:mod:`.spanish`: "hígado" as "hígados" too).
Words that only begin alike ("hepatitis", "hepatic") have different stems and do not find each other.

Each text learned is English or Spanish, judged by its little words ("the", "and"; "de", "que"),
and its words are grouped by that language's stemmer only; a text that does not say (a note of a
few words) counts as the reader's language. So a Spanish note is found by its plural in the English
handbook and an English note in the Spanish one, and an English reader with no Spanish text searches
exactly as before: a query word takes its forms from each language's own words.
"""

from __future__ import annotations

from collections.abc import Callable

from liverbook.search import spanish, stemmer
from liverbook.search.query import WORD, fold

MAX_FORMS = 24  # known forms of one stem searched at most (a stem has a handful)
STEMMERS: dict[str, Callable[[str], str]] = {"en": stemmer.stem, "es": spanish.stem}

# Words that say which language a text is in (none of them is a word of the other language).
_ENGLISH = frozenset(
    """
    the and of to in is it for with my was on at that this be are have has had not but or from by an
    will we you your they she his her our what about after before if would should can do did does am
    been were there their which who when how so
    """.split()
)
_MARKERS = {"en": _ENGLISH - spanish.STOP_WORDS, "es": spanish.STOP_WORDS - _ENGLISH}


def language_of(found: set[str], default: str) -> str:
    """The language whose little words ``found`` holds more of; ``default`` when neither has more."""
    english, spanish_words = len(found & _MARKERS["en"]), len(found & _MARKERS["es"])
    if english == spanish_words:
        return default
    return "en" if english > spanish_words else "es"


class Vocabulary:
    """Every word ever indexed (folded), by language and stem.

    ``language`` is the reader's ("en" or "es"): what a text that does not say is taken to be.
    """

    def __init__(self, language: str = "en") -> None:
        self.language = language if language in STEMMERS else "en"
        self._known: dict[str, set[str]] = {code: set() for code in STEMMERS}
        self._by_stem: dict[str, dict[str, set[str]]] = {code: {} for code in STEMMERS}

    def learn(self, *texts: str) -> None:
        """Remember the words of these texts, each in its own language (words are never forgotten:
        a stale one finds nothing)."""
        found_in: dict[str, set[str]] = {code: set() for code in STEMMERS}
        for text in texts:
            found = set(WORD.findall(text.lower()))
            found_in[language_of(found, self.language)] |= found
        for code, found in found_in.items():
            self._add(code, found - self._known[code])

    def _add(self, code: str, new: set[str]) -> None:
        for word in [w for w in new if not w.isascii()]:  # fold only the few words that need it
            new.discard(word)
            new.update(WORD.findall(fold(word)))
        new -= self._known[code]
        if not new:
            return
        self._known[code] |= new
        stem, by_stem = STEMMERS[code], self._by_stem[code]
        for word in new:
            by_stem.setdefault(stem(word), set()).add(word)

    def forms(self, word: str) -> list[str]:
        """``word`` and the known words with its stem in either language, ``word`` first
        ("tumor" -> ["tumor", "tumors"]; "higado" -> ["higado", "higados"])."""
        others: set[str] = set()
        for code, stem in STEMMERS.items():
            others |= self._by_stem[code].get(stem(word), set())
        others.discard(word)
        return [word, *sorted(others)[: MAX_FORMS - 1]]
