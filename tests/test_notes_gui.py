"""The notes pane and "My situation", used as a reader would: type, quit, come back, find it all."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from app_helpers import make_core
from liverbook.core.keys import MY_QUESTIONS, EntryKey
from liverbook.store import Situation, Store, StoreDiskFull, db_path
from liverbook.ui.startup import acquire_lock, open_store
from liverbook.ui.window.main_window import MainWindow

HOSTILE = '<img src="file:///etc/passwd"> <b>bold</b> <a href="javascript:alert(1)">click</a>'


def quit_app(window: MainWindow) -> None:
    window.close()
    assert window.store is not None
    window.store.close()


def test_typed_note_is_saved_and_found_after_relaunch(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    pane = window.notes
    pane.new_button.click()
    qtbot.keyClicks(pane.editor, "Ask about the scan on Monday")
    qtbot.waitUntil(lambda: pane.status.text() == "Saved on this computer.", timeout=3000)
    assert pane.note_list.count() == 1
    quit_app(window)

    again = launch()
    assert again.notes.note_list.count() == 1
    assert again.notes.note_list.item(0).text().startswith("Ask about the scan on Monday")
    again.notes.note_list.setCurrentRow(0)
    assert again.notes.editor.toPlainText() == "Ask about the scan on Monday"


def test_quitting_at_once_still_saves_the_last_words(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.notes.new_button.click()
    qtbot.keyClicks(window.notes.editor, "typed just before quitting")
    quit_app(window)  # no wait for the save timer
    again = launch()
    assert again.notes.note_list.item(0).text().startswith("typed just before quitting")


def test_a_note_on_the_page_being_read(launch, qtbot, handbook) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.open_key(EntryKey.page("child-pugh-score"))
    assert window.notes.page_button.isEnabled()
    window.notes.page_button.click()
    assert window.notes.heading.text() == f"Note on: {handbook.page('child-pugh-score').title}"
    qtbot.keyClicks(window.notes.editor, "My class is A")
    window.notes.flush()
    note = window.store.list_notes()[0]
    assert note.page_id == "child-pugh-score"
    assert f"On: {handbook.page('child-pugh-score').title}" in window.notes.note_list.item(0).text()


def test_note_text_is_shown_literally_never_as_html(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.notes.new_button.click()
    window.notes.editor.setPlainText(HOSTILE)
    window.notes.flush()
    quit_app(window)
    again = launch()
    item_text = again.notes.note_list.item(0).text()
    assert item_text.startswith(HOSTILE[:60])
    again.notes.note_list.setCurrentRow(0)
    assert again.notes.editor.toPlainText() == HOSTILE
    assert again.notes.heading.textFormat() == Qt.TextFormat.PlainText


def test_delete_can_be_undone(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    pane = window.notes
    pane.new_button.click()
    qtbot.keyClicks(pane.editor, "keep me")
    pane.flush()
    pane.delete_button.click()
    assert pane.note_list.count() == 0 and pane.undo_button.isVisible()
    pane.undo_button.click()
    assert pane.note_list.count() == 1
    assert pane.editor.toPlainText() == "keep me"
    assert window.store.list_notes()[0].text == "keep me"


def test_filter_and_newest_first(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    pane = window.notes
    for text in ("first about pain", "second about food", "third about pain"):
        pane.new_button.click()
        pane.editor.setPlainText(text)
        pane.flush()
    assert [pane.note_list.item(i).text().split("\n")[0] for i in range(3)] == [
        "third about pain",
        "second about food",
        "first about pain",
    ]
    pane.filter_edit.setText("pain")
    assert pane.note_list.count() == 2


def test_a_failed_save_keeps_the_text_says_why_and_retries(launch, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    pane = window.notes
    store = window.store

    def disk_full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise StoreDiskFull()

    monkeypatch.setattr(store, "add_note", disk_full)
    pane.new_button.click()
    qtbot.keyClicks(pane.editor, "important words")
    assert pane.flush() is False
    assert pane.editor.toPlainText() == "important words"
    assert "Not saved yet" in pane.status.text() and "disk" in pane.status.text().lower()
    assert pane.autosave.retrying
    monkeypatch.undo()
    qtbot.waitUntil(lambda: pane.status.text() == "Saved on this computer.", timeout=10000)
    assert store.list_notes()[0].text == "important words"


def test_quitting_with_unsaved_words_asks_first(launch, qtbot, monkeypatch, prompts) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    monkeypatch.setattr(window.store, "add_note", lambda *a, **k: (_ for _ in ()).throw(StoreDiskFull()))
    window.notes.new_button.click()
    qtbot.keyClicks(window.notes.editor, "not yet saved")
    prompts.answer = False
    window.close()
    assert window.isVisible()  # the user chose to keep the app open
    assert prompts.asked and "not saved" in prompts.asked[-1][0].lower()
    monkeypatch.undo()
    prompts.answer = True


def test_my_situation_marks_pages_and_fills_my_handbook(launch, qtbot, handbook) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.show_situation()
    dialog = window.dialogs.get("situation")
    dialog.boxes["stage-4"].setChecked(True)
    dialog.boxes["caregiver"].setChecked(True)
    dialog.name_edit.setText("Sam")
    dialog.save_button.click()
    expected = handbook.pages_for({"stage-4", "caregiver"})
    assert expected
    stages = window.section_views()[0]
    marked = [
        stages.page_list.item(i).text()
        for i in range(stages.page_list.count())
        if stages.page_list.item(i).text().startswith("\u2605")
    ]
    assert marked == [f"\u2605 {p.title}" for p in expected if p.tab == "stages"]
    assert window.my_view.keys()[1:] == [EntryKey.page(p.id) for p in expected]
    quit_app(window)

    again = launch()
    assert again.core.situation == Situation(frozenset({"stage-4"}), "caregiver", "Sam")
    assert again.my_view.keys()[1:] == [EntryKey.page(p.id) for p in expected]
    again.open_key(EntryKey.page(expected[0].id))
    assert "For you" in again.current_view().reader.toPlainText()


def test_only_one_copy_writes_and_a_crashed_lock_is_taken_over(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    first = acquire_lock(data_dir)
    assert first is not None
    assert acquire_lock(data_dir) is None  # a second launch is refused
    first.unlock()
    # A copy of the app that crashed while holding the lock (killed with SIGKILL, no clean-up).
    code = (
        "import os, signal, sys; from pathlib import Path; sys.path.insert(0, sys.argv[2]);"
        "from liverbook.ui.startup import acquire_lock;"
        "lock = acquire_lock(Path(sys.argv[1])); assert lock is not None;"
        "os.kill(os.getpid(), signal.SIGKILL)"
    )
    desktop = str(Path(__file__).resolve().parent.parent / "desktop")
    result = subprocess.run([sys.executable, "-c", code, str(data_dir), desktop], capture_output=True)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert (data_dir / "liverbook.lock").exists()
    taken = acquire_lock(data_dir)
    assert taken is not None
    taken.unlock()


def test_a_damaged_notes_file_is_kept_aside_and_the_backup_offered(data_dir: Path, prompts) -> None:  # type: ignore[no-untyped-def]
    with Store.open(data_dir) as store:
        store.add_note("written yesterday")
        assert store.maybe_backup() is not None
    db_path(data_dir).write_bytes(b"this is not a database" * 100)
    store, message = open_store(data_dir, prompts)
    try:
        assert store is not None and message == ""
        assert prompts.asked and "damaged" in prompts.asked[0][1]
        assert [n.text for n in store.list_notes()] == ["written yesterday"]
        assert list(data_dir.glob("*.damaged-*"))
    finally:
        store.close()


def test_a_notes_file_from_a_newer_version_is_left_alone(qtbot, handbook, data_dir: Path, prompts) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    with Store.open(data_dir) as store:
        store.add_note("from the future")
    conn = sqlite3.connect(db_path(data_dir))
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = db_path(data_dir).read_bytes()
    store, message = open_store(data_dir, prompts)
    assert store is None and "newer" in message.lower()
    window = MainWindow(make_core(handbook, data_dir, store, message), prompts)
    qtbot.addWidget(window)
    assert not window.notes.editor.isEnabled()
    assert window.notes.status.text() == message
    assert db_path(data_dir).read_bytes() == before


def test_ticked_and_answered_questions_are_there_after_relaunch(launch, qtbot, handbook) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.show_tab(3)
    view = window.questions_view
    assert view is not None and window.current_view() is view
    topic = handbook.topics[0]
    question = topic.questions[0]
    view.show_key(EntryKey.topic(topic.id))
    view.topic_pages[topic.id].boxes[question.id].setChecked(True)
    view.show_key(MY_QUESTIONS)
    view.my_list.setCurrentRow(0)
    view.answer_edit.setFocus()
    qtbot.keyClicks(view.answer_edit, "Answer from the nurse")
    view.asked_box.setChecked(True)
    quit_app(window)  # quitting saves the answer still being typed

    again = launch()
    view = again.questions_view
    assert view.topic_pages[topic.id].boxes[question.id].isChecked()
    view.show_key(MY_QUESTIONS)
    view.my_list.setCurrentRow(0)
    assert view.answer_edit.toPlainText() == "Answer from the nurse"
    assert view.asked_box.isChecked()


def test_export_delete_all_and_import_from_the_file_menu(launch, qtbot, tmp_path, prompts) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.notes.new_button.click()
    qtbot.keyClicks(window.notes.editor, "a note to carry over")
    target = tmp_path / "mine.json"
    prompts.saved_path = target
    assert window.data_actions.export() == target  # saves the words still being typed first
    assert "a note to carry over" in target.read_text(encoding="utf-8")

    assert window.data_actions.delete_all() is True
    assert window.notes.note_list.count() == 0 and window.store.list_notes() == []
    assert "backup" in prompts.asked[-1][1]  # the confirmation says a copy is kept

    prompts.opened_path = target
    assert window.data_actions.import_() is True
    assert window.notes.note_list.count() == 1
    assert window.notes.note_list.item(0).text().startswith("a note to carry over")


def test_a_refused_import_changes_nothing(launch, tmp_path, prompts) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.store.add_note("still here")
    window.notes.refresh_list()
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    prompts.opened_path = bad
    assert window.data_actions.import_() is False
    message = prompts.told[-1][1]
    assert (
        "Nothing has been changed." in message and message.count("changed") == 1
    )  # said once (the trial: twice)
    assert [n.text for n in window.store.list_notes()] == ["still here"]


def test_a_note_emptied_of_words_leaves_the_list_and_ctrl_z_brings_it_back(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    pane = window.notes
    pane.new_button.click()
    qtbot.keyClicks(pane.editor, "Ask about the scan")
    pane.flush()
    first = window.store.list_notes()[0]
    pane.editor.setFocus()
    qtbot.keyClick(pane.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane.editor, Qt.Key.Key_Delete)
    pane.flush()
    assert pane.note_list.count() == 0 and window.store.list_notes() == []  # no "(empty note)"
    assert "Ctrl+Z" in pane.status.text() and pane.undo_button.isVisible()
    qtbot.keyClick(pane.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    pane.flush()
    assert pane.editor.toPlainText() == "Ask about the scan"
    [back] = window.store.list_notes()
    assert (back.id, back.created, back.text) == (first.id, first.created, "Ask about the scan")
    assert pane.note_list.count() == 1 and not pane.undo_button.isVisible()


def test_a_note_emptied_then_left_can_still_be_brought_back_with_undo_delete(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    pane = window.notes
    pane.new_button.click()
    qtbot.keyClicks(pane.editor, "keep these words")
    pane.flush()
    pane.editor.clear()
    pane.flush()
    pane.new_button.click()  # another note: the editor's own undo is gone, the button is not
    assert pane.undo_button.isVisible() and window.store.list_notes() == []
    pane.undo_button.click()
    assert pane.editor.toPlainText() == "keep these words" and pane.note_list.count() == 1
    quit_app(window)
    again = launch()
    assert [
        again.notes.note_list.item(i).text().split("\n")[0] for i in range(again.notes.note_list.count())
    ] == ["keep these words"]
