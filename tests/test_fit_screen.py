"""The window and every dialog fit the screen they open on, at normal and at the largest text size.

The offscreen platform here has three screens (tests/fixtures/laptop-screen.json): a 1366x768
laptop, a 1280x720 one and a 1920x1080 monitor. Fitting is done against each screen's available
area; dialogs keep their buttons in sight and scroll their content instead.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMargins, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QScrollArea, QWidget

from app_helpers import make_core
from dialog_helpers import open_every_dialog
from liverbook.ui.appearance.zoom import STEPS
from liverbook.ui.widgets.fit import centred, fitted, place_window

LARGEST = STEPS[-1]


def screen(name: str):  # type: ignore[no-untyped-def]
    found = [s for s in QApplication.screens() if s.name() == name]
    if not found:
        pytest.skip(f"the offscreen screen {name!r} is not configured (QT_QPA_PLATFORM set by hand?)")
    return found[0]


def inside(window: QWidget, area: QRect) -> bool:
    return area.contains(window.frameGeometry())


def buttons_in_sight(dialog: QWidget) -> list[str]:
    """The dialog's buttons (its button box's) that are hidden, cut off or outside the dialog."""
    problems = []
    boxes = dialog.findChildren(QDialogButtonBox)
    assert boxes, f"{dialog.windowTitle()} has no buttons"
    for box in boxes:
        for button in box.findChildren(QAbstractButton):
            where = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
            if not button.isVisible() or not dialog.rect().contains(where):
                problems.append(f"{button.text()!r} at {where} outside {dialog.rect()}")
            elif button.visibleRegion().boundingRect() != button.rect():
                problems.append(f"{button.text()!r} is cut off")
    return problems


def cut_words(dialog: QWidget) -> list[str]:
    """The dialog's push buttons whose words are not shown whole (narrower than their words ask)."""
    from PySide6.QtWidgets import QPushButton

    return [
        f"{button.text()!r}: {button.width()} wide, its words need {button.sizeHint().width()}"
        for button in dialog.findChildren(QPushButton)
        if button.isVisibleTo(dialog) and button.width() < button.sizeHint().width()
    ]


def the_confirmations(window: QWidget) -> list[QWidget]:
    """Import's and Delete all's questions and a long message, as the app words them (shown)."""
    from liverbook.i18n import translate
    from liverbook.ui.dialogs.confirm import confirmation_box, message_box
    from liverbook.ui.window.data_actions import REPLACE_WARNING

    def words(text: str) -> str:
        return translate("DataActions", text)

    boxes = [
        confirmation_box(
            window,
            words("Replace your data with this file?"),
            words(REPLACE_WARNING),
            words("Replace my data with the file"),
            words("Keep my data as it is"),
        )[0],
        confirmation_box(
            window, words("Delete all my data?"), "...", words("Delete all my data"), words("Keep my data")
        )[0],
        message_box(
            window, words("Deleted"), "A backup copy was kept as /tmp/a/long/folder/name.sqlite3. " * 8
        ),
    ]
    for box in boxes:
        box.show()
    return boxes


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_button_shows_its_words_whole_at_the_largest_size(request, qtbot, language) -> None:  # type: ignore[no-untyped-def]
    """The trial: Import's and Delete all's buttons were cut at both ends ("ace my data with th")."""
    window = request.getfixturevalue("launch" if language == "en" else "launch_es")()
    area = screen("laptop").availableGeometry()
    window.zoom.set_percent(LARGEST)
    dialogs = open_every_dialog(window) + the_confirmations(window)
    for dialog in dialogs:
        qtbot.waitUntil(dialog.isVisible)
    qtbot.wait(20)  # the fitting after the text size change
    for dialog in dialogs:
        assert inside(dialog, area), f"{dialog.windowTitle()}: {dialog.frameGeometry()} is not inside {area}"
        assert cut_words(dialog) == [], dialog.windowTitle()
        assert buttons_in_sight(dialog) == [], dialog.windowTitle()
        dialog.close()


