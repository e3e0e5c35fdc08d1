"""File menu actions on the user's own data: export, import, delete all, restore a backup.

Dialogs go through Prompts. Each one that replaces or destroys data asks first, in plain words, with
the safe choice on Enter and Escape (see :mod:`liverbook.ui.prompts`), and afterwards says what was
done and where the copy of the earlier data is kept: the date of the backup copy and the folder of
backups, never a file name, with the way back (File > Restore a backup copy…, :mod:`.restore`). A
backup copy chosen to import is recognised as one and offered for putting back. The work itself is
the core's (:class:`~liverbook.core.app_core.Core`); the views follow its ``data_replaced`` event.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from liverbook.core.app_core import Core
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.store import StoreError
from liverbook.store.backup_check import looks_like_database
from liverbook.ui.prompts import Prompts, ask_open_path, ask_save_path, confirm_replace
from liverbook.ui.window.restore import RestoreActions, kept_message


class DataActions:
    """Export my data…, Import my data…, Delete all my data…"""

    def __init__(self, core: Core, prompts: Prompts, parent: QObject) -> None:
        self.core = core
        self.prompts = prompts
        self.export_action = QAction(translate("DataActions", "&Export my data…"), parent)
        self.export_action.triggered.connect(self.export)
        self.import_action = QAction(translate("DataActions", "&Import my data…"), parent)
        self.import_action.triggered.connect(self.import_)
        self.delete_action = QAction(translate("DataActions", "&Delete all my data…"), parent)
        self.delete_action.triggered.connect(self.delete_all)
        self.restore = RestoreActions(core, prompts, parent)
        if core.store is None:
            for action in self.actions():
                action.setEnabled(False)

    def actions(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.restore.action, self.delete_action]

    def export(self) -> Path | None:
        if self.core.store is None:
            return None
        self.core.flush_all()
        prompts = self.prompts
        target = ask_save_path(
            prompts,
            translate("DataActions", "Export my data"),
            Path(_suggested_name()),
            translate("DataActions", "Handbook data (*.json)"),
            ".json",
            self.core.prefs,
        )
        if target is None:
            return None
        from liverbook.store.exchange_files import markdown_path  # the export's modules: when used

        readable = markdown_path(target)
        if readable.exists() and not confirm_replace(prompts, readable):  # the copy beside it, too
            return None
        replaced = [path.name for path in (target, readable) if path.exists()]
        try:
            copy = self.core.export_data(target)
        except StoreError as exc:
            prompts.inform(translate("DataActions", "Not exported"), exc.user_message, problem=True)
            return None
        message = translate(
            "DataActions", "Your data was saved to:\n{target}\n\nA copy you can read:\n{copy}"
        ).format(target=target, copy=copy)
        if replaced:
            message += "\n\n" + translate(
                "DataActions", "These files were there before and were replaced: {names}."
            ).format(names=", ".join(replaced))
        prompts.inform(translate("DataActions", "Exported"), message)
        return target

    def import_(self) -> bool:
        if self.core.store is None:
            return False
        prompts = self.prompts
        source = ask_open_path(
            prompts,
            translate("DataActions", "Import my data"),
            translate("DataActions", "Handbook data (*.json);;Handbook backup copies (*.sqlite3)"),
            self.core.prefs,
        )
        if source is None:
            return False
        if looks_like_database(source):  # a backup copy (the trial: the copy made before Delete all)
            return self.restore.restore_file(source)
        from liverbook.data_commands import check_import_file

        try:  # a file that is not an export is said at once, before any question of replacing
            check_import_file(source)
        except StoreError as exc:
            prompts.inform(translate("DataActions", "Not imported"), exc.user_message, problem=True)
            return False
        if not prompts.confirm(
            translate("DataActions", "Replace your data with this file?"),
            translate("DataActions", REPLACE_WARNING).format(name=source.name),
            yes=translate("DataActions", "Replace my data with the file"),
            no=translate("DataActions", "Keep my data as it is"),
        ):
            return False
        try:
            backup = self.core.import_data(source)
        except StoreError as exc:
            message = exc.user_message  # a refused file already says "Nothing has been changed."
            if "changed" not in message:
                message += "\n\n" + translate("DataActions", "Your data was not changed.")
            prompts.inform(translate("DataActions", "Not imported"), message, problem=True)
            return False
        message = translate("DataActions", "Your data was replaced with the data in:\n{source}").format(
            source=source
        )
        message += "\n\n" + kept_message(backup, self.core.data_dir)  # the store's own backup, made first
        prompts.inform(translate("DataActions", "Imported"), message)
        return True

    def delete_all(self) -> bool:
        if self.core.store is None:
            return False
        if not self.prompts.confirm(
            translate("DataActions", "Delete all my data?"),
            translate(
                "DataActions",
                "This deletes all your notes, your situation, your questions and answers, your diary and your "
                "records from this app.\n\nOne backup copy is kept in the app's data folder, in case you change "
                "your mind.",
            ),
            yes=translate("DataActions", "Delete all my data"),
            no=translate("DataActions", "Keep my data"),
        ):
            return False
        try:
            backup = self.core.delete_all()
        except StoreError as exc:
            self.prompts.inform(translate("DataActions", "Not deleted"), exc.user_message, problem=True)
            return False
        self.prompts.inform(
            translate("DataActions", "Deleted"),
            translate(
                "DataActions",
                "Your notes, your situation, your questions and answers, your diary and your records were deleted "
                "from this app.",
            )
            + "\n\n"
            + kept_message(backup, self.core.data_dir),
        )
        return True


REPLACE_WARNING = QT_TRANSLATE_NOOP(
    "DataActions",
    "Importing {name} replaces everything in this app with what is in the file: your notes, your "
    "situation, your questions and answers, your diary and your records.\n\nA backup copy of what "
    "you have now is made first, so it is not lost.",
)


def _suggested_name() -> str:
    from liverbook.data_commands import suggested_export_name  # imported when first used

    return suggested_export_name()
