"""Search and the glossary, used as a reader would: type, pick a result, land on the words."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolTip

from liverbook.core.keys import EntryKey
from liverbook.ui.views.search_results import result_html


def search(window, qtbot, words: str) -> None:  # type: ignore[no-untyped-def]
    window.search_action.trigger()
    qtbot.keyClicks(window.search_field, words)


def test_ctrl_f_and_ctrl_k_go_to_the_search_field(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    keys = {s.toString() for s in window.search_action.shortcuts()}
    assert {QKeySequence(QKeySequence.StandardKey.Find).toString(), "Ctrl+K"} <= keys
    window.search_action.trigger()
    assert window.search_field.hasFocus() or window.focusWidget() is window.search_field
    assert window.search_field.isVisible()


def test_typing_shows_ranked_results_and_enter_opens_the_first_at_the_match(launch, qtbot, handbook) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    search(window, qtbot, "sorafenib")
    results = window.search_results
    assert window.center.currentWidget() is results
    first = results.current()
    assert first is not None and first.kind == "page"
    assert "sorafenib" in handbook.page(first.key).body.lower()
    assert "result" in results.heading.text()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.center.currentWidget() is window.tabs
    view = window.current_view()
    assert view.current_key() == EntryKey.page(first.key)
    assert view.reader.textCursor().selectedText().lower() == "sorafenib"


def test_plurals_and_half_typed_words_are_found(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    search(window, qtbot, "tumors")
    assert window.search_results.list.count() > 3
    window.search_field.clear()
    qtbot.keyClicks(window.search_field, "chemo")
    assert any("Chemotherapy" in window.search_results.list.item(i).text() for i in range(5))


def test_esc_goes_back_to_where_the_reader_was(launch, qtbot, handbook) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.show_tab(2)
    page = handbook.pages_in_tab("supportive-care")[3]
    window.open_key(EntryKey.page(page.id))
    search(window, qtbot, "ascites")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.search_results.list.hasFocus() or window.focusWidget() is window.search_results.list
    qtbot.keyClick(window.search_results.list, Qt.Key.Key_Escape)
    assert window.center.currentWidget() is window.tabs
    assert window.tabs.currentIndex() == 2 and window.current_view().current_key() == EntryKey.page(page.id)
    assert window.search_field.text() == ""


def test_nothing_found_says_so_plainly(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    search(window, qtbot, "zzqxv")
    assert window.search_results.list.count() == 0
    assert "Nothing found" in window.search_results.heading.text()


def test_notes_are_searched_and_opened_at_the_words(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.notes.new_button.click()
    qtbot.keyClicks(window.notes.editor, "Remember the <b>Elmwood</b> pharmacy")
    window.flush_all()
    search(window, qtbot, "elmwood")
    result = window.search_results.current()
    assert result is not None and result.kind == "note"
    html = window.search_results.list.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert "&lt;b&gt;" in html and "<b>Elmwood</b>" not in html
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.notes.editor.textCursor().selectedText() == "Elmwood"
    assert window.notes.editor.hasFocus() or window.focusWidget() is window.notes.editor


def test_a_deleted_note_is_no_longer_found(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.notes.new_button.click()
    qtbot.keyClicks(window.notes.editor, "Zanzibar trip")
    window.flush_all()
    search(window, qtbot, "zanzibar")
    assert window.search_results.list.count() == 1
    window.cancel_search()
    window.notes.delete_current()
    search(window, qtbot, "zanzibar")
    assert window.search_results.list.count() == 0


def test_matching_words_are_marked_in_results(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    search(window, qtbot, "ascites")
    result = window.search_results.current()
    assert result is not None
    assert any(hit for _, hit in result.snippet)
    assert "background-color" in result_html(result)


def test_glossary_lists_terms_a_to_z_with_a_filter(launch, qtbot, handbook) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    glossary = window.glossary_view
    window.show_tab(window.tabs.indexOf(glossary))
    titles = [glossary.page_list.item(i).text() for i in range(glossary.page_list.count())]
    assert len(titles) == len(handbook.terms)
    assert titles == sorted(titles, key=str.casefold)
    qtbot.keyClicks(glossary.filter_edit, "ascit")
    shown = glossary.shown_keys()
    assert shown[0] == EntryKey.term("ascites") and len(shown) < 4  # also words whose other names match
    qtbot.keyClick(glossary.filter_edit, Qt.Key.Key_Return)
    text = glossary.reader.toPlainText()
    assert handbook.terms["ascites"].definition in text
    assert "Pages that use this word" in text


def test_a_glossary_word_explains_itself_on_hover_or_keyboard_focus(launch, qtbot, handbook) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    view = window.current_view()
    view.reader.highlighted.emit(QUrl("term:ascites"))
    definition = handbook.terms["ascites"].definition
    assert definition in window.statusBar().currentMessage()
    assert definition in QToolTip.text()
    QToolTip.hideText()


def test_search_result_for_a_term_opens_the_glossary(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    search(window, qtbot, "ascites")
    results = [
        window.search_results.list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(window.search_results.list.count())
    ]
    term = next(r for r in results if r.kind == "term" and r.key == "ascites")
    window.open_result(term)
    assert window.current_view() is window.glossary_view
    assert window.glossary_view.current_key() == EntryKey.term("ascites")
