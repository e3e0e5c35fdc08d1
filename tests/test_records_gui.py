"""The "My records" tab used as a person would: medicines, treatments, the care team and visits, typed
in and saved as they type, with what the handbook says beside them and nothing applied behind their back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from records_gui_helpers import copy_example, open_part, type_into

TODAY = dt.date.today()


@pytest.fixture
def example(handbook, data_dir, tmp_path_factory):  # type: ignore[no-untyped-def]
    copy_example(handbook, tmp_path_factory.getbasetemp(), data_dir)
    return data_dir


def test_my_records_comes_after_my_handbook_with_its_parts_listed(launch) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    ids = [view.tab_id for view in window.section_views()]
    assert ids.index("records") == ids.index("diary") + 1 == ids.index("my-handbook") + 2  # My diary between
    view = window.tab_views.view("records")
    titles = [view.page_list.item(i).text() for i in range(view.page_list.count())]
    assert titles == [
        "At a glance",
        "My medicines",
        "My treatments",
        "My care team",
        "My visits",
        "My numbers",
        "My liver scores",
    ]


def test_a_medicine_typed_in_is_saved_as_typed_and_a_brand_finds_its_handbook_page(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    panel = open_part(window, "medicines")
    panel.add_button.click()
    assert "Not saved yet" not in panel.status.text()
    type_into(qtbot, panel.name_edit, "Nexavar")
    type_into(qtbot, panel.dose, "2 tablets")
    type_into(qtbot, panel.how_often, "twice a day, with food")
    type_into(qtbot, panel.started.edit, "March 2026")
    assert panel.flush()
    saved = window.store.list_medicines()
    assert [(m.name, m.drug_id, m.dose, m.how_often, m.started.shown) for m in saved] == [  # type: ignore[union-attr]
        ("Nexavar", "sorafenib", "2 tablets", "twice a day, with food", "March 2026")
    ]
    assert panel.record_list.item(0).text() == "Nexavar (sorafenib): 2 tablets, twice a day, with food"
    assert panel.drug_box.currentData() == "sorafenib"
    assert "Signs of liver trouble" in panel.signs_label.text()  # its "call at once" signs
    assert "Other medicines and your cancer drug" in panel.cautions_label.text()
    assert panel.read_button.isVisible()
    with qtbot.waitSignal(panel.link_activated) as followed:
        panel.read_button.click()
    assert followed.args[0].toString() == "page:targeted-therapy"
    assert "mg" not in panel.about_drug.text() + panel.signs_label.text()  # never a dose


def test_an_nsaid_or_a_herb_shows_the_handbooks_caution(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    panel = open_part(window, "medicines")
    panel.add_button.click()
    type_into(qtbot, panel.name_edit, "Advil")
    assert "Anti-inflammatory pain medicines (NSAIDs)" in panel.cautions_label.text()
    assert panel.flush()
    panel.add_button.click()
    type_into(qtbot, panel.name_edit, "Turmeric capsules")
    panel.origin_box.setCurrentIndex(panel.origin_box.findData("herbal"))
    panel.origin_box.activated.emit(panel.origin_box.currentIndex())
    assert "Herbal products can harm the liver" in panel.cautions_label.text()
    assert "no page about this medicine" in panel.about_drug.text()
    assert panel.flush()
    assert [m.origin for m in window.store.list_medicines()] == ["prescribed", "herbal"]


def test_words_that_cannot_be_saved_yet_stay_and_say_why(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    panel = open_part(window, "medicines")
    panel.add_button.click()
    type_into(qtbot, panel.dose, "1 spoon")
    assert not panel.flush()
    assert panel.status.text() == "Not saved yet: Give the medicine a name."
    assert not window.flush_all()  # quitting now would ask first: the words are not lost silently
    type_into(qtbot, panel.started.edit, "31 February 2026")
    assert not panel.flush() and "Started:" in panel.status.text()
    panel.started.edit.clear()
    type_into(qtbot, panel.name_edit, "Cough syrup")
    assert panel.flush() and window.flush_all()
    assert [(m.name, m.dose) for m in window.store.list_medicines()] == [("Cough syrup", "1 spoon")]
    assert panel.status.text().startswith("Saved")


def test_a_new_medicine_left_empty_is_not_kept(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    panel = open_part(window, "medicines")
    panel.add_button.click()
    assert panel.record_list.count() == 1 and panel.flush()
    panel.add_button.click()  # a second press: still one new one
    assert panel.record_list.count() == 1
    panel.remove_button.click()
    assert panel.record_list.count() == 0 and window.store.list_medicines() == []


def test_removing_a_medicine_can_be_undone(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    panel = open_part(window, "medicines")
    panel.add_button.click()
    type_into(qtbot, panel.name_edit, "Lactulose")
    assert panel.flush()
    panel.record_list.setFocus()
    qtbot.keyClick(panel.record_list, Qt.Key.Key_Delete)
    assert window.store.list_medicines() == []
    assert panel.undo_bar.isVisible() and "Lactulose" in panel.undo_bar.label.text()
    panel.undo_bar.button.click()
    assert [m.name for m in window.store.list_medicines()] == ["Lactulose"]
    assert panel.record_list.item(0).text() == "Lactulose"


def test_a_treatment_line_joins_the_timeline_and_its_suggestion_waits_for_a_yes(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    panel = open_part(window, "treatments")
    panel.add_button.click()
    for row in range(panel.drugs.count()):
        if panel.drugs.item(row).data(Qt.ItemDataRole.UserRole) == "atezolizumab":
            panel.drugs.item(row).setCheckState(Qt.CheckState.Checked)
    type_into(qtbot, panel.started.edit, "5 August 2026")
    assert panel.flush()
    [line] = window.store.list_treatment_lines()
    assert (line.kind, line.drug_ids, line.started.shown) == ("drugs", ("atezolizumab",), "5 August 2026")  # type: ignore[union-attr]
    assert panel.timeline.isVisible() and "Atezolizumab" in panel.timeline.accessibleDescription()
    box = panel.suggestions
    assert box.isVisible() and [s.tag for s in box.suggestions] == ["immunotherapy"]
    assert "immunotherapy" not in window.core.situation.tags  # suggested, never applied by itself
    box.rows[0].findChildren(type(panel.add_button))[0].click()  # "Add to My situation"
    assert "immunotherapy" in window.store.get_situation().tags
    assert "was added to My situation" in box.message.text()


def test_not_now_puts_a_suggestion_off(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    panel = open_part(window, "treatments")
    panel.add_button.click()
    panel.kind_box.setCurrentIndex(panel.kind_box.findData("tace"))
    panel.kind_box.activated.emit(panel.kind_box.currentIndex())
    type_into(qtbot, panel.started.edit, "2026")
    assert panel.flush()
    assert [s.tag for s in panel.suggestions.suggestions] == ["embolization"]
    panel.suggestions.put_off("embolization")
    assert not panel.suggestions.isVisible() and window.core.situation.tags == frozenset()


def test_one_person_is_the_one_to_call_and_the_app_says_it_calls_nobody(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    panel = open_part(window, "care-team")
    panel.add_button.click()
    panel.urgent_box.click()  # no name yet: it cannot be chosen, and says so
    assert not panel.urgent_box.isChecked() and "name first" in panel.status.text()
    type_into(qtbot, panel.name_edit, "Nurse Jo")
    type_into(qtbot, panel.phone_night, "555-0199")
    panel.urgent_box.click()
    panel.add_button.click()
    type_into(qtbot, panel.name_edit, "Dr. Lee")
    panel.urgent_box.click()
    assert window.store.urgent_contact().name == "Dr. Lee"  # type: ignore[union-attr]
    assert [c.urgent for c in window.store.list_contacts()] == [False, True]
    assert "Who to call for urgent problems: Dr. Lee." in panel.urgent_label.text()
    assert any(
        "never calls, messages or sends anything" in label.text()
        for label in panel.findChildren(type(panel.urgent_label))
    )


def test_a_visit_takes_questions_and_keeps_what_was_understood(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.store.add_own_question("Is the treatment working?")
    panel = open_part(window, "visits")
    panel.add_button.click()
    type_into(qtbot, panel.what_for, "Scan results")
    assert panel.pick.currentText() == "Is the treatment working?"
    panel.take_button.click()
    type_into(qtbot, panel.q_understood, "The tumours are a bit smaller.")
    panel.q_again.click()
    type_into(qtbot, panel.understood, "Keep the same drips; scan again in 3 months.")
    assert panel.flush()
    [visit] = window.store.list_visits()
    assert visit.what_for == "Scan results" and visit.understood.startswith("Keep the same drips")
    [question] = visit.questions
    assert (question.text, question.understood, question.ask_again) == (
        "Is the treatment working?",
        "The tumours are a bit smaller.",
        True,
    )
    assert "(ask again)" in panel.question_list.item(0).text()


def test_the_example_person_shows_in_every_part(launch, example) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    glance = open_part(window, "glance")
    assert glance.next_visit[0].text().startswith("Your next visit:")
    assert "Sam Patel, RN" in glance.urgent[0].text()
    assert "Child-Pugh class B" in glance.scores[0].text()
    assert open_part(window, "medicines").record_list.count() == 7
    assert open_part(window, "treatments").record_list.count() == 2
    assert open_part(window, "care-team").record_list.count() == 3
    visits = open_part(window, "visits")
    assert visits.record_list.count() == 3 and visits.current.on >= TODAY  # the next visit is chosen
    numbers = open_part(window, "numbers")
    assert numbers.record_list.count() >= 9 and numbers.chart.data is not None
    scores = open_part(window, "scores")
    assert scores.cp_box.title.text().startswith("Child-Pugh score: 9 points, class B")


def test_stray_keys_on_a_closed_list_never_change_the_medicine(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    """TRIAL-5: focus left on "In the handbook it is"; stray keys made "Sorafenib" fentanyl's."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window = launch()
    panel = open_part(window, "medicines")
    panel.add_button.click()
    type_into(qtbot, panel.name_edit, "Sorafenib")
    assert panel.drug_box.currentData() == "sorafenib"
    panel.drug_box.setFocus()
    for key in (
        Qt.Key.Key_Down,
        Qt.Key.Key_Up,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_End,
        Qt.Key.Key_F,
        Qt.Key.Key_Home,
    ):
        qtbot.keyClick(panel.drug_box, key)
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(5, 5),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(panel.drug_box, wheel)
    for box in (panel.origin_box,):
        before = box.currentIndex()
        qtbot.keyClick(box, Qt.Key.Key_Down)
        assert box.currentIndex() == before
    assert panel.drug_box.currentData() == "sorafenib"
    assert panel.flush()
    assert [m.drug_id for m in window.store.list_medicines()] == ["sorafenib"]
    assert "fentanyl" not in panel.record_list.item(0).text().lower()
    panel.drug_box.showPopup()  # an open list is a deliberate choice: the arrows move in it
    qtbot.waitUntil(panel.drug_box.view().isVisible)
    qtbot.keyClick(panel.drug_box.view(), Qt.Key.Key_Down)
    qtbot.keyClick(panel.drug_box.view(), Qt.Key.Key_Return)
    assert panel.drug_box.currentData() != "sorafenib"
