"""Short passages around the words that matched, cut from text that FTS5 marked up.

SQLite's ``highlight()`` returns a column's whole text with each matching word between two private
marker characters (which the index removes from all text it stores, so they cannot be forged);
:func:`mark_words` does the same in Python for the user's words, where asking FTS5 row by row would
cost more than the search. Here that text becomes the words that matched and a passage of about a
line, as ``(text, is_match)`` pieces: never HTML, since the view must escape whatever a note holds.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache

from liverbook.search.query import fold

OPEN, CLOSE = "\x01", "\x02"
PASSAGE_CHARS = 150  # about a line of the results list
LEAD_CHARS = 40  # how much text to keep before the first match in the passage
MAX_MARKS = 200  # look no further into a long text for the best passage
MAX_ANCHORS = 20  # passages tried: the ones starting near each of the first matches

_MARKED = re.compile(f"{OPEN}([^{CLOSE}]*){CLOSE}")
_BREAK = re.compile(r"\s*\n\s*")
_SPACE = re.compile(r"\s+")

Pieces = tuple[tuple[str, bool], ...]


def matched_words(*marked: str) -> tuple[str, ...]:
    """The marked words as written, first appearance first, one per word ignoring case and accents."""
    found: dict[str, str] = {}
    for text in marked:
        for word in _MARKED.findall(text):
            found.setdefault(fold(word), word)
    return tuple(found.values())


def one_line(text: str) -> str:
    """Text on one line: line breaks become " · ", runs of white space one space."""
    return _SPACE.sub(" ", _BREAK.sub(" · ", text.strip()))


def pieces(marked: str) -> Pieces:
    """One line of text with markers, as ``(text, is_match)`` pieces."""
    out: list[tuple[str, bool]] = []
    for n, part in enumerate(re.split(f"[{OPEN}{CLOSE}]", marked)):
        if part:
            out.append((part, n % 2 == 1))
    return tuple(out)


def passage(marked: str, width: int = PASSAGE_CHARS) -> Pieces:
    """The stretch of ``marked`` about ``width`` characters long with the most different matches.

    Text without matches gives its beginning. The cut falls between words, with "…" where text
    was left out; the passage is on one line.
    """
    places: list[int] = []
    words: list[str] = []
    for match in _MARKED.finditer(marked):
        places.append(match.start())
        words.append(fold(match.group(1)))
        if len(places) == MAX_MARKS:
            break
    start, best = 0, 0
    for anchor in places[:MAX_ANCHORS]:
        begin = max(0, anchor - LEAD_CHARS)
        inside = words[bisect.bisect_left(places, begin) : bisect.bisect_left(places, begin + width)]
        if len(set(inside)) > best:
            best, start = len(set(inside)), begin
    end = min(len(marked), start + width)
    if start > 0:
        space = _SPACE.search(marked, start, start + LEAD_CHARS)
        start = space.end() if space else start
    if end < len(marked):
        cut = max(marked.rfind(" ", start, end), marked.rfind("\n", start, end))
        end = cut if cut > start else end
    text = one_line(marked[start:end]).strip(" ·")
    if text.count(OPEN) > text.count(CLOSE):  # cut inside a match (a long word without spaces)
        text += CLOSE
    if text.count(CLOSE) > text.count(OPEN):
        text = OPEN + text
    return pieces(("…" if start > 0 else "") + text + ("…" if end < len(marked) else ""))


def _fold_char(char: str) -> str:
    """One character folded as the index folds it; where that would change the length, lower case
    if that does not, else the character itself."""
    for folded in (fold(char), char.lower()):
        if len(folded) == 1:
            return folded
    return char


def fold_in_place(text: str) -> str:
    """``text`` folded letter by letter (lower case, no accents), every character where it was."""
    if text.isascii():
        return text.lower()
    return text.translate({ord(c): _fold_char(c) for c in set(text) if not c.isascii() or c.isupper()})


@lru_cache(maxsize=64)
def _pattern(wanted: frozenset[str], prefixes: tuple[str, ...]) -> re.Pattern[str] | None:
    words = [re.escape(w) for w in sorted(wanted, key=len, reverse=True)]
    begun = [re.escape(p) + r"[^\W_]*" for p in prefixes]
    if not words and not begun:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(begun + words) + r")(?![^\W_])")


def mark_words(text: str, wanted: Iterable[str], prefixes: Iterable[str] = ()) -> str:
    """``text`` with every word that folds to one of ``wanted`` (or begins with one of ``prefixes``)
    between the markers; only the first :data:`MAX_MARKS` (a passage is chosen among those)."""
    pattern = _pattern(frozenset(wanted), tuple(prefixes))
    if pattern is None:
        return text
    out: list[str] = []
    last = 0
    for n, match in enumerate(pattern.finditer(fold_in_place(text))):
        if n == MAX_MARKS:
            break
        out += (text[last : match.start()], OPEN, text[match.start() : match.end()], CLOSE)
        last = match.end()
    out.append(text[last:])
    return "".join(out)
