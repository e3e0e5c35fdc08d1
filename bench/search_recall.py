"""Search recall and looseness on the handbook's own words: the app's index against a porter index.

Every glossary word (and each of its other names) and every page title is searched, as a reader
would type it, in the app's index and in a plain FTS5 index with SQLite's porter stemmer (what the
app used before), built from the same text in the same run.

For each query, the entries that truly hold it are the pages, glossary words and questions whose
text has every word of the query as a whole word, or with a plural or verb ending (-s, -es, -ies,
-ed, -d, -ing): a check that uses no stemmer. Printed:

- recall: the share of those entries each index finds (nothing a reader searches for may stop
  being found);
- loose: entries found that hold none of the query's words in any such form, in either spelling,
  nor the last word as the start of a longer one (what porter's shared beginnings add: "hepatitis"
  -> "hepat" <- "hepatic");
- own entry first: queries whose own glossary word or page comes in the first three results.

    python bench/search_recall.py [--show N]   # N: print up to N misses and loose finds of each
    python bench/search_recall.py --locale es  # the Spanish handbook: plural -s/-es and -o/-a/-e
                                               # endings and a verb's common endings ("vomitar",
                                               # "sangrando"), little words ("de", "la") not
                                               # needed; compared with a plain index (accents
                                               # folded only)
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "desktop"))

from liverbook import paths
from liverbook.content import Handbook, load_handbook, markdown
from liverbook.content.localized import load_localized
from liverbook.search import SearchIndex
from liverbook.search.query import fold, spellings, words
from liverbook.search.spanish import NOUN_OF_VERB, STOP_WORDS

ENDINGS = r"(?:s|es|ed|d|ing)?"
LIMIT = 1000
SPANISH = {"es": False}  # --locale es: Spanish endings, little words skipped, a plain index to compare


def entries(book: Handbook) -> dict[tuple[str, str], str]:
    """(kind, key) -> the entry's whole text, as the index reads it."""
    found: dict[tuple[str, str], str] = {}
    for page in book.pages:
        found[("page", page.id)] = f"{page.title}\n{page.summary}\n{markdown.plain_text(page.body)}"
    for term in book.terms.values():
        found[("term", term.id)] = " · ".join((term.term, *term.also)) + "\n" + term.definition
    for question in book.questions():
        found[("question", question.id)] = f"{question.text}\n{question.why}"
    return found


def bases(word: str) -> set[str]:
    """The word without a plural or verb ending it may have, in each spelling."""
    found = set()
    for spelling in spellings(word):
        found.add(spelling)
        for ending, instead in (
            ("ies", "y"),
            ("ied", "y"),
            ("es", ""),
            ("s", ""),
            ("ed", ""),
            ("d", ""),
            ("ing", ""),
        ):
            if spelling.endswith(ending) and len(spelling) - len(ending) >= 3:
                found.add(spelling[: -len(ending)] + instead)
    return found


# A verb's common endings (infinitive, gerund, participle, imperfect, past): "vomitar", "vomitando",
# "vomitado", "vomitaba", "vomitaron" hold the word "vómito" as much as "vómitos" does.
SPANISH_VERB = r"(?:ar|er|ir|ando|iendo|ad[oa]s?|id[oa]s?|aba|aban|aron|ieron)(?:se)?"
SPANISH_VERB_BASE = 4  # letters a verb's stem keeps at least ("cans-ado"; not "v-ida")


def spanish_pattern(word: str, prefix: bool = False) -> re.Pattern[str]:
    """A Spanish word with or without a plural -s/-es, with any of -o, -a, -e at its end, or as a
    verb form with one of the common endings (:data:`SPANISH_VERB`)."""
    if word in NOUN_OF_VERB:  # "cansancio", the noun of "cansado": named, not found by an ending
        return re.compile(rf"\b(?:{re.escape(word)}s?|{NOUN_OF_VERB[word]}(?:[aoe]s?|{SPANISH_VERB}))\b")
    base = re.sub(r"(?:es|s)$", "", word) if len(word) > 4 else word
    verb = re.match(rf"^(\w{{{SPANISH_VERB_BASE},}}?){SPANISH_VERB}$", base)
    base = verb.group(1) if verb else re.sub(r"[aoe]$", "", base) if len(base) >= 5 else base
    if prefix:
        tail = r"\w*"
    elif base != word or len(word) >= 4:
        tail = r"[aoe]?(?:s|es)?" + (f"|{SPANISH_VERB}" if len(base) >= SPANISH_VERB_BASE else "")
    else:
        tail = ""
    return re.compile(rf"\b{re.escape(base)}(?:{tail})\b")


