"""The keyboard, as people use it: radio groups like every platform's, Tab in the order things are
seen, and jumps that put what was asked for at the top of the view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton

from liverbook.store import Situation


def focus_path(window, start, steps: int) -> list:  # type: ignore[no-untyped-def]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(steps):
        seen.append(window.focusWidget())
        window.focusNextPrevChild(True)
    return seen


def test_my_situation_radio_groups_behave_as_on_every_platform(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.apply_situation(Situation(tags=frozenset({"stage-2"})))
    window.show_situation()
    dialog = window.dialogs.get("situation")
    chosen = dialog.boxes["stage-2"]
    stage_radios = [b for b in dialog.groups["stage"].buttons()]
    # Tab reaches a group at its chosen button, and only there.
    reachable = [r for r in stage_radios if r.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert reachable == [chosen]
    path = focus_path(dialog, dialog.skip_button, 4)
    assert chosen in path and dialog.boxes["stage-1"] not in path
    # The arrow keys move the choice, not only the focus.
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    chosen.setFocus()
    QTest.keyClick(chosen, Qt.Key.Key_Down)
    assert dialog.boxes["stage-3"].isChecked() and dialog.focusWidget() is dialog.boxes["stage-3"]
    QTest.keyClick(dialog.boxes["stage-3"], Qt.Key.Key_Down)
    assert "stage-4" in dialog.situation().tags
    assert "stage-3" not in dialog.situation().tags


def test_a_group_with_nothing_chosen_is_reached_at_not_sure(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.show_situation()
    group = window.dialogs.get("situation").groups["stage"]
    reachable = [r for r in group.buttons() if r.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert len(reachable) == 1 and reachable[0].isChecked() and "Not sure" in reachable[0].text()


def test_the_visit_report_choices_behave_as_radio_groups_too(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = launch().show_summary()
    for group in (dialog.period_group,):
        radios = [b for b in group.buttons() if isinstance(b, QRadioButton)]
        reachable = [r for r in radios if r.focusPolicy() & Qt.FocusPolicy.TabFocus]
        assert reachable == [group.checkedButton()]


def test_the_glossary_filter_comes_before_its_list_and_page(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.show_tab(window.tabs.indexOf(window.glossary_view))
    path = focus_path(window, window.tabs.tabBar(), 5)
    view = window.glossary_view
    assert path[1:5] == [view.filter_edit, view.page_list, view.outline.list, view.reader]


def test_the_toolbar_buttons_are_on_the_tab_path(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    path = focus_path(window, window.search_field, 5)
    buttons = [window.toolbar.widgetForAction(a) for a in (window.situation_action, window.summary_action)]
    assert all(b in path for b in buttons)
    buttons[0].setFocus()
    QTest.keyClick(buttons[0], Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: window.dialogs.get("situation") is not None and window.dialogs.get("situation").isVisible()
    )


# -- jumps put the place at the top ----------------------------------------------------------------------


def near_top(view) -> bool:  # type: ignore[no-untyped-def]
    cursor = view.textCursor()
    start = type(cursor)(cursor)
    start.setPosition(cursor.selectionStart())
    top = view.cursorRect(start).top()
    return 0 <= top <= view.fontMetrics().height() * 2


def test_help_lines_are_shown_at_the_top_of_the_page(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.show_help_lines()
    reader = window.current_view().reader
    assert reader.textCursor().selectedText() == "Free help lines"
    assert reader.verticalScrollBar().value() > 0  # it is far down the page
    assert near_top(reader)


def test_a_search_hit_in_a_page_is_shown_at_the_top(launch, qtbot, handbook) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.focus_search()
    qtbot.keyClicks(window.search_field, "help lines")
    qtbot.waitUntil(lambda: window.search_results.list.count() > 0)
    result = window.search_results.current()
    window.open_result(result)
    reader = window.current_view().reader
    if reader.verticalScrollBar().value() > 0:
        assert near_top(reader)


def test_a_search_hit_in_a_long_note_is_shown_at_the_top(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    lines = [f"line {n} about nothing much" for n in range(300)]
    lines[200] = "the appointment with Dr Rivera"
    window.store.add_note("\n".join(lines))
    window.notes.refresh_list()
    window.focus_search()
    qtbot.keyClicks(window.search_field, "Rivera")
    qtbot.waitUntil(lambda: window.search_results.list.count() > 0)
    window.open_result(window.search_results.current())
    editor = window.notes.editor
    assert editor.textCursor().selectedText().lower() == "rivera"
    assert editor.firstVisibleBlock().blockNumber() == 200
    assert QApplication.focusWidget() is editor or window.focusWidget() is editor


def test_skip_for_now_only_while_no_situation_was_told(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.show_dialog("situation", True)  # as the welcome opens it (from the menu: Cancel)
    assert window.dialogs.get("situation").skip_button.text().replace("&", "") == "Skip for now"
    window.dialogs.get("situation").close()
    window.apply_situation(Situation(tags=frozenset({"stage-4"})))
    window.show_situation()
    button = window.dialogs.get("situation").skip_button.text().replace("&", "")
    assert button == "Cancel" and "Skip" not in button
