"""The first-run welcome: what the handbook is and is not, where the user's data stays; offers My situation."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from liverbook import APP_NAME
from liverbook.ui.dialogs.registry import DialogHost, DialogSpec
from liverbook.ui.widgets.fit import fit_to_screen, scrolling

WELCOME_KEY = "app/welcomed"

WELCOME_TEXT = (
    "<h2>Welcome to the {app}</h2>"
    "<p>This handbook explains liver cancer in plain words: its stages, its treatments, and the care "
    "that helps you live as well as you can. It is written for people with liver cancer and the "
    "people who care for them.</p>"
    "<p><b>It does not replace your care team.</b> Your doctors and nurses know you and your illness. "
    "Take your questions to them. If you feel very unwell, call them, or your local emergency number.</p>"
    "<p><b>Everything you write stays on this computer.</b> Your notes, your situation and your "
    "questions are kept here only. The handbook never goes on the internet.</p>"
    "<p>If you like, tell the handbook what applies to you. It will then mark the pages meant for you. "
    "You can skip this, and do it later from the View menu.</p>"
)


class WelcomeDialog(QDialog):
    """Shown on the first start: what this is, what it is not, where data stays; offers My situation."""

    situation_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Welcome to the {APP_NAME}")
        text = QLabel(WELCOME_TEXT.format(app=html.escape(APP_NAME)))
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        # No accessible name: on a label it replaces the text, and screen readers then heard "Welcome".
        buttons = QDialogButtonBox()
        self.situation_button = buttons.addButton(
            "Tell it about &my situation…", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = buttons.addButton("&Start reading", QDialogButtonBox.ButtonRole.RejectRole)
        self.situation_button.clicked.connect(self._situation)
        self.skip_button.clicked.connect(self.close)
        self.skip_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(text), 1)  # at large text sizes the message scrolls; the buttons stay
        layout.addWidget(buttons)
        self.resize(620, 440)
        fit_to_screen(self)

    def _situation(self) -> None:
        self.close()
        self.situation_wanted.emit()


def _build(host: DialogHost, parent: QWidget) -> WelcomeDialog:
    dialog = WelcomeDialog(parent)
    dialog.situation_wanted.connect(lambda: host.show_dialog("situation"))
    return dialog


DIALOG = DialogSpec("welcome", _build)
