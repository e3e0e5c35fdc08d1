"""Questions the app asks the user in a dialog, behind one small service so tests never run a modal dialog.

The window calls ``prompts.confirm(...)``, ``prompts.inform(...)``, ``prompts.save_path(...)``; tests
replace ``Prompts`` with a fake that answers at once (the Picard pattern).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from liverbook import APP_NAME

if TYPE_CHECKING:  # Qt's print support is loaded when printing, not at start (it costs memory)
    from PySide6.QtPrintSupport import QPrinter


class Prompts:
    """Real dialogs. Every method blocks until the user answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def inform(self, title: str, message: str, *, problem: bool = False) -> None:
        box = QMessageBox.warning if problem else QMessageBox.information
        box(self.parent, title or APP_NAME, message)

    def confirm(self, title: str, message: str, yes: str, no: str = "Cancel") -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title or APP_NAME, message, parent=self.parent)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes_button

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
        dialog.setWindowTitle("Print my summary")
        return dialog.exec() == QDialog.DialogCode.Accepted


def ask_save_path(prompts: Prompts, title: str, suggested: Path, filter_text: str, suffix: str) -> Path | None:
    """Ask where to save; add ``suffix`` if the name lacks it, and then (the file dialog having
    asked about the name as typed, not this one) ask before replacing a file of that name."""
    target = prompts.save_path(title, suggested, filter_text)
    if target is None or target.suffix.lower() == suffix:
        return target
    target = target.with_name(target.name + suffix)
    if target.exists() and not prompts.confirm(
        "Replace the file?", f"There is already a file called {target.name} there. Replace it?", yes="Replace"
    ):
        return None
    return target
