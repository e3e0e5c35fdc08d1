"""What to do after a check-in met a warning sign: calm, clear, and never missed.

The panel sits at the top of the diary's first page, not in a pop-up: the most urgent level's title
and what to do, each reason in plain words with its page one click away, the number to call, and
that the app contacts no one. It stays until the reader presses "I have read this"; a "get help
now" one is drawn with a heavy frame, takes the keyboard focus when it appears and is announced to
screen readers as an alert. Words come from the handbook and the reader: shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from liverbook.diary.advice import Advice, as_text
from liverbook.i18n import translate
from liverbook.ui.widgets.labels import plain_label


class AdvicePanel(QFrame):
    """The advice of the latest check-in; ``acknowledged`` when read, ``page_requested`` for a page."""

    acknowledged = Signal()
    page_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("advicePanel")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a go-now one takes the focus: its top shows first
        self.advice: Advice | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 12, 14, 12)
        self._layout.setSpacing(8)
        self.when = plain_label()
        self.title = plain_label(bold=True, scale=1.4)
        self.action = plain_label(bold=True)
        self.reasons = QVBoxLayout()
        self.phone = plain_label(bold=True)
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.no_contact = plain_label()
        self.read_button = QPushButton(translate("Advice", "I have read this"))
        self.read_button.setAccessibleName(translate("Advice", "I have read this advice"))
        self.read_button.clicked.connect(lambda _checked=False: self.acknowledged.emit())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.read_button)
        for widget in (self.title, self.action, self.when):  # what to do first, at any text size
            self._layout.addWidget(widget)
        self._layout.addLayout(self.reasons)
        for widget in (self.phone, self.no_contact):
            self._layout.addWidget(widget)
        self._layout.addLayout(buttons)
        self.page_buttons: list[QPushButton] = []
        self.hide()

    def show_advice(self, advice: Advice | None, when: str = "") -> None:
        """Show this advice (None hides the panel) under ``when`` (which check-in it is about); a
        go-now one takes the focus and is announced."""
        same = (
            advice is not None and advice == self.advice and not self.isHidden() and when == self.when.text()
        )
        self.advice = advice
        if advice is None:
            self.hide()
            return
        if same:
            return
        self.when.setText(when)  # "About your check-in of ..."
        self.when.setVisible(bool(when))
        self.title.setText(advice.title)
        self.action.setText(advice.action)
        self._set_reasons(advice)
        self.phone.setText(advice.phone)
        self.no_contact.setText(advice.no_contact)
        self.setLineWidth(4 if advice.urgent else 1)
        self.setAccessibleName(advice.title)
        self.setAccessibleDescription(as_text(advice))
        self.show()
        if advice.urgent:
            self.setFocus(
                Qt.FocusReason.OtherFocusReason
            )  # scrolled into view from its top; Tab reaches its buttons
        self.announce()

    def announce(self) -> None:
        """Tell a screen reader the advice is there: what to do, said at once (assertive for go-now).

        Measured through AT-SPI (tests/test_screen_reader_advice.py): Qt 6.12 passes an Alert event on
        to no Linux screen reader, but an announcement reaches them as ``object:announcement``; the
        panel taking the focus is read too (its name, then its description: the whole advice)."""
        if self.advice is None:
            return
        kind = QAccessible.Event.Alert if self.advice.urgent else QAccessible.Event.NameChanged
        QAccessible.updateAccessibility(QAccessibleEvent(self, kind))  # Windows and macOS use these
        said = QAccessibleAnnouncementEvent(self, f"{self.advice.title}. {self.advice.action}")
        if self.advice.urgent:
            said.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(said)

    def _set_reasons(self, advice: Advice) -> None:
        while self.reasons.count():
            found = self.reasons.takeAt(0)
            widget = found.widget() if found is not None else None
            if widget is not None:
                widget.hide()  # gone at once, not when deleted later
                widget.setParent(None)
                widget.deleteLater()
        self.page_buttons = []
        if len(advice.reasons) > 1:
            self.reasons.addWidget(plain_label(translate("Advice", "Why:")))
        for reason in advice.reasons:
            text = reason.text if len(advice.reasons) == 1 else f"{reason.level_title}: {reason.text}"
            self.reasons.addWidget(plain_label(text))
        pages = dict.fromkeys((r.page_id, r.page_title) for r in advice.reasons)
        for page_id, page_title in pages:
            more = plain_label(
                translate("Advice", "More on the page \u201c{title}\u201d.").format(title=page_title)
            )
            button = QPushButton(translate("Advice", "Open the page"))
            button.setAccessibleName(translate("Advice", "Open the page {title}").format(title=page_title))
            button.clicked.connect(lambda _checked=False, page=page_id: self.page_requested.emit(page))
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(more, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.reasons.addWidget(holder)
            self.page_buttons.append(button)
