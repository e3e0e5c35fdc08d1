"""The notes list and search results on models that read rows as they are shown.

Opening the notes pane reads one screenful of notes however many there are; scrolling reads the
next; a saved note moves to the top and is never listed twice; a notes file damaged while the app
runs is said in plain words, with no traceback.
"""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QTextCursor

from app_helpers import make_core
from liverbook.core.notes import PAGE_SIZE
from liverbook.store import Store

COUNT = PAGE_SIZE * 2 + 50


@pytest.fixture
def filled(data_dir):  # type: ignore[no-untyped-def]
    with Store.open(data_dir) as store:
        ids = [store.add_note(f"note number {n}\nabout the scan").id for n in range(COUNT)]
    return ids


def listed(pane) -> list[str]:  # type: ignore[no-untyped-def]
    return [pane.note_list.item(row).text().split("\n")[0] for row in range(pane.note_list.count())]


def test_the_pane_reads_one_screenful_and_more_as_it_is_scrolled(launch, qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    pane = launch().notes
    assert pane.note_list.count() == PAGE_SIZE  # not all of them: start-up does not grow with the notes
    assert listed(pane)[0] == f"note number {COUNT - 1}"  # the newest first
    while pane.model.canFetchMore(QModelIndex()):
        pane.note_list.scrollToBottom()
        pane.model.fetchMore(QModelIndex())
    shown = listed(pane)
    assert len(shown) == COUNT and len(set(shown)) == COUNT
    assert shown == [f"note number {n}" for n in reversed(range(COUNT))]


def test_a_note_saved_from_beyond_the_rows_shown_moves_to_the_top_once(launch, qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    pane = window.notes
    oldest = filled[0]  # not among the rows read yet (as when a search result opens it)
    pane.open_note(oldest)
    pane.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(pane.editor, " and the blood test")
    assert pane.flush()
    assert listed(pane)[0] == "note number 0" and pane.note_list.currentRow() == 0
    while pane.model.canFetchMore(QModelIndex()):
        pane.model.fetchMore(QModelIndex())
    shown = listed(pane)
    assert len(shown) == COUNT and shown.count("note number 0") == 1


def test_a_notes_file_damaged_while_the_app_runs_is_told_plainly(launch, qtbot, capsys) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.store.add_note("written before the damage")
    window.notes.refresh_list()

    def damaged(sql: str) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            raise sqlite3.DatabaseError("database disk image is malformed")

    window.store.fault_hook = damaged
    window.notes.filter_edit.setText("written")  # the list is read again
    status = window.notes.status.text()
    assert "damaged" in status and "Traceback" not in status
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "Traceback" not in captured.out


def test_search_results_come_fifty_at_a_time(launch, qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    for n in range(120):
        window.core.notes.save(None, f"heron sighting number {n}", None)
    window.search_field.setText("heron")
    results = window.search_results
    assert results.list.count() == 50 and "50+" in results.heading.text()
    results.model.fetchMore(QModelIndex())
    assert results.list.count() == 100
    results.model.fetchMore(QModelIndex())
    assert results.list.count() == 120 and not results.model.canFetchMore(QModelIndex())
    keys = [results.list.item(row).data(0x0100).key for row in range(results.list.count())]
    assert len(set(keys)) == 120


def test_a_pane_on_its_own_needs_only_the_core(qtbot, handbook, data_dir) -> None:  # type: ignore[no-untyped-def]
    from liverbook.ui.views.notes_pane import NotesPane

    with Store.open(data_dir) as store:
        store.add_note("alone")
        pane = NotesPane(make_core(handbook, data_dir, store))
        qtbot.addWidget(pane)
        assert listed(pane) == ["alone"]
