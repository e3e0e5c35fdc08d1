"""Back and Forward: after a citation, a page link, a search result or a tab chosen from the Go
menu, Alt+Left (Go > Back, the mouse's back button, Backspace in a page) returns to where the
reader was, scrolled as it was, with the keyboard on the link they followed."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from liverbook.core.keys import EntryKey
from liverbook.ui.window.glossary_popups import selected_link


def active(launch, qtbot):  # type: ignore[no-untyped-def]
    """The window, started and holding the keyboard (keys go where they would for a person)."""
    window = launch()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def tab_to(qtbot, reader, prefix: str, presses: int = 200) -> str:  # type: ignore[no-untyped-def]
    """Press Tab in the page until a link whose address starts with ``prefix`` is selected."""
    reader.setFocus()
    for _ in range(presses):
        qtbot.keyClick(reader, Qt.Key.Key_Tab)
        href = selected_link(reader)
        if href.startswith(prefix):
            return href
    raise AssertionError(f"no link {prefix}... reached with Tab")


def test_alt_left_after_a_citation_returns_to_it_and_alt_right_goes_again(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = active(launch, qtbot)
    window.open_key(EntryKey.page("drugs-for-advanced-hcc"))
    reader = window.current_view().reader
    href = tab_to(qtbot, reader, "#")  # a citation: [1], [2]...
    before = reader.verticalScrollBar().value()
    qtbot.keyClick(reader, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reader.verticalScrollBar().value() > before + 200)  # at the sources
    assert window.navigation.back_action.isEnabled()
    qtbot.keyClick(reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: reader.verticalScrollBar().value() == before)
    assert selected_link(reader) == href and reader.hasFocus()  # Tab goes on from the citation
    qtbot.keyClick(reader, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: reader.verticalScrollBar().value() > before + 200)


def test_back_after_a_page_link_a_search_result_and_a_tab_from_the_go_menu(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = active(launch, qtbot)
    window.open_key(EntryKey.page("drugs-for-advanced-hcc"))
    start = window.current_view().current_key()
    tab_to(qtbot, window.current_view().reader, "page:")
    qtbot.keyClick(window.current_view().reader, Qt.Key.Key_Return)  # a page link
    followed = window.current_view().current_key()
    assert followed != start
    window.focus_search()
    qtbot.keyClicks(window.search_field, "ascites")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.current_view().current_key() == EntryKey.page("ascites")
    glossary = next(i for i, v in enumerate(window.tab_views.views) if v.tab_id == "glossary")
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + glossary), Qt.KeyboardModifier.AltModifier)
    assert window.current_view().tab_id == "glossary"
    for expected in (EntryKey.page("ascites"), followed, start):
        window.navigation.back_action.trigger()
        assert window.current_view().current_key() == expected
    assert not window.navigation.back_action.isEnabled()
    window.navigation.forward_action.trigger()
    assert window.current_view().current_key() == followed


def test_backspace_in_a_page_and_the_mouse_back_button_go_back(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = active(launch, qtbot)
    window.open_key(EntryKey.page("drugs-for-advanced-hcc"))
    start = window.current_view().current_key()
    window.current_view().reader.anchorClicked.emit(QUrl("page:ascites"))
    assert window.current_view().current_key() == EntryKey.page("ascites")
    qtbot.keyClick(window.current_view().reader, Qt.Key.Key_Backspace)
    assert window.current_view().current_key() == start
    window.navigation.forward_action.trigger()
    viewport = window.current_view().reader.viewport()
    press = QMouseEvent(
        QMouseEvent.Type.MouseButtonPress,
        QPointF(20, 20),
        viewport.mapToGlobal(QPointF(20, 20)),
        Qt.MouseButton.BackButton,
        Qt.MouseButton.BackButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, press)
    assert window.current_view().current_key() == start


def test_go_menu_numbers_put_the_keyboard_in_that_tabs_list_even_on_the_tab_shown(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = active(launch, qtbot)
    questions = next(i for i, v in enumerate(window.tab_views.views) if v.tab_id == "questions")
    window.navigation.go_to_tab(questions)
    window.current_view().reader.setFocus()
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + questions), Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.tab_views.views[questions].page_list
    assert "Questions to ask" in QApplication.focusWidget().accessibleName()


def test_ctrl_tab_keeps_the_keyboard_in_the_tab_now_shown(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = active(launch, qtbot)
    window.current_view().page_list.setFocus()
    qtbot.keyClick(window.current_view().page_list, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    focus = QApplication.focusWidget()
    assert focus is not None and focus.isVisible()
    assert window.current_view().isAncestorOf(focus)
