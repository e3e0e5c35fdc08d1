"""The "Questions to ask" tab: the tab's pages, each topic of questions to pick from, and "My questions".

On the left a keyboard-navigable list; on the right a stack with the reading pane (for pages), one
page of tick boxes per topic, and the "My questions" panel (:mod:`liverbook.ui.questions_mine`).
Question words come from the handbook or the user and are always shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from liverbook.content import Handbook
from liverbook.content.model import Topic
from liverbook.render import NOT_ADVICE, sources_html
from liverbook.store import Store, StoreError
from liverbook.ui.outline import OutlineList
from liverbook.ui.questions_mine import MyQuestionsPanel, UndoBar, plain_label, question_text
from liverbook.ui.section_view import ReadingPane, entry_list, list_beside

TAB_ID = "questions"
MINE_KEY = "mine"


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a scroll area that follows the keyboard focus."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


class TopicPage(QWidget):
    """A topic's questions, each with an "Add to my questions" tick box."""

    toggled = Signal(str, bool)  # question id, ticked
    link_activated = Signal(QUrl)

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
                "Questions you may want to ask your care team. Tick the ones that matter to you: "
                'they go on your list under "My questions".'
            )
        )
        self.message_label = plain_label()
        self.message_label.setAccessibleName("Message")
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
            box = QCheckBox("Add to my questions")
            box.setAccessibleName(f"Add to my questions: {question.text}")
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
        layout.addWidget(plain_label(NOT_ADVICE))
        layout.addStretch(1)

    def set_chosen(self, chosen: set[str]) -> None:
        """Tick exactly the questions that are on the user's list (without reporting toggles)."""
        for question_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(question_id in chosen)
            box.blockSignals(False)

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


