"""My medicines: every medicine in the person's own words, each one a known drug can link to its
handbook page, its "call at once" signs and the handbook's cautions. No dose is ever suggested."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QStringListModel, Qt, QUrl, Signal
from PySide6.QtWidgets import QCompleter, QPushButton, QVBoxLayout, QWidget

from liverbook.content.records_model import MEDICINE_ORIGINS, Caution, WarningSigns
from liverbook.core.app_core import Core
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.records.forms import drug_id_for, loose_date
from liverbook.records.medicines import cautions_for, drug_of, signs_for
from liverbook.records.model import NAME_MAX, Medicine
from liverbook.records.present import drug_words, medicine_line, picked_name, suggested_names
from liverbook.ui.views.records.common import DateField, Form, add_row, combo, line_edit, text_box
from liverbook.ui.views.records.printing import MEDICINES, save_printout
from liverbook.ui.views.records.record_panel import RecordPanel
from liverbook.ui.widgets.labels import plain_label

NO_DOSES = QT_TRANSLATE_NOOP(
    "Records",
    "The handbook never suggests a dose: write what your team or the label says, and ask your team or "
    "pharmacist about any change.",
)


class MedicinesPanel(RecordPanel):
    """The medicines list beside the chosen medicine and what the handbook says about it."""

    kind = "medicine"
    link_activated = Signal(QUrl)

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        self.records_content = core.book.records
        super().__init__(
            core, translate("Records", "My medicines"),
            translate("Records", "Every medicine you take, in your own words: prescribed ones, ones you buy, herbs and "
               "supplements. A medicine the handbook knows shows its warning signs and cautions."),
            translate("Records", "&Add a medicine"), parent,
        )  # fmt: skip
        self.print_button = QPushButton(translate("Records", "Print the &list…"))
        self.print_button.setAccessibleName(
            translate("Records", "Print my medicines list (save it as a PDF)")
        )
        self.print_button.clicked.connect(lambda: save_printout(self.core, self, MEDICINES))
        self.buttons.addWidget(self.print_button)

    # -- the form ----------------------------------------------------------------------------------------
    def build_form(self, form: Form) -> None:
        records = self.records_content
        self.name_edit = line_edit(translate("Records", "Type a name, or pick one as you type"), NAME_MAX)
        # The suggestions are worked out in records.present (case, accents, inside names); the
        # completer only shows them. Its model has a parent: a model without one was freed by
        # Python at once, and no suggestion ever appeared.
        self.suggestions = QStringListModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(8)
        completer.activated.connect(self._picked)
        self.name_edit.setCompleter(completer)
        self.name_edit.textEdited.connect(self._name_typed)
        add_row(form, translate("Records", "Name of the medicine"), self.name_edit)
        self.drug_box = combo()
        self.drug_box.addItem(translate("Records", "Not one of the handbook's medicines"), None)
        for drug in sorted(records.drugs, key=lambda d: d.name.casefold()):
            self.drug_box.addItem(drug_words(drug), drug.id)
        self.drug_box.activated.connect(self._drug_chosen)
        add_row(
            form,
            translate("Records", "In the handbook, it is"),
            self.drug_box,
            translate("Records", "Which of the handbook's medicines it is"),
        )
        self.origin_box = combo()
        for origin, words in MEDICINE_ORIGINS:
            self.origin_box.addItem(translate("records", words), origin)
        self.origin_box.activated.connect(self._origin_chosen)
        add_row(form, translate("Records", "Where it came from"), self.origin_box)
        self.what_for = line_edit(
            translate("Records", "For example: my liver cancer, pain, fluid in the belly")
        )
        add_row(form, translate("Records", "What it is for"), self.what_for)
        self.dose = line_edit(translate("Records", "As your team or the label says"))
        add_row(
            form,
            translate("Records", "How much (as written on the label or by your team)"),
            self.dose,
            translate("Records", "How much"),
        )
        self.how_often = line_edit(translate("Records", "As your team or the label says"))
        add_row(form, translate("Records", "How often"), self.how_often)
        self.started = DateField()
        add_row(form, translate("Records", "Started"), self.started)
        self.stopped = DateField(translate("Records", "Leave empty while you take it"))
        add_row(form, translate("Records", "Stopped"), self.stopped)
        self.prescriber = line_edit(translate("Records", "For example: Dr. Rivera"))
        add_row(form, translate("Records", "Prescribed by"), self.prescriber)
        self.note = text_box(translate("Records", "Anything else you want to remember about it"))
        add_row(form, translate("Records", "Note"), self.note)
        for edit in (self.what_for, self.dose, self.how_often, self.prescriber):
            edit.textEdited.connect(self.edited)
        self.started.edited.connect(self._dates_edited)
        self.stopped.edited.connect(self._dates_edited)
        self.note.textChanged.connect(self.edited)

    def after_form(self, layout: QVBoxLayout) -> None:
        self.about_heading = plain_label(translate("Records", "What the handbook says about it"), bold=True)
        self.about_drug = plain_label()
        self.read_button = QPushButton(translate("Records", "Read its page"))
        self.read_button.setAccessibleName(translate("Records", "Read about it in the handbook"))
        self.read_button.clicked.connect(self._read_page)
        self.signs_label = plain_label()
        self.signs_label.setAccessibleName(translate("Records", "When to call, for this medicine"))
        self.cautions_label = plain_label()
        self.cautions_label.setAccessibleName(translate("Records", "Cautions, for this medicine"))
        self.doses_label = plain_label(translate("Records", NO_DOSES))
        # The warning signs come first, right under what the drug is, and Tab stops on them (and
        # on the cautions) so that the form scrolls them into view for a keyboard user.
        for label in (self.signs_label, self.cautions_label):
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # after the flags, which reset it
        layout.addWidget(self.about_heading)
        layout.addWidget(self.about_drug)
        layout.addWidget(self.signs_label)
        layout.addWidget(self.cautions_label)
        layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.doses_label)
        self._page: str | None = None

    # -- records ---------------------------------------------------------------------------------------
    def read_all(self) -> list[Medicine]:
        assert self.store is not None
        return self.store.list_medicines()

    def line(self, record: Medicine) -> str:
        return medicine_line(self.records_content, record, dt.date.today())

    def name_of(self, record: Medicine) -> str:
        return record.name

    def blank(self) -> Medicine:
        return Medicine(0, "")

    def fill(self, record: Medicine) -> None:
        self.name_edit.setText(record.name)
        self._set_drug(record.drug_id)
        self.origin_box.setCurrentIndex(max(0, self.origin_box.findData(record.origin)))
        self.what_for.setText(record.what_for)
        self.dose.setText(record.dose)
        self.how_often.setText(record.how_often)
        self.started.set_text(record.started.shown if record.started else "")
        self.stopped.set_text(record.stopped.shown if record.stopped else "")
        self.prescriber.setText(record.prescriber)
        self.note.setPlainText(record.note)

    def gather(self) -> Medicine:
        base = self.current if self.current is not None else self.blank()
        return dataclasses.replace(
            base,
            name=self.name_edit.text().strip(),
            drug_id=self.drug_box.currentData(),
            origin=self.origin_box.currentData() or "prescribed",
            what_for=self.what_for.text(),
            dose=self.dose.text(),
            how_often=self.how_often.text(),
            started=loose_date(self.started.text(), translate("Records", "Started")),
            stopped=loose_date(self.stopped.text(), translate("Records", "Stopped")),
            prescriber=self.prescriber.text(),
            note=self.note.toPlainText(),
        )

    def write(self, record: Medicine) -> Medicine:
        assert self.store is not None
        return self.store.add_medicine(record) if record.id == 0 else self.store.update_medicine(record)

    def delete(self, record_id: int) -> Medicine:
        assert self.store is not None
        return self.store.delete_medicine(record_id)

    def restore(self, record: Medicine) -> Medicine:
        assert self.store is not None
        return self.store.restore_medicine(record)

    # -- the name and the handbook's drug --------------------------------------------------------------
    def _set_drug(self, drug_id: str | None) -> None:
        self.drug_box.setCurrentIndex(max(0, self.drug_box.findData(drug_id)))

    def _name_typed(self, text: str) -> None:
        names = suggested_names(self.records_content, text)
        self.suggestions.setStringList(names)
        completer = self.name_edit.completer()
        if names and names != [text.strip()] and self.name_edit.hasFocus():
            completer.complete()
        else:
            popup = completer.popup()
            if popup is not None:
                popup.hide()
        found = drug_id_for(self.records_content, text)
        if found is not None or self.drug_box.currentData() is not None and not text.strip():
            self._set_drug(found)
        self._about()
        self.edited()

    def _picked(self, text: str) -> None:
        name = picked_name(text)
        self.name_edit.setText(name)
        self._set_drug(drug_id_for(self.records_content, name))
        self._about()
        self.edited()

    def _drug_chosen(self, _index: int) -> None:
        self._about()
        self.edited()

    def _origin_chosen(self, _index: int) -> None:
        self._about()
        self.edited()

    def _dates_edited(self) -> None:
        self.edited()

    def shown(self, record: Medicine | None) -> None:
        self._about()

    def _about(self) -> None:
        """What the handbook says about the medicine in the form: its page, its signs, its cautions."""
        records = self.records_content
        if self.current is None:
            for widget in (
                self.about_heading,
                self.about_drug,
                self.read_button,
                self.signs_label,
                self.cautions_label,
            ):
                widget.hide()
            return
        medicine = Medicine(
            0,
            self.name_edit.text().strip() or "?",
            self.drug_box.currentData(),
            self.origin_box.currentData() or "prescribed",
        )
        drug = drug_of(records, medicine)
        self.about_heading.show()
        self.about_drug.setText(
            translate("Records", "In the handbook: {drug}.").format(drug=drug_words(drug))
            if drug
            else translate(
                "Records",
                "The handbook has no page about this medicine. Your own words are kept as you wrote them.",
            )
        )
        self.about_drug.show()
        self._page = drug.page if drug else None
        self.read_button.setVisible(bool(self._page))
        signs = [s.item for s in signs_for(records, [medicine], dt.date.today())]
        self.signs_label.setText("\n\n".join(_signs_text(s) for s in signs if isinstance(s, WarningSigns)))
        self.signs_label.setVisible(bool(signs))
        anyone = set(records.origin_cautions.get("any", ()))
        cautions = [s.item for s in cautions_for(records, [medicine]) if s.item.id not in anyone]
        self.cautions_label.setText("\n\n".join(_caution_text(c) for c in cautions if isinstance(c, Caution)))
        self.cautions_label.setVisible(bool(cautions))

    def _read_page(self) -> None:
        if self._page:
            self.link_activated.emit(QUrl(f"page:{self._page}"))


def _signs_text(signs: WarningSigns) -> str:
    return f"{signs.title}:\n{signs.text}"


def _caution_text(caution: Caution) -> str:
    return f"{caution.title}:\n{caution.text}"
