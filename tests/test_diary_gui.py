"""My diary in the window, as a reader uses it: check in by keyboard, see what to do after a warning
sign, change or delete a past check-in, read the trend, and everything around it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from shiboken6 import isValid

from liverbook.records.model import Contact
from liverbook.store import Store
from liverbook.store.diary_model import Alert, Answer, DiaryPrefs, NewEntry


def diary_tab(window):  # type: ignore[no-untyped-def]
    view = window.tab_views.view("diary")
    window.show_tab(window.tab_views.views.index(view))
    return view


def open_check_in(window, qtbot, entry_id=None):  # type: ignore[no-untyped-def]
    dialog = window.diary_actions.check_in(entry_id)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def closed(dialog) -> bool:  # type: ignore[no-untyped-def]
    """A check-in that is done is closed and then deleted."""
    return not isValid(dialog) or not dialog.isVisible()


def press(qtbot, dialog, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    target = dialog.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def test_the_diary_tab_follows_my_handbook(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles.index("My diary") == titles.index("My handbook") + 1
    view = diary_tab(window)
    qtbot.waitUntil(lambda: view.overview.last_line.text() == "No check-ins yet.")
    assert "contacts no one" in " ".join(
        w.text() for w in view.overview.findChildren(type(view.overview.last_line))
    )


def test_a_check_in_by_keyboard_alone(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.diary_actions.check_in_action.trigger()  # Ctrl+Shift+D
    dialog = window.dialogs.get("checkin")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog and dialog.focusWidget() is not None)
    pain = dialog.inputs["pain"]
    assert dialog.focusWidget() is pain.choices.buttons[0]  # it starts at the first question
    press(qtbot, dialog, Qt.Key.Key_3)  # a digit answers a 0 to 10 scale
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is pain.detail
    qtbot.keyClicks(pain.detail, "under the ribs")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    tired = dialog.inputs["tiredness"]
    assert dialog.focusWidget() is tired.choices.buttons[0]  # one Tab reaches the next question
    press(qtbot, dialog, Qt.Key.Key_Right)  # the first arrow chooses "Not at all"
    press(qtbot, dialog, Qt.Key.Key_Right)  # the next "A little (mild)"
    press(qtbot, dialog, Qt.Key.Key_Tab)
    press(qtbot, dialog, Qt.Key.Key_Down)
    press(qtbot, dialog, Qt.Key.Key_Delete)  # appetite answered, then taken back
    assert tired.choices.value() == 1.0 and dialog.inputs["appetite"].choices.value() is None
    press(qtbot, dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Done
    qtbot.waitUntil(lambda: closed(dialog))
    entry = window.core.store.latest_entries(1)[0]
    assert {(a.item_id, a.value, a.text) for a in entry.answers} == {
        ("pain", 3.0, "under the ribs"),
        ("tiredness", 1.0, None),
    }
    assert entry.answered_by == "patient"
    view = window.tab_views.view("diary")
    assert window.current_view() is view and "2 answers" in view.overview.last_line.text()


def test_answers_are_saved_as_they_are_given_without_pressing_done(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    dialog = open_check_in(window, qtbot)
    assert "Nothing answered yet" in dialog.status.text()
    dialog.inputs["pain"].choices.buttons[5].click()
    qtbot.waitUntil(lambda: window.core.store.count_entries() == 1, timeout=3000)
    assert dialog.status.text() == "Saved."
    dialog.inputs["note"].note.setPlainText("Words typed just before quitting")
    window.close()  # quitting saves what was typed: nothing is lost
    entry = window.core.store.latest_entries(1)[0]
    assert (
        entry.answer("note").text == "Words typed just before quitting" and entry.answer("pain").value == 5.0
    )


def test_a_go_now_sign_shows_calm_advice_that_stays_until_read(launch, qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    with Store.open(data_dir) as store:
        store.set_diary_prefs(DiaryPrefs(care_team_phone="555-0100"))
    window = launch()
    dialog = open_check_in(window, qtbot)
    dialog.inputs["black-stools"].choices.buttons[1].click()  # Yes
    dialog.done_button.click()
    view = window.tab_views.view("diary")
    panel = view.overview.advice
    qtbot.waitUntil(panel.isVisible)
    words = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert panel.title.text() == "Get help now" and "emergency" in panel.action.text()
    assert "bleeding inside the gut" in words
    assert panel.phone.text() == "Your care team's number: 555-0100"
    assert "does not contact anyone" in panel.no_contact.text()
    assert window.focusWidget() is panel  # it takes the keyboard, shown from its top
    assert panel.accessibleName() == "Get help now" and "555-0100" in panel.accessibleDescription()
    entry = window.core.store.latest_entries(1)[0]
    assert [(a.rule_id, a.level) for a in entry.alerts] == [("gut-bleeding", "go-now")]  # kept with the entry
    panel.page_buttons[0].click()  # the page is one click away
    assert window.current_view().current_key().id == "when-to-call"
    window.close()
    again = launch()  # not read yet: still there after a restart
    view = diary_tab(again)
    qtbot.waitUntil(view.overview.advice.isVisible)
    view.overview.advice.read_button.click()
    assert not view.overview.advice.isVisible()
    again.close()
    third = launch()
    view = diary_tab(third)
    qtbot.waitUntil(lambda: "Last check-in" in view.overview.last_line.text())
    assert not view.overview.advice.isVisible()


def test_the_advice_names_the_one_to_call_from_my_records(launch, qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    with Store.open(data_dir) as store:
        store.set_diary_prefs(DiaryPrefs(care_team_phone="555-0100"))
        store.add_contact(
            Contact(0, "Liver nurse line", phone_day="555-0111", phone_after_hours="555-0199", urgent=True)
        )
    window = launch()
    dialog = open_check_in(window, qtbot)
    dialog.inputs["confusion"].choices.buttons[1].click()
    dialog.done_button.click()
    panel = window.tab_views.view("diary").overview.advice
    qtbot.waitUntil(panel.isVisible)
    assert panel.phone.text() == "Call Liver nurse line. After hours: 555-0199. Daytime: 555-0111."


def test_a_past_check_in_is_changed_and_deleted_with_undo(launch, qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    when = dt.datetime(2026, 11, 2, 9, 30)
    with Store.open(data_dir) as store:
        first = store.add_entry(  # with the warning sign it met when it was saved (pain, new)
            NewEntry(when, when.replace(tzinfo=dt.timezone.utc), "carer", (Answer("pain", 2.0),)),
            (Alert("new-pain", "call-today", "1", "1"),),
        )
    window = launch()
    view = diary_tab(window)
    view.show_key(view.keys()[1])
    page = view.entries
    qtbot.waitUntil(lambda: page.list.count() == 1)
    assert (
        page.list.item(0).text()
        == "Mon 2 Nov 2026, 09:30 · Carer · 1 answer · \u26a0 Call your care team today"
    )
    assert "Pain: 2" in page.text.toPlainText()
    page.change_button.click()
    dialog = window.dialogs.get("checkin")
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Change a check-in" and dialog.inputs["pain"].choices.value() == 2.0
    assert dialog.who.value() == 1.0  # the carer answered it
    dialog.inputs["pain"].choices.buttons[4].click()
    dialog.done_button.click()
    qtbot.waitUntil(lambda: "Pain: 4" in page.text.toPlainText())
    assert window.core.store.count_entries() == 1 and window.core.store.get_entry(first.id).local == when
    page.delete_button.click()
    assert window.core.store.count_entries() == 0 and page.undo_bar.isVisible()
    assert "Deleted the check-in of Mon 2 Nov 2026" in page.undo_bar.label.text()
    page.undo_bar.button.click()
    assert window.core.store.count_entries() == 1 and page.list.count() == 1


def test_questions_turned_off_own_items_and_units(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    settings = window.show_dialog("diary_settings")
    qtbot.waitUntil(settings.isVisible)
    settings.item_boxes["worry"].setChecked(False)
    settings.own_name.setText("Leg cramps")
    settings.add_button.click()
    next(b for b in settings.unit_groups["weight"].buttons() if b.property("unit") == "lb").setChecked(True)
    settings.phone_edit.setText("555-0123")
    settings.phone_edit.textEdited.emit("555-0123")
    settings.close()
    assert window.core.store.get_diary_prefs() == DiaryPrefs("celsius", "lb", "555-0123")
    dialog = open_check_in(window, qtbot)
    assert "worry" not in dialog.inputs
    own = next(row for row in dialog.inputs.values() if row.item.label == "Leg cramps")
    assert [b.text() for b in own.choices.buttons] == [str(n) for n in range(11)]
    assert dialog.inputs["weight"].number.accessibleName() == "Weight (lb)"
    dialog.inputs["weight"].number.setText("154.3")
    dialog.inputs["weight"].number.textEdited.emit("154.3")
    dialog.done_button.click()
    entry = window.core.store.latest_entries(1)[0]
    assert entry.answer("weight").value == pytest.approx(69.989, abs=0.001)


def test_a_number_that_is_not_one_keeps_the_check_in_open_and_says_why(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    dialog = open_check_in(window, qtbot)
    field = dialog.inputs["temperature"].number
    qtbot.keyClicks(field, "hot")
    dialog.done_button.click()
    assert dialog.isVisible() and dialog.focusWidget() is field
    assert dialog.inputs["temperature"].problem.text() == "Please write a number, such as 37.2."
    assert "needs a look" in dialog.status.text()
    field.setText("37.9")
    field.textEdited.emit("37.9")
    dialog.done_button.click()
    qtbot.waitUntil(lambda: closed(dialog))


@pytest.fixture
def example(data_dir: Path, handbook):  # type: ignore[no-untyped-def]
    from liverbook.diary.example import make_example

    make_example(data_dir, handbook)
    return data_dir


def test_trends_show_a_chart_a_table_and_the_summary_in_words(launch, qtbot, example) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    view = diary_tab(window)
    view.show_key(view.keys()[2])
    trends = view.trends
    qtbot.waitUntil(lambda: trends.current_item() is not None and trends.current_item().id == "pain")
    trends.periods.button(1).setChecked(True)  # 3 months
    trends.loader.wait()  # read and drawn in a worker thread (tests/diary/test_trends_aside.py)
    expected = window.core.diary.summary("pain", "3m")
    assert trends.summary.text() == expected and expected.startswith("Pain: mostly")
    assert (
        trends.chart.accessibleDescription() == expected and trends.chart.data.title == "Pain: Last 3 months"
    )
    assert len(trends.chart.data.points) > 60
    trends.views.button(1).setChecked(True)  # the table
    rows = window.core.diary.table("pain", "3m")
    assert trends.table.rowCount() == len(rows) and trends.table.item(0, 0).text() == rows[0].date
    assert trends.stack.currentWidget() is trends.table
    weight = next(i for i, item in enumerate(trends.items) if item.id == "weight")
    trends.item_box.setCurrentIndex(weight)
    trends.loader.wait()
    assert trends.chart.data.unit == "kg" and trends.summary.text().startswith("Weight: from")
    fever = next(i for i, item in enumerate(trends.items) if item.id == "temperature")
    trends.item_box.setCurrentIndex(fever)
    trends.loader.wait()
    assert trends.chart.data.warnings  # the day of the fever is marked


def test_the_diary_as_a_spreadsheet_through_the_file_dialog(
    launch, qtbot, example, prompts, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    prompts.saved_path = tmp_path / "my diary"
    saved = window.diary_actions.export_action.trigger() or tmp_path / "my diary.csv"
    assert saved.exists() and saved.read_text(encoding="utf-8-sig").startswith("Date")
    _title, suggested = next(a for a in prompts.asked if a[0] == "Save my diary as a spreadsheet")
    assert suggested.endswith(".csv") and Path(suggested).parent.is_dir()  # Documents, or home: a real folder
    assert prompts.told[-1][0] == "Diary saved" and str(saved) in prompts.told[-1][1]


def test_diary_words_are_found_and_open_the_check_in(launch, qtbot, example) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.search_field.setText("shivery")
    results = window.core.search.search("shivery")
    found = next(r for r in results if r.kind == "diary")
    window.open_result(found)
    view = window.tab_views.view("diary")
    assert window.current_view() is view and view.entries.current_id() == found.key
    assert "Felt shivery in the evening." in view.entries.text.toPlainText()


def test_read_only_shows_the_diary_and_changes_nothing(qtbot, handbook, example, prompts) -> None:  # type: ignore[no-untyped-def]
    from app_helpers import make_core
    from liverbook.store import StoreReadOnly
    from liverbook.ui.window.main_window import MainWindow

    store = Store.open_read_only(example, StoreReadOnly("read only for this test"))
    core = make_core(handbook, example, store, "Read only: the folder cannot be written to.")
    window = MainWindow(core, prompts)
    qtbot.addWidget(window)
    window.show()
    view = diary_tab(window)
    qtbot.waitUntil(lambda: view.overview.problem.isVisible())
    assert (
        "cannot be changed" in view.overview.problem.text()
        and "cannot be written" in view.overview.problem.text()
    )
    assert (
        not view.overview.check_in_button.isEnabled() and not window.diary_actions.check_in_action.isEnabled()
    )
    assert window.diary_actions.check_in() is None
    view.show_key(view.keys()[1])
    qtbot.waitUntil(lambda: view.entries.list.count() > 0)
    assert not view.entries.change_button.isEnabled() and not view.entries.delete_button.isEnabled()
    assert view.entries.text.toPlainText().startswith(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
    window.close()
    core.close()


def test_delete_all_covers_the_diary(launch, qtbot, example, prompts) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    view = diary_tab(window)
    qtbot.waitUntil(lambda: "Last check-in" in view.overview.last_line.text())
    window.data_actions.delete_all()
    assert "diary" in prompts.asked[-1][1] and "diary" in prompts.told[-1][1]
    qtbot.waitUntil(lambda: view.overview.last_line.text() == "No check-ins yet.")
    assert window.core.store.count_entries() == 0
    QApplication.processEvents()


def test_space_on_a_chosen_answer_keeps_it(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    """TRIAL-5: pain chosen with the arrows, then Space "to confirm", saved the check-in without pain."""
    window = launch()
    dialog = open_check_in(window, qtbot)
    pain = dialog.inputs["pain"].choices
    pain.buttons[0].setFocus()
    for _ in range(5):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    assert pain.value() == 4.0
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    assert pain.value() == 4.0 and pain.buttons[4].isChecked()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Delete)  # taking it back is Delete's job
    assert pain.value() is None and not any(b.isChecked() for b in pain.buttons)
