"""The "Questions to ask" tab as a reader uses it: pick questions, order them, write down answers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from app_helpers import make_core
from liverbook.content import Handbook
from liverbook.core.autosave import AutosavePolicy
from liverbook.core.keys import EntryKey
from liverbook.store import Store, StoreDiskFull
from liverbook.ui.views.questions_view import MINE_KEY, QuestionsView

HOSTILE = '<b>bold</b> <img src="file:///etc/passwd">'


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    with Store.open(data_dir) as opened:
        yield opened


def make_view(qtbot, handbook: Handbook, store: Store) -> QuestionsView:
    view = QuestionsView(make_core(handbook, store.data_dir, store))
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    return view


@pytest.fixture
def view(qtbot: QtBot, handbook: Handbook, store: Store) -> QuestionsView:
    return make_view(qtbot, handbook, store)


def list_texts(view: QuestionsView) -> list[str]:
    return [view.my_list.item(row).text() for row in range(view.my_list.count())]


def tick(view: QuestionsView, question_id: str, checked: bool = True) -> None:
    topic_id = view.book.question(question_id).topic
    view.show_key(EntryKey.topic(topic_id))
    box = view.topic_pages[topic_id].boxes[question_id]
    assert box.isVisible()
    box.setChecked(checked)


def test_list_has_pages_then_topics_then_my_questions(view: QuestionsView, handbook: Handbook) -> None:
    titles = [view.entry_list.item(row).text() for row in range(view.entry_list.count())]
    pages = [p.title for p in handbook.pages_in_tab("questions")]
    topics = [f"Questions: {t.title}" for t in handbook.topics]
    assert titles == pages + topics + ["My questions (0)"]
    view.ensure_shown()
    assert view.current_key() == EntryKey.page(handbook.pages_in_tab("questions")[0].id)
    assert handbook.pages_in_tab("questions")[0].title in view.reader.toPlainText()


def test_keyboard_moves_through_entries_and_links_are_passed_on(view: QuestionsView, qtbot: QtBot) -> None:
    view.ensure_shown()
    view.entry_list.setFocus()
    qtbot.keyClick(view.entry_list, Qt.Key.Key_Down)
    qtbot.keyClick(view.entry_list, Qt.Key.Key_Down)
    assert view.current_key() == EntryKey.topic(view.book.topics[0].id)
    assert view.stack.currentWidget().isVisible()
    qtbot.keyClick(view.entry_list, Qt.Key.Key_End)
    assert view.current_key() == MINE_KEY
    with qtbot.waitSignal(view.link_activated) as caught:
        view.reader.anchorClicked.emit(QUrl("page:stages-overview"))
    assert caught.args[0].toString() == "page:stages-overview"


def test_topic_shows_questions_as_plain_widgets(view: QuestionsView, handbook: Handbook) -> None:
    topic = handbook.topics[0]
    page = view.topic_pages[topic.id]
    texts = [label.text() for label in page.findChildren(QLabel)]
    for question in topic.questions:
        assert question.text in texts and question.why in texts
        box = page.boxes[question.id]
        assert box.text() == "Add to my questions" and question.text in box.accessibleName()
    words = {q.text for q in topic.questions}
    plain = [label for label in page.findChildren(QLabel) if label.text() in words]
    assert plain and all(label.textFormat() == Qt.TextFormat.PlainText for label in plain)


def test_ticked_questions_appear_in_order_and_unticking_removes(
    view: QuestionsView, handbook: Handbook
) -> None:
    changes: list[None] = []
    view.questions_changed.connect(lambda: changes.append(None))
    first, second = handbook.topics[1].questions[2], handbook.topics[0].questions[0]
    tick(view, first.id)
    tick(view, second.id)
    assert list_texts(view) == [f"1. {first.text}", f"2. {second.text}"]
    assert view.entry_list.item(view.keys().index(MINE_KEY)).text() == "My questions (2)"
    assert [q.question_id for q in view.store.list_my_questions()] == [first.id, second.id]
    assert len(changes) == 2
    tick(view, first.id, checked=False)
    assert list_texts(view) == [f"1. {second.text}"]
    assert [q.question_id for q in view.store.list_my_questions()] == [second.id]
    # Unticking can be undone from the topic page itself.
    topic_page = view.topic_pages[handbook.topics[1].id]
    assert topic_page.undo_bar.isVisible()
    topic_page.undo_bar.button.click()
    assert [q.question_id for q in view.store.list_my_questions()] == [first.id, second.id]
    assert topic_page.boxes[first.id].isChecked() and not topic_page.undo_bar.isVisible()


def test_boxes_show_what_is_already_on_the_list(qtbot: QtBot, handbook: Handbook, store: Store) -> None:
    question = handbook.topics[2].questions[0]
    store.add_curated_question(question.id)
    view = make_view(qtbot, handbook, store)
    assert view.topic_pages[handbook.topics[2].id].boxes[question.id].isChecked()
    assert view.entry_list.item(view.keys().index(MINE_KEY)).text() == "My questions (1)"


def test_own_question_is_added_and_moved_up(view: QuestionsView, handbook: Handbook, qtbot: QtBot) -> None:
    curated = handbook.topics[0].questions[0]
    tick(view, curated.id)
    view.show_key(MINE_KEY)
    view.mine.add_button.click()  # nothing typed: a hint, nothing added
    assert view.my_list.count() == 1 and "Type your question" in view.status_label.text()
    qtbot.keyClicks(view.mine.new_edit, "Can my sister come to appointments?")
    view.mine.add_button.click()
    assert view.mine.new_edit.text() == ""
    assert list_texts(view) == [f"1. {curated.text}", "2. Can my sister come to appointments?"]
    assert view.my_list.currentRow() == 1
    assert not view.mine.down_button.isEnabled()
    view.mine.up_button.click()
    assert list_texts(view) == ["1. Can my sister come to appointments?", f"2. {curated.text}"]
    assert view.my_list.currentRow() == 0 and not view.mine.up_button.isEnabled()
    # Ctrl+Down moves it back, from the keyboard.
    view.my_list.setFocus()
    qtbot.keyClick(view.my_list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [q.text for q in view.store.list_my_questions()] == [None, "Can my sister come to appointments?"]
    assert view.my_list.currentRow() == 1


def test_answer_date_and_asked_survive_a_restart(qtbot: QtBot, handbook: Handbook, data_dir: Path) -> None:
    question = handbook.topics[0].questions[1]
    store = Store.open(data_dir)
    view = make_view(qtbot, handbook, store)
    tick(view, question.id)
    view.show_key(MINE_KEY)
    view.answer_edit.setFocus()
    qtbot.keyClicks(view.answer_edit, "Stage B. Ask again after the scan.")
    assert view.status_label.text() == "Saving…"
    view.dated_box.setChecked(True)
    view.date_edit.setDate(QDate(2026, 3, 14))
    view.asked_box.setChecked(True)
    assert view.flush() is True
    assert view.status_label.text() == "Saved"
    assert list_texts(view) == [f"1. {question.text}  (asked)"]
    view.close()
    store.close()

    with Store.open(data_dir) as again:
        view2 = make_view(qtbot, handbook, again)
        view2.show_key(MINE_KEY)
        assert view2.my_list.currentRow() == 0
        assert view2.answer_edit.toPlainText() == "Stage B. Ask again after the scan."
        assert view2.dated_box.isChecked() and view2.date_edit.date() == QDate(2026, 3, 14)
        assert view2.asked_box.isChecked()
        stored = again.list_my_questions()[0]
        assert stored.answered_on == date(2026, 3, 14) and stored.asked


def test_answer_saves_by_itself_after_a_pause(view: QuestionsView, handbook: Handbook, qtbot: QtBot) -> None:
    view.mine.autosave.policy = AutosavePolicy(delay_s=0.05)
    tick(view, handbook.topics[0].questions[0].id)
    view.show_key(MINE_KEY)
    qtbot.keyClicks(view.answer_edit, "soon")
    qtbot.waitUntil(lambda: view.status_label.text() == "Saved", timeout=2000)
    assert view.store.list_my_questions()[0].answer == "soon"


def test_switching_question_saves_the_answer_first(
    view: QuestionsView, handbook: Handbook, qtbot: QtBot
) -> None:
    tick(view, handbook.topics[0].questions[0].id)
    tick(view, handbook.topics[0].questions[1].id)
    view.show_key(MINE_KEY)
    view.my_list.setCurrentRow(0)
    qtbot.keyClicks(view.answer_edit, "first answer")
    view.my_list.setCurrentRow(1)
    assert view.answer_edit.toPlainText() == ""
    assert [q.answer for q in view.store.list_my_questions()] == ["first answer", ""]
    view.my_list.setCurrentRow(0)
    assert view.answer_edit.toPlainText() == "first answer"


def test_user_text_is_shown_literally_never_as_html(view: QuestionsView, qtbot: QtBot) -> None:
    view.show_key(MINE_KEY)
    view.mine.new_edit.setText(HOSTILE)
    view.mine.add_button.click()
    assert list_texts(view) == [f"1. {HOSTILE}"]
    assert view.mine.selected_label.text() == HOSTILE
    assert view.mine.selected_label.textFormat() == Qt.TextFormat.PlainText
    view.answer_edit.setPlainText(HOSTILE)
    assert view.flush()
    assert view.answer_edit.toPlainText() == HOSTILE
    assert view.store.list_my_questions()[0].answer == HOSTILE
    view.mine.remove_button.click()
    assert HOSTILE in view.mine.undo_bar.label.text()
    assert view.mine.undo_bar.label.textFormat() == Qt.TextFormat.PlainText


def test_removal_can_be_undone_with_its_answer(view: QuestionsView, handbook: Handbook) -> None:
    questions = handbook.topics[3].questions[:3]
    for question in questions:
        tick(view, question.id)
    view.show_key(MINE_KEY)
    view.my_list.setCurrentRow(1)
    view.answer_edit.setPlainText("not saved yet")  # removed before the pause ends: kept for undo
    view.mine.remove_button.click()
    assert [q.question_id for q in view.store.list_my_questions()] == [questions[0].id, questions[2].id]
    assert not view.topic_pages[handbook.topics[3].id].boxes[questions[1].id].isChecked()
    assert view.mine.undo_bar.isVisible() and questions[1].text in view.mine.undo_bar.label.text()
    assert view.my_list.currentRow() == 1  # the next question is chosen
    view.mine.undo_bar.button.click()
    stored = view.store.list_my_questions()
    assert [q.question_id for q in stored] == [q.id for q in questions]
    assert stored[1].answer == "not saved yet"
    assert not view.mine.undo_bar.isVisible()
    assert view.my_list.currentRow() == 1 and view.answer_edit.toPlainText() == "not saved yet"
    assert view.topic_pages[handbook.topics[3].id].boxes[questions[1].id].isChecked()


def test_a_failed_save_keeps_the_text_and_tries_again(
    view: QuestionsView, handbook: Handbook, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    tick(view, handbook.topics[0].questions[0].id)
    view.show_key(MINE_KEY)
    view.mine.autosave.policy = AutosavePolicy(retry_s=(0.02,))  # tried again soon, by itself
    real_set_answer = Store.set_answer

    def disk_full(self: Store, *args: object, **kwargs: object) -> None:
        raise StoreDiskFull()

    monkeypatch.setattr(Store, "set_answer", disk_full)
    qtbot.keyClicks(view.answer_edit, "Ask about <b>trials</b>")
    assert view.flush() is False
    assert view.status_label.text() == StoreDiskFull.default_message
    assert view.answer_edit.toPlainText() == "Ask about <b>trials</b>"
    assert view.mine.autosave.retrying
    # Moving away and back does not lose what was typed.
    view.show_key(EntryKey.topic(handbook.topics[0].id))
    view.show_key(MINE_KEY)
    assert view.answer_edit.toPlainText() == "Ask about <b>trials</b>"

    monkeypatch.setattr(Store, "set_answer", real_set_answer)
    qtbot.waitUntil(lambda: view.status_label.text() == "Saved", timeout=2000)
    assert view.store.list_my_questions()[0].answer == "Ask about <b>trials</b>"
    assert not view.mine.autosave.retrying


def test_a_failed_tick_is_put_back_and_explained(
    view: QuestionsView, handbook: Handbook, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(self: Store, question_id: str) -> None:
        raise StoreDiskFull()

    monkeypatch.setattr(Store, "add_curated_question", disk_full)
    topic = handbook.topics[0]
    tick(view, topic.questions[0].id)
    page = view.topic_pages[topic.id]
    assert not page.boxes[topic.questions[0].id].isChecked()
    assert page.message_label.isVisible() and page.message_label.text() == StoreDiskFull.default_message
    assert view.store.list_my_questions() == []


def test_every_control_can_be_named_by_a_screen_reader(view: QuestionsView) -> None:
    view.show_key(MINE_KEY)
    for box in view.findChildren(QCheckBox):
        assert box.text() or box.accessibleName()
    for widget in (view.entry_list, view.my_list, view.answer_edit, view.date_edit, view.mine.new_edit):
        assert widget.accessibleName()


def test_my_questions_work_from_the_keyboard(view: QuestionsView, handbook: Handbook, qtbot: QtBot) -> None:
    for question in handbook.topics[0].questions[:2]:
        tick(view, question.id)
    view.show_key(EntryKey.topic(handbook.topics[0].id))
    view.focus_content()
    assert view.topic_pages[handbook.topics[0].id].boxes[handbook.topics[0].questions[0].id].hasFocus()
    view.show_key(MINE_KEY)
    view.focus_content()
    assert view.my_list.hasFocus()
    # Tab goes from the list through the buttons to the answer, in reading order.
    chain, widget = [], view.my_list.nextInFocusChain()
    while widget is not view.my_list and len(chain) < 50:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    order = [view.mine.up_button, view.mine.new_edit, view.mine.add_button, view.answer_edit, view.asked_box]
    assert [chain.index(w) for w in order] == sorted(chain.index(w) for w in order)
    view.my_list.setCurrentRow(0)
    qtbot.keyClick(view.my_list, Qt.Key.Key_Delete)
    assert view.my_list.count() == 1 and view.mine.undo_bar.isVisible()
    assert view.my_list.hasFocus()