def pattern(word: str, prefix: bool = False) -> re.Pattern[str]:
    """A word in any of its forms (or, with ``prefix``, also as the beginning of a longer word)."""
    if SPANISH["es"]:
        return spanish_pattern(word, prefix)
    if len(word) < 3:
        return re.compile(rf"\b{re.escape(word)}\b")
    forms = "|".join(
        re.escape(b[:-1]) + "(?:y|ies|ied)" if b.endswith("y") else re.escape(b) for b in sorted(bases(word))
    )
    tail = r"\w*" if prefix else ENDINGS
    return re.compile(rf"\b(?:{forms}){tail}\b")


def holders(
    query: str, texts: dict[tuple[str, str], str]
) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The entries holding every word of the query (in some form), and those holding none of them,
    not even the last one as the beginning of a longer word ("chemo" in "chemotherapy")."""
    typed = words(query)
    needed = [w for w in typed if not (SPANISH["es"] and w in STOP_WORDS)] or typed
    patterns = [pattern(w) for w in needed]
    begun = pattern(typed[-1], prefix=True)
    every, none = set(), set()
    for key, text in texts.items():
        folded = fold(text)
        hits = [bool(p.search(folded)) for p in patterns]
        if all(hits):
            every.add(key)
        if not any(hits) and not begun.search(folded):
            none.add(key)
    return every, none


def porter_index(texts: dict[tuple[str, str], str]) -> tuple[sqlite3.Connection, list[tuple[str, str]]]:
    db = sqlite3.connect(":memory:")
    stemmer = "" if SPANISH["es"] else "porter "  # porter is English's: Spanish gets words as written
    db.execute(
        f"CREATE VIRTUAL TABLE t USING fts5(body, tokenize = '{stemmer}unicode61 remove_diacritics 2', prefix = '3')"
    )
    keys = list(texts)
    db.executemany("INSERT INTO t(rowid, body) VALUES (?, ?)", [(n, texts[k]) for n, k in enumerate(keys)])
    return db, keys


def porter_search(db: sqlite3.Connection, keys: list[tuple[str, str]], query: str) -> list[tuple[str, str]]:
    """The old query: every word whole, the last also as a prefix (as the app searched before)."""
    typed = words(query)
    parts = [
        f'"{w}"' if n < len(typed) - 1 or len(w) < 3 else f'("{w}" OR "{w}"*)' for n, w in enumerate(typed)
    ]
    rows = db.execute(
        "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rank LIMIT ?", (" AND ".join(parts), LIMIT)
    )
    return [keys[row] for (row,) in rows]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--show", type=int, default=0, help="print up to N misses and loose finds of each index"
    )
    parser.add_argument("--locale", choices=["en", "es"], default="en", help="the handbook's language")
    args = parser.parse_args()
    SPANISH["es"] = args.locale == "es"
    if SPANISH["es"]:
        book = load_localized(paths.content_dir(), "es", strict=False)
    else:
        book = load_handbook(paths.content_dir())
    texts = entries(book)
    queries: list[tuple[str, tuple[str, str]]] = []
    for term in book.terms.values():
        queries += [(name, ("term", term.id)) for name in (term.term, *term.also)]
    queries += [(page.title, ("page", page.id)) for page in book.pages]
    app = SearchIndex.build(book)
    db, keys = porter_index(texts)
    figures = {"app": [0, 0, 0, 0], "porter": [0, 0, 0, 0]}  # wanted, found of them, loose, own first
    if SPANISH["es"]:
        print("(Spanish: 'porter' below is a plain index, accents folded, no stemmer)")
    shown: dict[str, list[str]] = {"app": [], "porter": []}
    for query, own in queries:
        every, none = holders(query, texts)
        results = {
            "app": [(r.kind, str(r.key)) for r in app.search(query, limit=LIMIT) if r.kind != "note"],
            "porter": porter_search(db, keys, query),
        }
        for name, found in results.items():
            got = set(found)
            figure = figures[name]
            figure[0] += len(every)
            figure[1] += len(every & got)
            figure[2] += len(got & none)
            figure[3] += own in found[:3]
            if own not in found[:3]:
                place = found.index(own) + 1 if own in found else None
                shown[name].append(f"  own entry {own} at {place or 'none'} for {query!r}")
            for missed in sorted(every - got):
                shown[name].append(f"  missed  {query!r}: {missed}")
            for loose in sorted(got & none):
                shown[name].append(f"  loose   {query!r}: {loose}")
    print(
        f"{len(queries)} queries: the handbook's {len(book.terms)} glossary words, their other names, "
        f"and its {len(book.pages)} page titles"
    )
    print(f"{'index':8} {'recall':>22} {'loose finds':>12} {'own entry in top 3':>20}")
    for name, (wanted, got, loose, first) in figures.items():
        print(f"{name:8} {got:>6} / {wanted:<6} {got / wanted:7.1%} {loose:>12} {first:>9} / {len(queries)}")
    if args.show:
        for name, lines in shown.items():
            print(f"\n{name}:")
            print("\n".join(lines[: args.show * 2]) or "  (none)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