class QuestionsView(QWidget):
    """The "Questions to ask" tab. Keys: ``page:<id>``, ``topic:<id>`` and ``mine``."""

    link_activated = Signal(QUrl)
    entry_shown = Signal(str)
    questions_changed = Signal()

    def __init__(
        self,
        book: Handbook,
        store: Store,
        render_page: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tab_id = TAB_ID
        self.title = "Questions to ask"
        self.book = book
        self.store = store
        self.render_page = render_page
        self.entry_list = entry_list("Questions to ask: list of pages")
        self.page_list = self.entry_list  # the name SectionView uses
        self.stack = QStackedWidget()
        self.reader = ReadingPane()
        self.reader.anchorClicked.connect(self._anchor_clicked)
        self.stack.addWidget(self.reader)
        self._keys: list[str] = []
        self._panes: dict[str, QWidget] = {}
        for page in book.pages_in_tab(TAB_ID):
            self._add_entry(f"page:{page.id}", page.title, page.summary, self.reader)
        # A topic's page of tick boxes is built the first time it is shown or asked for (start-up
        # builds none: all of them took longer than the rest of the window).
        self._topics = {topic.id: topic for topic in book.topics}
        self.topic_pages = _TopicPages(self._build_topic_page)
        for topic in book.topics:
            self._add_entry(f"topic:{topic.id}", f"Questions: {topic.title}", topic.title, None)
        self.mine = MyQuestionsPanel(book, store)
        self.mine.questions_changed.connect(self._mine_changed)
        mine_area = scrolled(self.mine)
        self.stack.addWidget(mine_area)
        self._add_entry(MINE_KEY, "My questions", "Your list of questions and the answers", mine_area)
        # The widgets tests and the main window reach for.
        self.my_list = self.mine.my_list
        self.answer_edit = self.mine.answer_edit
        self.date_edit = self.mine.date_edit
        self.dated_box = self.mine.dated_box
        self.asked_box = self.mine.asked_box
        self.status_label = self.mine.status_label

        self.outline = OutlineList(self.reader)
        self.outline.link_chosen.connect(self._anchor_clicked)
        self.splitter = list_beside(self, self.entry_list, self.stack, below=self.outline)
        self.entry_list.currentRowChanged.connect(self._show_row)
        self._sync()

    def _add_entry(self, key: str, title: str, summary: str, pane: QWidget | None) -> None:
        item = QListWidgetItem(title)
        item.setToolTip(summary)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.entry_list.addItem(item)
        self._keys.append(key)
        if pane is not None:
            self._panes[key] = pane

    def _build_topic_page(self, topic_id: str) -> TopicPage:
        """Build a topic's page (KeyError for an unknown topic), ticked to match the user's list."""
        topic = self._topics[topic_id]
        topic_page = TopicPage(self.book, topic)
        topic_page.toggled.connect(self._topic_toggled)
        topic_page.link_activated.connect(self.link_activated)
        topic_page.undo_bar.undo_requested.connect(self._undo_from_topic)
        area = scrolled(topic_page)
        self.stack.addWidget(area)
        self._panes[f"topic:{topic_id}"] = area
        self._sync_topic_page(topic_page)
        return topic_page

    def _pane(self, key: str) -> QWidget:
        if key not in self._panes and key.startswith("topic:"):
            self.topic_pages[key.removeprefix("topic:")]  # builds it
        return self._panes[key]

    def order_tab_path(self) -> None:
        """Tab as the eye reads: the list, "On this page" under it, then what is shown beside them."""
        QWidget.setTabOrder(self.entry_list, self.outline.list)
        QWidget.setTabOrder(self.outline.list, self.stack)

    # -- navigation (the same calls as SectionView) -------------------------------------------------
    def keys(self) -> list[str]:
        return list(self._keys)

    def current_key(self) -> str | None:
        row = self.entry_list.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def show_key(self, key: str) -> bool:
        """Select and show the entry with this key; False if the tab has no such entry."""
        if key not in self._keys:
            return False
        row = self._keys.index(key)
        if self.entry_list.currentRow() == row:
            self._show_row(row)
        else:
            self.entry_list.setCurrentRow(row)
        return True

    def ensure_shown(self) -> None:
        """Show the first entry if nothing is chosen yet."""
        if self.entry_list.currentRow() < 0 and self._keys:
            self.entry_list.setCurrentRow(0)

    def focus_content(self) -> None:
        """Put the keyboard focus in what the right side shows (the page text, a tick box, the list)."""
        key = self.current_key() or ""
        topic_id = key.removeprefix("topic:")
        topic_page = self.topic_pages[topic_id] if key.startswith("topic:") and topic_id in self._topics else None
        if key == MINE_KEY:
            self.mine.setFocus()
        elif topic_page is not None and topic_page.boxes:
            next(iter(topic_page.boxes.values())).setFocus()
        else:
            self.reader.setFocus()

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self._keys):
            return
        key = self._keys[row]
        if key != MINE_KEY:
            self.mine.save_pending()
        if key.startswith("page:"):
            self.reader.setHtml(self.render_page(key.removeprefix("page:")))
            self.reader.verticalScrollBar().setValue(0)
        self.stack.setCurrentWidget(self._pane(key))
        self.outline.setVisible(key.startswith("page:") and bool(self.outline.entries))  # pages only
        self.entry_shown.emit(key)

    def _anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "" and url.fragment():
            self.reader.scrollToAnchor(url.fragment())
            return
        self.link_activated.emit(url)

    # -- the user's list ------------------------------------------------------------------------------
    def flush(self) -> bool:
        """Save typed answers now (call before quitting); True when everything is saved."""
        return self.mine.save_pending()

    def reload(self) -> None:
        """Read the list from the store again (e.g. after an import)."""
        self.mine.reload()
        self._sync()

    def my_questions_title(self) -> str:
        return f"My questions ({len(self.mine.questions)})"

    def _sync(self) -> None:
        """Make the tick boxes, the entry title and the undo offers match the list."""
        for topic_page in self.topic_pages.values():  # the ones built so far; the others on their turn
            self._sync_topic_page(topic_page)
        item = self.entry_list.item(self._keys.index(MINE_KEY))
        item.setText(self.my_questions_title())

    def _sync_topic_page(self, topic_page: TopicPage) -> None:
        topic_page.set_chosen(self.mine.chosen_ids())
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
