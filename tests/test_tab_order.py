"""Tab goes where the eye goes: on a question page "Go to My questions" and the "Add to my questions"
boxes come right after the lists beside them, and no stop on the way is empty or nameless; from
any tick box, Alt+M goes to My questions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QCheckBox, QLabel, QWidget

from liverbook.core.keys import MY_QUESTIONS, EntryKey


def stops(window, start: QWidget, limit: int = 200) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Every widget Tab stops at, from ``start`` round to it again."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(limit):
        widget = window.focusWidget()
        if seen and widget is seen[0]:
            break
        seen.append(widget)
        window.focusNextPrevChild(True)
    return seen


def name_of(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, (QAbstractButton, QLabel)):
        return widget.text().replace("&", "")
    return ""


def active(launch, qtbot):  # type: ignore[no-untyped-def]
    window = launch()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_the_boxes_of_a_question_page_come_right_after_the_list(launch, qtbot, handbook) -> None:  # type: ignore[no-untyped-def]
    window = active(launch, qtbot)
    topic = handbook.topics[1]
    window.open_key(EntryKey.topic(topic.id))
    path = stops(window, window.current_view().page_list)
    assert path[1] is window.current_view().topic_pages[topic.id].mine_button  # "Go to My questions"
    boxes = [w for w in path[2 : 2 + len(topic.questions)]]
    assert all(isinstance(b, QCheckBox) for b in boxes), [type(w).__name__ for w in path[:6]]
    assert [b.accessibleName() for b in boxes] == [f"Add to my questions: {q.text}" for q in topic.questions]


def test_every_stop_is_shown_and_named_on_every_tab(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = active(launch, qtbot)
    for index, view in enumerate(window.section_views()):
        window.show_tab(index)
        view.page_list.setCurrentRow(min(1, view.page_list.count() - 1))
        for widget in stops(window, view.page_list):
            assert widget.isVisible(), (view.tab_id, widget)
            assert name_of(widget), f"{view.tab_id}: a stop with no name: {type(widget).__name__}"
            assert not (type(widget) is QWidget or type(widget).__name__ == "QScrollArea"), (
                view.tab_id,
                widget,
            )
            assert not isinstance(widget, QAbstractScrollArea) or name_of(widget), (view.tab_id, widget)


def test_page_down_scrolls_a_dialog_whose_button_has_the_keyboard(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    window = active(launch, qtbot)
    dialog = window.show_dialog("shortcuts")
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    close = dialog.findChild(QDialogButtonBox).buttons()[0]
    close.setFocus()
    bar = dialog.text.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    qtbot.keyClick(close, Qt.Key.Key_PageDown)
    assert bar.value() > 0 and dialog.isVisible()
    qtbot.keyClick(close, Qt.Key.Key_PageUp)
    assert bar.value() == 0


def test_my_questions_is_one_key_away_from_any_tick_box(launch, qtbot, handbook) -> None:  # type: ignore[no-untyped-def]
    window = active(launch, qtbot)
    topic = handbook.topics[1]
    window.open_key(EntryKey.topic(topic.id))
    view = window.current_view()
    page = view.topic_pages[topic.id]
    boxes = list(page.boxes.values())
    boxes[0].click()  # ticked: it goes on the list, and the button counts it
    assert "(1)" in page.mine_button.text()
    button = page.mine_button  # Alt+M, no other control shown claims it (offscreen Qt runs no mnemonics)
    assert QKeySequence.mnemonic(button.text()) == QKeySequence("Alt+M")
    shown = [b for b in window.findChildren(QAbstractButton) if b.isVisible() and b is not button]
    assert all(QKeySequence.mnemonic(b.text()) != QKeySequence("Alt+M") for b in shown)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert view.current_key() == MY_QUESTIONS
    focus = QApplication.focusWidget()
    assert focus is not None and view.mine.isAncestorOf(focus) and focus.isVisible()
    window.navigation.back()  # Back: the topic again
    assert view.current_key() == EntryKey.topic(topic.id)


def test_on_this_page_stays_hidden_on_a_topic_when_colours_change(launch, qtbot, handbook) -> None:  # type: ignore[no-untyped-def]
    """A change of colours redrew the page behind a topic's questions, and its "On this page" list
    came back beside them, naming another page's sections."""
    window = active(launch, qtbot)
    window.open_key(EntryKey.topic(handbook.topics[0].id))
    view = window.current_view()
    assert not view.outline.isVisible()
    for theme in ("dark", "high-contrast", "light"):
        next(a for a in window.theme_group.actions() if a.data() == theme).trigger()
        assert not view.outline.isVisible(), theme
    view.show_row(0)  # a page of the tab: its list shows again
    assert view.outline.isVisible()
