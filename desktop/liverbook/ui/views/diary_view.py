"""The "My diary" tab: check in, past check-ins, trends. A thin view over the core's diary service.

Three entries in the tab's list, each a page beside it: the first page (check in now, the advice
after a warning sign, the last check-in), the past check-ins (a list read a screenful at a time),
and the trends (a chart, a table and a summary per item). Nothing is read from the store until a
page is shown, and then only what that page shows, so the tab opens as fast with five years of
daily check-ins as with none. The check-in itself is a window of its own (``ui/dialogs/checkin.py``),
opened through ``check_in_requested`` by the window's diary actions.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QStackedWidget, QWidget

from liverbook.core.app_core import Core
from liverbook.core.keys import EntryKey
from liverbook.i18n import translate
from liverbook.ui.core_signals import signals_of
from liverbook.ui.views.diary_entries import EntriesPage
from liverbook.ui.views.diary_overview import OverviewPage
from liverbook.ui.views.diary_trends import TrendsPage
from liverbook.ui.views.tab_view import TabView
from liverbook.ui.widgets.fit import scrolling
from liverbook.ui.widgets.tab_path import chain_after

TAB_ID = "diary"
OVERVIEW, ENTRIES, TRENDS = (
    EntryKey.intro("diary"),
    EntryKey.intro("diary-entries"),
    EntryKey.intro("diary-trends"),
)
REFRESH_MS = 150  # saves come in bursts while a check-in is filled in: show them together


class DiaryView(TabView):
    """The diary's three pages; ``check_in_requested`` carries an entry's id to change, or 0 for a new one."""

    check_in_requested = Signal(int)
    settings_requested = Signal()
    export_requested = Signal()

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(TAB_ID, translate("DiaryView", "My diary"), parent)
        self.core = core
        self.overview = OverviewPage(core)
        self._entries: EntriesPage | None = None  # the other two pages are made when first shown
        self._trends: TrendsPage | None = None
        self.stack = QStackedWidget()
        self._pages: dict[EntryKey, QWidget] = {OVERVIEW: scrolling(self.overview)}
        self.stack.addWidget(self._pages[OVERVIEW])
        for key, title, summary in (
            (
                OVERVIEW,
                translate("DiaryView", "Check in"),
                translate("DiaryView", "Check in now, and what to do after a warning sign"),
            ),
            (
                ENTRIES,
                translate("DiaryView", "Past check-ins"),
                translate("DiaryView", "Every check-in, newest first; change or delete one"),
            ),
            (
                TRENDS,
                translate("DiaryView", "Trends"),
                translate("DiaryView", "A chart, a table and a summary for each item"),
            ),
        ):
            self.add_entry(key, title, summary)
        self._lay_out(self.stack)
        self.outline.hide()  # pages of the handbook have an outline; the diary's do not
        self._stale = {OVERVIEW, ENTRIES, TRENDS}
        self._pending: EntryKey | None = None
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self._refresh_shown)
        self.overview.check_in_requested.connect(self.check_in_requested)
        self.overview.page_requested.connect(lambda page: self.link_activated.emit(_page_url(page)))
        self.overview.settings_requested.connect(self.settings_requested)
        self.overview.export_requested.connect(self.export_requested)
        signals = signals_of(core)
        signals.diary_changed.connect(self._diary_changed)
        signals.data_replaced.connect(self.reload)
        signals.records_changed.connect(lambda _kind: self._mark_stale(OVERVIEW, TRENDS))
        signals.situation_changed.connect(lambda _for_you: self._mark_stale(TRENDS))

    @property
    def entries(self) -> EntriesPage:
        """The past check-ins page (made now if it was not yet)."""
        if self._entries is None:
            self._entries = EntriesPage(self.core)
            self._entries.change_requested.connect(self.check_in_requested)
            self._add_page(ENTRIES, self._entries)
        return self._entries

    @property
    def trends(self) -> TrendsPage:
        """The trends page (made now if it was not yet)."""
        if self._trends is None:
            self._trends = TrendsPage(self.core)
            self._add_page(TRENDS, scrolling(self._trends))
        return self._trends

    def _add_page(self, key: EntryKey, page: QWidget) -> None:
        self._pages[key] = page
        self.stack.addWidget(page)
        chain_after(self.page_list, page)  # made after the window: Tab reaches it from the list, in order

    def _page(self, key: EntryKey) -> QWidget:
        if key == ENTRIES:
            self.entries  # noqa: B018 - made on first use
        elif key == TRENDS:
            self.trends  # noqa: B018 - made on first use
        return self._pages[key]

    # -- what the window asks of a tab -------------------------------------------------------------------

    def content_widget(self) -> QWidget:
        return self.stack

    def show_row(self, row: int) -> None:
        keys = self.keys()
        if not 0 <= row < len(keys):
            return
        key = keys[row]
        if key != OVERVIEW and not self.isVisibleTo(self.window()):
            self._pending = key  # a tab behind another: its page is made when the tab is shown
            self.entry_shown.emit(key)
            return
        self.stack.setCurrentWidget(self._page(key))
        if self.isVisibleTo(self.window()):
            self._refresh(key)
        self.entry_shown.emit(key)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._pending is not None and self._pending == self.current_key():
            self.stack.setCurrentWidget(self._page(self._pending))
        self._pending = None
        self._refresh_shown()

    def shown_text(self) -> str:
        """The words of the page shown (what the self-test checks, as it reads a page's text)."""
        page = self.stack.currentWidget()
        if page is None:
            return ""
        texts = [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
        texts += [w.toPlainText() for w in page.findChildren(QPlainTextEdit) if w.isVisibleTo(page)]
        return "\n".join(texts)

    def focus_content(self) -> None:
        key = self.current_key()
        if key == ENTRIES:
            self.entries.list.setFocus()
        elif key == TRENDS:
            self.trends.item_box.setFocus()
        elif self.overview.advice.isVisible():
            self.overview.advice.setFocus()
        else:
            self.overview.check_in_button.setFocus()

    def reload(self) -> None:
        """The data was replaced (an import, delete all): read everything again when shown."""
        self._mark_stale(OVERVIEW, ENTRIES, TRENDS)

    # -- going somewhere ---------------------------------------------------------------------------------

    def show_overview(self, announce: bool = False) -> None:
        """Show the first page (after a check-in): its advice, if any, is announced again."""
        self.show_key(OVERVIEW)
        if OVERVIEW in self._stale:
            self._stale.discard(OVERVIEW)
            self.overview.refresh(announce=announce)
        elif announce:
            self.overview.advice.announce()
        self.focus_content()

    def show_changed(self, entry_id: int) -> None:
        """An older check-in was changed and meets a warning sign: its advice on the first page."""
        self.show_key(OVERVIEW)
        self._stale.discard(OVERVIEW)
        self.overview.show_changed(entry_id)
        self.focus_content()

    def advice_pending(self) -> bool:
        """True when the latest check-in has advice the reader has not read yet."""
        self.overview.refresh()
        self._stale.discard(OVERVIEW)
        return self.overview.advice.advice is not None

    def show_entry(self, entry_id: int) -> bool:
        """Show one past check-in (a search result)."""
        self.show_key(ENTRIES)
        self._refresh(ENTRIES)
        return self.entries.select(entry_id)

    # -- keeping up with the data --------------------------------------------------------------------------

    def _diary_changed(self, _entry_id: int) -> None:
        self._mark_stale(OVERVIEW, ENTRIES, TRENDS)

    def _mark_stale(self, *keys: EntryKey) -> None:
        self._stale.update(keys)
        if self.isVisible():
            self._timer.start()

    def _refresh_shown(self) -> None:
        key = self.current_key()
        if key is not None and self.isVisible():
            self._refresh(key)

    def _refresh(self, key: EntryKey) -> None:
        if key not in self._stale:
            return
        self._stale.discard(key)
        if key == OVERVIEW:
            self.overview.refresh()
        elif key == ENTRIES:
            self.entries.reload()
        else:
            self.trends.fill_items()
            self.trends.refresh()


def _page_url(page_id: str) -> QUrl:
    return QUrl(f"page:{page_id}")
