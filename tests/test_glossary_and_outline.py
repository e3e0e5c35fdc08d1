"""A glossary word reached with the keyboard explains itself beside the word; "On this page" lists
every page's sections and links, and takes keyboard (and screen reader) users to them."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from liverbook.core.keys import EntryKey
from liverbook.render import page_html
from liverbook.ui.widgets.outline import outline_entries


def active(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def tab_to_a_word(window, reader, qtbot):  # type: ignore[no-untyped-def]
    """Press Tab in the page until a glossary word is reached; its address."""
    reader.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(40):
        QTest.keyClick(reader, Qt.Key.Key_Tab)
        href = reader.textCursor().charFormat().anchorHref()
        if href.startswith("term:"):
            qtbot.waitUntil(window.term_help.popup.isVisible)
            return href
    raise AssertionError("no glossary word on the page")


def word_rect(window, reader) -> QRect:  # type: ignore[no-untyped-def]
    cursor = reader.textCursor()
    start = type(cursor)(cursor)
    start.setPosition(cursor.selectionStart())
    rect = reader.cursorRect(start)
    return QRect(reader.viewport().mapTo(window, rect.topLeft()), rect.size())


def test_a_word_reached_with_tab_shows_its_meaning_beside_it(launch, qtbot, handbook) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    active(window, qtbot)
    reader = window.current_view().reader
    href = tab_to_a_word(window, reader, qtbot)
    term = handbook.terms[href.removeprefix("term:")]
    popup = window.term_help.popup
    assert popup.isVisible() and term.definition in popup.label.text()
    word = word_rect(window, reader)
    assert 0 <= popup.y() - word.bottom() <= 12 or 0 <= word.top() - popup.geometry().bottom() <= 12
    assert abs(popup.x() - word.left()) <= 12 or popup.geometry().right() >= window.width() - 12
    assert term.definition in window.status_line.line.full_text  # also said in the status bar
    assert QApplication.focusWidget() is reader  # it never takes the focus
    QTest.keyClick(reader, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_the_next_tab_takes_the_meaning_away(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    active(window, qtbot)
    reader = window.current_view().reader
    first = tab_to_a_word(window, reader, qtbot)
    popup = window.term_help.popup
    shown_at = popup.geometry()
    QTest.keyClick(reader, Qt.Key.Key_Tab)
    qtbot.wait(20)
    now = reader.textCursor().charFormat().anchorHref()
    if now.startswith("term:") and now != first:
        assert popup.isVisible() and popup.geometry() != shown_at  # the next word's, beside it
    else:
        assert not popup.isVisible()
    window.search_field.setFocus()
    assert not popup.isVisible()


def test_enter_on_a_word_shows_it_beside_the_word_not_at_the_mouse(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    active(window, qtbot)
    reader = window.current_view().reader
    tab_to_a_word(window, reader, qtbot)
    QTest.keyClick(reader, Qt.Key.Key_Escape)
    QTest.keyClick(reader, Qt.Key.Key_Return)
    popup = window.term_help.popup
    assert popup.isVisible()
    assert 0 <= popup.y() - word_rect(window, reader).bottom() <= 12


def test_every_page_lists_its_sections_and_links(launch, handbook) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    reader = window.current_view().reader
    for page in handbook.pages:
        source = page_html(handbook, page)
        reader.setHtml(source)
        entries = outline_entries(reader.document())
        headings = [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<h[123][^>]*>(.*?)</h[123]>", source)]
        sections = [e.text for e in entries if e.kind == "section"]
        assert len(sections) == len(headings), page.id
        targets = {e.href for e in entries if e.kind != "section"}
        for href in set(re.findall(r'href="((?:page|term):[^"]+)"', source)):
            assert href in targets, f"{page.id}: {href}"
        assert not any(e.href.startswith("#") for e in entries)


def test_on_this_page_takes_the_reader_to_a_section_and_follows_links(launch, qtbot, handbook) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    view = window.current_view()
    outline = view.outline
    assert outline.isVisible() and outline.list.count() > 3
    last_section = max(i for i, e in enumerate(outline.entries) if e.kind == "section")
    outline.list.setCurrentRow(last_section)
    outline.list.itemActivated.emit(outline.list.item(last_section))
    bar = view.reader.verticalScrollBar()
    assert bar.value() > 0
    cursor = view.reader.textCursor()
    assert cursor.block().text().strip() == outline.entries[last_section].text
    at_top = 0 <= view.reader.cursorRect().top() <= view.reader.fontMetrics().height() * 2
    assert at_top or bar.value() == bar.maximum()  # (the last section may be too near the end)
    link = next(i for i, e in enumerate(outline.entries) if e.kind == "page")
    target = outline.entries[link].href
    outline.list.itemActivated.emit(outline.list.item(link))
    assert window.current_view().current_key() == EntryKey.parse(target)


def test_a_screen_reader_hears_what_each_entry_is(launch) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    outline = window.current_view().outline
    interface = QAccessible.queryAccessibleInterface(outline.list)
    assert interface.text(QAccessible.Text.Name) == "On this page"
    names = []
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None and child.role() == QAccessible.Role.ListItem:
            names.append(child.text(QAccessible.Text.Name))
    assert names and names[0].startswith("Section: ")
    assert any(name.startswith("Glossary word ") for name in names)
    assert any(name.startswith("Link to the page ") for name in names)


def test_a_word_chosen_in_on_this_page_is_explained_beside_the_list(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    active(window, qtbot)
    outline = window.current_view().outline
    row = next(i for i, e in enumerate(outline.entries) if e.kind == "term")
    outline.list.setFocus()
    outline.list.setCurrentRow(row)
    outline.list.itemActivated.emit(outline.list.item(row))
    popup = window.term_help.popup
    item = outline.list.visualItemRect(outline.list.item(row))
    item_top = outline.list.viewport().mapTo(window, item.topLeft()).y()
    assert popup.isVisible() and abs(popup.y() - (item_top + item.height())) <= 12
    assert window.focusWidget() is outline.list


def test_the_welcome_message_is_what_a_screen_reader_reads(launch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    dialog = launch().show_welcome()
    label = next(lb for lb in dialog.findChildren(QLabel) if "plain words" in lb.text())
    name = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
    assert "does not replace your care team" in name and "plain words" in name


def test_a_word_chosen_in_on_this_page_closes_on_esc_on_the_next_key_and_when_typing_elsewhere(
    launch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    active(window, qtbot)
    outline = window.current_view().outline
    popup = window.term_help.popup
    row = next(i for i, e in enumerate(outline.entries) if e.kind == "term")

    def choose() -> None:
        outline.list.setFocus()
        outline.list.setCurrentRow(row)
        QTest.keyClick(outline.list, Qt.Key.Key_Return)
        assert popup.isVisible()

    choose()
    QTest.keyClick(outline.list, Qt.Key.Key_Escape)
    assert not popup.isVisible() and window.isVisible() and outline.list.hasFocus()
    choose()
    QTest.keyClick(outline.list, Qt.Key.Key_Down)  # moving on in the list
    assert not popup.isVisible() and outline.list.currentRow() == row + 1
    choose()
    window.notes.new_button.click()
    QTest.keyClicks(window.notes.editor, "a note")
    assert not popup.isVisible()
