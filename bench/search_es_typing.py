"""Search in Spanish as you type: the cost of a keystroke with verb forms folded, against the same
index folding plurals and genders only, and a plain scan, measured in the same run.

Builds the Spanish handbook's index with ``--notes`` made-up Spanish notes (the handbook's own
words, drawn with their frequencies) twice: once with the stemmer as it is
(:func:`liverbook.search.spanish.stem`: plural, gender and the common verb endings), once with the
verb step left out (what the app did before). Then types each query one character at a time and
times ``SearchIndex.search`` per keystroke. The baseline is the simplest search there is: every
typed word as a substring of the folded text of every entry.

    python bench/search_es_typing.py [--notes 10000] [--runs 5]

Prints the median and 95th percentile per keystroke of each, and the ratios.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "desktop"))

from liverbook import paths  # noqa: E402
from liverbook.content import Handbook, markdown  # noqa: E402
from liverbook.content.localized import load_localized  # noqa: E402
from liverbook.search import SearchIndex, spanish, vocabulary  # noqa: E402
from liverbook.search.query import WORD, fold  # noqa: E402

# What a Spanish reader types: symptoms as verbs and nouns, drugs, questions.
QUERIES = (
    "vomitando",
    "sangrado de nariz",
    "muy cansado",
    "me duele el vientre",
    "hinchazón de piernas",
    "sorafenib",
    "qué es la ascitis",
    "cuidados paliativos",
    "confundido por la noche",
    "análisis de sangre",
)


@dataclass(frozen=True)
class Note:
    id: int
    text: str
    page_id: str | None = None


def texts_of(book: Handbook) -> list[str]:
    out = [f"{p.title}\n{p.summary}\n{markdown.plain_text(p.body)}" for p in book.pages]
    out += [" ".join((t.term, *t.also, t.definition)) for t in book.terms.values()]
    out += [f"{q.text}\n{q.why}" for q in book.questions()]
    return out


def spanish_notes(book: Handbook, count: int, seed: int = 9) -> list[Note]:
    """``count`` notes of 8 to 90 words drawn from the Spanish handbook's words, as often as it uses them."""
    rng = random.Random(seed)
    words = [w for text in texts_of(book) for w in WORD.findall(text.lower())]
    return [
        Note(n, " ".join(rng.choice(words) for _ in range(rng.randint(8, 90))).capitalize() + ".")
        for n in range(1, count + 1)
    ]


def plural_and_gender_only(word: str) -> str:
    """The Spanish stem without the verb step (what the app did before verb forms were folded)."""
    if len(word) < 3 or not word.isalpha():
        return word
    if word.endswith("z"):
        return word[:-1] + "c"
    if len(word) < spanish.MIN_PLURAL:
        return word
    word = spanish._singular(word)
    if (
        len(word) >= spanish.MIN_GENDER
        and word[-1] in "ao"
        or len(word) >= spanish.MIN_FINAL_E
        and word[-1] == "e"
    ):
        return word[:-1]
    return word


STEMS = {"verb forms": spanish.stem, "plurals only": plural_and_gender_only}


def using(name: str) -> None:
    """Index and search with the stemmer ``name`` (the vocabulary reads it when building and at each search)."""
    vocabulary.STEMMERS["es"] = STEMS[name]


def keystrokes(search, queries: tuple[str, ...]) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for query in queries:
        for end in range(1, len(query) + 1):
            start = time.perf_counter()
            search(query[:end])
            times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    book = load_localized(paths.content_dir(), "es", strict=False)
    notes = spanish_notes(book, args.notes)
    corpus = [fold(t).lower() for t in texts_of(book)] + [fold(n.text).lower() for n in notes]

    def naive(query: str) -> list[int]:
        typed = fold(query).lower().split()
        return [n for n, text in enumerate(corpus) if all(w in text for w in typed)][:50]

    indexes = {}
    for name in STEMS:
        using(name)
        indexes[name] = SearchIndex.build(book, notes)
    figures: dict[str, list[float]] = {name: [] for name in (*indexes, "plain scan")}
    for _ in range(args.runs):  # interleaved, so a busy machine slows each alike
        for name, index in indexes.items():
            using(name)
            figures[name] += keystrokes(index.search, QUERIES)
        figures["plain scan"] += keystrokes(naive, QUERIES)
    using("verb forms")
    print(f"Spanish search, {args.notes} notes, {len(QUERIES)} queries typed {args.runs} times")
    print(f"{'index':14} {'median ms':>10} {'p95 ms':>8} {'x plain':>8}")
    base = statistics.median(figures["plain scan"])
    for name, times in figures.items():
        median = statistics.median(times)
        p95 = statistics.quantiles(times, n=20)[-1]
        print(f"{name:14} {median:10.2f} {p95:8.2f} {median / base:8.2f}")
    ratio = statistics.median(figures["verb forms"]) / statistics.median(figures["plurals only"])
    print(f"verb forms / plurals only: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
