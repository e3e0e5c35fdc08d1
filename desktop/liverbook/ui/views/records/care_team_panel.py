"""My care team: the people who look after the person, with their numbers, and the one to call for
urgent problems (shown in the diary's warnings, on the "When to get help" page and on the call-now
card; the store keeps at most one). The app never calls anyone, and says so here."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from liverbook.core.app_core import Core
from liverbook.i18n import translate
from liverbook.records.model import NAME_MAX, Contact
from liverbook.records.present import contact_line, urgent_words
from liverbook.store import StoreError
from liverbook.ui.views.records.common import Form, add_row, line_edit, text_box
from liverbook.ui.views.records.glance_panel import NEVER_CONTACTS
from liverbook.ui.views.records.printing import CARD, save_printout
from liverbook.ui.views.records.record_panel import RecordPanel
from liverbook.ui.widgets.labels import plain_label
from liverbook.ui.widgets.wrapping_buttons import WrappingCheckBox


class CareTeamPanel(RecordPanel):
    """The care team beside the chosen contact."""

    kind = "contact"

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(
            core, translate("Records", "My care team"),
            translate("Records", "The people who look after you and their numbers. Choose one as the person to call for urgent "
               "problems: the diary's warnings, the \u201cWhen to get help\u201d page and the call-now card show "
               "them."),
            translate("Records", "&Add a person"), parent,
        )  # fmt: skip
        self.card_button = QPushButton(translate("Records", "Call-now &card…"))
        self.card_button.setAccessibleName(translate("Records", "Print the call-now card (save it as a PDF)"))
        self.card_button.clicked.connect(lambda: save_printout(self.core, self, CARD))
        self.buttons.addWidget(self.card_button)

    def above_list(self, layout: QVBoxLayout) -> None:
        self.urgent_label = plain_label()
        self.urgent_label.setAccessibleName(translate("Records", "Who to call for urgent problems"))
        layout.addWidget(self.urgent_label)
        layout.addWidget(plain_label(translate("Records", NEVER_CONTACTS)))

    def build_form(self, form: Form) -> None:
        self.name_edit = line_edit(translate("Records", "For example: Dr. Ana Rivera"), NAME_MAX)
        add_row(form, translate("Records", "Name"), self.name_edit)
        self.urgent_box = WrappingCheckBox(translate("Records", "Call this person for urgent problems"))
        self.urgent_box.setAccessibleName(translate("Records", "Call this person for urgent problems"))
        self.urgent_box.toggled.connect(self._urgent_toggled)
        form.addRow(self.urgent_box)
        self.role = line_edit(
            translate("Records", "For example: oncologist, nurse, liver doctor, pharmacist")
        )
        add_row(form, translate("Records", "Role"), self.role)
        self.phone_day = line_edit(translate("Records", "The number to call in the day"), 100)
        add_row(form, translate("Records", "Phone in the day"), self.phone_day)
        self.phone_night = line_edit(translate("Records", "At night and on weekends, if there is one"), 100)
        add_row(form, translate("Records", "Phone after hours"), self.phone_night)
        self.where = line_edit(translate("Records", "For example: City Cancer Center, 3rd floor"))
        add_row(form, translate("Records", "Where"), self.where)
        self.note = text_box(
            translate("Records", "Anything else: a fax number, who answers the phone, a website to copy")
        )
        add_row(form, translate("Records", "Note"), self.note)
        for edit in (self.name_edit, self.role, self.phone_day, self.phone_night, self.where):
            edit.textEdited.connect(self.edited)
        self.note.textChanged.connect(self.edited)

    # -- records ---------------------------------------------------------------------------------------
    def read_all(self) -> list[Contact]:
        assert self.store is not None
        return self.store.list_contacts()

    def line(self, record: Contact) -> str:
        return contact_line(record)

    def name_of(self, record: Contact) -> str:
        return record.name

    def blank(self) -> Contact:
        return Contact(0, "")

    def fill(self, record: Contact) -> None:
        self.name_edit.setText(record.name)
        self.urgent_box.blockSignals(True)
        self.urgent_box.setChecked(record.urgent)
        self.urgent_box.blockSignals(False)
        self.role.setText(record.role)
        self.phone_day.setText(record.phone_day)
        self.phone_night.setText(record.phone_after_hours)
        self.where.setText(record.where)
        self.note.setPlainText(record.note)

    def gather(self) -> Contact:
        base = self.current if self.current is not None else self.blank()
        return dataclasses.replace(
            base, name=self.name_edit.text().strip(), role=self.role.text(), phone_day=self.phone_day.text(),
            phone_after_hours=self.phone_night.text(), where=self.where.text(), note=self.note.toPlainText(),
        )  # fmt: skip

    def write(self, record: Contact) -> Contact:
        assert self.store is not None
        return self.store.add_contact(record) if record.id == 0 else self.store.update_contact(record)

    def delete(self, record_id: int) -> Contact:
        assert self.store is not None
        return self.store.delete_contact(record_id)

    def restore(self, record: Contact) -> Contact:
        assert self.store is not None
        return self.store.restore_contact(record)

    # -- the one to call ---------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        super().reload(select_id)
        self._show_urgent()

    def _show_urgent(self) -> None:
        urgent = next((c for c in self.records if c.urgent), None)
        self.urgent_label.setText(
            translate("Records", "Who to call for urgent problems: {who}").format(who=urgent_words(urgent))
        )

    def _urgent_toggled(self, checked: bool) -> None:
        if self.current is None or self.store is None:
            return
        if not self.engine.flush() or self.current.id == 0:  # it must be saved (have a name) to be chosen
            self.urgent_box.blockSignals(True)
            self.urgent_box.setChecked(not checked)
            self.urgent_box.blockSignals(False)
            if self.current.id == 0 and self.engine.error is None:
                self.show_status(translate("Records", "Write the person's name first, then tick this."))
            return
        try:
            self.store.set_urgent_contact(self.current.id if checked else None)
        except StoreError as error:
            self.urgent_box.blockSignals(True)
            self.urgent_box.setChecked(not checked)
            self.urgent_box.blockSignals(False)
            self.show_status(error.user_message)
            return
        self.core.records_changed(self.kind)
        self.reload(self.current.id)
