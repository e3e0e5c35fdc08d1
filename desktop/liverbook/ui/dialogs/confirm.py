"""The app's message and confirmation box: every button's words shown whole, at any text size.

Qt's QMessageBox is never wider than the screen less 480 pixels, so at the largest text size a
confirmation's buttons ("Replace my data with this file" / "Keep my data as it is") were cut at
both ends and could not be told apart. This box puts its buttons side by side when they fit and
one above the other when they do not, each as wide as its words; the message scrolls if it is
taller than the screen, the buttons stay in sight.

Shown through ``Prompts.confirm`` and ``Prompts.inform`` (tests use a fake that answers at once).
Enter presses the default button, Escape the escape button (for a destructive question both are
the safe one); which button was pressed is ``clickedButton()``, as with QMessageBox.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from liverbook.i18n import app_name, translate
from liverbook.ui.dialogs.registry import DialogSpec
from liverbook.ui.widgets.fit import fit_to_screen, scrolling

READING_LETTERS = 46  # how wide the message reads well, in average letters
MARGIN = 60  # room the dialog's frame and margins take around the buttons


class MessageBox(QDialog):
    """An icon and a message, then buttons that always show their words whole."""

    WARNING = QStyle.StandardPixmap.SP_MessageBoxWarning
    QUESTION = QStyle.StandardPixmap.SP_MessageBoxQuestion
    INFORMATION = QStyle.StandardPixmap.SP_MessageBoxInformation

    def __init__(
        self, icon: QStyle.StandardPixmap, title: str, message: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or app_name())
        self._icon_kind = icon
        self._clicked: QAbstractButton | None = None
        self._escape: QAbstractButton | None = None
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(message)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)  # beside the icon
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(title or app_name())
        body = QWidget()
        row = QHBoxLayout(body)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        self.buttons = QDialogButtonBox()
        self.buttons.clicked.connect(self._pressed)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body), 1)
        layout.addWidget(self.buttons)
        self._show_icon()
        fit_to_screen(self)

    def addButton(self, text: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:  # noqa: N802 - as QMessageBox
        button = self.buttons.addButton(text, role)
        button.setAccessibleName(text.replace("&", ""))
        self._arrange()
        return button

    def setDefaultButton(self, button: QPushButton) -> None:  # noqa: N802 - as QMessageBox
        for other in self.buttons.buttons():
            if isinstance(other, QPushButton):
                other.setDefault(other is button)
        button.setFocus()

    def defaultButton(self) -> QPushButton | None:  # noqa: N802 - as QMessageBox
        found = [b for b in self.buttons.buttons() if isinstance(b, QPushButton) and b.isDefault()]
        return found[0] if found else None

    def setEscapeButton(self, button: QAbstractButton) -> None:  # noqa: N802 - as QMessageBox
        self._escape = button

    def escapeButton(self) -> QAbstractButton | None:  # noqa: N802 - as QMessageBox
        return self._escape

    def clickedButton(self) -> QAbstractButton | None:  # noqa: N802 - as QMessageBox
        """The button pressed (Escape and closing the window count as the escape button)."""
        return self._clicked

    def _pressed(self, button: QAbstractButton) -> None:
        self._clicked = button
        self.accept()

    def reject(self) -> None:  # noqa: D102 - Escape or the window's close button: the escape button
        self._clicked = self._escape
        super().reject()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._show_icon()
            self._arrange()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self._arrange()
        super().showEvent(event)  # type: ignore[arg-type]

    def _show_icon(self) -> None:
        side = max(32, self.fontMetrics().height() * 2)
        self.icon.setPixmap(self.style().standardIcon(self._icon_kind).pixmap(side, side))
        self.icon.setFixedWidth(side + 8)

    def _room(self) -> int:
        """The widest the dialog may be: its screen's width, less a little."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry().width() - 40 if screen is not None else 1200

    def _arrange(self) -> None:
        """Buttons side by side when their words fit so, else one above the other; the dialog as
        wide as the message reads well and the buttons need, within the screen."""
        buttons = self.buttons.buttons()
        room = self._room()
        widths = [b.sizeHint().width() for b in buttons]
        spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) + 12
        side_by_side = sum(widths) + spacing * max(0, len(widths) - 1)
        reading = self.fontMetrics().averageCharWidth() * READING_LETTERS + self.icon.width()
        width = min(room, max(reading, min(side_by_side, room - MARGIN) + MARGIN))
        vertical = side_by_side + MARGIN > width
        self.buttons.setOrientation(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
        if vertical:
            width = min(room, max(width, max(widths, default=0) + MARGIN))
        self.setMinimumWidth(min(room, max(widths, default=0) + MARGIN))
        if self.width() < width or not self.isVisible():
            self.resize(width, self.height() if self.isVisible() else 1)  # the fitter gives the height


def confirmation_box(
    parent: QWidget | None, title: str, message: str, yes: str, no: str, *, destructive: bool = True
) -> tuple[MessageBox, QPushButton, QPushButton]:
    """The box ``Prompts.confirm`` shows (not yet shown): the box, its yes and no buttons.

    Enter presses the default button and Escape the escape button: for a destructive question both
    are ``no``. Built apart from showing it so a test can press keys on it without a modal loop.
    """
    icon = MessageBox.WARNING if destructive else MessageBox.QUESTION
    box = MessageBox(icon, title, message, parent)
    yes_button = box.addButton(yes, QDialogButtonBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QDialogButtonBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button if destructive else yes_button)
    box.setEscapeButton(no_button)
    return box, yes_button, no_button


def message_box(parent: QWidget | None, title: str, message: str, *, problem: bool = False) -> MessageBox:
    """The box ``Prompts.inform`` shows (not yet shown): the message and one button to close it."""
    box = MessageBox(MessageBox.WARNING if problem else MessageBox.INFORMATION, title, message, parent)
    close = box.addButton(translate("Prompts", "OK"), QDialogButtonBox.ButtonRole.AcceptRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    return box


def _build(
    _host: object,
    parent: QWidget,
    title: str = "",
    message: str = "",
    yes: str = "",
    no: str = "",
) -> MessageBox:
    return confirmation_box(
        parent,
        translate("DataActions", title),
        translate("DataActions", message),
        translate("DataActions", yes),
        translate("DataActions", no),
    )[0]


DIALOG = DialogSpec(
    "confirm",
    _build,
    reuse=False,
    sample=(  # the longest confirmation the app asks (looked up in the app's language)
        "Replace your data with this file?",
        "Importing {name} replaces everything in this app with what is in the file: your notes, your "
        "situation, your questions and answers, your diary and your records.\n\nA backup copy of what "
        "you have now is made first, so it is not lost.",
        "Replace my data with the file",
        "Keep my data as it is",
    ),
)
