"""Keys named as people say them: "Ctrl+Minus", not "Ctrl+-"; "Page Down", not "PgDown".

Qt writes a shortcut the way it reads one ("Ctrl++, Ctrl+=", "Ctrl+-, Zoom Out"): a reader
cannot tell which key is meant, and "Zoom Out" is a key few keyboards have. Menus, tooltips and
Help > Keyboard shortcuts name keys through :func:`spoken_keys`.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from liverbook.i18n import translate

# Keys of special keyboards that Qt's standard shortcuts add (Zoom Out, Back...): not named.
SPECIAL = {Qt.Key.Key_ZoomIn, Qt.Key.Key_ZoomOut, Qt.Key.Key_Back, Qt.Key.Key_Forward}


def _key_name(key: Qt.Key) -> str:
    names = {
        Qt.Key.Key_Plus: translate("Keys", "Plus"),
        Qt.Key.Key_Minus: translate("Keys", "Minus"),
        Qt.Key.Key_Equal: translate("Keys", "Equals"),
        Qt.Key.Key_Left: translate("Keys", "Left arrow"),
        Qt.Key.Key_Right: translate("Keys", "Right arrow"),
        Qt.Key.Key_Up: translate("Keys", "Up arrow"),
        Qt.Key.Key_Down: translate("Keys", "Down arrow"),
        Qt.Key.Key_PageUp: translate("Keys", "Page Up"),
        Qt.Key.Key_PageDown: translate("Keys", "Page Down"),
        Qt.Key.Key_Delete: translate("Keys", "Delete"),
        Qt.Key.Key_Escape: translate("Keys", "Esc"),
        Qt.Key.Key_Backspace: translate("Keys", "Backspace"),
        Qt.Key.Key_Return: translate("Keys", "Enter"),
        Qt.Key.Key_Enter: translate("Keys", "Enter"),
        Qt.Key.Key_Space: translate("Keys", "Space"),
    }
    return names.get(key) or QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def spoken(sequence: QKeySequence) -> str:
    """One shortcut as people say it ("Ctrl+Shift+N", "Ctrl+Minus"); "" for a special keyboard key."""
    parts = []
    for index in range(sequence.count()):
        combination = sequence[index]  # type: ignore[index]  # QKeySequence[i] is a QKeyCombination
        key, modifiers = combination.key(), combination.keyboardModifiers()
        if key in SPECIAL and modifiers == Qt.KeyboardModifier.NoModifier:
            return ""
        words = [
            name
            for flag, name in (
                (Qt.KeyboardModifier.ControlModifier, translate("Keys", "Ctrl")),
                (Qt.KeyboardModifier.ShiftModifier, translate("Keys", "Shift")),
                (Qt.KeyboardModifier.AltModifier, translate("Keys", "Alt")),
                (Qt.KeyboardModifier.MetaModifier, translate("Keys", "Meta")),
            )
            if modifiers & flag
        ]
        parts.append("+".join([*words, _key_name(key)]))
    return ", ".join(parts)


def spoken_keys(keys: QKeySequence | Iterable[QKeySequence]) -> str:
    """Shortcuts as people say them, joined with "or"; special keyboard keys and repeats left out."""
    sequences = [keys] if isinstance(keys, QKeySequence) else list(keys)
    names = list(dict.fromkeys(name for name in map(spoken, sequences) if name))
    return translate("Keys", " or ").join(names)
