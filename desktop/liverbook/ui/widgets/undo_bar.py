"""A bar that says what was just removed, with an Undo button; hidden until something is removed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from liverbook.i18n import translate
from liverbook.ui.widgets.labels import plain_label


class UndoBar(QWidget):
    """ "Removed: …" with an Undo button."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label()
        self.button = QPushButton(translate("UndoBar", "Und&o"))
        self.button.setAccessibleName(translate("UndoBar", "Undo the removal"))
        self.button.clicked.connect(self.undo_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def offer(self, text: str | None) -> None:
        """Show "Removed: text" (None hides the bar)."""
        if text is None:
            self.hide()
            return
        self.label.setText(translate("UndoBar", "Removed from your list: {question}").format(question=text))
        self.show()
