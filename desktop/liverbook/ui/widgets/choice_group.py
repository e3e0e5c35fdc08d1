"""One question's answers as radio buttons that the keyboard answers fast, and that can be left blank.

A check-in asks about twenty questions; most readers answer them with the keyboard in a minute or
two. Here, as in a desktop radio group, Tab reaches a question once (at its answer, or its first
choice), and then:

* the arrow keys choose the previous or next answer (the first press chooses the one under focus);
* Home and End choose the first and the last; on a 0 to 10 scale the digits choose (1 then 0 is 10);
* Space chooses the answer under focus; on the chosen answer it keeps it (people press Space "to
  confirm": it once took the answer back, silently, TRIAL-5);
* Delete and Backspace take the answer back (the form says so), and so does a click on the chosen
  answer: a question left blank is simply not answered.

``chosen`` carries the value (the choice's number) or None. Every button is named for screen
readers with the question's words, so "Pain: 3" is heard, not "3".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from liverbook.ui.widgets.reflow import FlowLayout
from liverbook.ui.widgets.wrapping_buttons import WrappingRadioButton

DIGIT_PAIR_MS = 900  # "1" then "0" within this time is 10


def _escaped(text: str) -> str:
    return text.replace("&", "&&")  # words are never read as an access key


class ChoiceGroup(QWidget):
    """Radio buttons for ``choices`` (value, words); side by side (``flow``) or one under another."""

    chosen = Signal(object)  # the value, or None when the answer was taken back

    def __init__(
        self,
        question: str,
        choices: Sequence[tuple[float, str]],
        flow: bool = False,
        digits: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.question = question
        self.values = [value for value, _ in choices]
        self.digits = digits
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # one at most, kept by hand, so an answer can be taken back
        layout = FlowLayout(self) if flow else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QAbstractButton] = []
        for index, (_value, words) in enumerate(choices):
            button: QAbstractButton = (
                QRadioButton(_escaped(words)) if flow else WrappingRadioButton(_escaped(words))
            )
            button.setAccessibleName(f"{question}: {words}")
            button.setAutoExclusive(False)
            button.installEventFilter(self)
            self.group.addButton(button, index)
            layout.addWidget(button)
            self.buttons.append(button)
        self._updating = False
        self.group.idToggled.connect(self._toggled)
        self._typed = ""
        self._clock = QElapsedTimer()
        self._tab_stop()

    # -- the value -----------------------------------------------------------------------------------

    def value(self) -> float | None:
        index = self._index()
        return None if index < 0 else self.values[index]

    def set_value(self, value: float | None) -> None:
        """Show this answer (None: none) without reporting it as chosen."""
        index = self._nearest(value)
        self.blockSignals(True)
        self._set_index(index)
        self.blockSignals(False)

    def _index(self) -> int:
        return next((i for i, b in enumerate(self.buttons) if b.isChecked()), -1)

    def _nearest(self, value: float | None) -> int:
        if value is None or not self.values:
            return -1
        return min(range(len(self.values)), key=lambda i: abs(self.values[i] - value))

    def _set_index(self, index: int) -> None:
        self._updating = True
        try:
            for i, button in enumerate(self.buttons):
                button.setChecked(i == index)
        finally:
            self._updating = False
        self._tab_stop()
        self.chosen.emit(self.value())

    def _toggled(self, index: int, checked: bool) -> None:
        if not self._updating:  # a click: it chose this answer, or took it back
            self._set_index(index if checked else -1)

    def _tab_stop(self) -> None:
        """Only the chosen button (or the first) is on the Tab path."""
        reached = max(self._index(), 0)
        for i, button in enumerate(self.buttons):
            policy = button.focusPolicy().value
            tab = Qt.FocusPolicy.TabFocus.value
            button.setFocusPolicy(Qt.FocusPolicy(policy | tab if i == reached else policy & ~tab))

    # -- the keyboard ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and watched in self.buttons:
            assert isinstance(event, QKeyEvent)
            if self._key(self.buttons.index(watched), event):
                return True
        return super().eventFilter(watched, event)

    def _key(self, focused: int, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        if mods & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            return False  # Ctrl+Enter and the like belong to the window
        current = self._index()
        last = len(self.buttons) - 1
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}.get(
            Qt.Key(key)
        )
        if step is not None:
            self._choose(focused if current < 0 else min(max(current + step, 0), last))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self._choose(0 if key == Qt.Key.Key_Home else last)
        elif key == Qt.Key.Key_Space:
            self._choose(focused)  # never takes an answer back
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._choose(-1, keep_focus=focused)
        elif self.digits and event.text().isdigit():
            self._digit(event.text())
        else:
            return False
        return True

    def _digit(self, digit: str) -> None:
        typed = (
            self._typed + digit if self._clock.isValid() and self._clock.elapsed() < DIGIT_PAIR_MS else digit
        )
        if not any(f"{v:g}" == typed for v in self.values):
            typed = digit
        self._typed = typed
        self._clock.start()
        index = next((i for i, v in enumerate(self.values) if f"{v:g}" == typed), -1)
        if index >= 0:
            self._choose(index)

    def _choose(self, index: int, keep_focus: int | None = None) -> None:
        self._set_index(index)
        target = index if index >= 0 else (keep_focus if keep_focus is not None else 0)
        self.buttons[target].setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_button(self) -> QAbstractButton:
        """The button Tab reaches (the chosen one, or the first)."""
        return self.buttons[max(self._index(), 0)]
