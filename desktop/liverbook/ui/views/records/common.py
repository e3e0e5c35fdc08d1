"""Small pieces the "My records" panels share: the translation context, labelled fields, a date field
that says what it read, and making a form read-only."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from liverbook.i18n import translate
from liverbook.records.forms import read_as
from liverbook.ui.widgets.labels import plain_label


class Form(QVBoxLayout):
    """Fields one under another, each with its label above it: it reads the same at every text size
    and width (a QFormLayout's wrapped labels were cut short at large text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__()
        if parent is not None:
            parent.setLayout(self)
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(4)
        self.rows: list[tuple[QWidget | None, QWidget]] = []

    def addRow(self, label: QWidget | QLayout | None, field: QWidget | None = None) -> None:
        """``addRow(label, field)``, or ``addRow(widget_or_layout)`` for a row of its own (as QFormLayout)."""
        if isinstance(label, QLayout):
            self.addLayout(label)
            return
        if field is None:
            label, field = None, label
        assert field is not None
        if label is not None:
            if self.rows:
                self.addSpacing(label.fontMetrics().height() // 3)
            self.addWidget(label)
        self.addWidget(field)
        self.rows.append((label, field))

    def setRowVisible(self, field: QWidget, visible: bool) -> None:
        for label, each in self.rows:
            if each is field:
                each.setVisible(visible)
                if label is not None:
                    label.setVisible(visible)

    def first_field(self) -> QWidget | None:
        """The first labelled field the person can type into now (a hidden row is passed over)."""
        return next((field for label, field in self.rows if label is not None and not field.isHidden()), None)


def form_layout(parent: QWidget | None = None) -> Form:
    return Form(parent)


def add_row(form: Form, label: str, field: QWidget, name: str = "") -> QLabel:
    """A labelled field; the label's words are the field's name for screen readers too."""
    shown = QLabel(label)
    shown.setTextFormat(Qt.TextFormat.PlainText)
    shown.setWordWrap(True)
    shown.setBuddy(field)
    field.setAccessibleName(name or label.replace("&", "").rstrip(":"))
    name_parts(field)
    form.addRow(shown, field)
    return shown


MOVING_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}


class SteadyCombo(QComboBox):
    """A drop-down whose choice changes only when its list is open (Space, F4 or Alt+Down opens
    it) or by a click: a closed Qt drop-down takes a new choice from a stray arrow, letter or
    mouse wheel without a sign, and a typed "Sorafenib" was saved as fentanyl's (TRIAL-5)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        key = Qt.Key(event.key())
        moving = key in MOVING_KEYS and not alt
        if self.isEditable():
            moving = moving and key not in (Qt.Key.Key_Home, Qt.Key.Key_End)  # the typing box's own
        letter = not self.isEditable() and event.text().strip() != "" and not alt
        if (moving or letter) and not self.view().isVisible():
            event.ignore()  # nothing chosen; the form may scroll
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        event.ignore()  # the wheel scrolls the form, never the choice


def combo(editable: bool = False) -> QComboBox:
    """A drop-down list as narrow as the room there is (its longest choice never widens the window),
    whose choice changes only when chosen (:class:`SteadyCombo`)."""
    box = SteadyCombo()
    box.setEditable(editable)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    return box


def name_parts(field: QWidget) -> None:
    """A drop-down's list and the typing box inside a date or an editable drop-down get its name too."""
    if isinstance(field, QComboBox):
        field.view().setAccessibleName(field.accessibleName())
    if isinstance(field, (QComboBox, QAbstractSpinBox)):
        inner = field.findChild(QLineEdit)
        if inner is not None:
            inner.setAccessibleName(field.accessibleName())


def line_edit(placeholder: str = "", max_length: int = 500) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    edit.setClearButtonEnabled(False)
    return edit


class TextBox(QPlainTextEdit):
    """A box for the person's own words, ``lines`` lines high (it scrolls inside for more, and follows
    the text size); Tab moves on, it never types a tab."""

    def __init__(self, placeholder: str = "", lines: int = 3) -> None:
        super().__init__()
        self.lines = lines
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        frame = 2 * self.frameWidth() + int(self.document().documentMargin() * 2) + 4
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * self.lines + frame)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


def text_box(placeholder: str = "", lines: int = 3) -> TextBox:
    return TextBox(placeholder, lines)


class DateField(QWidget):
    """A date as people write it (14 March 2026, March 2026, 2026-03-14) and, under it, what was read."""

    edited = Signal()

    def __init__(self, placeholder: str = "") -> None:
        super().__init__()
        self.edit = line_edit(
            placeholder or translate("Records", "For example 14 March 2026, or March 2026"), 40
        )
        self.read = plain_label()
        self.read.setAccessibleName(translate("Records", "The date as read"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.read)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self._show_read()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self._show_read()

    def _typed(self, _text: str) -> None:
        self._show_read()
        self.edited.emit()

    def _show_read(self) -> None:
        typed = self.edit.text().strip()
        found = read_as(typed)
        if not typed or found == typed:
            self.read.setText("")
            typed = ""
        elif found:
            self.read.setText(translate("Records", "Read as: {date}").format(date=found))
        else:
            self.read.setText(
                translate("Records", "Not a date yet. Write it as 14 March 2026, March 2026 or 2026.")
            )
        self.read.setVisible(bool(typed))


def set_editable(root: QWidget, editable: bool) -> None:
    """Let the person change the fields under ``root``, or only read them (text stays selectable)."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.setReadOnly(not editable)
        elif isinstance(widget, (QComboBox, QAbstractButton, QAbstractSpinBox)):
            widget.setEnabled(editable)
