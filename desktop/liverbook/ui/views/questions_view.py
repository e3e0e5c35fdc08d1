"""The "Questions to ask" tab: the tab's pages, each topic of questions to pick from, and "My questions".

On the left a keyboard-navigable list; on the right a stack with the reading pane (for pages), one
page of tick boxes per topic, and the "My questions" panel (:mod:`liverbook.ui.views.my_questions`).
Question words come from the handbook or the user and are always shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from liverbook.content import TABS, Handbook
from liverbook.content.model import Topic
from liverbook.core.app_core import Core
from liverbook.core.keys import MY_QUESTIONS, EntryKey, EntryKind
from liverbook.i18n import translate
from liverbook.render import not_advice, page_html, sources_html
from liverbook.store import StoreError
from liverbook.ui.views.my_questions import MyQuestionsPanel, question_text
from liverbook.ui.views.tab_view import TabView
from liverbook.ui.widgets.follow_focus import FollowingButton, FollowingCheckBox
from liverbook.ui.widgets.labels import plain_label
from liverbook.ui.widgets.tab_path import chain_after
from liverbook.ui.widgets.undo_bar import UndoBar

TAB_ID = "questions"
MINE_KEY = MY_QUESTIONS


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a scroll area that follows the keyboard focus."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop of its own: Tab goes to what is in it
    area.setWidget(widget)
    return area


class TopicPage(QWidget):
    """A topic's questions, each with an "Add to my questions" tick box."""

    toggled = Signal(str, bool)  # question id, ticked
    link_activated = Signal(QUrl)
    mine_requested = Signal()  # "Go to My questions"

    def __init__(self, book: Handbook, topic: Topic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic = topic
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.setSpacing(10)
        layout.addWidget(plain_label(topic.title, bold=True, scale=1.5))
        layout.addWidget(
            plain_label(
                translate(
                    "QuestionsView",
                    "Questions you may want to ask your care team. Tick the ones that matter to you: "
                    'they go on your list under "My questions".',
                )
            )
        )
        # The list the ticks go to, one key away from every tick box (Alt+M), and the first stop
        # after the lists: from a question it took some twenty Shift+Tabs to reach it.
        self.mine_button = FollowingButton()  # in sight when Tab from the list reaches it
        self.mine_button.clicked.connect(self.mine_requested)
        mine_row = QHBoxLayout()
        mine_row.setContentsMargins(0, 0, 0, 0)
        mine_row.addWidget(self.mine_button)
        mine_row.addStretch(1)
        layout.addLayout(mine_row)
        self.set_mine_count(0)
        self.message_label = plain_label()
        self.message_label.setAccessibleName(translate("QuestionsView", "Message"))
        self.message_label.hide()
        layout.addWidget(self.message_label)
        self.undo_bar = UndoBar()
        layout.addWidget(self.undo_bar)
        for question in topic.questions:
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            row = QVBoxLayout(frame)
            row.addWidget(plain_label(question.text, bold=True))
            row.addWidget(plain_label(question.why))
            box = FollowingCheckBox(translate("QuestionsView", "Add to my questions"))  # wraps at large sizes
            box.setAccessibleName(
                translate("QuestionsView", "Add to my questions: {question}").format(question=question.text)
            )
            box.setAccessibleDescription(question.why)
            box.toggled.connect(lambda checked, qid=question.id: self.toggled.emit(qid, checked))
            row.addWidget(box)
            self.boxes[question.id] = box
            layout.addWidget(frame)
        source_ids = tuple(dict.fromkeys(s for q in topic.questions for s in q.sources))
        if source_ids:  # handbook text, escaped by render; never user text
            sources = QLabel(sources_html(book, source_ids))
            sources.setTextFormat(Qt.TextFormat.RichText)
            sources.setWordWrap(True)
            sources.setOpenExternalLinks(False)
            flags = Qt.TextInteractionFlag
            sources.setTextInteractionFlags(flags.LinksAccessibleByMouse | flags.LinksAccessibleByKeyboard)
            sources.linkActivated.connect(lambda link: self.link_activated.emit(QUrl(link)))
            layout.addWidget(sources)
        layout.addWidget(plain_label(not_advice()))
        layout.addStretch(1)

    def set_chosen(self, chosen: set[str]) -> None:
        """Tick exactly the questions that are on the user's list (without reporting toggles)."""
        for question_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(question_id in chosen)
            box.blockSignals(False)

    def set_mine_count(self, count: int) -> None:
        self.mine_button.setText(translate("QuestionsView", "&My questions ({count})").format(count=count))
        self.mine_button.setAccessibleName(
            translate("QuestionsView", "Go to My questions ({count})").format(count=count)
        )

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))


