"""File menu actions on the user's own data: export, import, delete all. Dialogs go through Prompts.

Each one that replaces or destroys data asks first, in plain words, with the safe choice on Enter
and Escape (see :mod:`liverbook.ui.prompts`), and afterwards says what was done and where the copy
of the earlier data is kept.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QAction

from liverbook.data_commands import labeler, suggested_export_name
from liverbook.store import StoreError, list_backups
from liverbook.store.exchange_files import markdown_path
from liverbook.ui.prompts import ask_save_path, confirm_replace

if TYPE_CHECKING:
    from liverbook.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("DataActions", text)


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def import_backup(data_dir: Path, since: datetime) -> Path | None:
    """The backup the store took before an import that started at ``since`` (None if it took none)."""
    newest = next(iter(list_backups(data_dir, "before-import")), None)
    return newest.path if newest is not None and newest.taken >= since else None


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
        readable = markdown_path(target)
        if readable.exists() and not confirm_replace(w.prompts, readable):  # the copy beside it, too
            return None
        replaced = [path.name for path in (target, readable) if path.exists()]
        try:
            copy = w.store.export_to_files(target, labeler(w.book))
        except StoreError as exc:
            w.prompts.inform("Not exported", exc.user_message, problem=True)
            return None
        message = tr("Your data was saved to:\n{target}\n\nA copy you can read:\n{copy}").format(target=target, copy=copy)
        if replaced:
            message += "\n\n" + tr("These files were there before and were replaced: {names}.").format(
                names=", ".join(replaced)
            )
        w.prompts.inform(tr("Exported"), message)
        return target

    def import_(self) -> bool:
        w = self.window
        if w.store is None:
            return False
        source = w.prompts.open_path("Import my data", documents_folder(), "Handbook data (*.json)")
        if source is None:
            return False
        if not w.prompts.confirm(
            tr("Replace your data with this file?"),
            tr("Importing {name} replaces all the notes, your situation and your questions in this app "
               "with the ones in the file.\n\nWhat you have now is copied to a backup file first, "
               "so it is not lost.").format(name=source.name),
            yes=tr("Replace my data with the file"),
            no=tr("Keep my data as it is"),
        ):
            return False
        w.flush_all()
        started = datetime.now(timezone.utc).replace(microsecond=0)
        try:
            result = w.store.import_from_file(source)
        except StoreError as exc:
            w.prompts.inform("Not imported", f"{exc.user_message}\n\nYour data was not changed.", problem=True)
            return False
        self._reload()
        message = tr("Your data was replaced with the data in:\n{source}").format(source=source)
        backup = result if isinstance(result, Path) else import_backup(w.store.data_dir, started)
        if backup is not None:
            message += "\n\n" + tr("What you had before is kept in this backup file:\n{backup}").format(backup=backup)
        w.prompts.inform(tr("Imported"), message)
        return True

    def delete_all(self) -> bool:
        w = self.window
        if w.store is None:
            return False
        if not w.prompts.confirm(
            tr("Delete all my data?"),
            tr("This deletes all your notes, your situation, and your questions and answers from this app.\n\n"
               "One backup copy is kept in the app's data folder, in case you change your mind."),
            yes=tr("Delete all my data"),
            no=tr("Keep my data"),
        ):
            return False
        w.flush_all()
        try:
            backup = w.store.delete_all()
        except StoreError as exc:
            w.prompts.inform("Not deleted", exc.user_message, problem=True)
            return False
        self._reload()
        w.prompts.inform(
            tr("Deleted"),
            tr("Your notes, your situation, and your questions and answers were deleted from this app.\n\n"
               "A copy of them, as they were, is kept in this backup file:\n{backup}").format(backup=backup),
        )
        return True

    def _reload(self) -> None:
        w = self.window
        w.reindex_notes()
        w.notes.start_note(None)
        w.notes.refresh_list()
        w.apply_situation(w.load_situation(), save=False)
        if w.questions_view is not None:
            w.questions_view.reload()
