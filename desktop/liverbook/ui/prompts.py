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
