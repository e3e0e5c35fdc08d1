"""Help for finding one's way: the first-run welcome and the list of keyboard shortcuts."""

from __future__ import annotations

import html
from collections.abc import Iterator

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from liverbook import APP_NAME
from liverbook.ui.fit import fit_to_screen, scrolling

WELCOME_KEY = "app/welcomed"

# Keys that work everywhere but belong to no menu item.
GENERAL_KEYS: tuple[tuple[str, str], ...] = (
    ("Tab, Shift+Tab", "Move to the next or the previous part of the window"),
    ("Up, Down", "Choose a page in a list, or a search result"),
    ("Enter", "Open the chosen search result or glossary word"),
    ("Esc", "Leave the search and go back to where you were; close a small window"),
    ("Ctrl+Tab, Ctrl+Shift+Tab", "Go to the next or the previous tab"),
    ("Space", "Tick or untick a box, such as a question to ask"),
    ("Tab in a page", "Move from link to link; a glossary word then shows what it means"),
)


def menu_actions(menu_bar: QMenuBar) -> Iterator[tuple[str, QAction]]:
    """Every action in the window's menus, with the menu it is in."""

    def walk(menu: QMenu) -> Iterator[tuple[str, QAction]]:
        for action in menu.actions():
            if action.menu() is not None:
                yield from walk(action.menu())  # type: ignore[arg-type]
            elif not action.isSeparator():
                yield menu.title().replace("&", ""), action

    for top in menu_bar.actions():
        if top.menu() is not None:
            yield from walk(top.menu())  # type: ignore[arg-type]


def shortcuts_html(menu_bar: QMenuBar) -> str:
    rows = []
    for menu, action in menu_actions(menu_bar):
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        if keys:
            name = action.text().replace("&", "").rstrip("…").strip()
            rows.append((keys, f"{name} ({menu} menu)"))
    rows += GENERAL_KEYS
    body = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return (
        "<h2>Keyboard shortcuts</h2><p>Everything in the handbook can be done with the keyboard. "
        "Alt with the underlined letter opens a menu.</p>"
        f'<table cellspacing="0" cellpadding="6" border="1" style="border-collapse:collapse">{body}</table>'
    )


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: every shortcut of the menus, and the keys that work everywhere."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName("Keyboard shortcuts")
        self.text.setHtml(shortcuts_html(menu_bar))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 560)
        fit_to_screen(self)


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
        self.situation_button = buttons.addButton("Tell it about &my situation…", QDialogButtonBox.ButtonRole.AcceptRole)
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
