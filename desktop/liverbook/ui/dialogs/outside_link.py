"""An address outside the handbook, shown for the reader to copy: the handbook itself never opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liverbook.i18n import translate
from liverbook.ui.dialogs.registry import DialogSpec
from liverbook.ui.widgets.fit import fit_to_screen


class OutsideLinkDialog(QDialog):
    """Shows an outside address for the reader to copy. The handbook itself never opens it."""

    def __init__(self, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("OutsideLink", "An address outside the handbook"))
        self.address = address
        intro = QLabel(
            translate(
                "OutsideLink",
                "This handbook works without the internet and does not open web pages. "
                "If you want to read this page, copy the address and open it in your web browser, "
                "or write it down to look at later.",
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.field = QLineEdit(address)
        self.field.setReadOnly(True)
        self.field.setAccessibleName(translate("OutsideLink", "The address"))
        self.field.setCursorPosition(0)
        copy = QPushButton(translate("OutsideLink", "&Copy address"))
        copy.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(buttons)
        # Wider with the text, so the address stays readable at the largest size (fit_to_screen
        # keeps it on the screen).
        width = max(560, self.fontMetrics().averageCharWidth() * 70)
        height = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
        self.resize(width, height if height > 0 else self.sizeHint().height())
        fit_to_screen(self)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.address)
        self.field.selectAll()


DIALOG = DialogSpec(
    "outside_link",
    lambda _host, parent, address="": OutsideLinkDialog(str(address), parent),
    reuse=False,
    sample=("https://www.cancer.org/treatment/understanding-your-diagnosis.html",),
)
