"""Questions the app asks the user in a dialog, behind one small service so tests never run a modal dialog.

The window calls ``prompts.confirm(...)``, ``prompts.inform(...)``, ``prompts.save_path(...)``; tests
replace ``Prompts`` with a fake that answers at once (the Picard pattern).

A confirmation names what will happen on its ``yes`` button ("Delete all my data", never "OK").
When that is something that destroys or replaces data (``destructive``, the default), Enter and
Escape both choose ``no``: only a deliberate click, or Tab to the button and Space, says yes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QWidget

from liverbook.core import folders
from liverbook.core.preferences import Preferences
from liverbook.i18n import translate
from liverbook.ui.widgets.file_dialog import file_dialog

if TYPE_CHECKING:  # Qt's print support is loaded when printing, not at start (it costs memory)
    from PySide6.QtPrintSupport import QPrinter

    from liverbook.ui.dialogs.confirm import MessageBox


def confirmation_box(
    parent: QWidget | None, title: str, message: str, yes: str, no: str, *, destructive: bool = True
) -> tuple[MessageBox, QPushButton, QPushButton]:
    """The box ``Prompts.confirm`` shows (not yet shown): the box, its yes and no buttons
    (:func:`liverbook.ui.dialogs.confirm.confirmation_box`: buttons always shown whole)."""
    from liverbook.ui.dialogs.confirm import confirmation_box as build

    return build(parent, title, message, yes, no, destructive=destructive)


class Prompts:
    """Real dialogs. Every method blocks until the user answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def inform(self, title: str, message: str, *, problem: bool = False) -> None:
        from liverbook.ui.dialogs.confirm import message_box

        message_box(self.parent, title, message, problem=problem).exec()

    def confirm(self, title: str, message: str, yes: str, no: str = "", *, destructive: bool = True) -> bool:
        """Ask; True only when the user chose ``yes``. ``destructive``: Enter chooses ``no`` too."""
        box, yes_button, _ = confirmation_box(
            self.parent, title, message, yes, no or translate("Prompts", "Cancel"), destructive=destructive
        )
        box.exec()
        return box.clickedButton() is yes_button

    def choose(self, title: str, message: str, choices: Sequence[tuple[str, str]], default: int = 0) -> int:
        """Ask for one of ``choices`` (label, explanation); the index chosen (``default`` if closed)."""
        from liverbook.ui.dialogs.choice import ChoiceDialog

        dialog = ChoiceDialog(title, message, choices, default, parent=self.parent)
        dialog.exec()
        return dialog.chosen()

    def save_path(self, title: str, suggested: Path, filter_text: str) -> Path | None:
        """Ask where to save, starting in ``suggested``'s folder with its name filled in."""
        return _ask(file_dialog(self.parent, title, suggested.parent, suggested.name, filter_text, save=True))

    def open_path(self, title: str, folder: Path, filter_text: str) -> Path | None:
        """Ask for a file to open, starting in ``folder`` (no name filled in)."""
        return _ask(file_dialog(self.parent, title, folder, "", filter_text, save=False))

    def choose_printer(self, printer: QPrinter) -> bool:
        """The system's print dialog; True when the user chose to print."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self.parent)
        dialog.setWindowTitle(translate("Prompts", "Print the visit report"))
        return dialog.exec() == QDialog.DialogCode.Accepted


def _ask(dialog: QFileDialog) -> Path | None:
    chosen = dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
    dialog.deleteLater()
    return Path(chosen[0]) if chosen and chosen[0] else None


def documents_location() -> Path | None:
    """The user's documents folder, as the platform names it (it may not exist)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else None


def documents_folder() -> Path:
    """A folder that exists for a file dialog to start in: Documents, else the home folder (never
    the folder the app was started from, nor a missing one)."""
    location = documents_location()
    return location if folders.usable_folder(location) and location is not None else Path.home()


def start_folder(prefs: Preferences) -> Path:
    """Where a file dialog starts: the folder last used, else Documents, else home (one that exists)."""
    return folders.start_folder(prefs, documents_location())


def ask_save_path(
    prompts: Prompts,
    title: str,
    suggested: Path,
    filter_text: str,
    suffix: str,
    prefs: Preferences | None = None,
) -> Path | None:
    """Ask where to save, offering ``suggested`` (with ``prefs``: its name in the folder last used,
    else Documents, else home, and the folder chosen is remembered); add ``suffix`` if the name lacks
    it, and then (the file dialog having asked about the name as typed, not this one) ask before
    replacing a file of that name."""
    if prefs is not None:
        suggested = start_folder(prefs) / suggested.name
    elif not folders.usable_folder(suggested.parent):
        suggested = documents_folder() / suggested.name
    target = prompts.save_path(title, suggested, filter_text)
    if target is None:
        return None
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
        if target.exists() and not confirm_replace(prompts, target):
            return None
    if prefs is not None:
        folders.remember_folder(prefs, target)
    return target


def ask_open_path(prompts: Prompts, title: str, filter_text: str, prefs: Preferences) -> Path | None:
    """Ask for a file to open, starting in the folder last used (else Documents, else home)."""
    source = prompts.open_path(title, start_folder(prefs), filter_text)
    if source is not None:
        folders.remember_folder(prefs, source)
    return source


def confirm_replace(prompts: Prompts, target: Path) -> bool:
    """Ask before a file is replaced; Enter keeps it."""
    return prompts.confirm(
        translate("Prompts", "Replace the file?"),
        translate(
            "Prompts",
            "There is already a file called {name} in {folder}.\n\n"
            "If you replace it, what is in it now will be lost.",
        ).format(name=target.name, folder=target.parent),
        yes=translate("Prompts", "Replace the file"),
        no=translate("Prompts", "Keep the old file"),
    )
