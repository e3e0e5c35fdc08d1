"""Every part of "My records" by keyboard and screen reader, in read-only mode, after Delete all, from
search, and at the largest text size on a 1366x768 laptop."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel

from key_bindings import bound_twice
from liverbook.ui.appearance.zoom import STEPS
from liverbook.ui.views.records.records_view import PARTS
from records_gui_helpers import copy_example, open_part, type_into
from test_accessibility import unnamed


@pytest.fixture
def example(handbook, data_dir, tmp_path_factory):  # type: ignore[no-untyped-def]
    copy_example(handbook, tmp_path_factory.getbasetemp(), data_dir)
    return data_dir


def test_every_part_has_named_controls_and_no_key_bound_twice(launch, example) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    for part, _title, _what in PARTS:
        panel = open_part(window, part)
        undo = getattr(panel, "undo_bar", None)
        if undo is not None:
            undo.show()  # shown after a removal: its Undo key must be free too
        assert bound_twice(window) == {}, part
        assert unnamed(panel) == [], part


def test_the_parts_list_then_the_part_are_reached_by_keyboard(launch, qtbot, example) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    open_part(window, "glance")
    view = window.tab_views.view("records")
    view.page_list.setFocus()
    qtbot.keyClick(view.page_list, Qt.Key.Key_Down)  # arrow keys move through the parts
    assert view.stack.currentWidget() is view.panel("medicines")
    panel = view.panel("medicines")
    window.focusNextPrevChild(True)
    seen = []
    for _ in range(6):
        seen.append(window.focusWidget())
        window.focusNextPrevChild(True)
    assert panel.record_list in seen and panel.add_button in seen  # into the part, the list first


def test_read_only_shows_the_records_and_changes_nothing(qtbot, handbook, example, prompts) -> None:  # type: ignore[no-untyped-def]
    from app_helpers import make_core
    from liverbook.store.store import Store
    from liverbook.ui.window.main_window import MainWindow

    store = Store.open_read_only(example, None)
    core = make_core(handbook, example, store, "The folder cannot be written to.")
    window = MainWindow(core, prompts)
    qtbot.addWidget(window)
    window.show()
    try:
        medicines = open_part(window, "medicines")
        assert medicines.record_list.count() == 7
        assert medicines.banner.isVisible() and "Read only" in medicines.banner.text()
        assert not medicines.add_button.isEnabled() and not medicines.remove_button.isEnabled()
        assert medicines.name_edit.isReadOnly() and not medicines.origin_box.isEnabled()
        assert medicines.read_button.isEnabled()  # reading the handbook's page still works
        qtbot.keyClicks(medicines.name_edit, "changed")
        assert medicines.flush() and store.list_medicines()[0].name == "Tecentriq"
        scores = open_part(window, "scores")
        assert not any(b.isEnabled() for b in scores.ascites[1].buttons())
        assert scores.cp_box.title.text().startswith("Child-Pugh score:")
        assert not open_part(window, "treatments").suggestions.isVisible()
    finally:
        window.close()
        core.close()


def test_delete_all_empties_every_part(launch, example, prompts) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    medicines = open_part(window, "medicines")
    glance = open_part(window, "glance")
    assert medicines.record_list.count() == 7
    window.data_actions.delete_all()
    assert prompts.confirmations and prompts.confirmations[-1]["destructive"]
    assert medicines.record_list.count() == 0 and medicines.current is None
    assert glance.urgent[0].text().startswith("Nobody is chosen yet")
    assert open_part(window, "numbers").record_list.count() == 0


def test_a_search_result_opens_the_record_where_it_lives(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    panel = open_part(window, "care-team")
    panel.add_button.click()
    type_into(qtbot, panel.name_edit, "Dr. Quennell")
    assert panel.flush()
    contact = window.store.list_contacts()[0]
    window.show_tab(0)
    window.focus_search()
    qtbot.keyClicks(window.search_field, "Quennell")
    qtbot.waitUntil(lambda: window.search_results.current() is not None)
    result = window.search_results.current()
    assert result.kind == "record" and result.key == f"contact:{contact.id}"
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.current_view().tab_id == "records"
    assert open_part(window, "care-team").current.id == contact.id


@pytest.mark.parametrize("part", [p for p, _, _ in PARTS])
def test_each_part_fits_the_laptop_at_the_largest_text(launch, qtbot, part, example) -> None:  # type: ignore[no-untyped-def]
    from liverbook.ui.appearance.zoom import cramped_widgets

    window = launch()
    window.setGeometry(QRect(0, 0, 1366, 740))
    window.zoom.set_percent(STEPS[-1])
    panel = open_part(window, part)
    window.fitting.make_room()
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 740
    cramped = [c for c in cramped_widgets(panel) if "needs scrolling sideways" in c]
    assert cramped == [], cramped
    assert panel.isVisible() and panel.width() > 200


def test_the_next_visit_is_said_where_the_reader_looks_first(launch, example) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    mine = window.tab_views.view("my-handbook")
    intro = mine.entries[0].render(False)
    assert "Your next visit:" in intro and str(dt.date.today().year) in intro


def test_who_to_call_is_on_the_when_to_get_help_page_and_follows_the_care_team(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    from liverbook.core.keys import EntryKey

    window = launch()
    window.open_key(EntryKey.page("when-to-call"))
    reader = window.current_view().reader
    assert "Choose who to call in My records" in reader.toPlainText()
    panel = open_part(window, "care-team")
    panel.add_button.click()
    type_into(qtbot, panel.name_edit, "Nurse Jo")
    type_into(qtbot, panel.phone_night, "555-0199")
    panel.urgent_box.click()
    window.open_key(EntryKey.page("when-to-call"))
    text = window.current_view().reader.toPlainText()
    assert "Who to call for urgent problems (from My care team): Nurse Jo. After hours: 555-0199." in text
    assert "never calls or messages anyone" in text


@pytest.mark.parametrize("button", ["print_medicines", "print_card"])
def test_the_printouts_are_saved_where_the_person_says_and_the_message_says_where(  # type: ignore[no-untyped-def]
    launch, example, prompts, tmp_path, button
) -> None:
    target = tmp_path / "out" / "mine.pdf"
    target.parent.mkdir()
    prompts.saved_path = target
    window = launch()
    glance = open_part(window, "glance")
    getattr(glance, button).click()
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    title, message = prompts.told[-1]
    assert title == "Saved as a PDF" and "mine.pdf" in message and str(target.parent) in message
    prompts.saved_path = None  # cancelled: nothing written, nothing said
    told = len(prompts.told)
    getattr(glance, button).click()
    assert len(prompts.told) == told


def test_without_a_store_every_part_says_why_and_nothing_breaks(qtbot, handbook, data_dir, prompts) -> None:  # type: ignore[no-untyped-def]
    from app_helpers import make_core
    from liverbook.ui.window.main_window import MainWindow

    core = make_core(handbook, data_dir, None, "Your notes were saved by a newer version of the handbook.")
    window = MainWindow(core, prompts)
    qtbot.addWidget(window)
    window.show()
    try:
        for part, _title, _what in PARTS:
            panel = open_part(window, part)
            shown = " ".join(label.text() for label in panel.findChildren(QLabel) if label.isVisible())
            assert "newer version" in shown, part
        assert window.flush_all()
    finally:
        window.close()
        core.close()
