"""Words being typed when a backup copy is put back are never dropped, whatever the copy holds.

Damage found while the window is open is recovered from yesterday's backup copy, which does not hold
the row being typed into: an answer to one of "My questions", a check-in being changed, a medicine,
a treatment, a member of the care team, a visit and what was understood at it, a lab result, a
Child-Pugh answer. Each time the words are still in the window and saved in the store, as a new row (the note's case is in
test_restore_gui.py).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from liverbook.core.keys import MY_QUESTIONS
from liverbook.store import Store
from records_gui_helpers import open_part, type_into


def _malformed_on(statement: str, sql: str) -> None:
    """What SQLite says of a damaged page, for the statements that start with ``sql``."""
    if statement.startswith(sql):
        raise sqlite3.DatabaseError("database disk image is malformed")


def _a_backup_from_yesterday(data_dir: Path) -> None:
    """A backup copy with one note and one question, made yesterday: what is typed today is not in it."""
    yesterday = datetime.now(timezone.utc) - timedelta(days=1)
    with Store.open(data_dir, clock=lambda: yesterday) as store:
        store.add_note("an old note")
        store.add_own_question("Can I still drive?")
        assert store.maybe_backup() is not None


def _damage_found_and_yesterday_put_back(window, qtbot, prompts, flush, sql: str) -> None:  # type: ignore[no-untyped-def]
    """The next save (``sql``) finds the file damaged; the reader chooses yesterday's backup copy."""
    window.store.fault_hook = lambda statement: _malformed_on(statement, sql)
    assert not flush()  # the words stay on screen
    window.store.fault_hook = None
    prompts.choice = 2
    qtbot.waitUntil(lambda: bool(prompts.told), timeout=5000)
    assert prompts.choices[-1][2].startswith("Use the backup copy from")
    assert prompts.told[-1][0] == "Your notes are usable again"


def test_an_answer_being_typed_survives_going_back_to_a_backup_without_its_question(
    launch, qtbot, data_dir, prompts
) -> None:  # type: ignore[no-untyped-def]
    _a_backup_from_yesterday(data_dir)
    window = launch()
    window.show_tab(3)
    view = window.questions_view
    view.show_key(MY_QUESTIONS)
    qtbot.keyClicks(view.mine.new_edit, "Will it hurt?")
    view.mine.add_button.click()
    qtbot.keyClicks(view.answer_edit, "The nurse said")
    assert view.flush()
    qtbot.keyClicks(view.answer_edit, ": not much, and there is medicine for it")

    _damage_found_and_yesterday_put_back(window, qtbot, prompts, view.flush, "UPDATE my_questions")
    typed = "The nurse said: not much, and there is medicine for it"
    # The question is back on the list where it was, chosen, with every word typed...
    assert [view.my_list.item(i).text() for i in range(view.my_list.count())] == [
        "1. Can I still drive?",
        "2. Will it hurt?",
    ]
    assert view.my_list.currentRow() == 1 and view.answer_edit.toPlainText() == typed
    # ...and in the store, which is saved.
    assert [(q.text, q.answer) for q in window.store.list_my_questions()] == [
        ("Can I still drive?", ""),
        ("Will it hurt?", typed),
    ]
    assert not view.mine.autosave.unsaved and view.status_label.text() == "Saved"


def test_a_check_in_being_changed_survives_going_back_to_a_backup_without_it(
    launch, qtbot, data_dir, prompts
) -> None:  # type: ignore[no-untyped-def]
    _a_backup_from_yesterday(data_dir)
    window = launch()
    dialog = window.diary_actions.check_in(None)
    qtbot.waitUntil(dialog.isVisible)
    dialog.inputs["pain"].choices.buttons[3].click()
    assert dialog.flush() and window.store.count_entries() == 1
    dialog.inputs["note"].note.setPlainText("Sore after the walk")

    _damage_found_and_yesterday_put_back(window, qtbot, prompts, dialog.flush, "UPDATE diary_entries")
    assert dialog.inputs["note"].note.toPlainText() == "Sore after the walk"
    assert dialog.status.text() == "Saved."
    [entry] = window.store.latest_entries(1)
    assert entry.id == dialog.entry.id
    assert (entry.answer("pain").value, entry.answer("note").text) == (3.0, "Sore after the walk")


# part, its table, what is typed and saved, then what is typed when the damage is found
RECORDS = {
    "medicines": ("medicines", ("name_edit", "Nexavar"), ("dose", "2 tablets")),
    "treatments": ("treatment_lines", ("name_edit", "TACE"), ("note", "The first one went well")),
    "care-team": ("care_team", ("name_edit", "Dr. Ana Rivera"), ("role", "Liver nurse")),
    "visits": ("visits", ("what_for", "Scan results"), ("q_understood", "Yes, after the first month")),
    "numbers": ("lab_results", ("value", "1.2"), ("note", "Taken before breakfast")),
}


@pytest.mark.parametrize("part", RECORDS)
def test_a_record_being_typed_survives_going_back_to_a_backup_without_it(
    part: str, launch, qtbot, data_dir, prompts
) -> None:  # type: ignore[no-untyped-def]
    table, (first, saved_words), (second, typed_words) = RECORDS[part]
    _a_backup_from_yesterday(data_dir)
    window = launch()
    panel = open_part(window, part)
    if part == "numbers":
        panel.show_test("bilirubin")
    panel.add_button.click()
    type_into(qtbot, getattr(panel, first), saved_words)
    if part == "visits":
        assert panel.pick.currentText() == "Can I still drive?"
        panel.take_button.click()  # a question to ask, and what was understood of its answer
    assert panel.flush()
    type_into(qtbot, getattr(panel, second), typed_words)

    _damage_found_and_yesterday_put_back(window, qtbot, prompts, panel.flush, f"UPDATE {table}")
    # The record is in the list and the form, with every word typed, and it is saved as shown.
    assert panel.record_list.count() == 1 and panel.current is not None and panel.current.id != 0
    shown = getattr(panel, second)
    assert (shown.toPlainText() if hasattr(shown, "toPlainText") else shown.text()) == typed_words
    assert panel.gather() == panel.current and not panel.engine.unsaved
    stored = {
        "medicines": window.store.list_medicines,
        "treatments": window.store.list_treatment_lines,
        "care-team": window.store.list_contacts,
        "visits": window.store.list_visits,
        "numbers": window.store.list_lab_results,
    }[part]()
    assert stored == [panel.current] and saved_words in repr(stored) and typed_words in repr(stored)


def test_a_child_pugh_answer_given_as_the_damage_is_found_is_kept(launch, qtbot, data_dir, prompts) -> None:  # type: ignore[no-untyped-def]
    _a_backup_from_yesterday(data_dir)
    window = launch()
    panel = open_part(window, "scores")
    window.store.fault_hook = lambda sql: _malformed_on(sql, "INSERT INTO liver_answers")
    panel.ascites[1].button(2).click()  # its save finds the damage
    window.store.fault_hook = None
    prompts.choice = 2
    qtbot.waitUntil(lambda: bool(prompts.told), timeout=5000)
    assert panel.ascites[1].checkedId() == 2 and not panel.engine.unsaved
    assert [a.ascites for a in window.store.list_liver_answers()] == [2]
