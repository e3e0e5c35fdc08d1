"""What My numbers says under a typed number: the number in the test's other units (with the
working), a request to check a likely slip, and "Did you mean 30 µmol/L?" with a button to use that
unit (the number is kept as typed until the person chooses). Split from :mod:`.numbers_panel`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from liverbook.i18n import translate
from liverbook.records.checks import likely_unit, slip
from liverbook.records.numbers import NumberProblem, parse_value
from liverbook.records.units import CannotConvert, convert

if TYPE_CHECKING:
    from liverbook.ui.views.records.numbers_panel import NumbersPanel


def explain(panel: NumbersPanel) -> None:
    """Fill the line under the number (and show the check box and unit button when they apply)."""
    test = panel.records_content.lab_test(panel.key or "")
    panel.checked.hide()
    panel.use_unit.hide()
    panel.working.setText("")
    try:
        value = parse_value(panel.value.text())
    except NumberProblem as problem:
        panel.working.setText(problem.message if panel.value.text().strip() else "")
        return
    if test is None:
        return
    unit = panel.unit_text()
    lines = []
    for other in test.units:
        if test.unit(unit) is other:
            continue
        try:
            lines.append(convert(test, value.number, unit, other.unit).working)
        except CannotConvert as cannot:
            lines.append(cannot.message)
    panel.likely = likely_unit(test, value, unit)
    if panel.likely is not None:  # the person chooses; the number stays as typed meanwhile
        panel.use_unit.setText(translate("Records", "Use {unit}").format(unit=panel.likely))
        panel.use_unit.setAccessibleName(
            translate("Records", "Change the unit to {unit}").format(unit=panel.likely)
        )
    panel.use_unit.setVisible(panel.likely is not None and panel.writable)
    check = slip(test, value, unit)
    if check:
        lines.insert(0, check)
        panel.checked.show()
    panel.working.setText("\n".join(lines))
