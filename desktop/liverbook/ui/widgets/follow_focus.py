"""Controls that bring themselves into sight in their scroll area when the keyboard reaches them.

Qt scrolls an area to the focused control only for Tab pressed inside the area. Reached from
outside it (Tab from the list beside it, an Alt+letter, Shift+Tab from below), a control can take
the keyboard out of sight. These controls ask to be shown a moment later, never from inside the
focus event itself: focus also moves while a window is being taken down, and touching other
widgets then crashed a run. The later call is tied to the control (Qt drops it if the control is
destroyed first) and checks again that the control and its area still exist and are shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPushButton, QScrollArea, QWidget
from shiboken6 import isValid

from liverbook.ui.widgets.wrapping_buttons import WrappingCheckBox

if TYPE_CHECKING:  # the mixin is only ever mixed into a widget: type it as one
    _Widget = QWidget
else:
    _Widget = object


def show_in_area(widget: QWidget) -> bool:
    """Scroll the nearest scroll area holding ``widget`` so that it is in sight; False if none could."""
    if not isValid(widget) or not widget.isVisible():
        return False
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is None or not isValid(parent) or not parent.isVisible():
        return False
    inner = parent.widget()
    if inner is None or not inner.isAncestorOf(widget):
        return False
    parent.ensureWidgetVisible(widget)
    return True


class _FollowsFocus(_Widget):
    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        # Later, with this control as the timer's context: nothing runs if it is gone by then.
        QTimer.singleShot(0, self, self._show_in_area)

    def _show_in_area(self) -> None:
        if isValid(self) and self.hasFocus():
            show_in_area(self)


class FollowingCheckBox(_FollowsFocus, WrappingCheckBox):
    """A tick box whose words wrap, brought into sight when the keyboard reaches it."""


class FollowingButton(_FollowsFocus, QPushButton):
    """A push button brought into sight when the keyboard reaches it."""
