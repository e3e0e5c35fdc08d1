"""What a start leaves until the first page is on screen: nothing runs before it that the page does not need.

Once the window has painted its first page and the event loop is free again, these run one after
the other, each in a worker thread, so that the window answers the reader throughout:

1. the check of every row of the notes file, when the store was opened without it (a store of
   years takes most of a second to check; damage found is handled as damage found at any time:
   the file is set aside and the same offer as at start is made, see ``damage.py``);
2. the daily backup, if one is due (``backups.py``);
3. the modules of the tabs not shown yet (:data:`AHEAD`), one per turn of the event loop, while the
   window waits to build the index: a tab's view imported whole (My diary: some 20 modules) held the
   window 15 to 25 ms, one module at a time holds it a few;
4. the search index, no sooner than :data:`INDEX_AFTER_MS` after the first paint;
5. the search results list (its module and widgets), so that the first letter typed in the search
   field does not wait for them;
6. the tabs not shown yet, one at a time, :data:`TAB_GAP_MS` apart, once the index is built: so that
   switching to one later shows it at once (a tab switched to before then is built there and then).

If the window is never painted (minimised at start, a platform that draws nothing), the steps start
after :data:`UNPAINTED_MS` all the same.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from liverbook.ui.window.main_window import MainWindow

INDEX_AFTER_MS = 1500  # after the first paint: build the search index in the background
UNPAINTED_MS = 3000  # start the steps anyway if no paint has come by then
TAB_GAP_MS = 120  # between two tabs built ahead: the window answers keys and clicks in between
POLL_MS = 30

# What the tabs built ahead (and the search) import, leaves first, so that each import finds what it
# needs already there and costs a few ms. A module left out is imported with its tab, as before; a
# module renamed fails tests/test_start_later.py, not the app.
AHEAD = (
    "liverbook.content.diary_model",  # My diary: its content, model and service, then its pages
    "liverbook.store.diary_model",
    "liverbook.diary.after_check_in",
    "liverbook.diary.items",
    "liverbook.ui.views.diary_entries",
    "liverbook.store.targets",
    "liverbook.diary.trends",
    "liverbook.diary.service",
    "liverbook.ui.views.diary_overview",
    "liverbook.ui.views.trend_loader",
    "liverbook.ui.views.diary_trends",
    "liverbook.ui.views.diary_view",
    "liverbook.content.records_model",  # My records
    "liverbook.records.model",
    "liverbook.ui.views.records.records_view",
    "liverbook.ui.views.my_questions",  # Questions to ask
    "liverbook.ui.views.questions_view",
    "liverbook.ui.views.glossary_view",
    "liverbook.search.index",
)


class AfterStart(QObject):
    """Runs the start's later steps once the window's first page has been painted."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.started = False
        self.finished = False
        self._watched: QWidget | None = None
        self._steps: list[Callable[[], bool]] = [
            self._check_rows,
            self._backup,
            self._import_ahead,
            self._index,
            self._search_results,
            self._tabs,
        ]
        self._ahead = list(AHEAD)
        self._waiting: Callable[[], bool] | None = None  # True once the step under way is done
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._next)
        self._index_due = QTimer(self)
        self._index_due.setSingleShot(True)
        self._index_due.setInterval(INDEX_AFTER_MS)
        QTimer.singleShot(UNPAINTED_MS, self.start)

    def watch(self, target: QWidget) -> None:
        """Start once ``target`` (the first page's text) has been painted."""
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = target
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and watched is self._watched:
            watched.removeEventFilter(self)
            self._watched = None
            QTimer.singleShot(0, self.start)  # once this paint is done and the loop is free
        return False

    def start(self) -> None:
        """Begin the steps (at most once)."""
        if self.started or self.window.closed:
            return
        self.started = True
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        self._index_due.start()
        self._poll.start()
        self._next()

    def _next(self) -> None:
        if self.window.closed:
            self._poll.stop()
            return
        if self._waiting is not None and not self._waiting():
            return
        self._waiting = None
        while self._steps:
            step = self._steps.pop(0)
            if step():  # started, in the background: come back when it is done
                return
        self._poll.stop()
        self.finished = True

    # -- the steps: each returns True if it started something to wait for ---------------------------

    def _check_rows(self) -> bool:
        check = self.window.core.row_check
        if not check.start():
            return False

        def checked() -> bool:
            if not check.done:
                return False
            check.finish()  # damage: set aside, and offered by the window's DamageWatch
            return True

        self._waiting = checked
        return True

    def _backup(self) -> bool:
        backups = self.window.backups
        backups.start()
        if backups.running:
            self._waiting = lambda: not backups.running
            return True
        return False

    def _import_ahead(self) -> bool:
        """One module of :data:`AHEAD`, then back to the event loop until the next poll."""
        while self._ahead:
            name = self._ahead.pop(0)
            if name in sys.modules:
                continue
            try:
                importlib.import_module(name)
            except ImportError:  # said when its tab is built, where the reader sees it
                continue
            self._steps.insert(0, self._import_ahead)
            self._waiting = lambda: True  # the next poll: keys and paints come first
            return True
        return False

    def _index(self) -> bool:
        if self._index_due.isActive():
            self._steps.insert(0, self._index)  # not yet: come back when it is time
            self._waiting = lambda: not self._index_due.isActive()
            return True
        search = self.window.core.search
        search.build_in_background()
        if search.working:
            self._waiting = lambda: not search.working
            return True
        return False

    def _search_results(self) -> bool:
        self.window.search.results  # noqa: B018 - made on first use: make it now, while nobody types
        return False

    def _tabs(self) -> bool:
        tabs = self.window.tab_views
        missing = tabs.unbuilt()
        if not missing:
            return False
        tabs.view_at(missing[0])
        if len(missing) > 1:
            self._steps.insert(0, self._tabs)
            due = time.monotonic() + TAB_GAP_MS / 1000
            self._waiting = lambda: time.monotonic() >= due
            return True
        return False
