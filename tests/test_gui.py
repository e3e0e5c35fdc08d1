"""The main window as a reader meets it: four tabs, every page readable, links that behave."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication

from app_helpers import make_core
from liverbook.content import TABS
from liverbook.core.keys import EntryKey
from liverbook.ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot, handbook, data_dir):  # type: ignore[no-untyped-def]
    win = MainWindow(make_core(handbook, data_dir))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win).__enter__()
    return win


def test_window_has_the_four_handbook_tabs_my_handbook_my_diary_and_glossary(window: MainWindow) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "Stages",
        "Treatments",
        "Supportive care",
        "Questions to ask",
        "My handbook",
        "My diary",
        "My records",
        "Glossary",
    ]
    assert [title for _, title in TABS] == titles[:4]


def test_every_page_shows_its_title_sources_and_review_date(window: MainWindow, handbook) -> None:  # type: ignore[no-untyped-def]
    for index, view in enumerate(window.section_views()[:4]):
        window.show_tab(index)
        assert view.page_list.count() >= 2, view.title
        for row in range(view.page_list.count()):
            view.page_list.setCurrentRow(row)
            text = view.reader.toPlainText()
            key = view.current_key()
            assert key is not None
            kind, ident = key.kind.value, key.id
            if kind == "page":
                page = handbook.page(ident)
                assert page.title in text
                assert "Sources" in text and "Last reviewed:" in text
                for source_id in page.sources:
                    assert handbook.sources[source_id].title in text
            else:
                topic = next(t for t in handbook.topics if t.id == ident)
                assert all(q.text in text for q in topic.questions)
            assert "does not replace" in text


def test_keyboard_moves_through_the_page_list(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.current_view()
    view.page_list.setFocus()
    view.page_list.setCurrentRow(0)
    first = view.reader.toPlainText()
    qtbot.keyClick(view.page_list, Qt.Key.Key_Down)
    assert view.page_list.currentRow() == 1
    assert view.reader.toPlainText() != first


def test_a_link_to_another_page_opens_it_inside_the_app(window: MainWindow, handbook) -> None:  # type: ignore[no-untyped-def]
    source_page = next(p for p in handbook.pages if "](page:" in p.body)
    target_id = source_page.body.split("](page:", 1)[1].split(")", 1)[0]
    window.open_key(EntryKey.page(source_page.id))
    window.current_view().reader.anchorClicked.emit(QUrl(f"page:{target_id}"))
    target = handbook.page(target_id)
    assert window.tabs.tabText(window.tabs.currentIndex()) == dict(TABS)[target.tab]
    assert window.current_view().current_key() == EntryKey.page(target_id)
    assert target.title in window.current_view().reader.toPlainText()


def test_an_outside_link_is_shown_to_copy_never_opened(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    before = window.current_view().reader.toPlainText()
    window.current_view().reader.anchorClicked.emit(QUrl("https://www.cancer.org/"))
    assert opened == []
    dialog = window.dialogs.get("outside_link")
    assert dialog is not None and dialog.isVisible()
    assert dialog.field.text() == "https://www.cancer.org/"
    assert dialog.field.isReadOnly()
    dialog.copy()
    assert QGuiApplication.clipboard().text() == "https://www.cancer.org/"
    assert window.current_view().reader.toPlainText() == before  # the page did not navigate away


def test_a_file_link_is_never_displayed(window: MainWindow) -> None:
    window.current_view().reader.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert "root:" not in window.current_view().reader.toPlainText()
    assert window.dialogs.get("outside_link") is not None
    assert window.dialogs.get("outside_link").field.text() == "file:///etc/passwd"


def test_a_glossary_link_shows_the_definition(window: MainWindow, handbook) -> None:  # type: ignore[no-untyped-def]
    term = next(iter(handbook.terms.values()))
    window.follow_link(QUrl(f"term:{term.id}"))
    assert term.definition in window.statusBar().currentMessage()


def test_layout_tab_and_page_are_remembered(qtbot, handbook, data_dir) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(make_core(handbook, data_dir))
    qtbot.addWidget(first)
    first.show()
    first.resize(1000, 600)  # the offscreen screen is 1366x768 (tests/fixtures/laptop-screen.json)
    first.show_tab(1)
    view = first.current_view()
    view.page_list.setCurrentRow(view.page_list.count() - 1)
    chosen = view.current_key()
    view.splitter.setSizes([333, 500])
    first.close()

    second = MainWindow(make_core(handbook, data_dir))
    qtbot.addWidget(second)
    second.show()
    assert second.tabs.currentIndex() == 1
    assert second.current_view().current_key() == chosen
    assert second.size().width() == 1000 and second.size().height() == 600
    assert second.current_view().splitter.sizes()[0] == 333


def test_about_says_version_licences_and_not_medical_advice(window: MainWindow) -> None:
    from liverbook import __version__

    window.about_action.trigger()
    dialog = window.dialogs.get("about")
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert f"Version {__version__}" in text
    assert "GPL-3.0-or-later" in text and "CC BY-SA 4.0" in text and "DejaVu" in text
    assert "Not medical advice" in text
    assert "Pages reviewed:" in text


def test_notice_is_always_visible(window: MainWindow) -> None:
    for index in range(window.tabs.count()):
        window.show_tab(index)
        assert window.notice.isVisible()
        assert "does not replace your care team's advice" in window.notice.text()


def test_bundled_font_is_used(qapp: QApplication) -> None:
    assert qapp.font().family() == "DejaVu Sans"


def test_the_app_has_its_own_icon_with_a_small_pixel_fitted_size(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSize

    from liverbook.ui.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert QSize(16, 16) in icon.availableSizes() and QSize(256, 256) in icon.availableSizes()
    assert not qapp.windowIcon().isNull()


def test_long_titles_in_a_narrow_list_wrap_instead_of_being_cut_short(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics

    window.show()
    for index, view in enumerate(window.section_views()):
        window.show_tab(index)
        view.splitter.setSizes([170, 800])
        qtbot.wait(20)
        lst = view.page_list
        for row in range(lst.count()):
            item = lst.item(row)
            needed = (
                QFontMetrics(item.font())
                .boundingRect(
                    QRect(0, 0, lst.viewport().width() - 2 * lst.spacing() - 8, 10_000),
                    int(Qt.TextFlag.TextWordWrap),
                    item.text(),
                )
                .height()
            )
            assert lst.visualItemRect(item).height() >= needed, f"{item.text()!r} is cut short"
