"""The main window: the four handbook tabs, menus, the not-advice notice, and remembered layout."""

from __future__ import annotations

import html

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QCursor, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QToolTip, QWidget

from liverbook import APP_NAME, paths
from liverbook.content import TABS, Handbook
from liverbook.render import page_html, topic_html
from liverbook.ui.dialogs import AboutDialog, OutsideLinkDialog
from liverbook.ui.section_view import Entry, SectionView

NOTICE = "This handbook explains. It does not replace your care team's advice."


def tab_entries(book: Handbook, tab_id: str) -> list[Entry]:
    """The entries of one tab: its pages, and on the Questions tab each topic of questions."""
    entries = [
        Entry(f"page:{p.id}", p.title, p.summary, lambda p=p: page_html(book, p)) for p in book.pages_in_tab(tab_id)
    ]
    if tab_id == "questions":
        entries += [
            Entry(f"topic:{t.id}", f"Questions: {t.title}", t.title, lambda t=t: topic_html(book, t))
            for t in book.topics
        ]
    return entries


class MainWindow(QMainWindow):
    """Tabs of the handbook; links between pages open inside the app, outside ones are only shown."""

    def __init__(self, book: Handbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.setWindowTitle(APP_NAME)
        self.settings = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
        self.outside_dialog: OutsideLinkDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName("Handbook sections")
        self._views: list[SectionView] = []
        for tab_id, title in TABS:
            view = SectionView(tab_id, title, tab_entries(book, tab_id))
            view.link_activated.connect(self.follow_link)
            self._views.append(view)
            self.tabs.addTab(view, title)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self.notice = QLabel(NOTICE)
        self.notice.setAccessibleName("Notice")
        self.statusBar().addPermanentWidget(self.notice, 1)
        self._build_menus()
        self.resize(1100, 760)
        self._restore()

    # -- building -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu("&Go")
        for index, (_, title) in enumerate(TABS):
            action = QAction(f"&{index + 1} {title}", self)
            action.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            action.triggered.connect(lambda checked=False, i=index: self.show_tab(i))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu("&Help")
        self.about_action = QAction(f"&About {APP_NAME}", self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        advice_action = QAction("&Not medical advice", self)
        advice_action.triggered.connect(self.show_about)
        help_menu.addAction(advice_action)

    def section_views(self) -> list[SectionView]:
        return list(self._views)

    # -- navigation -------------------------------------------------------------------------------
    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self._views[index].ensure_shown()

    def current_view(self) -> SectionView:
        return self._views[self.tabs.currentIndex()]

    def open_key(self, key: str) -> bool:
        """Show the page or topic with this key ("page:<id>"), switching tab if needed."""
        for index, view in enumerate(self._views):
            if key in view.keys():
                self.tabs.setCurrentIndex(index)
                view.show_key(key)
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
        term = self.book.terms.get(term_id)
        if term is None:
            return
        text = f"<b>{html.escape(term.term)}</b>: {html.escape(term.definition)}"
        QToolTip.showText(QCursor.pos(), text, self)
        self.statusBar().showMessage(f"{term.term}: {term.definition}", 15000)

    def show_outside_address(self, address: str) -> None:
        if self.outside_dialog is not None:
            self.outside_dialog.close()
        self.outside_dialog = OutsideLinkDialog(address, self)
        self.outside_dialog.show()

    def show_about(self) -> None:
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self.book, self)
        self.about_dialog.show()
        self.about_dialog.raise_()

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self._views):
            self._views[index].ensure_shown()

    # -- remembered layout ---------------------------------------------------------------------------
    def _restore(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for view in self._views:
            sizes = s.value(f"tabs/{view.tab_id}/splitter")
            if sizes is not None:
                view.splitter.restoreState(sizes)
            key = s.value(f"tabs/{view.tab_id}/entry")
            if isinstance(key, str):
                view.show_key(key)
        index = s.value("window/tab", 0)
        try:
            index = int(index)
        except (TypeError, ValueError):
            index = 0
        self.show_tab(index if 0 <= index < len(self._views) else 0)

    def save_layout(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/tab", self.tabs.currentIndex())
        for view in self._views:
            s.setValue(f"tabs/{view.tab_id}/splitter", view.splitter.saveState())
            key = view.current_key()
            if key:
                s.setValue(f"tabs/{view.tab_id}/entry", key)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_layout()
        for dialog in (self.outside_dialog, self.about_dialog):
            if dialog is not None:
                dialog.close()
        super().closeEvent(event)
