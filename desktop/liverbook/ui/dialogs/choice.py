"""The dialog that asks what to do after damage: one choice from a short list, each with a line saying what it does.

Shown through ``Prompts.choose`` (tests use a fake that answers at once). The recommended choice is
selected; Enter and Escape both take the selected choice, and none of the choices deletes anything:
the damaged file and the backups stay where they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QRadioButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from liverbook.ui.dialogs.registry import DialogSpec
from liverbook.ui.widgets.wrapping_buttons import WrappingRadioButton

WIDTH = 600
CHARS_WIDE = 70  # letters (of average width) a line of the dialog holds at least


def _label(text: str, *, bold: bool = False, indent: int = 0) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if indent:
        label.setIndent(indent)
    return label


class ChoiceDialog(QDialog):
    """A message, then radio buttons (label and explanation each), then one button to go on."""

    def __init__(
        self,
        title: str,
        message: str,
        choices: Sequence[tuple[str, str]],
        default: int = 0,
        button: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.default = default
        body = QWidget()
        layout = QVBoxLayout(body)
        heading = _label(title, bold=True)
        heading.setAccessibleName(title)
        layout.addWidget(heading)
        text = _label(message)
        layout.addWidget(text)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []  # each a WrappingRadioButton
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 8
        for index, (label, explanation) in enumerate(choices):
            radio = WrappingRadioButton(label)  # a long choice wraps at large text sizes
            radio.setAccessibleDescription(explanation)
            self.group.addButton(radio, index)
            self.buttons.append(radio)
            layout.addSpacing(6)
            layout.addWidget(radio)
            layout.addWidget(_label(explanation, indent=indent))
        if self.buttons:
            self.buttons[max(0, min(default, len(self.buttons) - 1))].setChecked(True)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box = QDialogButtonBox()
        go = box.addButton(
            button or QCoreApplication.translate("Recovery", "Continue"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        go.setDefault(True)
        box.accepted.connect(self.accept)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(box)
        self._fit(body)
        if self.buttons:
            checked = self.group.checkedButton()
            if checked is not None:
                checked.setFocus()

    def _fit(self, body: QWidget) -> None:
        """As wide as reads well, as tall as the content, never taller than the screen allows."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        # As many letters a line as at normal size: wider with the text (at 300% it was 600 px wide
        # and a Spanish choice was cut at its edge), never wider than the screen.
        wide = max(WIDTH, self.fontMetrics().averageCharWidth() * CHARS_WIDE)
        width = wide if available is None else min(wide, available.width() - 40)
        body.setFixedWidth(width - 24)
        body.adjustSize()
        height = body.sizeHint().height() + 90
        if available is not None:
            height = min(height, available.height() - 60)
        self.resize(width, height)

    def chosen(self) -> int:
        """The index of the selected choice."""
        checked = self.group.checkedId()
        return checked if checked >= 0 else self.default

    def reject(self) -> None:  # noqa: D102 - Escape or closing the window: the selected (safe) choice
        self.accept()


def _build(
    _host: object,
    parent: QWidget,
    title: str = "",
    message: str = "",
    choices: Sequence[tuple[str, str]] = (),
    default: int = 0,
) -> ChoiceDialog:
    return ChoiceDialog(title, message, choices, default, parent=parent)


DIALOG = DialogSpec(
    "choice",
    _build,
    reuse=False,
    sample=(
        "Your notes file was damaged",
        "Your notes file was damaged, so the handbook cannot use it as it is.\n\n12 notes could be read from it.",
        (
            (
                "Keep both (recommended)",
                "Keep every note that could be read, and add what is only in the backup.",
            ),
            ("Start with empty notes", "Start again with no notes. The damaged file is kept."),
        ),
    ),
)
