"""My numbers: lab results typed from a letter or a patient portal, one test at a time, each kept
exactly as typed with its unit and day (US and SI units both accepted; the value in the other unit
and how it was worked out are shown), as a chart with the treatment dates marked, a list and a sentence.
A value that looks like a typing slip (35 g/dL of albumin) is saved as typed but asked about."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from liverbook.core.app_core import Core
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.records import lab_charts, labs
from liverbook.records.forms import NotReady, lab_value
from liverbook.records.model import NAME_MAX, LabResult
from liverbook.records.numbers import parse_value
from liverbook.records.units import CannotConvert, convert, with_unit
from liverbook.store import StoreError
from liverbook.ui.views.records.chart_view import ChartView
from liverbook.ui.views.records.common import Form, add_row, combo, line_edit, text_box
from liverbook.ui.views.records.day_field import DayField
from liverbook.ui.views.records.numbers_explain import explain
from liverbook.ui.views.records.record_panel import RecordPanel
from liverbook.ui.widgets.labels import plain_label
from liverbook.ui.widgets.wrapping_buttons import WrappingCheckBox

NEW_TEST = "__new__"  # the chooser's "another test of your own"
NO_UNIT = QT_TRANSLATE_NOOP("Records", "(no unit)")


class NumbersPanel(RecordPanel):
    """One test's results: a chooser, the chart, the list (newest first) and the chosen result's form."""

    kind = "lab"
    likely: str | None = None  # the unit a typed number probably was in ("Did you mean…?")

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        self.records_content = core.book.records
        self.key: str | None = "bilirubin"
        self.everything: list[LabResult] = []
        super().__init__(
            core, translate("Records", "My numbers"),
            translate("Records", "Lab results from a letter or a patient portal. Type each number as it is written, with its unit: "
               "US units (mg/dL, g/dL) and international ones (\u00b5mol/L, g/L) are both fine."),
            translate("Records", "&Add a result"), parent,
        )  # fmt: skip

    def fixed_top(self, layout: QHBoxLayout) -> None:
        self.chooser = combo()
        self.chooser.setAccessibleName(translate("Records", "The test to show"))
        self.chooser.view().setAccessibleName(translate("Records", "The tests"))
        self.chooser.activated.connect(self._test_chosen)
        layout.addWidget(self.chooser, 1)
        self._head = layout

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        chooser_under_heading_if_narrow(self)

    def above_list(self, layout: QVBoxLayout) -> None:
        self.chart = ChartView()
        layout.addWidget(self.chart)
        self.sentence = plain_label()
        self.sentence.setAccessibleName(translate("Records", "What the chart shows"))
        layout.addWidget(self.sentence)

    def build_form(self, form: Form) -> None:
        self.name_edit = line_edit(translate("Records", "For example: CRP, potassium, vitamin D"), NAME_MAX)
        self.name_edit.textEdited.connect(self.edited)
        add_row(form, translate("Records", "Name of your own test"), self.name_edit)
        self.day = DayField()
        self.day.edited.connect(self.edited)
        add_row(form, translate("Records", "Day the blood was taken"), self.day)
        self.value = line_edit(translate("Records", "As written, for example 1.2 or <2"), 24)
        self.value.textEdited.connect(self._value_edited)
        add_row(form, translate("Records", "Number"), self.value)
        self.unit = combo()
        self.unit.currentTextChanged.connect(self._value_edited)
        add_row(
            form,
            translate("Records", "Unit, as written on the letter"),
            self.unit,
            translate("Records", "Unit"),
        )
        self.working = plain_label()
        self.working.setAccessibleName(translate("Records", "The number in other units"))
        form.addRow(self.working)
        self.use_unit = QPushButton()
        self.use_unit.setAccessibleName(translate("Records", "Change the unit"))
        self.use_unit.clicked.connect(self._use_likely_unit)
        self.use_unit.hide()
        form.addRow(self.use_unit)
        self.checked = WrappingCheckBox(
            translate("Records", "I checked it: this is the number and unit on my letter")
        )
        self.checked.setAccessibleName(
            translate("Records", "I checked it: this is the number and unit on my letter")
        )
        self.checked.toggled.connect(self.edited)
        form.addRow(self.checked)
        self.note = text_box(translate("Records", "Anything written beside it, or where it comes from"), 2)
        self.note.textChanged.connect(self.edited)
        add_row(form, translate("Records", "Note"), self.note)

    # -- the test shown ------------------------------------------------------------------------------------
    def _fill_chooser(self) -> None:
        names = lab_charts.own_names(self.everything)
        keys = {r.key for r in self.everything}
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for choice in lab_charts.test_choices(self.records_content, keys, names):
            count = sum(1 for r in self.everything if r.key == choice.key)
            shown = (
                translate("Records", "{name} (1 result)").format(name=choice.name)
                if count == 1
                else translate("Records", "{name} (%n results)", None, count).format(name=choice.name)
                if count
                else choice.name
            )
            self.chooser.addItem(shown, choice.key)
        self.chooser.addItem(translate("Records", "Another test, of your own…"), NEW_TEST)
        index = self.chooser.findData(self.key if self.key is not None else NEW_TEST)
        self.chooser.setCurrentIndex(max(0, index))
        self.chooser.blockSignals(False)

    def _test_chosen(self, index: int) -> None:
        wanted = self.chooser.itemData(index)
        if not self.engine.flush():
            self._fill_chooser()  # stay with the words that could not be saved
            return
        self.current = None
        self.key = None if wanted == NEW_TEST else str(wanted)
        self.reload()
        if self.key is None:
            self.add_new()

    def show_test(self, key: str) -> None:
        """Show one test's results (a lab key, "own:crp" for the person's own)."""
        index = self.chooser.findData(key)
        if index >= 0:
            self.chooser.setCurrentIndex(index)
            self._test_chosen(index)

    # -- records ---------------------------------------------------------------------------------------
    def read_all(self) -> list[LabResult]:
        assert self.store is not None
        self.everything = self.store.list_lab_results()
        self._fill_chooser()
        return list(reversed(labs.of_test(self.everything, self.key))) if self.key else []

    def reload(self, select_id: int | None = None) -> None:
        super().reload(select_id)
        self._show_chart()

    def choose(self, record_id: int) -> bool:
        found = next((r for r in self.everything if r.id == record_id), None)
        if found is not None and found.key != self.key:
            self.show_test(found.key)
        return super().choose(record_id)

    def line(self, record: LabResult) -> str:
        text = translate("Records", "{day}: {value}").format(
            day=_day(record.taken_on), value=with_unit(record.value.text, record.unit)
        )
        other = self._converted(record)
        if other:
            text += f" (= {other})"
        if record.note.strip():
            text += " \u2014 " + record.note.strip().splitlines()[0]
        return text

    def name_of(self, record: LabResult) -> str:
        return self.line(record)

    def unsaved_what(self) -> str:
        if self.current is None or self.current.id != 0:
            return super().unsaved_what()
        test = self.records_content.lab_test(self.key or "")
        name = test.name if test is not None else self._own_name()
        return (
            translate("Records", "a new {test} result").format(test=name)
            if name
            else translate("Records", "a new result")
        )

    def blank(self) -> LabResult:
        return LabResult(0, dt.date.today(), parse_value("0"), self._default_unit(), self.key
                         if self.key and not self.key.startswith("own:") else None,
                         name=self._own_name())  # fmt: skip

    def fill(self, record: LabResult) -> None:
        own = record.test_id is None
        self.form.setRowVisible(self.name_edit, own)
        self.name_edit.setText(record.name)
        self.day.set_date(record.taken_on)
        self.value.setText("" if record.id == 0 else record.value.text)
        self._fill_units(record)
        self.checked.setChecked(record.checked)
        self.note.setPlainText(record.note)
        self._explain()

    def gather(self) -> LabResult:
        base = self.current if self.current is not None else self.blank()
        if not self.value.text().strip():
            raise NotReady(translate("Records", "Type the number from the lab result."))
        taken_on = self.day.date(translate("Records", "Day the blood was taken"))
        if taken_on > dt.date.today():
            raise NotReady(
                translate(
                    "Records", "The day the blood was taken is after today. Check the day on the letter."
                )
            )
        return dataclasses.replace(
            base, taken_on=taken_on, value=lab_value(self.value.text()),
            unit=self.unit_text(), name=self.name_edit.text().strip() if base.test_id is None else "",
            checked=self.checked.isChecked(), note=self.note.toPlainText(),
        )  # fmt: skip

    def write(self, record: LabResult) -> LabResult:
        assert self.store is not None
        saved = self.store.add_lab_result(record) if record.id == 0 else self.store.update_lab_result(record)
        if saved.key != self.key:  # a new own test got its name: show it as a test of its own
            self.key = saved.key
        self.everything = [saved if r.id == saved.id else r for r in self.everything]
        if all(r.id != saved.id for r in self.everything):
            self.everything.append(saved)
        self._fill_chooser()
        self._show_chart()
        return saved

    def delete(self, record_id: int) -> LabResult:
        assert self.store is not None
        return self.store.delete_lab_result(record_id)

    def restore(self, record: LabResult) -> LabResult:
        assert self.store is not None
        return self.store.restore_lab_result(record)

    def records_changed(self, kind: str) -> None:
        if kind in ("treatment", "all"):
            self._show_chart()

    # -- units, conversions, the chart ---------------------------------------------------------------
    def _own_name(self) -> str:
        return lab_charts.own_names(self.everything).get(self.key or "", "")

    def _default_unit(self) -> str:
        found = labs.of_test(self.everything, self.key) if self.key else []
        if found:
            return found[-1].unit
        units = lab_charts.units_for(self.records_content, self.key or "", self.everything)
        return units[0] if units else ""

    def _fill_units(self, record: LabResult) -> None:
        units = lab_charts.units_for(self.records_content, record.key, self.everything)
        own = record.test_id is None
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.setEditable(own)
        for unit in units or [""]:
            self.unit.addItem(unit or translate("Records", NO_UNIT), unit)
        test = self.records_content.lab_test(record.test_id or "")
        found = test.unit(record.unit) if test else None
        index = self.unit.findData(found.unit if found else record.unit)
        if index >= 0:
            self.unit.setCurrentIndex(index)
        elif own:
            self.unit.setEditText(record.unit)
        self.unit.blockSignals(False)

    def unit_text(self) -> str:
        if self.unit.isEditable():
            return self.unit.currentText().strip()
        data = self.unit.currentData()
        return str(data) if data is not None else ""

    def _value_edited(self, *_args: object) -> None:
        self._explain()
        self.edited()

    def _explain(self) -> None:
        """Under the number: it in the test's other units (with the working), or a request to check it."""
        explain(self)

    def _use_likely_unit(self) -> None:
        """The person chose the unit the number probably was in ("Did you mean 30 µmol/L?")."""
        index = self.unit.findData(self.likely)
        if index < 0:
            return
        self.unit.setCurrentIndex(index)  # currentTextChanged: explained again and saved
        self.value.setFocus()

    def _converted(self, record: LabResult) -> str:
        series = getattr(self, "_series", None)
        test = self.records_content.lab_test(record.test_id or "")
        if series is None or test is None or test.unit(record.unit) is test.unit(series.unit):
            return ""
        try:
            done = convert(test, record.value.number, record.unit, series.unit)
        except CannotConvert:
            return ""
        return with_unit(record.value.qualifier + done.shown, done.unit)

    def _show_chart(self) -> None:
        if not hasattr(self, "chart") or self.store is None:
            return
        try:
            lines = self.store.list_treatment_lines()
        except StoreError:
            lines = []
        made = lab_charts.chart(self.records_content, self.everything, self.key, lines) if self.key else None
        self._series = made[1] if made else None
        self.chart.set_data(made[0] if made else None)
        if made:
            self.sentence.setText(made[0].summary)
        else:
            self.sentence.setText(
                translate(
                    "Records", "No results for this test yet. Press \u201cAdd a result\u201d to type one in."
                )
            )
        for row, record in enumerate(self.records):
            item = self.record_list.item(row)
            if item is not None:
                item.setText(self.line(record))


def _day(day: dt.date) -> str:
    from liverbook.diary import messages as m

    return m.day_text(day, True)


def chooser_under_heading_if_narrow(panel: NumbersPanel) -> None:
    """The test chooser under the heading when both do not fit side by side (large text, Spanish:
    "Bilirrubina (total) (mg/dL)" was cut to "Bilirrubina (total) (")."""
    outer = panel.layout()
    margins = outer.contentsMargins() if outer is not None else None
    room = panel.width() - (margins.left() + margins.right() if margins is not None else 0)
    chosen = panel.chooser.fontMetrics()  # the chosen test's whole name, and the arrow beside it
    whole = chosen.horizontalAdvance(panel.chooser.currentText()) + chosen.height() * 3
    needed = panel.heading.sizeHint().width() + panel._head.spacing() + whole
    wanted = QBoxLayout.Direction.LeftToRight if needed <= room else QBoxLayout.Direction.TopToBottom
    if panel._head.direction() != wanted:
        panel._head.setDirection(wanted)
