"""Turns what a reader types into a safe SQLite FTS5 query.

The input is raw text: only runs of letters and digits survive, each one is quoted, so quotes,
brackets, ``*``, ``:``, ``^`` and words such as AND, OR, NOT and NEAR are never read as operators.
The last word is a prefix (the reader is still typing it). British and American spellings find each
other: every word is searched in both spellings (``tumour`` and ``tumor``), so the text shown in
results stays exactly as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

MAX_INPUT_CHARS = 1_000  # read no further into what was typed
MAX_WORDS = 12
MAX_WORD_CHARS = 40
MIN_PREFIX_CHARS = 3  # a shorter last word is matched whole: "th"* would match almost everything

WORD = re.compile(r"[^\W_]+")  # letters and digits of any script; never quotes or operators

# British and American spellings, as (british, american) word beginnings: "tumours" <-> "tumors".
SPELLINGS: tuple[tuple[str, str], ...] = (
    ("tumour", "tumor"),
    ("oesophag", "esophag"),
    ("oedem", "edem"),
    ("haemo", "hemo"),
    ("haema", "hema"),
    ("anaemi", "anemi"),
    ("anaesthe", "anesthe"),
    ("diarrhoea", "diarrhea"),
    ("ischaem", "ischem"),
    ("leukaem", "leukem"),
    ("paediatric", "pediatric"),
    ("gynaecolog", "gynecolog"),
    ("centre", "center"),
    ("litre", "liter"),
    ("fibre", "fiber"),
    ("programme", "program"),
    ("colour", "color"),
    ("behaviour", "behavior"),
    ("counsell", "counsel"),
    ("travell", "travel"),
    ("randomis", "randomiz"),
    ("hospitalis", "hospitaliz"),
    ("ageing", "aging"),
)

Completer = Callable[[str], Iterable[str]]


def fold(text: str) -> str:
    """Lower case without accents, the way the index's tokenizer sees words ("Écho" -> "echo")."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def words(text: str) -> list[str]:
    """The words of a query, folded, de-duplicated and capped in number and length."""
    found: list[str] = []
    for match in WORD.finditer(fold(text[:MAX_INPUT_CHARS])):
        word = match.group()[:MAX_WORD_CHARS]
        if word not in found:
            found.append(word)
        if len(found) == MAX_WORDS:
            break
    return found


def spellings(word: str) -> list[str]:
    """The word and its other spelling, if it has one ("tumours" -> ["tumours", "tumors"])."""
    out = [word]
    for british, american in SPELLINGS:
        for start, other in ((british, american), (american, british)):
            if word.startswith(start):
                variant = other + word[len(start) :]
                if variant not in out:
                    out.append(variant)
    return out


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def match_expression(text: str, complete: Completer | None = None) -> str:
    """An FTS5 MATCH expression for what was typed, or "" when there is nothing to search for.

    Every word must match (in either spelling). The last word also matches as a prefix; ``complete``
    may add whole words that start with it, since the stemmer can change a half-typed word
    ("hepati" is not a prefix of the stem "hepat" of "hepatic").
    """
    query_words = words(text)
    parts = []
    for n, word in enumerate(query_words):
        options = [_quote(w) for w in spellings(word)]
        if n == len(query_words) - 1 and len(word) >= MIN_PREFIX_CHARS:
            options = [o + "*" for o in options]
            if complete is not None:
                options += [_quote(w) for w in complete(word) if w != word]
        parts.append(options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")")
    return " AND ".join(parts)
