"""Turns what a reader types into a safe SQLite FTS5 query.

The input is raw text: only runs of letters and digits survive, each one is quoted, so quotes,
brackets, ``*``, ``:``, ``^`` and words such as AND, OR, NOT and NEAR are never read as operators.
The last word is also a prefix (the reader may still be typing it). British and American spellings
find each other: every word is searched in both spellings (``tumour`` and ``tumor``), and in its
plural and verb forms (:mod:`.vocabulary`), so the text shown in results stays exactly as written.
Whole words come before prefixes, and the words as a phrase before the words apart: the index
ranks with :func:`match_expression` (with and without the prefix) and :func:`phrase_expression`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

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

Forms = Callable[[str], Iterable[str]]  # a word -> it and its other known forms ("tumor" -> "tumors")
Little = Callable[[str], bool] | None  # words a match need not hold (a language's little words)
MAX_PHRASES = 32  # phrase combinations of forms searched at most


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


def word_forms(word: str, forms: Forms | None = None) -> list[str]:
    """Every way ``word`` is searched: each spelling, and each known form of each spelling."""
    out: list[str] = []
    for spelling in spellings(word):
        for form in forms(spelling) if forms is not None else (spelling,):
            if form not in out:
                out.append(form)
    return out


def needed(text: str, optional: Little = None) -> list[str]:
    """The words a match must hold: every word typed but the ``optional`` ones (a language's little
    words: "de", "la", "qué"), unless nothing else is left or one is the beginning of a word still
    being typed ("con" may become "control"; "de", too short to be searched as a beginning, goes)."""
    typed = words(text)
    if optional is None:
        return typed
    typing = WORD.fullmatch(text[:MAX_INPUT_CHARS][-1:] or " ") is not None
    last = len(typed) - 1
    kept = [
        w
        for n, w in enumerate(typed)
        if not optional(w) or (n == last and typing and len(w) >= MIN_PREFIX_CHARS)
    ]
    return kept or typed


def match_expression(
    text: str, forms: Forms | None = None, prefix: bool = True, optional: Little = None
) -> str:
    """An FTS5 MATCH expression for what was typed, or "" when there is nothing to search for.

    Every word must match (but the ``optional`` ones: :func:`needed`), in either spelling and in any
    of its forms (``forms``: the other forms the index knows). With ``prefix``, the last word typed
    also matches as the beginning of a longer word (the reader may still be typing it): "chemo"
    finds "chemotherapy".
    """
    typed = words(text)
    query_words = needed(text, optional)
    parts = []
    for word in query_words:
        options = [_quote(w) for w in word_forms(word, forms)]
        if prefix and word == typed[-1] and len(word) >= MIN_PREFIX_CHARS:
            options += [_quote(w) + "*" for w in spellings(word)]
        parts.append(options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")")
    return " AND ".join(parts)


def phrase_expression(text: str, forms: Forms | None = None) -> str:
    """An FTS5 expression for the words typed, side by side in this order, in any of their forms
    (or, when that makes too many phrases to search, as typed); "" when there are no words."""
    typed = words(text)
    if not typed:
        return ""
    if forms is not None:
        return _phrases([word_forms(word, forms) for word in typed]) or _phrases(
            [spellings(w) for w in typed]
        )
    return _phrases([spellings(w) for w in typed])


def _phrases(choices: list[list[str]]) -> str:
    """The phrases of one choice from each list, quoted, or "" if there are over MAX_PHRASES."""
    phrases = [""]
    for options in choices:
        phrases = [f"{before} {option}".strip() for before in phrases for option in options]
        if len(phrases) > MAX_PHRASES:
            return ""
    quoted = [_quote(phrase) for phrase in phrases]
    return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything the index needs to search for what was typed.

    ``whole``: every needed word in one of its forms; ``begun``: the same with the last word typed
    also as a prefix; ``phrase``: the words side by side ("" for one word); ``wanted``: the folded
    forms whose every appearance counts as a match, and ``prefixes`` the beginnings that count in
    what only ``begun`` finds (to mark them in a text, as FTS5's highlight() does).
    """

    whole: str
    begun: str
    phrase: str
    wanted: frozenset[str]
    prefixes: tuple[str, ...]


def plan(text: str, forms: Forms | None = None, optional: Little = None) -> Plan:
    """The searches for ``text`` (see :class:`Plan`); its ``whole`` is "" when there is nothing to find."""
    typed = words(text)
    kept = needed(text, optional)
    whole = match_expression(text, forms, prefix=False, optional=optional)
    begun = match_expression(text, forms, prefix=True, optional=optional)
    phrase = phrase_expression(text, forms) if len(typed) > 1 else ""
    wanted = frozenset(form for word in kept for form in word_forms(word, forms))
    last = typed[-1] if typed else ""
    prefixes = tuple(spellings(last)) if last in kept and len(last) >= MIN_PREFIX_CHARS else ()
    return Plan(whole, begun, phrase, wanted, prefixes)
