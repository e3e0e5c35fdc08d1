"""Help > Keyboard shortcuts: every shortcut of the menus, and the keys that work everywhere."""

from __future__ import annotations

import html
from collections.abc import Iterator

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QMenuBar, QTextBrowser, QVBoxLayout, QWidget

from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.ui.dialogs.registry import DialogSpec
from liverbook.ui.widgets.fit import fit_to_screen
from liverbook.ui.widgets.key_names import spoken_keys

# Keys that work everywhere but belong to no menu item.
GENERAL_KEYS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tab, Shift+Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move to the next or the previous part of the window"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Up arrow, Down arrow"),
        QT_TRANSLATE_NOOP("Shortcuts", "Choose a page in a list, or a search result"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Page Up, Page Down"),
        QT_TRANSLATE_NOOP("Shortcuts", "Scroll the page, or the text of a small window"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open the chosen search result or glossary word"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Esc"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Leave the search and go back to where you were; close a small window"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Tab, Ctrl+Shift+Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "Go to the next or the previous tab"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Space"),
        QT_TRANSLATE_NOOP("Shortcuts", "Tick or untick a box, such as a question to ask"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Enter or Space"),
        QT_TRANSLATE_NOOP("Shortcuts", "Press the button the keyboard is on"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tab in a page"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move from link to link; a glossary word then shows what it means"),
    ),
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
        keys = spoken_keys(action.shortcuts())  # "Ctrl+Minus", not "Ctrl+-, Zoom Out"
        if keys:
            name = action.text().split("\t")[0].replace("&", "").rstrip("…").strip()
            rows.append(
                (keys, translate("Shortcuts", "{action} ({menu} menu)").format(action=name, menu=menu))
            )
    rows += [(translate("Shortcuts", keys), translate("Shortcuts", what)) for keys, what in GENERAL_KEYS]
    body = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows)
    heading = translate("Shortcuts", "Keyboard shortcuts")
    intro = translate(
        "Shortcuts",
        "Everything in the handbook can be done with the keyboard. Alt with the underlined letter opens a menu.",
    )
    return (
        f"<h2>{html.escape(heading)}</h2><p>{html.escape(intro)}</p>"
        f'<table cellspacing="0" cellpadding="6" border="1" style="border-collapse:collapse">{body}</table>'
    )


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: every shortcut of the menus, and the keys that work everywhere."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Shortcuts", "Keyboard shortcuts"))
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(translate("Shortcuts", "Keyboard shortcuts"))
        self.text.setHtml(shortcuts_html(menu_bar))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()  # room for the table at any text size (the screen limits it)
        self.resize(max(640, metrics.averageCharWidth() * 72), max(560, metrics.lineSpacing() * 26))
        fit_to_screen(self)


DIALOG = DialogSpec("shortcuts", lambda host, parent: ShortcutsDialog(host.menuBar(), parent))
