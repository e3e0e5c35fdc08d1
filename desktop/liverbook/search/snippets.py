"""Short passages around the words that matched, cut from text that FTS5 marked up.

SQLite's ``highlight()`` returns a column's whole text with each matching word between two private
marker characters (which the index removes from all text it stores, so they cannot be forged).
Here that text becomes the words that matched and a passage of about a line, as ``(text, is_match)``
pieces: never HTML, since the view must escape whatever a note holds.
"""

from __future__ import annotations

import bisect
import re

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
