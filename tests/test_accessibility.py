"""Keyboard and screen readers: every control has a name, every action a key, the welcome shows once."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from liverbook.ui.dialogs.shortcuts import menu_actions
from liverbook.ui.widgets.key_names import spoken_keys

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)


def unnamed(top: QWidget) -> list[str]:
    """Interactive widgets a screen reader would announce without a name."""
    missing = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or widget.focusPolicy().name == "NoFocus":
            continue
        if type(widget).__name__ in {"QToolBarExtension", "QDockWidgetTitleButton"}:
            continue  # Qt's own title-bar buttons carry names from the style
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName() or ''} in {type(widget.parent()).__name__}"
            )
    return missing


def test_every_control_of_the_window_and_its_dialogs_has_a_name(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    for index in range(window.tabs.count()):
        window.show_tab(index)
    windows = [window, window.show_summary(), window.show_welcome()]
    window.show_situation()
    window.show_dialog("shortcuts")
    window.show_dialog("about")
    windows += [window.dialogs.get("situation"), window.dialogs.get("shortcuts"), window.dialogs.get("about")]
    problems = [problem for top in windows for problem in unnamed(top)]
    assert problems == []


def test_every_menu_action_has_a_shortcut_or_an_access_key(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    actions = list(menu_actions(window.menuBar()))
    assert len(actions) > 15
    for menu, action in actions:
        assert action.shortcuts() or "&" in action.text(), (
            f"{menu} > {action.text()} cannot be reached by keyboard"
        )
    menus = [a.text() for a in window.menuBar().actions()]
    assert all("&" in text for text in menus)


def test_shortcuts_window_lists_every_shortcut(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.shortcuts_action.trigger()
    text = window.dialogs.get("shortcuts").text.toPlainText()
    for _, action in menu_actions(window.menuBar()):
        for key in action.shortcuts():
            said = spoken_keys(key)  # as people say it; "" for keys of special keyboards (Zoom Out)
            assert said in text, f"{key.toString()} ({action.text()}) missing"
    assert "Esc" in text and "Ctrl+F" in text and "Ctrl+P" in text
    # Not Qt's "Ctrl+-, Zoom Out": the keys as people say them.
    assert "Ctrl+Minus" in text and "Ctrl+Plus" in text and "Zoom Out" not in text and "Ctrl+-" not in text


def test_welcome_is_shown_on_the_first_run_only(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    assert window.welcome_if_first_run() is True
    dialog = window.dialogs.get("welcome")
    assert dialog is not None and dialog.isVisible()
    words = " ".join(w.text() for w in dialog.findChildren(type(dialog.situation_button).__mro__[1]))
    assert "situation" in words.lower()
    dialog.situation_button.click()
    assert window.dialogs.get("situation") is not None and window.dialogs.get("situation").isVisible()
    window.dialogs.get("situation").close()
    window.close()
    again = launch()
    assert again.welcome_if_first_run() is False


def test_help_lines_are_one_menu_item_away(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    item = next(a for _, a in menu_actions(window.menuBar()) if "Help lines" in a.text())
    item.trigger()
    reader = window.current_view().reader
    assert "1-800-227-2345" in reader.toPlainText()  # the American Cancer Society's line, day and night
    assert reader.textCursor().selectedText() == "Free help lines"


def test_tab_moves_through_the_window_in_reading_order(launch, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.search_field.setFocus()
    order = []
    for _ in range(14):
        widget = window.focusWidget()  # the window's focus (the test's window need not be active)
        interface = QAccessible.queryAccessibleInterface(widget)
        order.append(interface.text(QAccessible.Text.Name) or type(widget).__name__)
        window.focusNextPrevChild(True)
    assert order == [
        "Search",
        "My situation",
        "Prepare for a visit",
        "Larger text",
        "Smaller text",
        "Stages",
        "Stages: list of pages",
        "On this page",
        "Page text",
        "New note",
        "Note on this page",
        "Filter notes",
        "All my notes, newest first",
        "Note text",
    ]
    assert window.focusWidget() is window.search_field  # and round again
