"""Radio buttons that behave as a radio group does on every desktop.

Tab reaches a group at its chosen button (or its first, when none is chosen), not at every button
in turn; the arrow keys then move the choice itself, so what has the focus is what is chosen.
(Qt does the second only when focus is on the checked button, and the first not at all.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QButtonGroup


def tab_to_the_chosen(group: QButtonGroup) -> None:
    """Keep only the chosen button of ``group`` on the Tab path, now and whenever the choice changes."""

    def update(*_args: object) -> None:
        buttons = group.buttons()
        reached: QAbstractButton | None = group.checkedButton() or (buttons[0] if buttons else None)
        for button in buttons:
            policy = button.focusPolicy()
            if button is reached:
                button.setFocusPolicy(Qt.FocusPolicy(policy.value | Qt.FocusPolicy.TabFocus.value))
            else:
                button.setFocusPolicy(Qt.FocusPolicy(policy.value & ~Qt.FocusPolicy.TabFocus.value))

    group.buttonToggled.connect(update)
    update()
