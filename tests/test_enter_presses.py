"""Enter presses the button the keyboard is on, in the main window as in dialogs; nothing else.

A new user pressed Enter on "Diary settings…" and nothing happened (only Space worked there).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from test_tab_order import active


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_a_focused_button_presses_it(launch, qtbot, key) -> None:  # type: ignore[no-untyped-def]
    window = active(launch, qtbot)
    view = window.tab_views.view("diary")
    window.show_tab(window.tabs.indexOf(view))
    button = view.overview.settings_button
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    with qtbot.waitSignal(button.clicked, timeout=2000):
        qtbot.keyClick(button, key)
    settings = window.dialogs.get("diary_settings")
    assert settings is not None and settings.isVisible()
    settings.close()


def test_enter_on_a_toolbar_button_presses_it(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = active(launch, qtbot)
    smaller = window.toolbars.size_bar.widgetForAction(window.zoom_actions.zoom_out)
    before = window.zoom.percent
    smaller.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(smaller.hasFocus)
    qtbot.keyClick(smaller, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.zoom.percent < before)


def test_enter_elsewhere_presses_no_button(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Enter in a tick box, a list or with Ctrl presses nothing: no button is a default."""
    window = active(launch, qtbot)
    pressed: list[str] = []
    new_note = window.notes.new_button
    new_note.clicked.connect(lambda: pressed.append("new note"))
    view = window.current_view()
    view.page_list.setFocus()
    qtbot.waitUntil(view.page_list.hasFocus)
    qtbot.keyClick(view.page_list, Qt.Key.Key_Return)
    new_note.setFocus()
    qtbot.waitUntil(new_note.hasFocus)
    qtbot.keyClick(new_note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(300)  # animateClick would have clicked by now
    assert pressed == []
    assert QApplication.focusWidget() is new_note
