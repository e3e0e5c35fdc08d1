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
from PySide6.QtWidgets import QAbstractButton, QDialog, QFileDialog, QMessageBox, QWidget

from liverbook.i18n import app_name, translate

if TYPE_CHECKING:  # Qt's print support is loaded when printing, not at start (it costs memory)
    from PySide6.QtPrintSupport import QPrinter


def confirmation_box(
    parent: QWidget | None, title: str, message: str, yes: str, no: str, *, destructive: bool = True
) -> tuple[QMessageBox, QAbstractButton, QAbstractButton]:
    """The message box ``Prompts.confirm`` shows (not yet shown): the box, its yes and no buttons.

    Enter presses the default button and Escape the escape button: for a destructive question both
    are ``no``. Built apart from showing it so a test can press keys on it without a modal loop.
    """
    icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
    box = QMessageBox(icon, title or app_name(), message, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button if destructive else yes_button)
    box.setEscapeButton(no_button)
    return box, yes_button, no_button


class Prompts:
    """Real dialogs. Every method blocks until the user answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def inform(self, title: str, message: str, *, problem: bool = False) -> None:
        box = QMessageBox.warning if problem else QMessageBox.information
        box(self.parent, title or app_name(), message)

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
        path, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), filter_text)
        return Path(path) if path else None

    def open_path(self, title: str, folder: Path, filter_text: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, str(folder), filter_text)
        return Path(path) if path else None

    def choose_printer(self, printer: QPrinter) -> bool:
        """The system's print dialog; True when the user chose to print."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self.parent)
        dialog.setWindowTitle(translate("Prompts", "Print the visit report"))
        return dialog.exec() == QDialog.DialogCode.Accepted


def documents_folder() -> Path:
    """Where file dialogs start: the user's documents folder (their home folder if there is none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def ask_save_path(
    prompts: Prompts, title: str, suggested: Path, filter_text: str, suffix: str
) -> Path | None:
    """Ask where to save; add ``suffix`` if the name lacks it, and then (the file dialog having
    asked about the name as typed, not this one) ask before replacing a file of that name."""
    target = prompts.save_path(title, suggested, filter_text)
    if target is None or target.suffix.lower() == suffix:
        return target
    target = target.with_name(target.name + suffix)
    if target.exists() and not confirm_replace(prompts, target):
        return None
    return target


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
