"""Data-loss traps: one action per key in every window, and confirmations whose Enter keeps the data.

Every question that destroys or replaces data names what will happen, defaults to the safe
answer (Enter and Escape never destroy), and is followed by a message that says what was done
and where the copy of the earlier data is kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from dialog_helpers import open_every_dialog
from key_bindings import bindings, bound_twice
from liverbook.store import list_backups
from liverbook.ui.backup_words import when
from liverbook.ui.prompts import confirmation_box
from liverbook.ui.widgets.undo_bar import UndoBar


def window_states(window):  # type: ignore[no-untyped-def]
    """Show each tab (and each kind of entry of the Questions tab) with every hidden-until-needed
    button shown, yielding a name for each state."""
    window.notes.undo_button.show()
    for index in range(window.tabs.count()):
        window.show_tab(index)
        view = window.current_view()
        keys = view.keys() if view is window.questions_view else [view.current_key()]
        first_of_each_kind = {k.kind: k for k in reversed([k for k in keys if k])}
        for key in list(first_of_each_kind.values()) or [None]:
            if key is not None:
                view.show_key(key)
            if view is window.questions_view:
                window.questions_view.mine.undo_bar.show()
                for page in window.questions_view.topic_pages.values():
                    page.undo_bar.show()
            yield f"tab {window.tabs.tabText(index)} {key or ''}"


def test_no_key_is_bound_twice_in_the_main_window(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    seen = 0
    for state in window_states(window):
        assert bound_twice(window) == {}, state
        seen += 1
    assert seen >= window.tabs.count()
    keys = bindings(window)
    for expected in ("Ctrl+N", "Ctrl+F", "Ctrl+P", "F1", "F9", "Alt+1", "Alt+F", "Alt+N"):
        assert expected in keys, expected


def test_no_key_is_bound_twice_in_any_dialog(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    dialogs: list[QWidget] = open_every_dialog(window)
    box, _, _ = confirmation_box(window, "Delete?", "Deletes.", "Delete all my data", "Keep my data")
    box.show()
    dialogs.append(box)
    for dialog in dialogs:
        assert dialog.isVisible()
        assert bound_twice(dialog) == {}, dialog.windowTitle()
    assert "Alt+P" in bindings(
        window.dialogs.get("visit_report")
    )  # Print, and Paper size no longer on the same key
    box.close()


def test_the_walk_finds_a_key_bound_twice(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction, QShortcut
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    action = QAction("&New note", top)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
    top.addAction(action)
    QShortcut(QKeySequence("Ctrl+N"), top)
    layout = QVBoxLayout(top)
    layout.addWidget(QPushButton("&Delete"))
    layout.addWidget(QPushButton("Move &down"))
    top.show()
    assert set(bound_twice(top)) == {"Ctrl+N", "Alt+D"}


def test_ctrl_n_starts_a_new_note_and_leaves_the_open_one_alone(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.notes.new_button.click()
    qtbot.keyClicks(window.notes.editor, "first note")
    assert window.notes.flush()
    QTest.keyClick(window.notes.editor, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.notes.editor.toPlainText() == ""
    qtbot.keyClicks(window.notes.editor, "second note")
    assert window.notes.flush()
    assert sorted(n.text for n in window.store.list_notes()) == ["first note", "second note"]


# -- confirmations --------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape])
def test_enter_and_escape_choose_the_safe_answer(qtbot, key) -> None:  # type: ignore[no-untyped-def]
    box, _yes, no = confirmation_box(
        None, "Delete all my data?", "It deletes.", "Delete all my data", "Keep my data"
    )
    qtbot.addWidget(box)
    box.show()
    assert box.defaultButton() is no and box.escapeButton() is no
    QTest.keyClick(box, key)
    assert box.clickedButton() is no


def test_a_question_that_destroys_nothing_may_default_to_yes(qtbot) -> None:  # type: ignore[no-untyped-def]
    box, yes, _no = confirmation_box(None, "Open?", "Opens.", "Open it", "Not now", destructive=False)
    qtbot.addWidget(box)
    box.show()
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert box.clickedButton() is yes


def _check_question(asked: dict[str, object], *words: str) -> None:
    assert asked["destructive"] is True
    yes, no = str(asked["yes"]), str(asked["no"])
    assert yes.lower() not in {"ok", "yes", "continue"} and len(yes.split()) >= 2, yes  # names the act
    assert no and no.lower() != yes.lower()
    for word in words:
        assert word in f"{asked['message']} {yes}".lower(), word


def test_delete_all_asks_plainly_then_says_where_the_copy_is(launch, prompts) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.store.add_note("my words")
    assert window.data_actions.delete_all() is True
    _check_question(prompts.confirmations[-1], "delete", "notes", "backup")
    _title, message = prompts.told[-1]
    assert "deleted" in message.lower()
    # Where the copy is, as a person can use it: its date, the way back, the folder (never a file name).
    (backup,) = list_backups(window.store.data_dir, "before-delete-all")
    assert f"kept as a new backup copy, from {when(backup.taken)}" in message
    assert "File > Restore a backup copy" in message and ".sqlite3" not in message
    assert Path(message.strip().splitlines()[-1]) == backup.path.parent


def test_delete_all_refused_keeps_everything(launch, prompts) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.store.add_note("my words")
    prompts.answer = False
    assert window.data_actions.delete_all() is False
    assert [n.text for n in window.store.list_notes()] == ["my words"]
    assert prompts.told == []


def test_import_asks_plainly_then_says_where_the_copy_is(launch, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.store.add_note("before the import")
    prompts.saved_path = tmp_path / "mine.json"
    window.data_actions.export()
    window.store.add_note("written after the export")
    prompts.opened_path = tmp_path / "mine.json"
    assert window.data_actions.import_() is True
    _check_question(prompts.confirmations[-1], "replace", "mine.json", "backup")
    message = prompts.told[-1][1]
    assert str(tmp_path / "mine.json") in message
    (backup,) = list_backups(window.store.data_dir, "before-import")
    assert f"kept as a new backup copy, from {when(backup.taken)}" in message and ".sqlite3" not in message
    assert Path(message.strip().splitlines()[-1]) == backup.path.parent


def test_replacing_an_export_or_its_readable_copy_asks_first(launch, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    (tmp_path / "mine.md").write_text("my own document, not an export")
    prompts.saved_path = tmp_path / "mine"  # the suffix is added; mine.json is new, mine.md is not
    prompts.answer = False
    assert window.data_actions.export() is None
    _check_question(prompts.confirmations[-1], "replace", "mine.md")
    assert (tmp_path / "mine.md").read_text() == "my own document, not an export"
    assert not (tmp_path / "mine.json").exists()
    prompts.answer = True
    assert window.data_actions.export() == tmp_path / "mine.json"
    assert "mine.md" in prompts.told[-1][1] and "replaced" in prompts.told[-1][1]


def test_quitting_with_unsaved_words_defaults_to_keeping_the_app_open(launch, monkeypatch, prompts) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    monkeypatch.setattr(window, "flush_all", lambda: False)
    prompts.answer = False
    window.close()
    assert window.isVisible()
    _check_question(prompts.confirmations[-1], "lose")
    assert "open" in str(prompts.confirmations[-1]["no"]).lower()
    monkeypatch.undo()


def test_the_real_message_box_is_never_shown_in_tests(launch, prompts) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.data_actions.delete_all()
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, (QMessageBox, QDialog)) and w.isVisible()
    ]


def test_a_replaced_visit_report_is_named_in_the_message_after(launch, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    (tmp_path / "report.pdf").write_bytes(b"an older report")
    prompts.saved_path = tmp_path / "report"  # the dialog adds ".pdf" and asks before replacing
    assert window.show_summary().save_pdf() == tmp_path / "report.pdf"
    _check_question(prompts.confirmations[-1], "replace", "report.pdf")
    assert "The older file of that name was moved to the Trash" in prompts.told[-1][1]


# -- access keys seen together, in every state of every tab, in English and in Spanish ------------------


def every_state(window):  # type: ignore[no-untyped-def]
    """Every entry of every tab that is not a plain page (My records' parts, My diary's pages, each
    kind of Questions entry), with "My questions" holding a question so its answer box is shown,
    and every hidden-until-needed bar shown: the access keys a person sees together."""
    from liverbook.ui.views.section_view import SectionView

    topic = window.core.book.topics[0]
    window.store.add_curated_question(topic.questions[0].id)
    window.store.add_own_question("Can I travel?")
    window.questions_view.reload()
    window.notes.undo_button.show()
    for index in range(window.tabs.count()):
        window.show_tab(index)
        view = window.current_view()
        keys = [view.current_key()] if isinstance(view, SectionView) else view.keys()
        for key in [k for k in keys if k is not None] or [None]:
            if key is not None:
                view.show_key(key)
            for bar in view.findChildren(UndoBar):
                bar.show()
            yield f"tab {window.tabs.tabText(index)} {key or ''}"


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_access_key_is_shown_twice_on_any_page(request, qtbot, data_dir, handbook, language) -> None:  # type: ignore[no-untyped-def]
    """Alt+W was "Move down" and "Answer you were given" in My questions: the answer went into the
    New question box. Every part of every tab, in each language, with records and check-ins chosen
    (the example person's), gives each Alt+letter one use."""
    from liverbook.diary.example import make_example

    make_example(data_dir, handbook)
    window = request.getfixturevalue("launch" if language == "en" else "launch_es")()
    seen, answer_seen = 0, False
    answer = window.questions_view.mine.editor
    for state in every_state(window):
        assert bound_twice(window) == {}, state
        seen += 1
        answer_seen = answer_seen or (answer.isVisible() and answer.isEnabled())
    assert seen >= window.tabs.count() + 8  # the parts of My records and My diary too
    assert answer_seen, "My questions was never seen with a question chosen"


def test_no_access_key_is_shown_twice_in_any_spanish_dialog(launch_es, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch_es()
    for dialog in open_every_dialog(window):
        assert dialog.isVisible()
        assert bound_twice(dialog) == {}, dialog.windowTitle()


def menu_clashes(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Alt+letters given twice in one menu (or in the menu bar): Qt then only moves between them."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMenu

    found: list[str] = []
    groups = [("menu bar", [a for a in window.menuBar().actions() if a.isVisible()])]
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while menus:
        menu = menus.pop()
        assert isinstance(menu, QMenu)
        groups.append((menu.title(), [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]))
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]
    for name, actions in groups:
        seen: dict[str, str] = {}
        for action in actions:
            text = action.text().split("\t")[0]
            key = QKeySequence.mnemonic(text).toString() if "&" in text.replace("&&", "") else ""
            if key and key in seen:
                found.append(f"{name}: {key} on {seen[key]!r} and {text!r}")
            seen.setdefault(key, text)
    return found


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_access_key_is_given_twice_in_a_menu(request, qtbot, language) -> None:  # type: ignore[no-untyped-def]
    """View had N on "Notes pane", "New note" and "Normal text size": Alt+N only moved between them."""
    window = request.getfixturevalue("launch" if language == "en" else "launch_es")()
    assert menu_clashes(window) == []
