"""Putting back a backup from the window, and damage found while the window is open, as a person meets them.

The new-user trial: after Delete all, the person tried to import the copy made before it and was told
the file was "not a text file"; the messages named `.sqlite3` files. Here: File > Restore a backup
copy… lists every copy with its date, why it was made and what it holds; the question defaults to
changing nothing; afterwards the window shows the data put back and says where what was replaced is
kept (a backup copy, which can be put back the same way). A damaged file found while the window is
open is offered back at once, and the notes list shows what came back.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from liverbook.store import Store, db_path, list_backups
from liverbook.ui.backup_words import when

SAVED = "Saved on this computer."


def _listed(window) -> list[str]:  # type: ignore[no-untyped-def]
    notes = window.notes
    return sorted(notes.note_list.item(i).text().split("\n")[0] for i in range(notes.note_list.count()))


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and "sqlite3" in p.name
    }


def _history(data_dir: Path) -> None:
    """Two days of notes, an automatic backup, then Delete all and one new note."""
    start = datetime.now(timezone.utc) - timedelta(days=2)
    moment = [start]
    with Store.open(data_dir, clock=lambda: moment[0]) as store:
        store.add_note("Scan on the 12th")
        store.maybe_backup()
        moment[0] += timedelta(days=1)
        store.add_note("Ask about the new tablets")
        store.add_note("Dr Lee's number: 555-0150")
        store.add_own_question("Can I still drive?")
        moment[0] += timedelta(hours=1)
        store.delete_all()
        store.add_note("a new start")


def test_restore_lists_every_copy_and_says_what_it_kept(launch, data_dir, prompts) -> None:  # type: ignore[no-untyped-def]
    _history(data_dir)
    window = launch()
    assert _listed(window) == ["a new start"]
    before = _files(data_dir / "backups")
    (deleted, auto) = [b for b in list_backups(data_dir) if b.kind in ("before-delete-all", "auto")][:2]
    assert deleted.kind == "before-delete-all"
    prompts.choice = 1  # the newest copy: the one made before Delete all
    assert window.data_actions.restore.choose() is True
    title, message = prompts.asked[0]
    assert title == "Restore a backup copy" and "kept as a backup copy first" in message
    assert prompts.choices[0] == [
        "Keep my data as it is",  # the default: Enter and Escape change nothing
        f"The backup copy from {when(deleted.taken)}",
        f"The backup copy from {when(auto.taken)}",
        "Choose a backup file…",
    ]
    asked = prompts.confirmations[-1]
    assert asked["title"] == f"Put back the backup copy from {when(deleted.taken)}?"
    assert (
        f"This is a backup of your handbook from {when(deleted.taken)}, with 3 notes and 1 question."
        in str(asked["message"])
    )
    assert asked["destructive"] is True and asked["no"] == "Keep my data as it is"
    # The window shows what was put back...
    assert _listed(window) == ["Ask about the new tablets", "Dr Lee's number: 555-0150", "Scan on the 12th"]
    assert [q.text for q in window.store.list_my_questions()] == ["Can I still drive?"]
    # ...and says where what it replaced is kept, as a copy that can be put back the same way.
    title, told = prompts.told[-1]
    (kept,) = list_backups(data_dir, "before-restore")
    assert title == "Backup copy put back"
    assert f"now has the data of the backup copy from {when(deleted.taken)}: 3 notes and 1 question." in told
    assert f"What you had before is kept as a new backup copy, from {when(kept.taken)}." in told
    assert "File > Restore a backup copy" in told and ".sqlite3" not in told
    assert told.strip().splitlines()[-1] == str(data_dir / "backups")
    for name, content in before.items():  # nothing deleted or changed
        assert (data_dir / "backups" / name).read_bytes() == content
    prompts.choice = 1  # the restore undone: the copy it kept is now the newest
    assert window.data_actions.restore.choose() is True
    assert _listed(window) == ["a new start"]
    window.notes.editor.setFocus()
    window.notes.start_note(None)
    window.notes.editor.insertPlainText("life goes on")
    assert window.notes.flush() and window.notes.status.text() == SAVED


def test_the_safe_choices_change_nothing(launch, data_dir, prompts) -> None:  # type: ignore[no-untyped-def]
    _history(data_dir)
    window = launch()
    before = _files(data_dir)
    assert window.data_actions.restore.choose() is False  # the default: keep my data as it is
    assert prompts.confirmations == []
    prompts.choice = 1
    prompts.answer = False  # "Keep my data as it is" in the question
    assert window.data_actions.restore.choose() is False
    assert _files(data_dir) == before and _listed(window) == ["a new start"]


def test_importing_the_copy_made_before_delete_all_offers_to_put_it_back(
    launch, data_dir, prompts, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """The trial, step for step: Delete all, then File > Import my data… with the backup file."""
    _history(data_dir)
    window = launch()
    (deleted,) = list_backups(data_dir, "before-delete-all")
    copy = tmp_path / deleted.path.name  # the person copied it out of the hidden folder first
    copy.write_bytes(deleted.path.read_bytes())
    prompts.opened_path = copy
    assert window.data_actions.import_() is True
    message = str(prompts.confirmations[-1]["message"])
    assert message.startswith(
        f"This is a backup of your handbook from {when(deleted.taken)}, with 3 notes and 1 question."
    )
    assert _listed(window) == ["Ask about the new tablets", "Dr Lee's number: 555-0150", "Scan on the 12th"]
    assert copy.read_bytes() == deleted.path.read_bytes()  # the file chosen is never changed


def test_a_file_that_is_not_a_backup_is_refused_in_plain_words(launch, data_dir, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _history(data_dir)
    window = launch()
    other = tmp_path / "photos.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (x)")
    conn.commit()
    conn.close()
    prompts.choice = 3  # "Choose a backup file…"
    prompts.opened_path = other
    before = _files(data_dir)
    assert window.data_actions.restore.choose() is False
    title, message = prompts.told[-1]
    assert title == "This file cannot be put back"
    assert (
        message
        == "photos.sqlite3 is not a backup copy of the Liver Cancer Handbook, so it cannot be put back. Nothing has been changed."
    )
    prompts.opened_path = db_path(data_dir)
    assert window.data_actions.restore.choose() is False
    assert "is the notes file the handbook is using now" in prompts.told[-1][1]
    assert _files(data_dir) == before and prompts.confirmations == []


def test_damage_found_while_open_is_offered_back_and_the_list_shows_the_notes(
    launch, qtbot, data_dir, prompts, capfd
) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    for text in ("first words", "second words"):
        window.notes.start_note(None)
        qtbot.keyClicks(window.notes.editor, text)
        assert window.notes.flush()
    found = db_path(data_dir).read_bytes()
    window.notes.start_note(None)
    qtbot.keyClicks(window.notes.editor, "typed as the damage was found")

    def malformed(sql: str) -> None:  # what SQLite says of a damaged page
        if sql.startswith(("INSERT", "UPDATE")):
            raise sqlite3.DatabaseError("database disk image is malformed")

    window.store.fault_hook = malformed
    assert not window.notes.flush()  # the save finds the damage: the words stay on screen
    window.store.fault_hook = None
    assert window.notes.editor.toPlainText() == "typed as the damage was found"
    qtbot.waitUntil(lambda: len(prompts.told) == 2, timeout=5000)  # once the loop is free
    title, message = prompts.told[0]  # no backup yet: told what was kept (the only choice), not asked
    assert title == "Your notes file was damaged" and "while it was open" in message
    assert "2 notes could be read from it." in message and f"It is in this folder:\n{data_dir}" in message
    aside = [p for p in data_dir.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1  # kept, never deleted
    assert (
        prompts.told[-1][0] == "Your notes are usable again" and "It now has 3 notes." in prompts.told[-1][1]
    )
    # The list shows what came back, and the words typed meanwhile were saved into it.
    assert _listed(window) == ["first words", "second words", "typed as the damage was found"]
    assert window.store.integrity_ok() and found
    assert "typed as" not in capfd.readouterr().err


def test_words_being_typed_survive_going_back_to_a_backup_without_their_note(
    launch, qtbot, data_dir, prompts
) -> None:  # type: ignore[no-untyped-def]
    yesterday = datetime.now(timezone.utc) - timedelta(days=1)
    with Store.open(data_dir, clock=lambda: yesterday) as store:
        store.add_note("an old note")
        assert store.maybe_backup() is not None
    window = launch()
    window.notes.start_note(None)
    qtbot.keyClicks(window.notes.editor, "written today")
    assert window.notes.flush()
    qtbot.keyClicks(window.notes.editor, ", and more")  # not saved yet when the damage is found

    def malformed(sql: str) -> None:
        if sql.startswith("UPDATE notes"):
            raise sqlite3.DatabaseError("database disk image is malformed")

    window.store.fault_hook = malformed
    assert not window.notes.flush()
    window.store.fault_hook = None
    prompts.choice = 2  # "Use the backup copy from yesterday": it has no note "written today"
    qtbot.waitUntil(lambda: bool(prompts.told), timeout=5000)
    assert prompts.choices[-1][2].startswith("Use the backup copy from")
    assert _listed(window) == ["an old note", "written today, and more"]  # the words kept, as a note
