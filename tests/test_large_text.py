"""The largest text size on a 1366x768 laptop, with the notes pane open, in each colour theme: the
note being written is in sight, the page keeps room to read, the notice is one line, the search
field and every toolbar button are whole, and all the tabs (eight, once "My diary" and "My
records" join) can be reached and read. And the text size and colours leave no widget behind."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from liverbook.ui.appearance import themes
from liverbook.ui.appearance.zoom import STEPS
from liverbook.ui.views.section_view import SectionView
from liverbook.ui.window.tabs import TAB_SPECS, Tabs, TabSpec

LARGEST = STEPS[-1]
THEMES = [themes.LIGHT, themes.DARK, themes.HIGH_CONTRAST]


def laptop() -> QRect:
    screen = next((s for s in QApplication.screens() if s.name() == "laptop"), None)
    if screen is None:
        pytest.skip("the offscreen laptop screen is not configured (QT_QPA_PLATFORM set by hand?)")
    return screen.availableGeometry()


def use_theme(window, theme: str) -> None:  # type: ignore[no-untyped-def]
    next(a for a in window.theme_group.actions() if a.data() == theme).trigger()


def at_largest(launch, qtbot, theme: str):  # type: ignore[no-untyped-def]
    window = launch()
    window.setGeometry(laptop())
    use_theme(window, theme)
    window.zoom.set_percent(LARGEST)
    window.fitting.make_room()
    qtbot.waitUntil(lambda: laptop().contains(window.frameGeometry()))
    return window


def whole(widget: QWidget, window: QWidget) -> bool:
    """Shown entire: not cut by its parents, and inside the window."""
    place = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return widget.visibleRegion().boundingRect() == widget.rect() and window.rect().contains(place)


def show_a_wide_list(window) -> None:  # type: ignore[no-untyped-def]
    """The Glossary: its long words leave its page no room beside the notes at the largest size."""
    glossary = next(i for i, spec in enumerate(window.tab_views.specs) if spec.tab_id == "glossary")
    window.navigation.go_to_tab(glossary)


def test_the_notes_stay_open_at_the_largest_size_where_the_page_has_room(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.setGeometry(laptop())
    assert window.current_view().tab_id == "stages"  # a short list: room for the page and the notes
    window.zoom.set_percent(LARGEST)
    window.fitting.make_room()
    qtbot.wait(20)
    assert window.notes_dock.isVisible()
    assert window.statusBar().currentMessage() == ""
    window.tab_views.view("glossary")  # a tab built later (its list is wider) does not close them
    qtbot.wait(20)
    assert window.notes_dock.isVisible()
    show_a_wide_list(window)  # shown, its page needs the room: the pane gives way, and says so
    assert not window.notes_dock.isVisible()
    assert "F9" in window.statusBar().currentMessage()
    window.navigation.go_to_tab(0)  # back to a page with room: the notes come back
    assert window.notes_dock.isVisible()
    assert window.statusBar().currentMessage() == ""
    show_a_wide_list(window)
    window.notes_toggle.trigger()  # F9: the reader wants them anyway; they stay, tab after tab
    window.navigation.go_to_tab(1)
    show_a_wide_list(window)
    assert window.notes_dock.isVisible()


@pytest.mark.parametrize("theme", THEMES)
def test_at_the_largest_size_with_the_notes_open_all_is_in_sight(launch, qtbot, theme) -> None:  # type: ignore[no-untyped-def]
    window = at_largest(launch, qtbot, theme)
    if not window.notes_dock.isVisible():
        window.notes_toggle.trigger()  # F9: the reader wants the notes beside the page anyway
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.notes.new_button.click()  # "New note": the box gets the keyboard
    editor = window.notes.editor
    qtbot.waitUntil(lambda: editor.hasFocus())
    line = editor.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: editor.visibleRegion().boundingRect().height() >= 2 * line)  # typed in sight

    reader = window.current_view().reader
    assert reader.viewport().height() >= 0.45 * window.height(), "the page has too little room"
    bar = window.statusBar()
    assert bar.height() <= 1.7 * bar.fontMetrics().height(), "the status bar is more than one line"
    assert window.notice.isVisible() and window.notice.text() in (
        window.status_line.notice.full_text,
        window.status_line.notice.short_text,
    )
    field = window.search_field
    assert whole(field, window)
    assert field.width() >= field.fontMetrics().horizontalAdvance("Search the handbook and my notes")
    buttons = [b for bar in window.toolbars.bars() for b in bar.findChildren(QToolButton) if b.isVisible()]
    buttons = [b for b in buttons if b.objectName() != "qt_toolbar_ext_button"]
    assert len(buttons) >= 4
    for button in buttons:
        assert whole(button, window), f"{button.text()} is cut off"
    assert not any(b.isVisible() for b in window.findChildren(QToolButton, "qt_toolbar_ext_button"))
    chooser = window.toolbars.chooser
    assert chooser.isVisible() and whole(chooser, window)
    widest = max(chooser.fontMetrics().horizontalAdvance(chooser.itemText(i)) for i in range(chooser.count()))
    assert chooser.width() >= widest, "a section's name would be cut short"


@pytest.fixture
def eight_tabs(monkeypatch: pytest.MonkeyPatch) -> tuple[TabSpec, ...]:
    """The tabs as they will be once "My diary" and "My records" land (plain pages stand in)."""
    present = {spec.tab_id for spec in TAB_SPECS}
    extra = [
        TabSpec(tab_id, title, lambda core, t=tab_id, n=title: SectionView(t, n, []))
        for tab_id, title in (("diary", "My diary"), ("records", "My records"))
        if tab_id not in present
    ]
    specs = (*TAB_SPECS[:-1], *extra, TAB_SPECS[-1])
    defaults = list(Tabs.__init__.__defaults__ or ())
    monkeypatch.setattr(Tabs.__init__, "__defaults__", (specs, *defaults[1:]))
    return specs


@pytest.mark.parametrize("percent", [100, 150, LARGEST])
def test_all_eight_tabs_can_be_reached_and_read(launch, qtbot, eight_tabs, percent) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.setGeometry(laptop())
    window.zoom.set_percent(percent)
    window.fitting.make_room()
    qtbot.wait(20)
    window.fitting.arrange_header()
    tabs = window.tabs
    assert tabs.count() == 8
    names = [tabs.tabText(i).replace("&", "") for i in range(8)]
    bar = tabs.tabBar()
    if bar.isVisible():  # every tab whole in the bar, none scrolled away
        for index in range(8):
            rect = bar.tabRect(index)
            assert bar.rect().contains(rect), f"{names[index]} is scrolled out of sight at {percent}%"
        assert not window.toolbars.chooser.isVisible()
    else:  # the list of sections names each one whole
        chooser = window.toolbars.chooser
        assert chooser.isVisible() and [chooser.itemText(i) for i in range(chooser.count())] == names
        for index in range(8):
            chooser.activated.emit(index)
            assert tabs.currentIndex() == index
            assert chooser.currentText() == names[index]
    for index in range(8):  # Alt+1 to Alt+8, whatever shows the tabs
        window.navigation.go_to_tab(index)
        assert tabs.currentIndex() == index


@pytest.mark.parametrize(
    ("first", "second"), [(themes.HIGH_CONTRAST, themes.LIGHT), (themes.DARK, themes.LIGHT)]
)
def test_the_notes_pane_follows_the_text_size_after_a_change_of_colours(launch, qtbot, first, second) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.setGeometry(laptop())
    show_a_wide_list(window)
    window.zoom.set_percent(LARGEST)  # the notes pane closes to give the page room
    use_theme(window, first)
    assert not window.notes_dock.isVisible()
    window.notes_toggle.trigger()  # F9 opens it, styled by this theme
    use_theme(window, second)
    window.zoom.reset()  # Ctrl+0
    qtbot.wait(20)
    size = QApplication.font().pointSizeF()
    pane = window.notes
    for widget in (pane, pane.editor, pane.note_list, pane.heading, pane.new_button, window.notes_dock):
        assert widget.font().pointSizeF() == size, (
            f"{type(widget).__name__} kept {widget.font().pointSizeF()} pt"
        )
    assert window.notes_dock.isVisible()


def test_the_notes_closed_message_is_whole_and_goes_when_no_longer_true(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.setGeometry(laptop())
    show_a_wide_list(window)
    window.zoom.set_percent(LARGEST)
    window.fitting.make_room()
    line = window.status_line.line
    qtbot.waitUntil(lambda: "F9" in line.full_text)
    assert line.text() == line.full_text, "the message is cut short"
    window.notes_toggle.trigger()  # F9: the pane is open again, so the message is no longer true
    assert window.statusBar().currentMessage() == ""
    qtbot.waitUntil(window.notice.isVisible)
    window.notes_toggle.trigger()
    window.zoom.reset()
    assert window.statusBar().currentMessage() == ""


def test_the_window_keeps_one_status_line_at_every_size(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.setGeometry(laptop())
    bar = window.statusBar()
    for percent in STEPS:
        window.zoom.set_percent(percent)
        bar.showMessage("The daily backup could not be made: the disk is full.", 5000)
        qtbot.wait(10)
        assert bar.height() <= 1.7 * bar.fontMetrics().height(), percent
        assert window.notice.isVisible() or percent > 200, percent
        bar.clearMessage()
        qtbot.wait(10)
        assert (
            window.notice.isVisible() and window.notice.visibleRegion().boundingRect() == window.notice.rect()
        )


def test_every_menu_shows_its_items_whole_at_the_largest_size(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu, QStyle

    window = launch()
    window.zoom.set_percent(LARGEST)
    area = laptop()
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while menus:
        menu = menus.pop()
        assert isinstance(menu, QMenu)
        hint = menu.sizeHint()
        assert hint.width() <= area.width() and hint.height() <= area.height(), menu.title()
        metrics = menu.fontMetrics()
        tick = menu.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, menu)
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            words = action.text().split("\t")[0].replace("&", "")
            if words:
                room = hint.width() - tick - 2 * metrics.averageCharWidth()
                assert metrics.horizontalAdvance(words) <= room, f"{menu.title()} > {words} is cut short"


@pytest.mark.parametrize("theme", THEMES)
def test_every_tab_at_the_largest_size_fits_the_laptop_beside_the_notes_or_says_why_not(
    launch, qtbot, theme
) -> None:  # type: ignore[no-untyped-def]
    """A tab widget is as wide as its widest page, shown or not: My diary made the window wider than
    the screen while Stages was read. Only the tab shown counts now."""
    window = at_largest(launch, qtbot, theme)
    assert len(window.tab_views.views) == window.tabs.count()  # every tab built, as a moment after start
    area = laptop()
    for index in range(window.tabs.count()):
        window.navigation.go_to_tab(index)
        qtbot.waitUntil(lambda: area.contains(window.frameGeometry()))
        view = window.current_view()
        assert window.minimumSizeHint().width() <= area.width(), view.tab_id
        if window.notes_dock.isVisible():
            assert whole(window.notes.new_button, window), view.tab_id
        else:
            assert "F9" in window.statusBar().currentMessage(), view.tab_id
    window.navigation.go_to_tab(0)  # Stages has room for the notes beside it
    qtbot.waitUntil(window.notes_dock.isVisible)


def test_the_notes_closed_message_is_whole_in_spanish_too(launch_es, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch_es()  # as wide as a first start makes it (not the whole screen)
    show_a_wide_list(window)
    window.zoom.set_percent(LARGEST)
    window.fitting.make_room()
    line = window.status_line.line
    qtbot.waitUntil(lambda: "F9" in line.full_text)
    assert line.text() == line.full_text, "the message is cut short"


def test_no_toolbar_button_is_hidden_behind_a_chevron_in_spanish(launch_es, qtbot) -> None:  # type: ignore[no-untyped-def]
    """At the largest size in Spanish, "Prepararse para una cita" went behind a » at the end of
    its line: the section list and the buttons then take a line each."""
    window = launch_es()
    window.zoom.set_percent(LARGEST)
    window.fitting.make_room()
    window.fitting.arrange_header()
    qtbot.wait(20)
    assert window.toolbars.chooser.isVisible()
    assert not any(b.isVisible() for b in window.findChildren(QToolButton, "qt_toolbar_ext_button"))
    for action in (window.situation_action, window.summary_action):
        button = window.toolbars.actions_bar.widgetForAction(action)
        assert button.isVisible() and whole(button, window), action.text()
    assert whole(window.toolbars.chooser, window)
