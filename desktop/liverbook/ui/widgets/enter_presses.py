"""Enter presses the button that has the keyboard, in the main window's pages as in dialogs.

Qt presses a focused push button on Enter only in a dialog (its buttons are "auto default"); in
the main window only Space did, and a new user pressed Enter on "Diary settings…" and nothing
happened. A focused button that does not take Enter hands the key on to its parents; the window
passes it here. No button becomes a default: Enter presses only the button that has the keyboard,
as Space does, so a button that deletes is never pressed by an Enter meant for something else.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def press_focused_button(window: QWidget, event: QKeyEvent) -> bool:
    """Press the focused push or tool button of ``window`` for a plain Enter; True if it did."""
    if event.key() not in ENTER_KEYS or event.isAutoRepeat():
        return False
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if modifiers != Qt.KeyboardModifier.NoModifier:
        return False
    focus = QApplication.focusWidget()
    if not isinstance(focus, (QPushButton, QToolButton)) or not focus.isEnabled():
        return False
    if focus.window() is not window or not focus.isVisible():
        return False
    focus.animateClick()
    event.accept()
    return True