class _TopicPages(dict[str, TopicPage]):
    """The topic pages by topic id; asking for one that is not built yet builds it."""

    def __init__(self, build: Callable[[str], TopicPage]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, topic_id: str) -> TopicPage:
        page = self._build(topic_id)
        self[topic_id] = page
        return page


class QuestionsView(TabView):
    """The "Questions to ask" tab: its pages, each topic of questions, and "My questions"."""

    questions_changed = Signal()

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(TAB_ID, translate("Tabs", dict(TABS)[TAB_ID]), parent)
        self.core = core
        self.book = book = core.book
        self.store = core.store
        self.entry_list = self.page_list  # the name this tab's tests know
        self.stack = QStackedWidget()
        self.stack.addWidget(self.reader)
        self._panes: dict[EntryKey, QWidget] = {}
        for page in book.pages_in_tab(TAB_ID):
            self._add(EntryKey.page(page.id), page.title, page.summary, self.reader)
        # A topic's page of tick boxes is built the first time it is shown or asked for (start-up
        # builds none: all of them took longer than the rest of the window).
        self._topics = {topic.id: topic for topic in book.topics}
        self.topic_pages = _TopicPages(self._build_topic_page)
        for topic in book.topics:
            shown = translate("QuestionsView", "Questions: {topic}").format(topic=topic.title)
            self._add(EntryKey.topic(topic.id), shown, topic.title, None)
        self.mine = MyQuestionsPanel(core)
        self.mine.questions_changed.connect(self._mine_changed)
        mine_area = scrolled(self.mine)
        self.stack.addWidget(mine_area)
        self._add(
            MINE_KEY,
            translate("QuestionsView", "My questions"),
            translate("QuestionsView", "Your list of questions and the answers"),
            mine_area,
        )
        # The widgets tests and the main window reach for.
        self.my_list = self.mine.my_list
        self.answer_edit = self.mine.answer_edit
        self.date_edit = self.mine.date_edit
        self.dated_box = self.mine.dated_box
        self.asked_box = self.mine.asked_box
        self.status_label = self.mine.status_label
        self._lay_out(self.stack)
        self._sync()

    def _add(self, key: EntryKey, title: str, summary: str, pane: QWidget | None) -> None:
        self.add_entry(key, title, summary)
        if pane is not None:
            self._panes[key] = pane

    def _build_topic_page(self, topic_id: str) -> TopicPage:
        """Build a topic's page (KeyError for an unknown topic), ticked to match the user's list."""
        topic = self._topics[topic_id]
        topic_page = TopicPage(self.book, topic)
        topic_page.toggled.connect(self._topic_toggled)
        topic_page.link_activated.connect(self.link_activated)
        topic_page.undo_bar.undo_requested.connect(self._undo_from_topic)
        topic_page.mine_requested.connect(self.go_to_mine)
        area = scrolled(topic_page)
        self.stack.addWidget(area)
        self._panes[EntryKey.topic(topic_id)] = area
        # Built after the window set its Tab order: put the page's boxes right after the lists
        # beside it (they came after the toolbar, through an empty stop).
        chain_after(self.outline.list, topic_page)
        self._sync_topic_page(topic_page)
        return topic_page

    def _pane(self, key: EntryKey) -> QWidget:
        if key not in self._panes and key.kind is EntryKind.TOPIC:
            self.topic_pages[key.id]  # builds it
        return self._panes[key]

    def content_widget(self) -> QWidget:
        return self.stack

    def focus_content(self) -> None:
        """Put the keyboard focus in what the right side shows (the page text, a tick box, the list)."""
        key = self.current_key()
        topic_page = (
            self.topic_pages[key.id]
            if key is not None and key.kind is EntryKind.TOPIC and key.id in self._topics
            else None
        )
        if key == MINE_KEY:
            self.mine.setFocus()
        elif topic_page is not None and topic_page.boxes:
            next(iter(topic_page.boxes.values())).setFocus()
        else:
            self.reader.setFocus()

    def show_row(self, row: int) -> None:
        keys = self.keys()
        if not 0 <= row < len(keys):
            return
        key = keys[row]
        if key != MINE_KEY:
            self.mine.save_pending()
        if key.kind is EntryKind.PAGE:
            self.reader.setHtml(page_html(self.book, self.book.page(key.id)))
            self.reader.verticalScrollBar().setValue(0)
        self.stack.setCurrentWidget(self._pane(key))
        self.outline.setVisible(key.kind is EntryKind.PAGE and bool(self.outline.entries))  # pages only
        self.entry_shown.emit(key)

    def go_to_mine(self) -> None:
        """Show "My questions" with the keyboard in it (Back returns to the topic)."""
        self.leaving.emit()
        self.show_key(MINE_KEY)
        self.focus_content()

    # -- the user's list ------------------------------------------------------------------------------
    def flush(self) -> bool:
        """Save typed answers now (call before quitting); True when everything is saved."""
        return self.mine.save_pending()

    def reload(self) -> None:
        """Read the list from the store again (e.g. after an import), once the words being typed
        are saved: into the data now in place, with their question put back if it lacks it."""
        self.mine.save_pending()
        self.mine.reload()
        self._sync()

    def my_questions_title(self) -> str:
        return translate("QuestionsView", "My questions ({count})").format(count=len(self.mine.questions))

    def _sync(self) -> None:
        """Make the tick boxes, the entry title and the undo offers match the list."""
        for topic_page in self.topic_pages.values():  # the ones built so far; the others on their turn
            self._sync_topic_page(topic_page)
        item = self.page_list.item(self.keys().index(MINE_KEY))
        item.setText(self.my_questions_title())

    def _sync_topic_page(self, topic_page: TopicPage) -> None:
        topic_page.set_chosen(self.mine.chosen_ids())
        topic_page.set_mine_count(len(self.mine.questions))
        removed = self.mine.last_removed
        here = removed is not None and removed.question_id in topic_page.boxes
        topic_page.undo_bar.offer(question_text(self.book, removed) if here and removed else None)

    def _mine_changed(self) -> None:
        self._sync()
        self.questions_changed.emit()

    def _topic_toggled(self, question_id: str, checked: bool) -> None:
        topic_page = self.topic_pages[self.book.question(question_id).topic]
        topic_page.show_message("")
        try:
            if checked:
                self.mine.add_curated(question_id)
            else:
                mine = next((q for q in self.mine.questions if q.question_id == question_id), None)
                if mine is not None:
                    self.mine.remove(mine.id)
        except StoreError as error:
            topic_page.show_message(error.user_message)
            self._sync()  # put the tick back as it was

    def _undo_from_topic(self) -> None:
        removed = self.mine.last_removed
        try:
            self.mine.undo_remove()
        except StoreError as error:
            if removed is not None and removed.question_id is not None:
                topic_id = self.book.question(removed.question_id).topic
                self.topic_pages[topic_id].show_message(error.user_message)
