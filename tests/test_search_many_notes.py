"""Search with many notes: the newest matches first, nothing out of reach, notes in every shard kept.

The index ranks only the newest few hundred matches of the user's words per keystroke (so a
keystroke costs the same with 100,000 notes as with 10,000; bench/run.py --only search,search100k
measures that). These tests hold what a reader would notice: a rare word in an old note is found,
a common word lists the newest notes, asking for more reaches every match once, and notes whose
ids fall far apart are found, changed and removed alike.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from liverbook.content import Handbook
from liverbook.search import Result, SearchIndex
from liverbook.search.index import CANDIDATES, SHARD_ROWS


@dataclass(frozen=True)
class FakeNote:
    id: int
    text: str
    page_id: str | None = None


def note_ids(results: list[Result]) -> list[object]:
    return [r.key for r in results if r.kind == "note"]


@pytest.fixture(scope="module")
def crowded(handbook: Handbook) -> SearchIndex:
    """Three times CANDIDATES notes about a scan; the oldest also names a rare drug; one is spread
    over two shards' worth of ids."""
    notes = [FakeNote(n, f"Scan number {n} went fine, ask the nurse") for n in range(1, 3 * CANDIDATES + 1)]
    notes[0] = FakeNote(1, "Scan number 1: the doctor named cabozantinib, write it down")
    notes.append(FakeNote(SHARD_ROWS * 2 + 7, "A late scan note about the zebrafish trial"))
    return SearchIndex.build(handbook, notes)


def test_a_rare_word_in_the_oldest_note_is_found(crowded: SearchIndex) -> None:
    assert note_ids(crowded.search("cabozantinib")) == [1]


def test_a_common_word_lists_the_newest_notes_first(crowded: SearchIndex) -> None:
    found = note_ids(crowded.search("scan", limit=50))
    newest = {SHARD_ROWS * 2 + 7, *range(2 * CANDIDATES + 2, 3 * CANDIDATES + 1)}  # the newest CANDIDATES
    assert found and set(found) <= newest


def test_asking_for_more_reaches_every_match_once(crowded: SearchIndex) -> None:
    every = note_ids(crowded.search("scan", limit=5000))
    assert sorted(every) == [*range(1, 3 * CANDIDATES + 1), SHARD_ROWS * 2 + 7]


def test_the_words_as_a_phrase_still_come_first_among_many(crowded: SearchIndex) -> None:
    results = [r for r in crowded.search("doctor named") if r.kind == "note"]
    assert note_ids(results)[:1] == [1]


def test_notes_far_apart_are_found_changed_and_removed(handbook: Handbook) -> None:
    ids = [3, SHARD_ROWS - 1, SHARD_ROWS, SHARD_ROWS * 7 + 1]
    index = SearchIndex.build(handbook, [FakeNote(i, f"pelican {i}") for i in [-5, *ids]])
    assert sorted(note_ids(index.search("pelican"))) == [-5, *ids]  # odd ids are kept too
    index.remove_note(-5)
    assert sorted(note_ids(index.search("pelican"))) == ids
    index.set_note(SHARD_ROWS, "now about a heron")
    index.remove_note(SHARD_ROWS * 7 + 1)
    assert sorted(note_ids(index.search("pelican"))) == [3, SHARD_ROWS - 1]
    assert note_ids(index.search("heron")) == [SHARD_ROWS]
    index.set_notes([FakeNote(SHARD_ROWS * 3, "pelican again")])
    assert note_ids(index.search("pelican")) == [SHARD_ROWS * 3]
    assert index.note_count() == 1


def test_the_results_list_adds_what_it_has_not_shown_once(qapp) -> None:  # type: ignore[no-untyped-def]
    from liverbook.ui.views.search_results import MORE_AT_A_TIME, RESULT_ROLE, ResultsModel

    def result(n: int) -> Result:
        return Result("note", n, f"note {n}", None, None, ("", "", f"note {n}"), frozenset({"note"}))

    first = [result(n) for n in range(MORE_AT_A_TIME)]
    reranked = [result(999), *first, *(result(n) for n in range(MORE_AT_A_TIME, 2 * MORE_AT_A_TIME - 1))]
    model = ResultsModel()
    model.set_results(first, lambda n: reranked[:n])
    assert model.canFetchMore(model.index(0).parent())
    model.fetchMore(model.index(0).parent())
    shown = [model.index(row).data(RESULT_ROLE).key for row in range(model.rowCount())]
    assert len(shown) == len(set(shown)) == 2 * MORE_AT_A_TIME
    assert 999 in shown
