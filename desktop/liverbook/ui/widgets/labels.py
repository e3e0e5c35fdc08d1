"""Small building blocks of forms: labels that never read text as HTML, large buttons, rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from liverbook.ui.appearance import themes


def plain_label(text: str = "", *, bold: bool = False, scale: float = 1.0) -> QLabel:
    """A word-wrapped label that never interprets its text as HTML."""
    label = ScaledLabel(text, scale) if scale != 1.0 else QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if bold:
        font = QFont(label.font())
        font.setBold(bold)
        label.setFont(font)
    return label


class ScaledLabel(QLabel):
    """A label ``scale`` times the app's text size, now and after every text size change.

    (A widget given a point size of its own keeps it when the app's font changes.)
    """

    def __init__(self, text: str, scale: float) -> None:
        super().__init__(text)
        self.scale = scale
        self.rescale(QApplication.font())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self.rescale)
        # A style sheet, when it is set again, gives back the font a widget had when first styled.
        themes.notifier().changed.connect(self._restyled)

    @Slot(str)
    def _restyled(self, _theme_id: str) -> None:
        self.rescale(QApplication.font())

    @Slot(QFont)  # a real slot: the connection ends when the label is deleted
    def rescale(self, app_font: QFont) -> None:
        if app_font.pointSizeF() > 0:
            font = QFont(self.font())
            font.setPointSizeF(round(app_font.pointSizeF() * self.scale, 2))
            self.setFont(font)


def button(text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
    """A large push button with a tooltip."""
    push = QPushButton(text)
    push.setToolTip(tip)
    push.setMinimumHeight(34)
    push.clicked.connect(slot)
    return push


def row(*widgets: QWidget | None, stretch: int = -1) -> QHBoxLayout:
    """Widgets side by side; None adds a stretch; ``stretch`` is the index of the widget that grows."""
    layout = QHBoxLayout()
    for index, widget in enumerate(widgets):
        if widget is None:
            layout.addStretch(1)
        else:
            layout.addWidget(widget, 1 if index == stretch else 0)
    return layout
