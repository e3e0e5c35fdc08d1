"""My treatments: each line of treatment (what, started, stopped, why it stopped, a note) on a
timeline, and what it suggests for "My situation" (only added when the person says so)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from liverbook.core.app_core import Core
from liverbook.i18n import translate
from liverbook.records.forms import loose_date
from liverbook.records.model import NAME_MAX, STOP_REASONS, TREATMENT_KINDS, TreatmentLine
from liverbook.records.present import treatment_line
from liverbook.ui.views.records.common import DateField, Form, add_row, combo, line_edit, text_box
from liverbook.ui.views.records.record_panel import RecordPanel
from liverbook.ui.views.records.suggestions_box import SuggestionsBox
from liverbook.ui.views.records.timeline_view import TimelineView
from liverbook.ui.widgets.wrapping_buttons import WrappingCheckBox

CANCER_DRUG_KINDS = ("kinase-inhibitor", "anti-vegf-antibody", "immunotherapy", "chemotherapy")


class TreatmentsPanel(RecordPanel):
    """The treatment timeline: a picture, the list of lines, and the chosen line's form."""

    kind = "treatment"
    tab_path_changed = Signal()

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        self.records_content = core.book.records
        super().__init__(
            core, translate("Records", "My treatments"),
            translate("Records", "Each treatment you have had or have now: surgery, ablation, TACE, radioembolization, radiation, "
               "a transplant or a drug treatment. The diary's and the lab charts mark when each started and "
               "stopped."),
            translate("Records", "&Add a treatment"), parent,
        )  # fmt: skip

    def above_list(self, layout: QVBoxLayout) -> None:
        self.timeline = TimelineView(self.records_content)
        layout.addWidget(self.timeline)
        self.suggestions = SuggestionsBox(self.core)
        self.suggestions.rebuilt.connect(self.tab_path_changed)
        layout.addWidget(self.suggestions)

    def build_form(self, form: Form) -> None:
        self.kind_box = combo()
        for kind, words in TREATMENT_KINDS:
            self.kind_box.addItem(translate("records", words), kind)
        self.kind_box.activated.connect(self._kind_chosen)
        add_row(form, translate("Records", "What kind of treatment"), self.kind_box)
        self.name_edit = line_edit(
            translate("Records", "In your words, for example: Atezolizumab + bevacizumab"), NAME_MAX
        )
        self.name_edit.textEdited.connect(self.edited)
        add_row(
            form, translate("Records", "Name (if you want one)"), self.name_edit, translate("Records", "Name")
        )
        self.drugs = QListWidget()
        for drug in self.records_content.drugs:
            if drug.kind in CANCER_DRUG_KINDS:
                brands = f" ({', '.join(drug.brands)})" if drug.brands else ""
                item = QListWidgetItem(drug.name + brands)
                item.setData(Qt.ItemDataRole.UserRole, drug.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.drugs.addItem(item)
        self.drugs.itemChanged.connect(self.edited)
        self.drugs.setMinimumHeight(self.drugs.fontMetrics().height() * 5)
        self.drugs_label = add_row(
            form,
            translate("Records", "The drugs in it (tick them)"),
            self.drugs,
            translate("Records", "The drugs in it"),
        )
        self.started = DateField()
        self.started.edited.connect(self.edited)
        add_row(form, translate("Records", "Started"), self.started)
        self.stopped = DateField(translate("Records", "Leave empty while it goes on"))
        self.stopped.edited.connect(self.edited)
        add_row(form, translate("Records", "Stopped"), self.stopped)
        self.reason = combo()
        self.reason.addItem(translate("Records", "(not stopped, or not said)"), None)
        for reason, words in STOP_REASONS:
            self.reason.addItem(translate("records", words), reason)
        self.reason.activated.connect(self.edited)
        add_row(form, translate("Records", "Why it stopped"), self.reason)
        self.trial = WrappingCheckBox(translate("Records", "Given in a clinical trial"))
        self.trial.setAccessibleName(translate("Records", "Given in a clinical trial"))
        self.trial.toggled.connect(self.edited)
        form.addRow(self.trial)
        self.note = text_box(
            translate(
                "Records", "Anything you want to remember: how it went, side effects, what the scans said"
            )
        )
        self.note.textChanged.connect(self.edited)
        add_row(form, translate("Records", "Note"), self.note)

    # -- records ---------------------------------------------------------------------------------------
    def read_all(self) -> list[TreatmentLine]:
        assert self.store is not None
        return self.store.list_treatment_lines()

    def line(self, record: TreatmentLine) -> str:
        return treatment_line(self.records_content, record, dt.date.today())

    def blank(self) -> TreatmentLine:
        return TreatmentLine(0, "drugs")

    def fill(self, record: TreatmentLine) -> None:
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(record.kind)))
        self.name_edit.setText(record.name)
        for row in range(self.drugs.count()):
            item = self.drugs.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in record.drug_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.started.set_text(record.started.shown if record.started else "")
        self.stopped.set_text(record.stopped.shown if record.stopped else "")
        self.reason.setCurrentIndex(max(0, self.reason.findData(record.stop_reason)))
        self.trial.setChecked(record.in_trial)
        self.note.setPlainText(record.note)
        self._show_drugs()

    def gather(self) -> TreatmentLine:
        base = self.current if self.current is not None else self.blank()
        kind = self.kind_box.currentData() or "other"
        ticked = tuple(
            str(self.drugs.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.drugs.count())
            if self.drugs.item(r).checkState() == Qt.CheckState.Checked
        )  # fmt: skip
        return dataclasses.replace(
            base, kind=kind, name=self.name_edit.text().strip(), drug_ids=ticked if kind == "drugs" else (),
            started=loose_date(self.started.text(), translate("Records", "Started")),
            stopped=loose_date(self.stopped.text(), translate("Records", "Stopped")),
            stop_reason=self.reason.currentData(), in_trial=self.trial.isChecked(), note=self.note.toPlainText(),
        )  # fmt: skip

    def write(self, record: TreatmentLine) -> TreatmentLine:
        assert self.store is not None
        return (
            self.store.add_treatment_line(record)
            if record.id == 0
            else self.store.update_treatment_line(record)
        )

    def delete(self, record_id: int) -> TreatmentLine:
        assert self.store is not None
        return self.store.delete_treatment_line(record_id)

    def restore(self, record: TreatmentLine) -> TreatmentLine:
        assert self.store is not None
        return self.store.restore_treatment_line(record)

    # -- what follows the lines --------------------------------------------------------------------------
    def _kind_chosen(self, _index: int) -> None:
        self._show_drugs()
        self.edited()

    def _show_drugs(self) -> None:
        self.form.setRowVisible(self.drugs, self.kind_box.currentData() == "drugs")

    def reload(self, select_id: int | None = None) -> None:
        super().reload(select_id)
        self._follow()

    def records_changed(self, kind: str) -> None:
        if kind in (self.kind, "situation", "all"):
            self._follow()

    def _follow(self) -> None:
        if not hasattr(self, "timeline"):
            return
        lines = list(self.records)
        if self.current is not None and self.current.id:
            lines = [self.current if ln.id == self.current.id else ln for ln in lines]
        self.timeline.set_lines(lines)
        self.suggestions.update_from(lines)
