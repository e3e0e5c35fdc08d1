"""The diary in the window: the check-in key, "Save my diary as a spreadsheet", diary search results.

* View > "Check in to my diary…" (Ctrl+Shift+D) opens the check-in window, or brings forward the
  new check-in already open; when it is done, the "My diary" tab shows its first page, where the
  advice after a warning sign is (and takes the focus, and is announced, if it says "get help now").
* File > "Save my diary as a spreadsheet…" asks where (starting in Documents, through Prompts) and
  says where the file went.
* A search result found in the diary opens that check-in in the tab.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from liverbook.i18n import translate
from liverbook.store import StoreError
from liverbook.ui.prompts import ask_save_path, documents_folder
from liverbook.ui.views import CHECK_IN_KEY

if TYPE_CHECKING:
    from liverbook.diary.service import CheckIn
    from liverbook.search import Result
    from liverbook.ui.dialogs.checkin import CheckInDialog
    from liverbook.ui.views.diary_view import DiaryView
    from liverbook.ui.window.main_window import MainWindow


def suggested_csv_name(today: dt.date) -> str:
    return f"my-diary-{today.isoformat()}.csv"


class DiaryActions(QObject):
    """The window's diary actions (``check_in_action``, ``export_action``) and the tab's requests."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.core = window.core
        self.check_in_action = QAction(translate("DiaryActions", "Check &in to my diary…"), window)
        self.check_in_action.setShortcut(QKeySequence(CHECK_IN_KEY))
        self.check_in_action.triggered.connect(lambda _checked=False: self.check_in())
        self.export_action = QAction(translate("DiaryActions", "Save my diary as a &spreadsheet…"), window)
        self.export_action.triggered.connect(lambda _checked=False: self.export_csv())
        writable = self.core.can_write
        self.check_in_action.setEnabled(writable)
        self.export_action.setEnabled(self.core.store is not None)
        window.tab_views.built.connect(self._tab_built)  # the tab is built when first shown
        for built in window.tab_views.built_views():
            self._tab_built(built)
        window.search.openers["diary"] = self.open_result

    def _tab_built(self, view: object) -> None:
        if getattr(view, "tab_id", None) != "diary":  # (its module is imported when the tab is built)
            return
        diary = cast("DiaryView", view)
        diary.check_in_requested.connect(lambda entry_id: self.check_in(entry_id or None))
        diary.settings_requested.connect(lambda: self.window.show_dialog("diary_settings"))
        diary.export_requested.connect(self.export_csv)

    def view(self) -> DiaryView | None:
        """The "My diary" tab (built now if it was not yet)."""
        from liverbook.ui.views.diary_view import DiaryView

        found = self.window.tab_views.view("diary")
        return found if isinstance(found, DiaryView) else None

    # -- checking in ----------------------------------------------------------------------------------

    def check_in(self, entry_id: int | None = None) -> CheckInDialog | None:
        """Open a check-in (a new one, or the entry to change); a new one already open comes forward."""
        if not self.core.can_write:
            return None
        open_now = self.window.dialogs.get("checkin")
        if open_now is not None and open_now.isVisible() and open_now.is_for(entry_id):  # type: ignore[attr-defined]
            open_now.raise_()
            open_now.activateWindow()
            return open_now  # type: ignore[return-value]
        dialog = self.window.show_dialog("checkin", entry_id)
        dialog.check_in_done.connect(  # type: ignore[attr-defined]
            lambda result, new=entry_id is None, before=dialog.signs_before: self._done(result, new, before)  # type: ignore[attr-defined]
        )
        return dialog  # type: ignore[return-value]

    def _done(self, result: CheckIn | None, new: bool, before: frozenset[str] = frozenset()) -> None:
        """A check-in was closed: after a new one, or a change that meets a warning sign it did not
        meet before (its rules are judged again as it is saved), or when there is advice to read, the
        diary's first page is shown (its advice takes the keyboard and is announced); else a changed
        entry stays in view."""
        view = self.view()
        if view is None or result is None or self.window.closed:
            return
        if not new and result.advice is not None and {r.id for r in result.fired} - before:
            self.window.show_tab(self.window.tabs.indexOf(view))
            view.show_changed(result.entry.id)
        elif new or view.advice_pending():
            self.window.show_tab(self.window.tabs.indexOf(view))
            view.show_overview(announce=True)
        self.window.activateWindow()

    # -- the spreadsheet -----------------------------------------------------------------------------------

    def export_csv(self) -> Path | None:
        """Save the whole diary as a CSV file where the reader chooses; say where it went."""
        if self.core.store is None:
            return None
        self.core.flush_all()
        prompts = self.window.prompts
        target = ask_save_path(
            prompts,
            translate("DiaryActions", "Save my diary as a spreadsheet"),
            documents_folder() / suggested_csv_name(dt.date.today()),
            translate("DiaryActions", "Spreadsheet (CSV) (*.csv)"),
            ".csv",
            self.core.prefs,  # the folder used last time, else Documents, else home
        )
        if target is None:
            return None
        try:
            saved = self.core.diary.export_csv(target)
        except StoreError as error:
            prompts.inform(translate("DiaryActions", "Not saved"), error.user_message, problem=True)
            return None
        prompts.inform(
            translate("DiaryActions", "Diary saved"),
            translate(
                "DiaryActions",
                "Your diary was saved as a spreadsheet file:\n{path}\n\nIt opens in a spreadsheet program such "
                "as LibreOffice Calc or Excel. It holds your health details: keep it somewhere private.",
            ).format(path=saved),
        )
        return saved

    # -- search ------------------------------------------------------------------------------------------

    def open_result(self, result: Result) -> None:
        view = self.view()
        if view is None or not isinstance(result.key, int):
            return
        self.window.show_tab(self.window.tabs.indexOf(view))
        view.show_entry(result.key)
        view.entries.list.setFocus()
