"""The search index is built in the background after start; notes written meanwhile are still found."""

from __future__ import annotations


def titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [window.search_results.list.item(i).text() for i in range(window.search_results.list.count())]


def test_the_index_is_built_in_the_background_and_misses_no_note(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.store.add_note("Zanzibar holiday plans, before the build")
    window.core.search.build_in_background()
    assert window.core.search.building
    # Written while the index is being built: not in its snapshot of the notes.
    window.notes.start_note(None)
    qtbot.keyClicks(window.notes.editor, "Quixotic plan written during the build")
    assert window.notes.flush()
    window.search_field.setText("zanzibar")
    assert any("Zanzibar" in t for t in titles(window))
    window.search_field.setText("quixotic")
    assert any("Quixotic" in t for t in titles(window))
    assert not window.core.search.building and window.core.search.built


def test_a_note_changed_after_the_index_was_built_is_found_by_its_new_words(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.notes.start_note(None)
    qtbot.keyClicks(window.notes.editor, "Walrus")
    assert window.notes.flush()
    window.search_field.setText("walrus")
    assert any("Walrus" in t for t in titles(window))
    qtbot.keyClicks(window.notes.editor, " and a narwhal")
    assert window.notes.flush()  # saved: the index catches up at the next search, not at each save
    window.search_field.setText("narwhal")
    assert any("narwhal" in t for t in titles(window))
    window.notes.delete_current()
    window.search_field.setText("walrus")
    assert not any("Walrus" in t for t in titles(window))


def test_closing_waits_for_a_build_under_way(launch) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.core.search.build_in_background()
    build = window.core.search._build
    window.close()
    assert build is not None and not build._thread.is_alive()
