"""The main window: the handbook tabs, the notes pane, "My situation", menus, and remembered layout."""

from __future__ import annotations

import gc
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from liverbook import APP_NAME, paths
from liverbook.content import TABS, Handbook
from liverbook.render import page_html, topic_html
from liverbook.store import Situation, Store, StoreError
from liverbook.ui import themes
from liverbook.ui.data_actions import DataActions
from liverbook.ui.fit import place_window, scrolling
from liverbook.ui.glossary_view import GLOSSARY, GlossaryView
from liverbook.ui.jump import find_in
from liverbook.ui.notes_pane import NotesPane
from liverbook.ui.prompts import Prompts
from liverbook.ui.questions_view import QuestionsView
from liverbook.ui.search_view import SearchField, SearchResults
from liverbook.ui.section_view import Entry, SectionView
from liverbook.ui.situation import SituationDialog, situation_tags
from liverbook.ui.status_line import StatusLine
from liverbook.ui.term_popup import TermHelp
from liverbook.ui.toolbar import build_toolbar
from liverbook.ui.window_fit import WindowFit
from liverbook.ui.zoom import ZoomControl

if TYPE_CHECKING:  # imported where first used: none of them is needed to show the first page
    from liverbook.search import Result, SearchIndex
    from liverbook.ui.dialogs import AboutDialog, OutsideLinkDialog
    from liverbook.ui.help_dialogs import ShortcutsDialog, WelcomeDialog
    from liverbook.ui.summary_dialog import SummaryDialog

NOTICE = "This handbook explains. It does not replace your care team's advice."
MY_HANDBOOK = ("my-handbook", "My handbook")
BACKUP_CHECK_MS = 60 * 60 * 1000
HELP_LINES_PAGE = "practical-matters"
INDEX_AFTER_MS = 1500  # once the window is up: build the search index in the background


def tab_entries(book: Handbook, tab_id: str) -> list[Entry]:
    """The entries of one tab: its pages, and on the Questions tab each topic of questions."""
    entries = [
        Entry(f"page:{p.id}", p.title, p.summary, lambda for_you, p=p: page_html(book, p, for_you=for_you))
        for p in book.pages_in_tab(tab_id)
    ]
    if tab_id == "questions":
        entries += [
            Entry(f"topic:{t.id}", f"Questions: {t.title}", t.title, lambda _for_you, t=t: topic_html(book, t))
            for t in book.topics
        ]
    return entries


def my_handbook_entries(book: Handbook, tags: frozenset[str]) -> list[Entry]:
    """The "My handbook" list: an introduction, then every page marked for this reader."""
    pages = book.pages_for(tags)
    if pages:
        intro = (
            f"<h1>My handbook</h1><p>These {len(pages)} pages are marked for your situation. "
            "They are also marked with a star in each tab. To change what applies to you, use "
            "<b>My situation</b> in the <b>View</b> menu.</p>"
        )
    else:
        intro = (
            "<h1>My handbook</h1><p>Tell the handbook what applies to you, and the pages meant for you "
            "will be listed here. Use <b>My situation</b> in the <b>View</b> menu. It is optional, "
            "and it stays on this computer.</p>"
        )
    entries = [Entry("intro:my-handbook", "About this list", "What this list is", lambda _f: intro)]
    entries += [
        Entry(f"page:{p.id}", p.title, p.summary, lambda for_you, p=p: page_html(book, p, for_you=True))
        for p in pages
    ]
    return entries


