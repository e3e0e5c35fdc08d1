"""The largest text size on a 1366x768 laptop, inside a tab: a question page reads down, never
sideways, and keeps the keyboard in sight; the list of a tab's pages shows enough of them to choose.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QScrollArea, QVBoxLayout, QWidget

from liverbook.core.keys import EntryKey
from test_large_text import THEMES, at_largest


def in_sight(widget: QWidget, area: QScrollArea) -> bool:
    place = QRect(widget.mapTo(area.viewport(), widget.rect().topLeft()), widget.size())
    return area.viewport().rect().contains(place)


def topic_area(window, handbook):  # type: ignore[no-untyped-def]
    topic = handbook.topics[0]
    window.open_key(EntryKey.topic(topic.id))
    view = window.current_view()
    page = view.topic_pages[topic.id]
    area = next(a for a in view.findChildren(QScrollArea) if a.widget() is page)
    return view, page, area


@pytest.mark.parametrize("theme", THEMES)
def test_a_question_page_at_the_largest_size_reads_down_and_follows_the_keyboard(
    launch, qtbot, handbook, theme
) -> None:  # type: ignore[no-untyped-def]
    """Its tick boxes made the page scroll sideways beside the notes; Tab from the list reached
    "My questions" out of sight."""
    window = at_largest(launch, qtbot, theme)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view, page, area = topic_area(window, handbook)
    qtbot.waitUntil(lambda: area.isVisible() and area.viewport().width() > 100)
    qtbot.wait(20)
    assert not area.horizontalScrollBar().isVisible(), "the page scrolls sideways"
    assert page.width() <= area.viewport().width()
    for box in page.boxes.values():
        assert box.geometry().right() <= page.width(), "a tick box's words run off the page"
    view.outline.list.setFocus() if view.outline.isVisible() else view.page_list.setFocus()
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())  # the reader had scrolled down
    assert not in_sight(page.mine_button, area)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.mine_button
    qtbot.waitUntil(lambda: in_sight(page.mine_button, area))  # a moment later, in sight
    last = list(page.boxes.values())[-1]
    bar.setValue(0)
    last.setFocus(Qt.FocusReason.ShortcutFocusReason)  # as an Alt+letter or a click would
    qtbot.waitUntil(lambda: in_sight(last, area))


def test_the_keyboard_leaving_as_a_window_closes_is_safe(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Focus moves while a window is taken down; the call to scroll comes later and finds the
    controls gone. It must do nothing (a full run crashed in such a teardown)."""
    from liverbook.ui.widgets.follow_focus import FollowingButton, FollowingCheckBox, show_in_area

    for _ in range(20):
        top = QWidget()
        inner = QWidget()
        column = QVBoxLayout(inner)
        boxes = [FollowingCheckBox(f"Box {n}") for n in range(30)]
        for box in boxes:
            column.addWidget(box)
        button = FollowingButton("Go")
        column.addWidget(button)
        area = QScrollArea(top)
        area.setWidget(inner)
        area.resize(200, 100)
        top.show()
        top.activateWindow()
        boxes[-1].setFocus()
        button.setFocus()  # two calls waiting
        top.deleteLater()
        qtbot.wait(1)  # the window goes first; the waiting calls must not touch it
        QApplication.processEvents()
    lone = QCheckBox("alone")
    qtbot.addWidget(lone)
    assert show_in_area(lone) is False  # not shown, in no area: nothing to do


