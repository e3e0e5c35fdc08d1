"""File menu actions on the user's own data: export, import, delete all. Dialogs go through Prompts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QAction

from liverbook.data_commands import labeler, suggested_export_name
from liverbook.store import StoreError
from liverbook.ui.prompts import ask_save_path

if TYPE_CHECKING:
    from liverbook.ui.main_window import MainWindow


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class DataActions:
    """Export my data…, Import my data…, Delete all my data…"""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.export_action = QAction("&Export my data…", window)
        self.export_action.triggered.connect(self.export)
        self.import_action = QAction("&Import my data…", window)
        self.import_action.triggered.connect(self.import_)
        self.delete_action = QAction("&Delete all my data…", window)
        self.delete_action.triggered.connect(self.delete_all)
        if window.store is None:
            for action in self.actions():
                action.setEnabled(False)

    def actions(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.delete_action]

    def export(self) -> Path | None:
        w = self.window
        if w.store is None:
            return None
        w.flush_all()
        target = ask_save_path(
            w.prompts, "Export my data", documents_folder() / suggested_export_name(), "Handbook data (*.json)", ".json"
        )
        if target is None:
            return None
        try:
            copy = w.store.export_to_files(target, labeler(w.book))
        except StoreError as exc:
            w.prompts.inform("Not exported", exc.user_message, problem=True)
            return None
        w.prompts.inform("Exported", f"Your data was saved to:\n{target}\n\nA readable copy:\n{copy}")
        return target

    def import_(self) -> bool:
        w = self.window
        if w.store is None:
            return False
        source = w.prompts.open_path("Import my data", documents_folder(), "Handbook data (*.json)")
        if source is None:
            return False
        if not w.prompts.confirm(
            "Replace your data?",
            "Importing replaces the notes, situation and questions in this app with the ones in the file. "
            "A backup of what you have now is kept first.",
            yes="Import",
        ):
            return False
        w.flush_all()
        try:
            w.store.import_from_file(source)
        except StoreError as exc:
            w.prompts.inform("Not imported", f"{exc.user_message}\n\nYour data was not changed.", problem=True)
            return False
        self._reload()
        w.prompts.inform("Imported", "Your data was imported. A backup of your earlier data was kept.")
        return True

    def delete_all(self) -> bool:
        w = self.window
        if w.store is None:
            return False
        if not w.prompts.confirm(
            "Delete all my data?",
            "This deletes all your notes, your situation and your questions and answers from this app. "
            "One backup copy is kept in the app's data folder, in case you change your mind.",
            yes="Delete everything",
        ):
            return False
        w.flush_all()
        try:
            w.store.delete_all()
        except StoreError as exc:
            w.prompts.inform("Not deleted", exc.user_message, problem=True)
            return False
        self._reload()
        return True

    def _reload(self) -> None:
        w = self.window
        w.reindex_notes()
        w.notes.start_note(None)
        w.notes.refresh_list()
        w.apply_situation(w.load_situation(), save=False)
        if w.questions_view is not None:
            w.questions_view.reload()
