"""Reading comfortably in the real window: text size and colours, remembered, usable at 200%."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QPalette

from contrast import contrast_ratio
from liverbook.ui.appearance import themes
from liverbook.ui.appearance.zoom import cramped_widgets


@pytest.fixture(autouse=True)
def _normal_view_afterwards(qapp):  # type: ignore[no-untyped-def]
    """The QApplication is shared by all tests: give the next one light colours and 11 pt text."""
    font = QFont(qapp.font())
    yield
    themes.apply(qapp, "light")
    font.setPointSizeF(11)
    qapp.setFont(font)


def theme_action(window, theme_id: str):  # type: ignore[no-untyped-def]
    return next(a for a in window.theme_group.actions() if a.data() == theme_id)


def test_larger_text_grows_the_pages_lists_and_notes_and_is_remembered(launch, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    reader = window.current_view().reader
    before_app, before_page = qapp.font().pointSizeF(), reader.document().defaultFont().pointSizeF()
    window.zoom_actions.zoom_in.trigger()
    window.zoom_actions.zoom_in.trigger()
    assert window.zoom.percent == 125
    assert qapp.font().pointSizeF() > before_app
    assert reader.document().defaultFont().pointSizeF() > before_page
    assert window.notes.editor.font().pointSizeF() > before_app
    window.close()
    again = launch()
    assert again.zoom.percent == 125
    again.zoom_actions.reset.trigger()
    assert again.zoom.percent == 100 and qapp.font().pointSizeF() == pytest.approx(before_app)


def test_text_size_shortcuts(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    keys = {k.toString() for k in window.zoom_actions.zoom_in.shortcuts()}
    assert {"Ctrl++", "Ctrl+="} <= keys
    assert window.zoom_actions.zoom_out.shortcut().toString() == "Ctrl+-"
    assert window.zoom_actions.reset.shortcut().toString() == "Ctrl+0"


def test_the_window_stays_usable_at_200_percent(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.resize(1024, 700)
    window.zoom.set_percent(200)
    # Layouts settle through posted events; give them time on a busy machine, then look.
    qtbot.waitUntil(lambda: not cramped_widgets(window), timeout=3000)
    cramped = cramped_widgets(window)
    assert cramped == [], "\n".join(cramped)
    assert window.search_field.isVisible() and window.notes.editor.isVisible()


def test_dark_colours_apply_to_the_page_and_are_remembered(launch, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    reader = window.current_view().reader
    light_css = reader.document().defaultStyleSheet()
    theme_action(window, "dark").trigger()
    window_colour = qapp.palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightness() < 80
    assert reader.document().defaultStyleSheet() != light_css
    assert reader.toPlainText().strip()  # the page was drawn again, not emptied
    window.close()
    again = launch()
    assert theme_action(again, "dark").isChecked()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80


def test_high_contrast_text_is_at_least_7_to_1(launch, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    theme_action(window, "high-contrast").trigger()
    palette = qapp.palette()
    text, base = palette.color(QPalette.ColorRole.Text).name(), palette.color(QPalette.ColorRole.Base).name()
    assert contrast_ratio(text, base) >= 7
