"""The main window: it puts the parts together, each of which does one job (see the package's docstring).

The window drives a :class:`~liverbook.core.app_core.Core` (the handbook and the user's data, no Qt)
and shows it: the tabs (:mod:`.tabs`), the notes pane (:mod:`.notes_dock`), search
(:mod:`.search`), glossary pop-ups (:mod:`.glossary_popups`), the menus (:mod:`.menus`) and
toolbar, the dialogs (:mod:`.dialogs`), data actions, the layout it remembers (:mod:`.layout`),
backups, themes and the text size. What the window offers others (tests, the app, dialogs) is
the small set of methods below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QTextBrowser, QWidget

from liverbook.core.app_core import Core
from liverbook.core.keys import EntryKey
from liverbook.i18n import QT_TRANSLATE_NOOP, app_name, translate
from liverbook.settings import open_settings
from liverbook.store import Situation, StoreError
from liverbook.ui.appearance import themes
from liverbook.ui.appearance.zoom import ZoomActions, ZoomControl
from liverbook.ui.prompts import Prompts
from liverbook.ui.views.tab_view import TabView
from liverbook.ui.widgets.enter_presses import press_focused_button
from liverbook.ui.widgets.jump import find_in
from liverbook.ui.window.after_start import INDEX_AFTER_MS as INDEX_AFTER_MS, AfterStart
from liverbook.ui.window.backups import Backups
from liverbook.ui.window.damage import DamageWatch
from liverbook.ui.window.data_actions import DataActions
from liverbook.ui.window.dialogs import WindowDialogs
from liverbook.ui.window.diary_actions import DiaryActions
from liverbook.ui.window.example_mode import ExampleBanner, ExampleWindows, with_banner
from liverbook.ui.window.glossary_popups import TermHelp
from liverbook.ui.window.layout import restore_layout, restore_view, save_layout
from liverbook.ui.window.menus import build_menus
from liverbook.ui.window.navigation import Navigation
from liverbook.ui.window.notes_dock import NotesDock
from liverbook.ui.window.search import SearchController
from liverbook.ui.window.status_line import StatusLine
from liverbook.ui.window.tabs import Tabs
from liverbook.ui.window.toolbar import Toolbars, build_toolbar
from liverbook.ui.window.window_fit import WindowFit

if TYPE_CHECKING:
    from liverbook.search import Result
    from liverbook.ui.views.search_results import SearchResults

NOTICE = QT_TRANSLATE_NOOP(
    "MainWindow", "This handbook explains. It does not replace your care team's advice."
)
SHORT_NOTICE = QT_TRANSLATE_NOOP("MainWindow", "It does not replace your care team's advice.")
HELP_LINES_PAGE = "practical-matters"


class MainWindow(QMainWindow):
    """Tabs of the handbook; links between pages open inside the app, outside ones are only shown."""

    # Made by build_menus, build_toolbar and with_banner; kept here for the toolbar and the tests.
    summary_action: QAction
    situation_action: QAction
    notes_toggle: QAction
    search_action: QAction
    shortcuts_action: QAction
    example_action: QAction
    about_action: QAction
    zoom_actions: ZoomActions
    theme_group: QActionGroup
    language_group: QActionGroup
    example_banner: ExampleBanner
    toolbars: Toolbars  # made by build_toolbar

    def __init__(self, core: Core, prompts: Prompts | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.book = core.book
        self.store = core.store
        self.prompts = prompts or Prompts(self)
        self.setWindowTitle(app_name())
        self.status_line = StatusLine(
            self.statusBar(), translate("MainWindow", NOTICE), translate("MainWindow", SHORT_NOTICE)
        )
        self.notice = self.status_line.notice
        self.settings = open_settings(core.data_dir)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        themes.apply(app, themes.load(self.settings))  # before any page is drawn
        self.zoom = ZoomControl(app, self.settings, parent=self)
        self.dialogs = WindowDialogs(self, self)
        self.term_help = TermHelp(self)

        self.tab_views = Tabs(core, self._watch, parent=self)  # each tab built when first shown
        self.tabs = self.tab_views.widget
        self.tab_views.link_activated.connect(self.follow_link)
        self.search = SearchController(core, self.tab_views, self.statusBar(), self)
        self.search_field, self.center = self.search.field, self.search.center
        self.examples = ExampleWindows(self)
        self.setCentralWidget(with_banner(self, self.center))  # the example person's banner, if it is one
        self.notes_keeper = NotesDock(core, self)
        self.notes, self.notes_dock = self.notes_keeper.pane, self.notes_keeper.dock
        self.search.openers["note"] = self.notes_keeper.open_result
        self.search.openers["record"] = self._open_record  # builds My records when one is chosen
        self.tab_views.entry_shown.connect(self.notes_keeper.entry_shown)

        self.data_actions = DataActions(core, self.prompts, self)
        self.damage = DamageWatch(core, self.prompts, self)
        # The check-in key, the diary's spreadsheet, its search results:
        self.diary_actions = DiaryActions(self)
        self.navigation = Navigation(self)  # Back and Forward
        self.search.opening.connect(self.navigation.leaving)
        build_menus(self)
        self.toolbar = build_toolbar(self)
        self.fitting = WindowFit(self)
        self.tab_views.built.connect(self._tab_built)
        restore_layout(self)  # builds the tab the window opens on
        self.tab_views.order_tab_paths()
        self.fitting.text_size_changed()  # the sizes that follow the text size, and room for the page
        self.closed = False
        self.reopen_in: str | None = None  # a language chosen in View > Language: ui/app.py reopens in it
        self.backups = Backups(core, self.statusBar(), self)
        # The row check, the daily backup and the search index wait until the first page is painted.
        self.after_start = AfterStart(self)
        self.after_start.watch(self.page_widget())

    def _watch(self, view: TabView) -> None:
        self.term_help.watch(view.reader)
        self.zoom.watch(view.reader)

    def _tab_built(self, view: TabView) -> None:
        """A tab built after start (first shown or asked for): its remembered layout, its sizes."""
        restore_view(self, view)
        if hasattr(self, "fitting"):
            self.fitting.view_built(view)

    def _open_record(self, result: Result) -> None:
        records = self.tab_views.view("records")
        if records is not None:
            records.open_result(result)  # type: ignore[attr-defined]

    @property
    def search_results(self) -> SearchResults:
        return self.search.results  # made at the first search

    @property
    def questions_view(self) -> TabView | None:
        return self.tab_views.view("questions")

    @property
    def my_view(self) -> TabView | None:
        return self.tab_views.view("my-handbook")

    @property
    def glossary_view(self) -> TabView | None:
        return self.tab_views.view("glossary")

    def page_widget(self) -> QWidget:
        """What shows the current page's text (a start waits for it to be painted)."""
        view = self.current_view()
        target: QWidget = view.reader.viewport()
        stack = getattr(view, "stack", None)  # the Questions tab may show a topic's cards instead
        shown = stack.currentWidget() if isinstance(stack, QStackedWidget) else None
        return shown if shown is not None and shown is not view.reader else target

    # -- the tabs ----------------------------------------------------------------------------------
    def section_views(self) -> list[TabView]:
        """Every tab's view (building those not built yet; the window itself acts on the built ones)."""
        return list(self.tab_views.views)

    def show_tab(self, index: int) -> None:
        self.tab_views.show_tab(index)

    def current_view(self) -> TabView:
        return self.tab_views.current_view()

    def open_key(self, key: EntryKey) -> bool:
        """Show the page, topic or word with this key, switching tab if needed."""
        return self.tab_views.open_key(key)

    def follow_link(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "page":
            self.open_key(EntryKey.page(url.path()))
        elif scheme == "term":
            self.show_term(url.path())
        else:
            self.show_outside_address(url.toString())

    def show_term(self, term_id: str) -> None:
        """A glossary word chosen: its meaning beside it, in the status bar, and to screen readers."""
        self.term_help.show_term(term_id)

    def show_help_lines(self) -> None:
        """Help > Help lines: the page with free help lines, opened at them."""
        self.navigation.leaving()
        if self.open_key(EntryKey.page(HELP_LINES_PAGE)):
            reader = getattr(self.current_view(), "reader", None)
            if isinstance(reader, QTextBrowser):
                find_in(reader, translate("MainWindow", "Free help lines"))

    # -- search --------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.focus()

    def cancel_search(self) -> None:
        self.search.cancel()

    def open_result(self, result: Result) -> None:
        self.search.open_result(result)

    # -- dialogs -------------------------------------------------------------------------------------
    def show_dialog(self, name: str, *args: object) -> QWidget:
        """Open the dialog of this name (see :mod:`liverbook.ui.dialogs.registry`)."""
        return self.dialogs.show(name, *args)

    def show_outside_address(self, address: str) -> QWidget:
        return self.show_dialog("outside_link", address)

    def show_situation(self) -> QWidget:
        return self.show_dialog("situation")

    def show_summary(self) -> QWidget:
        """File > Prepare for a visit…: the visit report, in a window beside the handbook."""
        return self.show_dialog("visit_report")

    def show_welcome(self) -> QWidget:
        return self.show_dialog("welcome")

    def welcome_if_first_run(self) -> bool:
        """On the very first start, say what the handbook is and offer My situation (once only)."""
        # Not value(type=bool): in PySide6 6.12 that miscounts references to True/False and the
        # interpreter aborts at exit ("bool_dealloc"). An ini file stores the word "true".
        from liverbook.ui.dialogs.welcome import WELCOME_KEY

        if str(self.settings.value(WELCOME_KEY, "")).lower() == "true":
            return False
        self.settings.setValue(WELCOME_KEY, True)
        self.settings.sync()
        self.show_welcome()
        return True

    # -- the user's data -------------------------------------------------------------------------------
    def apply_situation(self, situation: Situation, save: bool = True) -> None:
        """Remember the reader's situation and mark the pages meant for them."""
        try:
            self.core.set_situation(situation, save=save)
        except StoreError as exc:
            self.prompts.inform(translate("MainWindow", "Not saved"), exc.user_message, problem=True)

    def flush_all(self) -> bool:
        """Save everything the user typed. True when nothing is left unsaved."""
        return self.core.flush_all()

    def save_layout(self) -> None:
        save_layout(self)

    def change_language(self, code: str) -> None:
        """View > Language chose ``code``: close, saving everything, so that ui/app.py reopens the window
        in it at once. The example person's window, and a window whose latest words could not be saved,
        keep the choice for the next start instead, and say so."""
        from liverbook.ui.language import changed_message, installed

        if code == installed():
            return
        if self.core.is_example or not self.flush_all():
            self.prompts.inform(translate("Menus", "Language"), changed_message(code))
            return
        self.reopen_in = code
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not press_focused_button(self, event):  # Enter on a focused button, as in dialogs
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.closed:
            event.accept()
            return
        if not self.flush_all():
            from liverbook.core.unsaved import quit_message, reveal_first

            unsaved = self.core.unsaved()
            if not self.prompts.confirm(
                translate("MainWindow", "Your latest words are not saved"),
                quit_message(unsaved),
                yes=translate("MainWindow", "Quit and lose those words"),
                no=translate("MainWindow", "Keep the app open"),
            ):
                event.ignore()
                reveal_first(unsaved)
                return
        self.save_layout()
        self.backups.backup_if_due()
        self.backups.stop()
        self.closed = True
        self.core.search.close()  # let the index's worker finish before the app does
        self.dialogs.close_all()
        self.examples.close_all()
        super().closeEvent(event)
