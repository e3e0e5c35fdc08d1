"""The first-run welcome: what the handbook is and is not, where the user's data stays; offers My situation."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from liverbook.i18n import app_name, translate
from liverbook.ui.dialogs.registry import DialogHost, DialogSpec
from liverbook.ui.widgets.fit import fit_to_screen, scrolling

WELCOME_KEY = "app/welcomed"


def welcome_html() -> str:
    """The welcome, in the reader's language, as rich text (every piece escaped)."""
    e = html.escape
    title = translate("Welcome", "Welcome to the {app}").format(app=app_name())
    what = translate(
        "Welcome",
        "This handbook explains liver cancer in plain words: its stages, its treatments, and the care "
        "that helps you live as well as you can. It is written for people with liver cancer and the "
        "people who care for them.",
    )
    not_team = translate("Welcome", "It does not replace your care team.")
    team = translate(
        "Welcome",
        "Your doctors and nurses know you and your illness. Take your questions to them. If you feel "
        "very unwell, call them, or your local emergency number.",
    )
    stays = translate("Welcome", "Everything you write stays on this computer.")
    kept = translate(
        "Welcome",
        "Your notes, your situation and your questions are kept here only. The handbook never goes on "
        "the internet.",
    )
    offer = translate(
        "Welcome",
        "If you like, tell the handbook what applies to you. It will then mark the pages meant for you. "
        "You can skip this, and do it later from the View menu.",
    )
    return (
        f"<h2>{e(title)}</h2><p>{e(what)}</p><p><b>{e(not_team)}</b> {e(team)}</p>"
        f"<p><b>{e(stays)}</b> {e(kept)}</p><p>{e(offer)}</p>"
    )


class WelcomeDialog(QDialog):
    """Shown on the first start: what this is, what it is not, where data stays; offers My situation."""

    situation_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Welcome", "Welcome to the {app}").format(app=app_name()))
        text = QLabel(welcome_html())
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        # No accessible name: on a label it replaces the text, and screen readers then heard "Welcome".
        buttons = QDialogButtonBox()
        self.situation_button = buttons.addButton(
            translate("Welcome", "Tell it about &my situation…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = buttons.addButton(
            translate("Welcome", "&Start reading"), QDialogButtonBox.ButtonRole.RejectRole
        )
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
    dialog.situation_wanted.connect(lambda: host.show_dialog("situation", True))  # first run: "Skip for now"
    return dialog


DIALOG = DialogSpec("welcome", _build)
