"""Words typed into a record that cannot be saved yet (a lab result with only a note, a medicine with
no name) are kept on screen, and quitting says where they are and takes the person there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from records_gui_helpers import open_part, type_into


def test_quitting_names_the_page_and_the_result_that_cannot_be_saved_and_goes_there(
    launch, qtbot, prompts
) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    panel = open_part(window, "numbers")
    panel.add_button.click()
    type_into(qtbot, panel.note, "1.3")
    window.show_tab(0)  # the person reads the handbook, then quits
    prompts.answer = False  # "Keep the app open"
    window.close()
    assert window.isVisible()
    message = prompts.confirmations[-1]["message"]
    assert "My records > My numbers: a new Bilirubin (total) result" in message
    assert "Type the number from the lab result" in message
    assert "notes pane" not in message
    assert prompts.confirmations[-1]["no"] == "Keep the app open"
    assert window.tabs.currentWidget() is window.tab_views.view("records")
    view = window.tab_views.view("records")
    assert view.stack.currentWidget() is panel
    assert panel.note.toPlainText() == "1.3"  # the words are still there
    assert panel.isAncestorOf(window.focusWidget() or panel) and window.focusWidget() is not None
    panel.value.setText("30")
    panel.edited()
    assert window.flush_all()
    prompts.answer = True
    window.close()


@pytest.mark.parametrize(
    ("part", "field", "words", "reason"),
    [
        ("medicines", "dose", "1 spoon", "Give the medicine a name"),
        ("care-team", None, None, None),
        ("treatments", "started.edit", "31 February 2026", "Started:"),
    ],
)
def test_every_record_form_names_itself_when_its_draft_cannot_be_saved(
    launch, qtbot, prompts, part, field, words, reason
) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    panel = open_part(window, part)
    panel.add_button.click()
    if field is None:  # type into the second field (the first is the name): no name yet
        second = [f for _label, f in panel.form.rows if _label is not None][1]
        second.setFocus()
        qtbot.keyClicks(second, "Friday")
    else:
        target = panel
        for name in field.split("."):
            target = getattr(target, name)
        type_into(qtbot, target, words)
    prompts.answer = False
    window.close()
    message = prompts.confirmations[-1]["message"]
    title = window.tab_views.view("records").page_list.currentItem().text()
    assert f"My records > {title}: the new one" in message
    if reason:
        assert reason in message
    assert window.isVisible()
    panel.remove_button.click()  # the person removes the draft: quitting asks nothing
    asked = len(prompts.confirmations)
    prompts.answer = True
    window.close()
    assert len(prompts.confirmations) == asked


def test_adding_a_result_or_a_medicine_puts_the_cursor_in_the_new_form(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    for part in ("numbers", "medicines", "visits", "care-team", "treatments"):
        panel = open_part(window, part)
        panel.add_button.setFocus()
        panel.add_button.click()
        focused = window.focusWidget()
        assert focused is not None and panel.fields.isAncestorOf(focused), part
        assert focused.isVisible(), part


def test_a_question_added_in_my_questions_is_offered_to_a_visit_at_once(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    panel = open_part(window, "visits")
    panel.add_button.click()
    type_into(qtbot, panel.what_for, "Scan results")
    assert panel.pick.currentData() is None and panel.pick_hint.isVisible()
    assert "My questions" in panel.pick_hint.text() and "(" not in panel.pick.currentText()[1:-1]
    window.show_tab(0)
    window.store.add_own_question("Is the treatment working?")  # as My questions does
    open_part(window, "visits")  # back to the visit: no restart
    assert panel.pick.currentText() == "Is the treatment working?"
    assert not panel.pick_hint.isVisible()
    window.store.add_own_question("Can I travel?")  # added while the visit is on screen
    # Tabbing to the drop-down (or opening it) reads the questions again.
    QApplication.sendEvent(panel.pick, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    assert panel.pick.findText("Can I travel?") >= 0
    assert panel.pick.currentText() == "Is the treatment working?"  # the choice is kept


def test_typing_a_medicine_name_suggests_the_handbooks_drugs_and_brands(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    panel = open_part(window, "medicines")
    panel.add_button.click()
    assert window.focusWidget() is panel.name_edit
    shown = panel.name_edit.completer().completionModel()

    def suggested() -> list[str]:
        return [shown.index(row, 0).data() for row in range(shown.rowCount())]

    type_into(qtbot, panel.name_edit, "NEXA")  # any case
    assert "Nexavar (sorafenib)" in suggested()
    panel.name_edit.clear()
    type_into(qtbot, panel.name_edit, "sor")
    accent = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Aacute, Qt.KeyboardModifier.NoModifier, "\u00e1")
    QApplication.sendEvent(panel.name_edit, accent)  # "sorá": an accent typed by mistake
    assert panel.name_edit.text() == "sor\u00e1"
    assert "Sorafenib" in suggested()
    panel.name_edit.clear()
    type_into(qtbot, panel.name_edit, "zolizu")  # inside a name
    assert "Atezolizumab" in suggested()
    panel.name_edit.completer().popup().hide()


def test_a_medicines_warning_signs_come_before_read_its_page_and_tab_reaches_them(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    panel = open_part(window, "medicines")
    panel.add_button.click()
    type_into(qtbot, panel.name_edit, "Nexavar")
    panel.name_edit.completer().popup().hide()
    assert panel.signs_label.isVisibleTo(panel) and panel.signs_label.text()
    assert panel.signs_label.y() < panel.read_button.y()
    assert panel.signs_label.focusPolicy() & Qt.FocusPolicy.TabFocus  # Tab stops on them
    assert panel.cautions_label.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_bilirubin_left_at_mg_dl_that_fits_umol_l_is_asked_about_and_kept_as_typed(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    panel = open_part(window, "numbers")
    panel.add_button.click()
    assert panel.unit.currentData() == "mg/dL"  # the default unit
    type_into(qtbot, panel.value, "30")
    assert "Did you mean 30 \u00b5mol/L?" in panel.working.text()
    assert panel.use_unit.isVisible() and panel.use_unit.text() == "Use \u00b5mol/L"
    assert panel.flush()  # saved as typed: nothing is changed behind the person's back
    [saved] = window.store.list_lab_results()
    assert (saved.value.text, saved.unit) == ("30", "mg/dL")
    panel.use_unit.click()  # the person chooses
    assert panel.flush()
    [saved] = window.store.list_lab_results()
    assert (saved.value.text, saved.unit) == ("30", "\u00b5mol/L")
    assert "Did you mean" not in panel.working.text() and not panel.use_unit.isVisible()


def test_a_blood_test_day_after_today_is_not_saved_and_says_why(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    window = launch()
    panel = open_part(window, "numbers")
    panel.add_button.click()
    type_into(qtbot, panel.value, "1.3")
    later = dt.date.today() + dt.timedelta(days=17)
    panel.day.set_date(later)
    assert not panel.flush()
    assert "after today" in panel.status.text()
    assert panel.value.text() == "1.3" and window.store.list_lab_results() == []
    panel.day.set_date(dt.date.today())
    assert panel.flush() and len(window.store.list_lab_results()) == 1


def test_a_time_typed_into_a_visits_day_is_named_and_changes_nothing(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    window = launch()
    panel = open_part(window, "visits")
    panel.add_button.click()
    type_into(qtbot, panel.what_for, "Scan results")
    assert panel.flush()
    today = dt.date.today()
    panel.day.edit.selectAll()
    type_into(qtbot, panel.day.edit, "10:30")  # the time, typed into the day by mistake
    assert "looks like a time" in panel.day.read.text()
    assert not panel.flush() and "Day:" in panel.status.text()
    assert [v.on for v in window.store.list_visits()] == [today]  # no silent change of day or year
    panel.day.edit.selectAll()
    type_into(qtbot, panel.day.edit, "10 December 2026")  # typed in one go, no Tab between parts
    qtbot.keyClick(panel.day.edit, Qt.Key.Key_Tab)
    type_into(qtbot, panel.time, "10:30")
    assert panel.flush()
    [visit] = window.store.list_visits()
    assert (visit.on, visit.at) == (dt.date(2026, 12, 10), "10:30")


def test_a_records_day_can_be_picked_on_a_calendar_from_the_keyboard(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from PySide6.QtCore import QDate

    window = launch()
    panel = open_part(window, "numbers")
    panel.add_button.click()
    type_into(qtbot, panel.value, "1.3")
    panel.day.edit.setFocus()
    qtbot.keyClick(panel.day.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.day.calendar is not None and panel.day.calendar.isVisible())
    calendar = panel.day.calendar
    calendar.activated.emit(QDate(2026, 11, 2))  # Enter on a day
    assert not calendar.isVisible() and panel.day.text() == "2 November 2026"
    assert panel.flush()
    [result] = window.store.list_lab_results()
    assert result.taken_on == dt.date(2026, 11, 2)


def test_a_person_added_to_the_care_team_can_be_chosen_for_a_visit_at_once(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    visits = open_part(window, "visits")
    visits.add_button.click()
    type_into(qtbot, visits.what_for, "Blood tests")
    assert visits.flush()
    team = open_part(window, "care-team")
    team.add_button.click()
    type_into(qtbot, team.name_edit, "Dr. Ana Rivera")
    assert team.flush()
    open_part(window, "visits")
    assert visits.who.findText("Dr. Ana Rivera") >= 0  # no restart needed
    assert visits.what_for.text() == "Blood tests"