class IndexBuild:
    """The search index, built in a worker thread from the notes as they were when it started.

    Most of the work is SQLite's, which lets the window's thread run meanwhile; the rest is done in
    small slices (see ``NOTES_PER_INSERT``), so the window never waits long for Python's lock.
    """

    def __init__(self, book: Handbook, notes: list[object]) -> None:
        from liverbook.search import SearchIndex  # imported here, not in the worker

        self._result: SearchIndex | None = None
        self._thread = threading.Thread(target=self._run, args=(SearchIndex, book, notes), name="search-index", daemon=True)
        self._thread.start()

    def _run(self, index_class: type[SearchIndex], book: Handbook, notes: list[object]) -> None:
        collecting = gc.isenabled()
        gc.disable()  # a full collection in here would hold Python's lock for tens of ms: not meanwhile
        try:
            self._result = index_class.build(book, notes)  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - the first search then builds it in the foreground, and says why
            self._result = None
        finally:
            if collecting:
                gc.enable()

    def result(self) -> SearchIndex | None:
        """The index (waiting for it if it is not finished), or None if building it failed."""
        self._thread.join()
        return self._result


class MainWindow(QMainWindow):
    """Tabs of the handbook; links between pages open inside the app, outside ones are only shown."""

    def __init__(
        self,
        book: Handbook,
        store: Store | None = None,
        store_message: str = "",
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.store = store
        self.prompts = prompts or Prompts(self)
        self.setWindowTitle(APP_NAME)
        self.status_line = StatusLine(self.statusBar(), NOTICE)
        self.notice = self.status_line.notice
        self.settings = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
        self.outside_dialog: OutsideLinkDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.situation_dialog: SituationDialog | None = None
        self.summary_dialog: SummaryDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.welcome_dialog: WelcomeDialog | None = None
        self.situation = self.load_situation()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        themes.apply(app, themes.load(self.settings))  # before any page is drawn
        self.zoom = ZoomControl(app, self.settings, parent=self)

        self.term_help = TermHelp(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName("Handbook sections")
        self._views: list[SectionView | QuestionsView] = []
        self.questions_view: QuestionsView | None = None
        for tab_id, title in TABS:
            if tab_id == "questions" and store is not None:
                self.questions_view = QuestionsView(book, store, lambda pid: page_html(book, book.page(pid)))
                self._add_view(self.questions_view, title)
            else:
                self._add_view(SectionView(tab_id, title, tab_entries(book, tab_id)), title)
        self.my_view = SectionView(MY_HANDBOOK[0], MY_HANDBOOK[1], [])
        self._add_view(self.my_view, MY_HANDBOOK[1])
        self.glossary_view = GlossaryView(book)
        self._add_view(self.glossary_view, GLOSSARY[1])
        for view in self._views:
            view.order_tab_path()
        self.tabs.currentChanged.connect(self._tab_changed)

        self._search_index: SearchIndex | None = None
        self._notes_to_reindex: set[int] = set()  # saved since the index last saw them
        self._index_build: IndexBuild | None = None
        self._before_search: QWidget | None = None
        self.search_field = SearchField()
        self.search_results = SearchResults()
        self.center = QStackedWidget()  # the tabs, or search results in their place while searching
        self.center.addWidget(self.tabs)
        self.center.addWidget(self.search_results)
        self.setCentralWidget(self.center)
        self.search_field.textChanged.connect(self._search_changed)
        self.search_field.returnPressed.connect(self._open_current_result)
        self.search_field.cancelled.connect(self.cancel_search)
        self.search_field.down_pressed.connect(self._focus_results)
        self.search_results.chosen.connect(self.open_result)
        self.search_results.cancelled.connect(self.cancel_search)

        titles = {p.id: p.title for p in book.pages}
        self.notes = NotesPane(store, titles, unavailable_message=store_message)
        self.notes.note_saved.connect(self._note_saved)
        self.notes.note_removed.connect(self._note_removed)
        self.notes_dock = QDockWidget("My notes", self)
        self.notes_dock.setObjectName("notes-dock")
        self.notes_dock.setWidget(scrolling(self.notes))  # a short window scrolls the pane, not the window
        self.notes_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)

        self.data_actions = DataActions(self)
        self._build_menus()
        self.toolbar = build_toolbar(self)
        self.fitting = WindowFit(self)
        self.apply_situation(self.situation, save=False)
        self._restore()
        self.fitting.text_size_changed()  # the sizes that follow the text size, and room for the page
        self.closed = False
        self.backup_timer: QTimer | None = None
        if store is not None:
            self.backup_timer = QTimer(self)
            self.backup_timer.setInterval(BACKUP_CHECK_MS)
            self.backup_timer.timeout.connect(self.backup_if_due)
            self.backup_timer.start()
            QTimer.singleShot(0, self.backup_if_due)
        # The first search would otherwise build the index while the reader waits (0.7 s with
        # 10,000 notes): build it in the background once the window is up.
        QTimer.singleShot(INDEX_AFTER_MS, self.build_index_in_background)

    def _add_view(self, view: SectionView | QuestionsView, title: str) -> None:
        view.link_activated.connect(self.follow_link)
        view.entry_shown.connect(self._entry_shown)
        self.term_help.watch(view.reader)
        self.zoom.watch(view.reader)
        self._views.append(view)
        self.tabs.addTab(view, title)

    # -- menus ----------------------------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.summary_action = self._action("&Print my summary…", self.show_summary, QKeySequence.StandardKey.Print)
        file_menu.addAction(self.summary_action)
        file_menu.addSeparator()
        for action in self.data_actions.actions():
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", self.close, QKeySequence.StandardKey.Quit))

        view_menu = self.menuBar().addMenu("&View")
        self.situation_action = self._action("My &situation…", self.show_situation, "Ctrl+Shift+M")
        view_menu.addAction(self.situation_action)
        toggle = self.notes_dock.toggleViewAction()
        toggle.setText("&Notes pane")
        toggle.setShortcut(QKeySequence("F9"))
        self.notes_toggle = toggle
        view_menu.addAction(toggle)
        view_menu.addAction(self._action("&New note", lambda: self._focus_notes(None), QKeySequence.StandardKey.New))
        view_menu.addAction(self._action("Note on this &page", self._note_on_page, "Ctrl+Shift+N"))
        view_menu.addSeparator()
        self.zoom_actions = self.zoom.make_actions(self)
        for action in self.zoom_actions:
            view_menu.addAction(action)
        colours = view_menu.addMenu("&Colours")
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.theme_group = themes.theme_actions(self, app, self.settings)
        for action in self.theme_group.actions():
            colours.addAction(action)

        go_menu = self.menuBar().addMenu("&Go")
        self.search_action = self._action("&Search…", self.focus_search, QKeySequence.StandardKey.Find)
        self.search_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("Ctrl+K")])
        go_menu.addAction(self.search_action)
        go_menu.addSeparator()
        for index, (_, title) in enumerate([*TABS, MY_HANDBOOK, GLOSSARY]):
            go_menu.addAction(
                self._action(f"&{index + 1} {title}", lambda _c=False, i=index: self.show_tab(i), f"Alt+{index + 1}")
            )

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("&Help lines and trusted resources", self.show_help_lines))
        self.shortcuts_action = self._action("&Keyboard shortcuts", self.show_shortcuts, "F1")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self._action("&Welcome", self.show_welcome))
        help_menu.addSeparator()
        help_menu.addAction(self._action("&Not medical advice", self.show_about))
        self.about_action = self._action(f"&About {APP_NAME}", self.show_about)
        help_menu.addAction(self.about_action)

    def section_views(self) -> list[SectionView | QuestionsView]:
        return list(self._views)

    # -- navigation ------------------------------------------------------------------------------------
    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self._views[index].ensure_shown()

    def current_view(self) -> SectionView | QuestionsView:
        return self._views[self.tabs.currentIndex()]

    def open_key(self, key: str) -> bool:
        """Show the page or topic with this key ("page:<id>"), switching tab if needed."""
        for index, view in enumerate(self._views):
            if key in view.keys():
                self.tabs.setCurrentIndex(index)
                view.show_key(key)
                if isinstance(view, QuestionsView):
                    view.focus_content()
                else:
                    view.reader.setFocus()
                return True
        return False

    def follow_link(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "page":
            self.open_key(f"page:{url.path()}")
        elif scheme == "term":
            self.show_term(url.path())
        else:
            self.show_outside_address(url.toString())

    def show_term(self, term_id: str) -> None:
        """A glossary word chosen: its meaning beside it, in the status bar, and to screen readers."""
        self.term_help.show_term(term_id)

    def show_outside_address(self, address: str) -> None:
        if self.outside_dialog is not None:
            self.outside_dialog.close()
        from liverbook.ui.dialogs import OutsideLinkDialog

        self.outside_dialog = OutsideLinkDialog(address, self)
        self.outside_dialog.show()

    def show_about(self) -> None:
        if self.about_dialog is None:
            from liverbook.ui.dialogs import AboutDialog

            self.about_dialog = AboutDialog(self.book, self)
        self.about_dialog.show()
        self.about_dialog.raise_()

    def show_help_lines(self) -> None:
        """Help > Help lines: the page with free help lines, opened at them."""
        if self.open_key(f"page:{HELP_LINES_PAGE}"):
            reader = getattr(self.current_view(), "reader", None)
            if isinstance(reader, QTextBrowser):
                find_in(reader, "Free help lines")

    def show_shortcuts(self) -> None:
        if self.shortcuts_dialog is None:
            from liverbook.ui.help_dialogs import ShortcutsDialog

            self.shortcuts_dialog = ShortcutsDialog(self.menuBar(), self)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()

    def show_welcome(self) -> WelcomeDialog:
        if self.welcome_dialog is None:
            from liverbook.ui.help_dialogs import WelcomeDialog

            self.welcome_dialog = WelcomeDialog(self)
            self.welcome_dialog.situation_wanted.connect(self.show_situation)
        self.welcome_dialog.show()
        self.welcome_dialog.raise_()
        return self.welcome_dialog

    def welcome_if_first_run(self) -> bool:
        """On the very first start, say what the handbook is and offer My situation (once only)."""
        # Not value(type=bool): in PySide6 6.12 that miscounts references to True/False and the
        # interpreter aborts at exit ("bool_dealloc"). An ini file stores the word "true".
        from liverbook.ui.help_dialogs import WELCOME_KEY

        if str(self.settings.value(WELCOME_KEY, "")).lower() == "true":
            return False
        self.settings.setValue(WELCOME_KEY, True)
        self.settings.sync()
        self.show_welcome()
        return True

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self._views):
            self._views[index].ensure_shown()
            self._entry_shown(self._views[index].current_key() or "")

    def _entry_shown(self, key: str) -> None:
        kind, _, ident = key.partition(":")
        self.notes.set_current_page(ident if kind == "page" else None)

    def _focus_notes(self, page_id: str | None) -> None:
        self.notes_dock.show()
        self.notes.start_note(page_id)

    def _note_on_page(self) -> None:
        if self.notes.current_page:
            self._focus_notes(self.notes.current_page)

    # -- search -----------------------------------------------------------------------------------------
    def _notes_for_index(self) -> list[object]:
        if self.store is None:
            return []
        try:
            return list(self.store.list_notes())
        except StoreError:
            return []

    def build_index_in_background(self) -> None:
        """Start building the search index in a worker thread (nothing to do if it is under way or built)."""
        if self.closed or self._search_index is not None or self._index_build is not None:
            return
        try:
            notes = self._notes_for_index()
        except RuntimeError:  # the store was closed under the window: the first search will see
            return
        self._notes_to_reindex.clear()
        self._index_build = IndexBuild(self.book, notes)

    @property
    def search_index(self) -> SearchIndex:
        """The handbook, the glossary, the questions and the user's notes, ready to search.

        Built in the background soon after start (:meth:`build_index_in_background`); a search
        before it is finished waits for it, and one with no build under way builds it here.
        Notes saved since the last search are indexed again here, not at every autosave: indexing
        a long note takes long enough (60 ms for 1 MB) to stall typing if done at each pause.
        """
        if self._search_index is None and self._index_build is not None:
            self._search_index = self._index_build.result()  # notes saved since: reindexed below
            self._index_build = None
        if self._search_index is None:
            from liverbook.search import SearchIndex

            self._notes_to_reindex.clear()
            self._search_index = SearchIndex.build(self.book, self._notes_for_index())  # type: ignore[arg-type]
        if self._notes_to_reindex and self.store is not None:
            for note_id in sorted(self._notes_to_reindex):
                try:
                    note = self.store.get_note(note_id)
                except StoreError:
                    continue  # kept for the next search
                if note is None:
                    self._search_index.remove_note(note_id)
                else:
                    self._search_index.set_note(note.id, note.text, note.page_id)
                self._notes_to_reindex.discard(note_id)
        return self._search_index

    def reindex_notes(self) -> None:
        """The notes changed wholesale (import, delete all): read them again on the next search."""
        if self._search_index is not None:
            self._search_index.close()
            self._search_index = None
        self._index_build = None  # a build under way read the old notes: its index is dropped
        self._notes_to_reindex.clear()

    def _note_saved(self, note_id: int) -> None:
        if self._search_index is not None or self._index_build is not None:
            self._notes_to_reindex.add(note_id)

    def _note_removed(self, note_id: int) -> None:
        if self._index_build is not None:
            self._notes_to_reindex.add(note_id)  # gone from the store: taken out once the build is in
        else:
            self._notes_to_reindex.discard(note_id)
        if self._search_index is not None:
            self._search_index.remove_note(note_id)

    def focus_search(self) -> None:
        if QApplication.focusWidget() is not self.search_field:
            self._before_search = QApplication.focusWidget()
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _search_changed(self, text: str) -> None:
        if not text.strip():
            self.center.setCurrentWidget(self.tabs)
            return
        self.search_results.show_results(text, self.search_index.search(text))
        self.center.setCurrentWidget(self.search_results)

    def _focus_results(self) -> None:
        if self.center.currentWidget() is self.search_results and self.search_results.list.count():
            self.search_results.list.setFocus()

    def _open_current_result(self) -> None:
        if self.center.currentWidget() is self.search_results:
            result = self.search_results.current()
            if result is not None:
                self.open_result(result)

    def _leave_search(self) -> None:
        """Empty the field (without searching for nothing) and show the tabs again."""
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self.center.setCurrentWidget(self.tabs)

    def cancel_search(self) -> None:
        """Esc: clear the search and go back to where the reader was."""
        self._leave_search()
        before = self._before_search
        if isinstance(before, QWidget) and before.isVisible():
            before.setFocus()
        else:
            self.current_view().setFocus()

    def open_result(self, result: Result) -> None:
        """Open a result where it lives, with the first matching words selected."""
        self._leave_search()
        if result.kind == "note":
            self.notes_dock.show()
            self.notes.open_note(int(result.key))
            if result.first_match:
                find_in(self.notes.editor, result.first_match)
            self.notes.editor.setFocus()
            return
        if result.kind == "term":
            self.open_key(f"term:{result.key}")
        elif result.kind == "question" and result.parent:
            self.open_key(f"topic:{result.parent}")
            return
        else:
            self.open_key(f"page:{result.key}")
        reader = getattr(self.current_view(), "reader", None)
        if isinstance(reader, QTextBrowser) and result.first_match:
            find_in(reader, result.first_match)

    # -- my situation ------------------------------------------------------------------------------------
    def load_situation(self) -> Situation:
        if self.store is None:
            return Situation()
        try:
            return self.store.get_situation()
        except StoreError:
            return Situation()

    def show_situation(self) -> None:
        if self.situation_dialog is not None:
            self.situation_dialog.close()
        self.situation_dialog = SituationDialog(self.book, self.situation, self)
        self.situation_dialog.situation_saved.connect(self.apply_situation)
        self.situation_dialog.show()

    def show_summary(self) -> SummaryDialog:
        """File > Print my summary…: a window beside the handbook, not blocking it."""
        if self.summary_dialog is None:
            from liverbook.ui.summary_dialog import SummaryDialog

            self.summary_dialog = SummaryDialog(self)
        self.summary_dialog.refresh()
        self.summary_dialog.show()
        self.summary_dialog.raise_()
        self.summary_dialog.activateWindow()
        return self.summary_dialog

    def apply_situation(self, situation: Situation, save: bool = True) -> None:
        """Remember the reader's situation and mark the pages meant for them."""
        if save and self.store is not None:
            try:
                self.store.set_situation(situation)
            except StoreError as exc:
                self.prompts.inform("Not saved", exc.user_message, problem=True)
        self.situation = situation
        tags = situation_tags(situation)
        keys = {f"page:{p.id}" for p in self.book.pages_for(tags)}
        for view in self._views[: len(TABS)]:
            if isinstance(view, SectionView):
                view.mark_for_you(keys)
        self.my_view.set_entries(my_handbook_entries(self.book, tags))
        if self.summary_dialog is not None:
            self.summary_dialog.refresh()

    # -- data safety --------------------------------------------------------------------------------------
    def backup_if_due(self) -> None:
        if self.store is None or self.closed:
            return
        try:
            self.store.maybe_backup()
        except StoreError as exc:
            self.statusBar().showMessage(f"The daily backup could not be made: {exc.user_message}", 15000)

    def flush_all(self) -> bool:
        """Save everything the user typed. True when nothing is left unsaved."""
        ok = self.notes.flush()
        if self.questions_view is not None:
            ok = self.questions_view.flush() and ok
        return ok

    # -- remembered layout ---------------------------------------------------------------------------------
    def _restore(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        place_window(self, geometry if isinstance(geometry, (bytes, QByteArray)) else None)
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)
        for view in self._views:
            sizes = s.value(f"tabs/{view.tab_id}/splitter")
            if sizes is not None:
                view.splitter.restoreState(sizes)
            key = s.value(f"tabs/{view.tab_id}/entry")
            if isinstance(key, str):
                view.show_key(key)
        notes_split = s.value("notes/splitter")
        if notes_split is not None:
            self.notes.splitter.restoreState(notes_split)
        try:
            index = int(s.value("window/tab", 0))
        except (TypeError, ValueError):
            index = 0
        self.show_tab(index if 0 <= index < len(self._views) else 0)

    def save_layout(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/tab", self.tabs.currentIndex())
        s.setValue("notes/splitter", self.notes.splitter.saveState())
        for view in self._views:
            s.setValue(f"tabs/{view.tab_id}/splitter", view.splitter.saveState())
            key = view.current_key()
            if key:
                s.setValue(f"tabs/{view.tab_id}/entry", key)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.closed:
            event.accept()
            return
        if not self.flush_all() and not self.prompts.confirm(
            self.tr("Your latest words are not saved"),
            self.tr("The app could not save your latest note or answer (the notes pane says why).\n\n"
                    "If you quit now, those words will be lost. Keep the app open to copy them somewhere "
                    "safe first, or to try again."),
            yes=self.tr("Quit and lose those words"),
            no=self.tr("Keep the app open"),
        ):
            event.ignore()
            return
        self.save_layout()
        self.backup_if_due()
        self.closed = True
        if self._index_build is not None:  # let the worker finish before the app does
            self._index_build.result()
            self._index_build = None
        if self.backup_timer is not None:
            self.backup_timer.stop()
        for dialog in (
            self.outside_dialog, self.about_dialog, self.situation_dialog, self.summary_dialog,
            self.shortcuts_dialog, self.welcome_dialog,
        ):
            if dialog is not None:
                dialog.close()
        super().closeEvent(event)
