"""Putting a backup back or importing, when what is being typed cannot be saved first: the app stops,
says so, and loses nothing (it used to go ahead and replace the data anyway)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from liverbook.store import Store

FULL = "database or disk is full"


def _a_backup_from_yesterday(data_dir: Path) -> Path:
    yesterday = datetime.now(timezone.utc) - timedelta(days=1)
    with Store.open(data_dir, clock=lambda: yesterday) as store:
        old = store.add_note("an old note")
        backup = store.maybe_backup()
        store.delete_note(old.id)  # in the backup only
    assert backup is not None
    return backup


def _disk_full_on(prefix: str):  # type: ignore[no-untyped-def]
    def hook(sql: str) -> None:
        if sql.startswith(prefix):
            raise sqlite3.OperationalError(FULL)

    return hook


def _typing_a_note_that_cannot_be_saved(window, qtbot) -> str:  # type: ignore[no-untyped-def]
    window.notes.start_note(None)
    qtbot.keyClicks(window.notes.editor, "written today")
    assert window.notes.flush()
    qtbot.keyClicks(window.notes.editor, ", and more")  # not saved yet when the disk fills up
    window.store.fault_hook = _disk_full_on("UPDATE notes")
    return "written today, and more"


def test_a_backup_is_not_put_back_while_the_words_typed_cannot_be_saved(
    launch, qtbot, data_dir, prompts
) -> None:  # type: ignore[no-untyped-def]
    backup = _a_backup_from_yesterday(data_dir)
    window = launch()
    typed = _typing_a_note_that_cannot_be_saved(window, qtbot)
    assert window.data_actions.restore.restore_file(backup) is False
    title, message = prompts.told[-1]
    assert title == "Not put back"
    assert "the disk is full" in message and "nothing was changed" in message
    assert "your words are still where you typed them" in message
    # Nothing was replaced: the note typed today is still the data, and its words are on screen.
    assert window.notes.editor.toPlainText() == typed
    assert [n.text for n in window.store.list_notes()] == ["written today"]
    window.store.fault_hook = None  # room on the disk again: the words are saved, then it can go ahead
    assert window.notes.flush()
    assert window.data_actions.restore.restore_file(backup) is True
    assert prompts.told[-1][0] == "Backup copy put back"
    assert [n.text for n in window.store.list_notes()] == ["an old note"]


def test_an_import_stops_while_the_words_typed_cannot_be_saved(
    launch, qtbot, data_dir, prompts, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    export = tmp_path / "other.json"
    with Store.open(tmp_path / "other") as other:
        other.add_note("from the other computer")
        other.export_to_files(export)
    window = launch()
    typed = _typing_a_note_that_cannot_be_saved(window, qtbot)
    prompts.opened_path = export
    assert window.data_actions.import_() is False
    title, message = prompts.told[-1]
    assert title == "Not imported" and "nothing was changed" in message
    assert window.notes.editor.toPlainText() == typed
    assert [n.text for n in window.store.list_notes()] == ["written today"]


def test_the_core_refuses_to_replace_the_data_before_the_words_are_saved(launch, qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    from liverbook.core.app_core import NotSavedFirst

    backup = _a_backup_from_yesterday(data_dir)
    window = launch()
    _typing_a_note_that_cannot_be_saved(window, qtbot)
    before = sorted(p.name for p in (data_dir / "backups").iterdir())
    try:
        window.core.restore_backup(backup)
    except NotSavedFirst as refused:
        assert "nothing was changed" in refused.user_message
    else:
        raise AssertionError("the data was replaced with words still unsaved")
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == before  # not even a backup made


# -- ids given again after a backup was put back ---------------------------------------------------------


def _malformed_on(prefix: str):  # type: ignore[no-untyped-def]
    def hook(sql: str) -> None:
        if sql.startswith(prefix):
            raise sqlite3.DatabaseError("database disk image is malformed")

    return hook


def _yesterday_with(data_dir: Path, fill) -> None:  # type: ignore[no-untyped-def]
    """A backup from yesterday holding what ``fill`` adds; then the live data goes back to an older copy
    without it (as putting back an older backup does), so the next row added gets the same id again."""
    yesterday = datetime.now(timezone.utc) - timedelta(days=1)
    with Store.open(data_dir, clock=lambda: yesterday) as store:
        store.add_note("an old note")
        fill(store)
        assert store.maybe_backup() is not None
    con = sqlite3.connect(data_dir / "notes.sqlite3")
    with con:
        for table in ("notes", "medicines", "diary_entries", "diary_answers", "visits", "care_team"):
            con.execute(f"DELETE FROM {table}")
        con.execute("DELETE FROM sqlite_sequence")
    con.close()


def _damage_and_yesterday_put_back(window, qtbot, prompts, flush, sql: str) -> None:  # type: ignore[no-untyped-def]
    window.store.fault_hook = _malformed_on(sql)
    assert not flush()
    window.store.fault_hook = None
    prompts.choice = 2  # "Use the backup copy from ..." (yesterday's)
    qtbot.waitUntil(lambda: bool(prompts.told), timeout=5000)
    assert prompts.choices[-1][2].startswith("Use the backup copy from")


def test_a_medicine_typed_never_overwrites_another_that_got_its_id(launch, qtbot, data_dir, prompts) -> None:  # type: ignore[no-untyped-def]
    from liverbook.records.model import Medicine
    from records_gui_helpers import open_part, type_into

    _yesterday_with(data_dir, lambda store: store.add_medicine(Medicine(0, "Aspirin", dose="75 mg")))
    window = launch()
    panel = open_part(window, "medicines")
    panel.add_button.click()
    type_into(qtbot, panel.name_edit, "Nexavar")
    assert panel.flush()
    assert panel.current.id == 1  # the same id as yesterday's Aspirin
    type_into(qtbot, panel.dose, "2 tablets")
    _damage_and_yesterday_put_back(window, qtbot, prompts, panel.flush, "UPDATE medicines")
    kept = {m.name: m.dose for m in window.store.list_medicines()}
    assert kept == {"Aspirin": "75 mg", "Nexavar": "2 tablets"}  # both: nothing overwritten
    assert panel.current.name == "Nexavar" and panel.current.id != 1


def test_a_check_in_being_changed_never_overwrites_another_that_got_its_id(
    launch, qtbot, data_dir, prompts
) -> None:  # type: ignore[no-untyped-def]
    from liverbook.store.diary_model import Answer, NewEntry

    when = datetime(2026, 11, 30, 9, 0)

    def yesterdays_entry(store: Store) -> None:
        store.add_entry(NewEntry(when, when.replace(tzinfo=timezone.utc), "carer", (Answer("pain", 7.0),)))

    _yesterday_with(data_dir, yesterdays_entry)
    window = launch()
    dialog = window.diary_actions.check_in(None)
    qtbot.waitUntil(dialog.isVisible)
    dialog.inputs["pain"].choices.buttons[2].click()
    assert dialog.flush() and dialog.entry.id == 1
    dialog.inputs["note"].note.setPlainText("Better today")
    _damage_and_yesterday_put_back(window, qtbot, prompts, dialog.flush, "UPDATE diary_entries")
    entries = {e.answered_by: e for e in window.store.entries_between()}
    assert entries["carer"].answer("pain").value == 7.0 and entries["carer"].answer("note") is None
    assert entries["patient"].answer("note").text == "Better today"
    assert dialog.entry.id != 1


def test_a_note_typed_never_overwrites_another_that_got_its_id(launch, qtbot, data_dir, prompts) -> None:  # type: ignore[no-untyped-def]
    _yesterday_with(data_dir, lambda store: None)  # yesterday's copy: note 1 is "an old note"
    window = launch()
    window.notes.start_note(None)
    qtbot.keyClicks(window.notes.editor, "written today")
    assert window.notes.flush() and window.notes.note_id == 1
    qtbot.keyClicks(window.notes.editor, ", and more")
    _damage_and_yesterday_put_back(window, qtbot, prompts, window.notes.flush, "UPDATE notes")
    assert sorted(n.text for n in window.store.list_notes()) == ["an old note", "written today, and more"]


# -- a visit whose care-team member is gone --------------------------------------------------------------


def test_a_visit_linked_to_someone_gone_or_renumbered_is_said_calmly(launch, qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from liverbook.records.model import Contact, Visit
    from liverbook.records.present import with_whom
    from records_gui_helpers import open_part

    with Store.open(data_dir) as store:
        lee = store.add_contact(Contact(0, "Dr Lee"))
        store.add_visit(Visit(0, dt.date(2026, 11, 2), contact_id=lee.id, what_for="Scan results"))
        # A link to nobody, as an old save could leave after a backup was put back:
        con = store._conn  # noqa: SLF001 - the row as an old version wrote it
        con.execute(
            "INSERT INTO visits (on_date, contact_id, with_whom, created, updated) "
            "VALUES ('2026-11-09', 99, '', '2026-11-09T10:00:00', '2026-11-09T10:00:00')"
        )
        # Saving a visit that names Dr Lee but points at someone else's id keeps the name, not the link:
        nurse = store.add_contact(Contact(0, "Nurse Ana"))
        kept = store.add_visit(Visit(0, dt.date(2026, 11, 16), contact_id=nurse.id, with_whom="Dr Lee"))
        assert kept.contact_id is None and kept.with_whom == "Dr Lee"
        gone = store.add_visit(Visit(0, dt.date(2026, 11, 23), contact_id=1234, with_whom="Dr Patel"))
        assert gone.contact_id is None and gone.with_whom == "Dr Patel"
        contacts = store.list_contacts()
        assert [with_whom(v, contacts) for v in store.list_visits()] == [
            "Dr Lee", "someone no longer in your care team list", "Dr Lee", "Dr Patel",
        ]  # fmt: skip
    window = launch()
    panel = open_part(window, "visits")
    lines = [panel.record_list.item(i).text() for i in range(panel.record_list.count())]
    assert any("someone no longer in your care team list" in line for line in lines)
    panel.choose(next(v.id for v in window.store.list_visits() if v.contact_id == 99))
    assert panel.who.currentText() == ""
    assert panel.who.lineEdit().placeholderText() == "Someone no longer in your care team list"