def test_a_scrolling_part_taken_down_with_the_keyboard_in_it_is_safe(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt moves the focus out of an area in its destructor, after Python's side of it is gone:
    the area's focus follower raised "already deleted" in a test's teardown."""
    from PySide6.QtWidgets import QLineEdit

    from liverbook.ui.widgets.fit import scrolling

    top = QWidget()
    qtbot.addWidget(top)
    column = QVBoxLayout(top)
    for _ in range(3):
        body = QWidget()
        QVBoxLayout(body).addWidget(QLineEdit())
        area = scrolling(body)
        column.addWidget(area)
        top.show()
        top.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is top)
        edit = body.findChild(QLineEdit)
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus)
        area.deleteLater()
        qtbot.wait(5)
    assert top.isVisible()


@pytest.mark.parametrize("theme", THEMES)
def test_a_tabs_list_at_the_largest_size_shows_titles_in_two_lines_or_fewer(launch, qtbot, theme) -> None:  # type: ignore[no-untyped-def]
    """At the largest size a title took five lines and the list showed one entry, cut mid-line."""
    window = at_largest(launch, qtbot, theme)
    for tab_id in ("stages", "questions", "records", "diary"):
        view = window.tab_views.view(tab_id)
        window.show_tab(window.tabs.indexOf(view))
        qtbot.wait(20)
        listing = view.page_list
        line = listing.fontMetrics().lineSpacing()
        whole_rows = 0
        for row in range(listing.count()):
            rect = listing.visualRect(listing.model().index(row, 0))
            assert rect.height() <= 2 * line + 8, (tab_id, listing.item(row).text())
            whole_rows += listing.viewport().rect().contains(rect)
        assert whole_rows >= min(2, listing.count()), tab_id
        assert listing.item(0).text() and "…" not in listing.item(0).text()  # the item keeps the whole title


@pytest.mark.parametrize("language", ["en", "es"])
def test_my_questions_at_the_largest_size_reads_down_never_sideways(request, qtbot, language) -> None:  # type: ignore[no-untyped-def]
    """Its rows of buttons ("Remov…", "Add m…") made it scroll sideways, in Spanish even with the
    notes pane closed; the rows now flow onto more lines."""
    from liverbook.core.keys import MY_QUESTIONS
    from liverbook.ui.appearance.zoom import STEPS
    from test_large_text import laptop

    window = request.getfixturevalue("launch" if language == "en" else "launch_es")()
    window.setGeometry(laptop())
    window.zoom.set_percent(STEPS[-1])
    window.fitting.make_room()
    window.store.add_own_question("Can I still travel to see my grandchildren next month?")
    window.questions_view.reload()
    window.open_key(MY_QUESTIONS)
    if language == "en" and not window.notes_dock.isVisible():
        window.notes_toggle.trigger()  # the reader wants the notes beside it anyway (F9)
    mine = window.questions_view.mine
    area = next(a for a in window.questions_view.findChildren(QScrollArea) if a.widget() is mine)
    qtbot.waitUntil(lambda: area.isVisible() and area.viewport().width() > 100)
    qtbot.wait(50)
    assert not area.horizontalScrollBar().isVisible(), "My questions scrolls sideways"
    for button in (mine.up_button, mine.down_button, mine.remove_button, mine.add_button):
        place = button.mapTo(mine, button.rect().topRight())
        assert place.x() <= area.viewport().width(), button.text()


def test_every_spanish_menu_fits_the_laptop_at_the_largest_size(launch_es, qtbot) -> None:  # type: ignore[no-untyped-def]
    """ "Ir" ran off the screen: "Alt+Flecha izquierda" beside its longest item made it 1469 px wide."""
    from PySide6.QtWidgets import QMenu

    from liverbook.ui.appearance.zoom import STEPS
    from test_large_text import laptop

    window = launch_es()
    window.zoom.set_percent(STEPS[-1])
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while menus:
        menu = menus.pop()
        assert isinstance(menu, QMenu)
        assert menu.sizeHint().width() <= laptop().width(), menu.title()
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]


def test_a_ticked_menu_item_shows_its_tick_in_high_contrast_at_the_largest_size(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The tick of "Notes pane" and of the chosen colours was a few pixels wide at 300%."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QMenu

    from liverbook.ui.appearance import themes
    from liverbook.ui.appearance.zoom import STEPS

    window = launch()
    next(a for a in window.theme_group.actions() if a.data() == themes.HIGH_CONTRAST).trigger()
    window.zoom.set_percent(STEPS[-1])
    menu = QMenu(window)
    ticked = menu.addAction("Notes pane")
    ticked.setCheckable(True)
    ticked.setChecked(True)
    menu.addAction("New note").setCheckable(True)
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    image = menu.grab().toImage()
    mark = menu.palette().color(QPalette.ColorRole.Highlight)
    band = menu.actionGeometry(ticked)
    filled = sum(
        1
        for x in range(band.left(), band.left() + band.height())
        for y in range(band.top(), band.bottom())
        if QColor(image.pixel(x, y)) == mark
    )
    side = menu.fontMetrics().height() * 0.5
    assert filled >= side * side, f"the tick is {filled} pixels"
    menu.close()
