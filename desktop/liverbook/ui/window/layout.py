"""The window as the reader left it: its size and place, the open tab, each tab's entry and splitter.

Kept in the data folder's settings file; a size saved on a larger screen is fitted to this one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

from liverbook.core.keys import EntryKey
from liverbook.ui.widgets.fit import place_window

if TYPE_CHECKING:
    from liverbook.ui.views.tab_view import TabView
    from liverbook.ui.window.main_window import MainWindow


def restore_layout(window: MainWindow) -> None:
    """Put the window, its tabs and the notes pane back as they were saved (the first tab if nothing was)."""
    s = window.settings
    geometry = s.value("window/geometry")
    place_window(window, geometry if isinstance(geometry, (bytes, QByteArray)) else None)
    state = s.value("window/state")
    if state is not None:
        window.restoreState(state)
    notes_split = s.value("notes/splitter")
    if notes_split is not None:
        window.notes.splitter.restoreState(notes_split)
    for view in window.tab_views.built_views():  # the others when they are built (restore_view)
        restore_view(window, view)
    try:
        index = int(s.value("window/tab", 0))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        index = 0
    window.show_tab(index if 0 <= index < len(window.tab_views.specs) else 0)


def restore_view(window: MainWindow, view: TabView) -> None:
    """Put one tab back as it was saved: its splitter and the entry it showed."""
    s = window.settings
    sizes = s.value(f"tabs/{view.tab_id}/splitter")
    if sizes is not None:
        view.splitter.restoreState(sizes)
    key = EntryKey.parse(s.value(f"tabs/{view.tab_id}/entry"))
    if key is not None:
        view.show_key(key)


def save_layout(window: MainWindow) -> None:
    s = window.settings
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    s.setValue("window/tab", window.tabs.currentIndex())
    s.setValue("notes/splitter", window.notes.splitter.saveState())
    for view in window.tab_views.built_views():  # a tab never built keeps what was saved before
        s.setValue(f"tabs/{view.tab_id}/splitter", view.splitter.saveState())
        key = view.current_key()
        if key:
            s.setValue(f"tabs/{view.tab_id}/entry", str(key))
    s.sync()
