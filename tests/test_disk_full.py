"""A real full disk under the running app: the data folder is on a tiny tmpfs that fills up while a
note is being typed. A plain message, what was saved before is intact, the app keeps running, the
words stay in the editor, and they are saved once there is room again.

Needs root to mount a tmpfs (skipped with the reason otherwise). The always-run versions inject the
error: tests/store/test_store_faults.py (SQLite's own "database or disk is full", and a genuine
SQLITE_FULL through max_page_count) and tests/test_notes_gui.py (the notes pane).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app_helpers import make_core
from fault_tools import fill_disk, small_tmpfs
from liverbook import paths
from liverbook.core.keys import EntryKey
from liverbook.store import Store
from liverbook.ui.startup import open_store
from liverbook.ui.window.main_window import MainWindow

SAVED = "Saved on this computer."


def _export(store: Store) -> dict[str, object]:
    data = store.export_data()
    del data["exported_at"]
    return data


def test_the_disk_fills_up_while_a_note_is_typed(qtbot, handbook, tmp_path, prompts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with small_tmpfs(tmp_path / "disk", "2m") as disk:
        data_dir = disk / "data"
        monkeypatch.setenv(paths.DATA_DIR_ENV, str(data_dir))
        store, message = open_store(data_dir, prompts)
        assert store is not None and message == ""
        window = MainWindow(make_core(handbook, data_dir, store, message), prompts)
        qtbot.addWidget(window)
        window.show()
        pane = window.notes
        big = "A long note about the scan results and what the nurse said. " * 4000  # ~240 KB
        try:
            pane.new_button.click()
            qtbot.keyClicks(pane.editor, "written before the disk filled up")
            qtbot.waitUntil(lambda: pane.status.text() == SAVED, timeout=3000)
            before = _export(store)

            filler = fill_disk(disk)
            pane.new_button.click()
            pane.editor.setPlainText(big)
            pane.editor.moveCursor(QTextCursor.MoveOperation.End)
            qtbot.keyClicks(pane.editor, " and the last words")
            qtbot.waitUntil(lambda: "Not saved yet" in pane.status.text(), timeout=3000)
            # A plain message; the words are still in the editor; it will try again.
            assert "the disk is full" in pane.status.text()
            assert "Nothing you saved before has been lost" in pane.status.text()
            assert "Traceback" not in pane.status.text() and "sqlite" not in pane.status.text().lower()
            assert pane.editor.toPlainText() == big + " and the last words"
            assert pane.autosave.retrying
            # What was saved before is intact, and the file is sound.
            assert _export(store) == before
            assert store.integrity_ok()
            # The app keeps running: reading, searching, and quitting asks first.
            window.open_key(EntryKey.page("child-pugh-score"))
            assert "Child" in window.current_view().reader.toPlainText()
            window.search_field.setText("filled")
            found = [
                window.search_results.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(window.search_results.list.count())
            ]
            assert any(r.kind == "note" for r in found)
            window.cancel_search()
            prompts.answer = False  # "Keep the app open"
            window.close()
            assert window.isVisible() and not window.closed
            assert "not saved" in prompts.asked[-1][0].lower()

            filler.unlink()  # room again: the next keystroke saves everything
            qtbot.keyClicks(pane.editor, "!")
            qtbot.waitUntil(lambda: pane.status.text() == SAVED, timeout=3000)
        finally:
            prompts.answer = True
            window.close()
            store.close()
        with Store.open(data_dir) as again:
            texts = [n.text for n in again.list_notes()]
            assert texts == [big + " and the last words!", "written before the disk filled up"]
            assert again.integrity_ok()
        assert not list(Path(data_dir).glob("*.damaged-*"))


def test_starting_on_a_full_disk_shows_the_notes_read_only_with_the_reason(
    qtbot, handbook, tmp_path, prompts
) -> None:  # type: ignore[no-untyped-def]
    with small_tmpfs(tmp_path / "disk", "2m") as disk:
        data_dir = disk / "data"
        with Store.open(data_dir) as store:
            for i in range(12):
                store.add_note(f"note {i}, saved before the disk filled up")
        filler = fill_disk(disk)
        store, message = open_store(data_dir, prompts)
        assert store is not None and store.read_only
        window = MainWindow(make_core(handbook, data_dir, store, message), prompts)
        qtbot.addWidget(window)
        window.show()
        try:
            pane = window.notes
            assert pane.note_list.count() == 12  # every note is shown
            assert prompts.told[-1][0] == "Your notes are read only"
            assert "the disk your notes are kept on is full" in pane.banner.text()
            assert "free some space on the disk" in pane.banner.text() and pane.banner.isVisible()
            assert "could not be saved just now" not in pane.banner.text()
        finally:
            window.close()
            store.close()
        filler.unlink()  # room again: the next start is a normal one
        store, message = open_store(data_dir, prompts)
        assert store is not None and not store.read_only and message == ""
        store.add_note("and life goes on")
        store.close()
