"""The window's menus: File, View, Go and Help. Every action with a key is listed in Help > Keyboard shortcuts.

Each menu item calls the window (or the part of it that does the job); the actions the toolbar and
tests use are kept on the window (``summary_action``, ``situation_action``, ``notes_toggle``...).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenuBar

from liverbook.i18n import app_name, translate
from liverbook.ui.appearance import themes
from liverbook.ui.language import language_actions
from liverbook.ui.widgets.key_names import spoken_keys

if TYPE_CHECKING:
    from liverbook.ui.window.main_window import MainWindow


def action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    made = QAction(text, window)
    if shortcut is not None:
        made.setShortcut(QKeySequence(shortcut))
    made.triggered.connect(lambda _checked=False: slot())
    return made


def build_menus(window: MainWindow) -> None:
    """Make the menus of ``window`` and keep its named actions on it."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("Menus", "&File"))
    window.summary_action = action(
        window,
        translate("Menus", "&Prepare for a visit…"),
        window.show_summary,
        QKeySequence.StandardKey.Print,
    )
    file_menu.addAction(window.summary_action)
    file_menu.addSeparator()
    for data_action in window.data_actions.actions():
        file_menu.addAction(data_action)
    file_menu.addAction(window.diary_actions.export_action)
    file_menu.addSeparator()
    file_menu.addAction(
        action(window, translate("Menus", "&Quit"), window.close, QKeySequence.StandardKey.Quit)
    )

    view_menu = bar.addMenu(translate("Menus", "&View"))
    window.situation_action = action(
        window, translate("Menus", "My &situation…"), window.show_situation, "Ctrl+Shift+M"
    )
    view_menu.addAction(window.situation_action)
    view_menu.addAction(window.diary_actions.check_in_action)
    toggle = window.notes_dock.toggleViewAction()
    toggle.setText(translate("Menus", "No&tes pane"))
    toggle.setShortcut(QKeySequence("F9"))
    window.notes_toggle = toggle
    view_menu.addAction(toggle)
    notes = window.notes_keeper
    view_menu.addAction(
        action(window, translate("Menus", "&New note"), notes.new_note, QKeySequence.StandardKey.New)
    )
    view_menu.addAction(
        action(window, translate("Menus", "Note on this &page"), notes.note_on_page, "Ctrl+Shift+N")
    )
    view_menu.addSeparator()
    window.zoom_actions = window.zoom.make_actions(window)
    for zoom_action in window.zoom_actions:
        view_menu.addAction(zoom_action)
    colours = view_menu.addMenu(translate("Menus", "&Colours"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.theme_group = themes.theme_actions(window, app, window.settings)
    for theme_action in window.theme_group.actions():
        colours.addAction(theme_action)
    languages = view_menu.addMenu(translate("Menus", "Lan&guage"))
    window.language_group = language_actions(window, window.settings, window.change_language)
    for language_action in window.language_group.actions():
        languages.addAction(language_action)

    go_menu = bar.addMenu(translate("Menus", "&Go"))
    go_menu.addAction(window.navigation.back_action)
    go_menu.addAction(window.navigation.forward_action)
    go_menu.addSeparator()
    window.search_action = action(
        window, translate("Menus", "&Search…"), window.focus_search, QKeySequence.StandardKey.Find
    )
    window.search_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("Ctrl+K")])
    go_menu.addAction(window.search_action)
    go_menu.addSeparator()
    for index, spec in enumerate(window.tab_views.specs):
        go_menu.addAction(
            action(
                window,
                translate("Menus", "&{number} {tab}").format(number=index + 1, tab=spec.shown_title),
                partial(window.navigation.go_to_tab, index),
                f"Alt+{index + 1}",
            )
        )

    help_menu = bar.addMenu(translate("Menus", "&Help"))
    help_menu.addAction(
        action(window, translate("Menus", "&Help lines and trusted resources"), window.show_help_lines)
    )
    window.shortcuts_action = action(
        window, translate("Menus", "&Keyboard shortcuts"), lambda: window.show_dialog("shortcuts"), "F1"
    )
    help_menu.addAction(window.shortcuts_action)
    help_menu.addAction(action(window, translate("Menus", "&Welcome"), window.show_welcome))
    window.example_action = action(
        window, translate("Menus", "&Explore with an example person"), window.examples.explore
    )
    window.example_action.setEnabled(not window.core.is_example)
    help_menu.addAction(window.example_action)
    help_menu.addSeparator()
    help_menu.addAction(
        action(
            window,
            translate("Menus", "&Not medical advice"),
            lambda: window.show_dialog("about").show_not_advice(),  # type: ignore[attr-defined]
        )
    )
    window.about_action = action(
        window,
        translate("Menus", "&About {app}").format(app=app_name()),
        lambda: window.show_dialog("about").show_from_the_top(),  # type: ignore[attr-defined]
    )
    help_menu.addAction(window.about_action)
    name_keys(bar)


def name_keys(bar: QMenuBar) -> None:
    """Each menu item's key as people say it ("Ctrl+Minus"), in the menu's key column (where Qt
    would write it otherwise: "Ctrl+-", "Alt+Left")."""
    from liverbook.ui.dialogs.shortcuts import menu_actions  # the same walk as Help > Keyboard shortcuts

    for _menu, item in menu_actions(bar):
        first = item.shortcuts()[:1]
        keys = spoken_keys(first)
        if keys and keys != first[0].toString(QKeySequence.SequenceFormat.NativeText):  # "Ctrl+-"
            item.setText(f"{item.text().split(chr(9))[0]}\t{keys}")
