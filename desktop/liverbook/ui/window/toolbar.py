"""The main toolbar: the search field, then My situation, Print my summary and the text size.

The search field comes first: when the text is large and the window narrow, a toolbar moves the
items that no longer fit, from its end, into an overflow menu; the search field is the one thing
here with no menu item, so it must never be among them (the others stay in the menus too). Every
button is on the Tab path (toolbar buttons are not, by default, in Qt).
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QSizePolicy, QToolBar, QWidget

from liverbook.i18n import translate

if TYPE_CHECKING:
    from liverbook.ui.window.main_window import MainWindow


def build_toolbar(window: MainWindow) -> QToolBar:
    """Make the window's toolbar, add it at the top, and put its buttons on the Tab path."""
    bar = QToolBar(translate("Toolbar", "Main actions"), window)
    bar.setObjectName("main-toolbar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    bar.toggleViewAction().setEnabled(False)
    # The field takes the room left over, so the bar still fits when the text is made large.
    window.search_field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    bar.addWidget(window.search_field)
    bar.addSeparator()
    buttons: list[QWidget] = [window.search_field]
    for action in (window.situation_action, window.summary_action):
        bar.addAction(action)
        buttons.append(bar.widgetForAction(action))
    bar.addSeparator()
    # Short labels on the bar (the menu keeps the words), so it still fits at large text sizes.
    for action, short, words in (
        (window.zoom_actions.zoom_in, "A+", translate("Toolbar", "Larger text")),
        (window.zoom_actions.zoom_out, "A\u2212", translate("Toolbar", "Smaller text")),
    ):
        action.setIconText(short)
        action.setToolTip(f"{words} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        bar.addAction(action)
        button = bar.widgetForAction(action)
        button.setAccessibleName(words)
        buttons.append(button)
    for button in buttons[1:]:
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    for first, second in pairwise(buttons):
        QWidget.setTabOrder(first, second)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
