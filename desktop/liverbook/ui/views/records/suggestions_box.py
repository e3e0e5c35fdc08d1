"""Suggestions for "My situation" from the treatment timeline, each one only added when the person
says so (:func:`liverbook.records.situation.suggested_tags` finds them; nothing is applied silently).
"Not now" hides a suggestion until the app is opened again."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from liverbook.core.app_core import Core
from liverbook.i18n import translate
from liverbook.records.model import TreatmentLine
from liverbook.records.situation import Suggestion, suggested_tags
from liverbook.store import StoreError
from liverbook.ui.widgets.labels import plain_label
from liverbook.ui.widgets.reflow import FlowLayout


class SuggestionsBox(QFrame):
    """ "Your timeline suggests: Immunotherapy (Atezolizumab + Bevacizumab, current treatment) [Add] [Not now]"."""

    rebuilt = Signal()  # new buttons: the tab path is made again

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.not_now: set[str] = set()
        self.suggestions: tuple[Suggestion, ...] = ()
        self.rows: list[QWidget] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(plain_label(translate("Records", "Suggested for My situation"), bold=True))
        self.layout_.addWidget(
            plain_label(
                translate(
                    "Records",
                    "From your treatments, these may belong in My situation, which marks the handbook's pages meant "
                    "for you. Nothing changes unless you add them.",
                )
            )
        )
        self.message = plain_label()
        self.message.hide()
        self.layout_.addWidget(self.message)
        self.hide()

    def update_from(self, lines: list[TreatmentLine], today: dt.date | None = None) -> None:
        """Show what the timeline suggests now (the tags already chosen, and those put off, are left out)."""
        today = today or dt.date.today()
        chosen = set(self.core.situation.tags)
        found = suggested_tags(self.core.book, lines, chosen, today)
        self.suggestions = tuple(s for s in found if s.tag not in self.not_now)
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for suggestion in self.suggestions:
            row = QWidget()
            column = QVBoxLayout(row)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(
                plain_label(
                    translate("Records", "{tag}: because of {why}.").format(
                        tag=suggestion.label, why=suggestion.because
                    )
                )
            )
            buttons = FlowLayout()
            add = QPushButton(translate("Records", "Add to My situation"))
            add.setAccessibleName(
                translate("Records", "Add {tag} to My situation").format(tag=suggestion.label)
            )
            add.clicked.connect(lambda _c=False, tag=suggestion.tag: self.accept(tag))
            later = QPushButton(translate("Records", "Not now"))
            later.setAccessibleName(translate("Records", "Not now: {tag}").format(tag=suggestion.label))
            later.clicked.connect(lambda _c=False, tag=suggestion.tag: self.put_off(tag))
            buttons.addWidget(add)
            buttons.addWidget(later)
            column.addLayout(buttons)
            self.layout_.addWidget(row)
            self.rows.append(row)
        self.rebuilt.emit()
        told = self.message.isVisibleTo(self)
        self.setVisible((bool(self.suggestions) or told) and self.core.can_write)

    def accept(self, tag: str) -> None:
        """The person said yes: add this one tag to My situation (and nothing else)."""
        situation = self.core.situation
        try:
            self.core.set_situation(dataclasses.replace(situation, tags=situation.tags | {tag}))
        except StoreError as error:
            self.message.setText(error.user_message)
            self.message.show()
            return
        self.message.setText(
            translate(
                "Records", "{tag} was added to My situation. You can change it in View > My situation."
            ).format(tag=self.core.book.tags[tag].label if tag in self.core.book.tags else tag)
        )
        self.message.show()
        self.show()

    def put_off(self, tag: str) -> None:
        self.not_now.add(tag)
        lines = self.core.store.list_treatment_lines() if self.core.store is not None else []
        self.update_from(lines)