# -- the arithmetic ---------------------------------------------------------------------------------------


def test_a_size_from_a_larger_screen_is_made_to_fit_and_moved_on() -> None:
    laptop = QRect(0, 0, 1366, 740)
    assert fitted(QRect(200, 100, 1800, 1000), laptop) == QRect(0, 0, 1366, 740)
    assert fitted(QRect(900, 500, 800, 600), laptop) == QRect(566, 140, 800, 600)
    assert fitted(QRect(10, 10, 800, 600), laptop) == QRect(10, 10, 800, 600)
    framed = fitted(QRect(0, 0, 1200, 780), laptop, QMargins(2, 38, 2, 2))
    assert framed.marginsAdded(QMargins(2, 38, 2, 2)) == QRect(0, 0, 1204, 740)
    second = QRect(1366, 0, 1280, 720)
    assert second.contains(centred(QRect(0, 0, 1200, 780).size(), second))


# -- the main window ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["laptop", "small"])
@pytest.mark.parametrize("percent", [100, LARGEST])
def test_the_window_fits_its_screen_with_the_page_search_and_notice_in_sight(
    launch, qtbot, name, percent
) -> None:  # type: ignore[no-untyped-def]
    area = screen(name).availableGeometry()
    window = launch()
    window.setGeometry(QRect(area.topLeft(), window.size()))
    window.zoom.set_percent(percent)
    window.fitting.make_room()
    window.statusBar().clearMessage()  # at the largest size the notice gives way to a message
    qtbot.waitUntil(lambda: inside(window, area) and window.notice.isVisible())
    assert (
        window.minimumSizeHint().width() <= area.width()
        and window.minimumSizeHint().height() <= area.height()
    )
    assert window.search_field.isVisible() and not window.search_field.visibleRegion().isEmpty()
    assert window.notice.visibleRegion().boundingRect() == window.notice.rect()
    bar = window.tabs.tabBar()
    all_tabs_show = sum(bar.tabRect(i).width() for i in range(bar.count())) <= bar.width()
    assert all_tabs_show or window.toolbars.chooser.isVisible()
    for index in range(window.tabs.count()):  # each tab as the reader shows it
        window.navigation.go_to_tab(index)
        view = window.current_view()
        letters = view.reader.minimumWidth() // view.reader.fontMetrics().averageCharWidth()
        assert letters >= 20, f"{view.tab_id}: a page column of {letters} letters"
    assert window.current_view().reader.width() >= window.current_view().reader.minimumWidth()


