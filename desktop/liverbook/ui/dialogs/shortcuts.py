"""Help > Keyboard shortcuts: every shortcut of the menus, and the keys that work everywhere."""

from __future__ import annotations

import html
from collections.abc import Iterator

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QMenuBar, QTextBrowser, QVBoxLayout, QWidget

from liverbook.ui.dialogs.registry import DialogSpec
from liverbook.ui.widgets.fit import fit_to_screen

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


DIALOG = DialogSpec("shortcuts", lambda host, parent: ShortcutsDialog(host.menuBar(), parent))
