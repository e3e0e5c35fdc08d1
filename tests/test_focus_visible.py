"""The keyboard focus can be seen in every theme: a focused list, tab bar, citation or button is
drawn with an outline in the theme's link colour that the same thing without focus does not have."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from liverbook.core.keys import EntryKey
from liverbook.ui.appearance import themes

THEMES = [themes.LIGHT, themes.DARK, themes.HIGH_CONTRAST]


def outline_pixels(image: QImage, colour: QColor, rect: QRect | None = None) -> int:
    """How many pixels of ``colour`` (near enough) there are: on the top and bottom edges of the
    image, or anywhere in ``rect``."""
    if rect is not None:
        rows = range(rect.top(), rect.bottom() + 1)
        columns = range(rect.left(), rect.right() + 1)
    else:
        area = image.rect()
        rows = [*range(area.top(), area.top() + 4), *range(area.bottom() - 3, area.bottom() + 1)]
        columns = range(area.left(), area.right() + 1)
    return sum(
        1
        for x in columns
        for y in rows
        if image.rect().contains(x, y) and _near(QColor(image.pixel(x, y)), colour)
    )


def _near(one: QColor, other: QColor) -> bool:
    return (
        abs(one.red() - other.red()) + abs(one.green() - other.green()) + abs(one.blue() - other.blue()) < 60
    )


def focus_colour(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Link)


def active(launch, qtbot, theme: str):  # type: ignore[no-untyped-def]
    window = launch()
    next(a for a in window.theme_group.actions() if a.data() == theme).trigger()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def with_and_without_focus(qtbot, widget: QWidget, elsewhere: QWidget) -> tuple[QImage, QImage]:  # type: ignore[no-untyped-def]
    elsewhere.setFocus()
    qtbot.waitUntil(elsewhere.hasFocus)
    without = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    return widget.grab().toImage(), without


@pytest.mark.parametrize("theme", THEMES)
def test_a_focused_page_list_and_tab_bar_are_outlined(launch, qtbot, theme) -> None:  # type: ignore[no-untyped-def]
    window = active(launch, qtbot, theme)
    view = window.current_view()
    bar = window.tabs.tabBar()
    sections = bar if bar.isVisible() else window.toolbars.chooser  # the Section list when tabs do not fit
    for widget in (view.page_list, sections):
        focused, unfocused = with_and_without_focus(qtbot, widget, window.search_field)
        colour = focus_colour(widget)
        assert outline_pixels(focused, colour) > outline_pixels(unfocused, colour) + 40, (theme, widget)


@pytest.mark.parametrize("theme", THEMES)
def test_a_citation_reached_with_tab_is_outlined(launch, qtbot, theme) -> None:  # type: ignore[no-untyped-def]
    window = active(launch, qtbot, theme)
    window.open_key(EntryKey.page("drugs-for-advanced-hcc"))
    reader = window.current_view().reader
    reader.setFocus()
    while not reader.textCursor().charFormat().anchorHref().startswith("#"):
        qtbot.keyClick(reader, Qt.Key.Key_Tab)
    link = reader.focused_link_rect()
    assert link is not None
    around = link.adjusted(-8, -6, 8, 6)
    focused = reader.viewport().grab().toImage()
    window.search_field.setFocus()
    qtbot.waitUntil(lambda: not reader.hasFocus())
    unfocused = reader.viewport().grab().toImage()
    colour = focus_colour(reader)
    assert outline_pixels(focused, colour, around) > outline_pixels(unfocused, colour, around) + 10, theme


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("name", ["welcome", "situation"])
def test_the_first_focus_in_welcome_and_my_situation_can_be_seen(launch, qtbot, theme, name) -> None:  # type: ignore[no-untyped-def]
    window = active(launch, qtbot, theme)
    dialog = window.show_dialog(name)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog and dialog.focusWidget() is not None)
    widget = dialog.focusWidget()
    focused = widget.grab().toImage()
    widget.clearFocus()
    unfocused = widget.grab().toImage()
    colour = focus_colour(widget)
    assert outline_pixels(focused, colour) > outline_pixels(unfocused, colour) + 20, (theme, name, widget)