def test_at_the_largest_size_the_notes_pane_gives_way_and_comes_back(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.setGeometry(QRect(screen("small").availableGeometry().topLeft(), window.size()))
    window.zoom.set_percent(LARGEST)
    assert not window.notes_dock.isVisible()
    assert "F9" in window.statusBar().currentMessage()
    window.notes_toggle.trigger()  # F9: the reader wants the notes anyway; the page column narrows
    qtbot.waitUntil(
        lambda: window.notes_dock.isVisible() and inside(window, screen("small").availableGeometry())
    )
    window.notes_toggle.trigger()
    window.zoom.set_percent(100)
    qtbot.waitUntil(window.notes_dock.isVisible)  # it was closed for room, not by the reader


def test_unsaved_words_keep_the_notes_pane_open(launch, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    monkeypatch.setattr(window.notes, "flush", lambda: False)
    window.setGeometry(QRect(screen("small").availableGeometry().topLeft(), window.size()))
    window.zoom.set_percent(LARGEST)
    assert window.notes_dock.isVisible()


def test_the_first_window_fits_the_laptop(launch) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    assert inside(window, screen("laptop").availableGeometry())
    assert window.width() >= 1000  # and is not needlessly small


def test_a_size_saved_on_a_larger_screen_fits_the_laptop(qtbot) -> None:  # type: ignore[no-untyped-def]
    big = QWidget()
    qtbot.addWidget(big)
    big.setGeometry(QRect(20, 20, 1860, 1020))  # as it was on a 1920x1080 monitor
    saved = big.saveGeometry()
    probe = QWidget()
    qtbot.addWidget(probe)
    place_window(probe, saved)
    probe.show()
    assert inside(probe, screen("laptop").availableGeometry())


def test_a_wide_notes_pane_gives_the_page_room_after_a_restart(launch, qtbot, handbook, data_dir) -> None:  # type: ignore[no-untyped-def]
    from liverbook.ui.window.main_window import MainWindow

    window = launch()
    window.resizeDocks([window.notes_dock], [900], Qt.Orientation.Horizontal)
    window.close()
    again = MainWindow(make_core(handbook, data_dir))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.notes_dock.width() <= again.width() * 0.3 + 1)
    reader = again.current_view().reader
    assert reader.width() >= reader.minimumWidth() >= 20 * reader.fontMetrics().averageCharWidth()
    assert inside(again, screen("laptop").availableGeometry())


def test_a_maximised_window_stays_maximised(qtbot, handbook, data_dir) -> None:  # type: ignore[no-untyped-def]
    from liverbook.ui.window.main_window import MainWindow

    first = MainWindow(make_core(handbook, data_dir))
    qtbot.addWidget(first)
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    first.close()
    second = MainWindow(make_core(handbook, data_dir))
    qtbot.addWidget(second)
    assert second.windowState() & Qt.WindowState.WindowMaximized


# -- every dialog ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("percent", [100, LARGEST])
def test_every_dialog_fits_the_laptop_with_its_buttons_in_sight(launch, qtbot, percent) -> None:  # type: ignore[no-untyped-def]
    area = screen("laptop").availableGeometry()
    window = launch()
    window.zoom.set_percent(percent)
    for dialog in open_every_dialog(window):
        qtbot.waitUntil(dialog.isVisible)
        assert inside(dialog, area), f"{dialog.windowTitle()}: {dialog.frameGeometry()} is not inside {area}"
        assert dialog.minimumSizeHint().width() <= area.width(), dialog.windowTitle()
        assert buttons_in_sight(dialog) == [], dialog.windowTitle()
    from liverbook.ui.prompts import confirmation_box

    box, yes, no = confirmation_box(
        window,
        "Replace your data with this file?",
        "Importing mine.json replaces all the notes, your situation and your questions in this app. " * 2,
        "Replace my data with the file",
        "Keep my data as it is",
    )
    box.show()
    qtbot.waitUntil(box.isVisible)
    assert inside(box, area) and yes.isVisible() and no.isVisible(), box.frameGeometry()
    box.close()


def test_a_dialog_open_while_the_text_grows_stays_on_its_screen(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    area = screen("laptop").availableGeometry()
    window = launch()
    dialog = window.show_situation()
    normal = dialog.size()
    window.zoom.set_percent(LARGEST)
    qtbot.waitUntil(lambda: dialog.width() > normal.width() * 1.4)  # it grew with its text
    assert inside(dialog, area)
    assert buttons_in_sight(dialog) == []


def test_my_situation_gives_its_choices_room_at_the_largest_size(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.zoom.set_percent(LARGEST)
    window.show_situation()
    dialog = window.dialogs.get("situation")
    qtbot.waitUntil(dialog.isVisible)
    area = dialog.findChild(QScrollArea)
    assert area.viewport().height() >= dialog.height() // 2  # not a strip: the choices scroll in it


def test_the_status_bar_is_one_line_tall_at_the_usual_size_even_with_a_message(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.statusBar().showMessage("The daily backup could not be made: the disk is full. " * 3, 5000)
    qtbot.wait(50)
    line = window.statusBar().fontMetrics().height()
    assert window.statusBar().height() <= 2 * line + 4  # (it was three lines high, taking the page's room)
    assert window.status_line.line.full_text.startswith("The daily backup could not be made")
    assert window.notice.visibleRegion().boundingRect() == window.notice.rect()
