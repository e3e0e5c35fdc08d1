"""What each key sequence does in one window: actions, QShortcuts and Alt+letter access keys.

Qt gives up on a key bound twice in one window ("Ambiguous shortcut overload" on stderr, and the
key does nothing), so every key must be bound once per window. Standard keys are compared as the
sequences they stand for here (QKeySequence.StandardKey.New is Ctrl+N).
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def _key(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def _access_key(text: str) -> str:
    return _key(QKeySequence.mnemonic(text)) if "&" in text else ""


def bindings(window: QWidget) -> dict[str, list[str]]:
    """Each key sequence that works anywhere in ``window`` right now, and what it does.

    Actions and QShortcuts count whether or not their widget is shown (it may be shown later);
    access keys (the underlined letters of buttons, labels, group boxes, tabs and menus) count
    only on widgets that are shown, as Qt's do.
    """
    found: dict[str, list[str]] = defaultdict(list)
    widgets = [window, *window.findChildren(QWidget)]
    actions: dict[int, QAction] = {}
    for widget in widgets:
        for action in widget.actions():
            actions[id(action)] = action
    for action in actions.values():
        if action.shortcutContext() in WINDOW_WIDE:
            for sequence in action.shortcuts():
                found[_key(sequence)].append(f"action {action.text()!r}")
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() in WINDOW_WIDE:
            for sequence in shortcut.keys():
                found[_key(sequence)].append(f"shortcut on {type(shortcut.parent()).__name__}")
    for widget in widgets:
        if not widget.isVisible() or (widget.isWindow() and widget is not window):
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabEnabled(i)]
        elif isinstance(widget, QMenuBar):
            texts = [a.text() for a in widget.actions() if a.isVisible()]
        for text in texts:
            key = _access_key(text)
            if key:
                found[key].append(f"access key of {type(widget).__name__} {text!r}")
    return dict(found)


def bound_twice(window: QWidget) -> dict[str, list[str]]:
    """The key sequences of ``window`` that more than one thing claims."""
    return {key: uses for key, uses in bindings(window).items() if len(uses) > 1}
