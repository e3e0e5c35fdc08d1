"""My records at a glance: the next visit, who to call for urgent problems, the medicines and the
treatment now, the latest liver scores, and the two printouts (the medicines list, the call-now card).
Everything here is read from the records; nothing is typed here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from liverbook.core.app_core import Core
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.records import labs
from liverbook.records.present import next_visit_words, urgent_words
from liverbook.records.timeline import line_name
from liverbook.store import StoreError
from liverbook.ui.views.records.printing import CARD, MEDICINES, save_printout
from liverbook.ui.widgets.labels import plain_label
from liverbook.ui.widgets.reflow import FlowLayout

NEVER_CONTACTS = QT_TRANSLATE_NOOP(
    "Records",
    "This app never calls, messages or sends anything to anyone, your care team included. "
    "Everything you write here stays on this computer.",
)


class GlancePanel(QWidget):
    """What matters most in the records, in a few lines, with a way to each part."""

    go_to = Signal(str)  # a part of "My records" to show

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(10)
        column.addWidget(plain_label(translate("Records", "My records at a glance"), bold=True, scale=1.2))
        self.problem = plain_label()
        self.problem.hide()
        column.addWidget(self.problem)
        self.lines: dict[str, object] = {}
        self.next_visit = self._section(
            column, translate("Records", "Next visit"), "visits", translate("Records", "Go to my v&isits")
        )
        self.urgent = self._section(
            column,
            translate("Records", "Who to call for urgent problems"),
            "care-team",
            translate("Records", "Go to my &care team"),
        )
        self.medicines = self._section(
            column,
            translate("Records", "Medicines now"),
            "medicines",
            translate("Records", "Go to my &medicines"),
        )
        self.treatment = self._section(
            column,
            translate("Records", "Treatment now"),
            "treatments",
            translate("Records", "Go to my &treatments"),
        )
        self.scores = self._section(
            column,
            translate("Records", "Latest liver scores"),
            "scores",
            translate("Records", "Go to my liver &scores"),
        )
        column.addWidget(plain_label(translate("Records", "Print"), bold=True))
        row = FlowLayout()
        self.print_medicines = QPushButton(translate("Records", "Print my medicines &list…"))
        self.print_medicines.setAccessibleName(
            translate("Records", "Print my medicines list (save it as a PDF)")
        )
        self.print_medicines.clicked.connect(lambda: save_printout(self.core, self, MEDICINES))
        self.print_card = QPushButton(translate("Records", "Print the c&all-now card…"))
        self.print_card.setAccessibleName(translate("Records", "Print the call-now card (save it as a PDF)"))
        self.print_card.clicked.connect(lambda: save_printout(self.core, self, CARD))
        row.addWidget(self.print_medicines)
        row.addWidget(self.print_card)
        column.addLayout(row)
        column.addWidget(
            plain_label(
                translate(
                    "Records",
                    "The call-now card is one page to cut out and fold into your wallet: who to call, and the "
                    "warning signs the handbook gives for the medicines you take now. Its print is never smaller "
                    "than 9 points; with many signs it has more panels to fold.",
                )
            )
        )
        column.addWidget(plain_label(translate("Records", NEVER_CONTACTS)))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setFocusProxy(self.next_visit[1])
        self.refresh()

    def _section(
        self, column: QVBoxLayout, title: str, part: str, button_text: str
    ) -> tuple[QLabel, QPushButton]:
        heading = plain_label(title, bold=True)
        text = plain_label()
        text.setAccessibleName(title)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button = QPushButton(button_text)
        button.setAccessibleName(button_text.replace("&", ""))
        button.clicked.connect(lambda: self.go_to.emit(part))
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(box)
        inner.addWidget(heading)
        inner.addWidget(text)
        row = FlowLayout()
        row.addWidget(button)
        inner.addLayout(row)
        column.addWidget(box)
        return text, button

    def records_changed(self, _kind: str) -> None:
        self.refresh()

    def forget(self) -> None:
        self.refresh()

    def refresh(self, today: dt.date | None = None) -> None:
        """Read the records again and say what they hold now."""
        store = self.core.store
        today = today or dt.date.today()
        if store is None:
            self.problem.setText(
                self.core.store_message or translate("Records", "Your records cannot be used right now.")
            )
            self.problem.show()
            return
        try:
            contacts = store.list_contacts()
            coming = store.next_visit(today)
            urgent = store.urgent_contact()
            medicines = [m for m in store.list_medicines() if m.current(today)]
            lines = [ln for ln in store.list_treatment_lines() if ln.current(today)]
            results = store.list_lab_results()
            liver = store.latest_liver_answers(today)
        except StoreError as error:
            self.problem.setText(error.user_message)
            self.problem.show()
            return
        self.problem.hide()
        records = self.core.book.records
        self.next_visit[0].setText(next_visit_words(coming, contacts, today))
        self.urgent[0].setText(urgent_words(urgent))
        if medicines:
            names = ", ".join(m.name.strip() for m in medicines)
            self.medicines[0].setText(
                (
                    translate("Records", "1 medicine: {names}.")
                    if len(medicines) == 1
                    else translate("Records", "%n medicines: {names}.", None, len(medicines))
                ).format(names=names)
            )
        else:
            self.medicines[0].setText(translate("Records", "None written down yet."))
        self.treatment[0].setText(
            "; ".join(line_name(records, ln) for ln in lines) + "."
            if lines
            else translate("Records", "None written down as going on now.")
        )
        self.scores[0].setText(_scores_words(records, results, liver, today))


def _scores_words(records: object, results: list, liver: object, today: dt.date) -> str:  # type: ignore[type-arg]
    cp, albi = labs.scores_now(records, results, liver, today)  # type: ignore[arg-type]
    parts = []
    if cp is not None and cp.complete:
        parts.append(
            translate("Records", "Child-Pugh class {band} ({score} points)").format(
                band=cp.band, score=cp.shown
            )
        )
    elif cp is not None:
        parts.append(
            translate("Records", "Child-Pugh: not worked out yet (1 thing missing)")
            if len(cp.missing) == 1
            else translate(
                "Records", "Child-Pugh: not worked out yet (%n things missing)", None, len(cp.missing)
            )
        )
    if albi is not None and albi.complete:
        parts.append(translate("Records", "ALBI grade {band}").format(band=albi.band))
    if not parts:
        return translate("Records", "No lab results yet.")
    return "; ".join(parts) + ". " + translate("Records", "Ask your team what they mean for you.")
