"""The Trends page's reading and drawing, done in a worker thread so that the window never waits.

Five years of daily answers took 90 to 200 ms to read and summarise and 50 to 100 ms more to draw on
a busy two-core machine: on the window's thread, every change of item or period froze the window
that long. Here a worker thread reads through a store of its own (``Store.reader()``, as the search
index and the visit report's preview do), with :func:`liverbook.diary.trend_read.read_trend`, and
draws the chart into a picture (:func:`liverbook.ui.widgets.chart_view.chart_image`). The window's
thread only looks every few milliseconds whether the work is done (:class:`~liverbook.core.background.Job`
knows no Qt) and then shows it.

One piece of work runs at a time; the newest wish wins: a wish made meanwhile is started when the
running one ends, and what the running one made is then dropped. Where there is no second store to
read (a read-only folder keeps its data in memory), the data is read on the window's thread and
only the drawing is done aside.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QImage

from liverbook.core.app_core import Core
from liverbook.core.background import Job
from liverbook.diary.chart import ChartStyle
from liverbook.diary.trend_read import Trend, read_trend
from liverbook.i18n import translate
from liverbook.store.errors import StoreError

LOG = logging.getLogger(__name__)
POLL_MS = 15  # how often the window's thread looks whether the work is done
_RUNNING: set[Job[Any]] = set()  # waited for before the app quits (a thread must not draw then)


@dataclass(frozen=True)
class Wish:
    """What to read and how to draw it; ``trend`` given: only draw it again (a new size or theme)."""

    item_id: str
    period: str
    size: QSize
    ratio: float
    style: ChartStyle
    trend: Trend | None = None


@dataclass(frozen=True)
class Loaded:
    """What a wish made: the trend and its picture, or why there is none (in plain words)."""

    wish: Wish
    trend: Trend | None
    image: QImage | None
    problem: str = ""


class TrendLoader(QObject):
    """Reads and draws one item's trend off the window's thread; :attr:`loaded` gives the newest."""

    loaded = Signal(object)  # a Loaded, on the window's thread

    def __init__(self, core: Core, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self._wish: Wish | None = None  # not started yet
        self._latest: Wish | None = None  # the one to show (None: show nothing that is under way)
        self._running: tuple[Wish, Job[Loaded]] | None = None
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._check)
        _wait_at_quit()

    @property
    def busy(self) -> bool:
        """True while a wish waits or is worked on."""
        return self._running is not None or self._wish is not None

    def request(self, wish: Wish) -> None:
        """Read and draw ``wish`` as soon as the work under way (if any) is done."""
        self._wish = self._latest = wish
        if self._running is None:
            self._start()

    def cancel(self) -> None:
        """Show nothing of what was asked so far (the work under way ends unseen)."""
        self._wish = self._latest = None

    def wait(self, timeout_s: float = 30.0) -> None:
        """Until the newest wish is shown (tests and scripts)."""
        end = time.monotonic() + timeout_s
        while self.busy and time.monotonic() < end:
            if self._running is not None:
                self._running[1].wait()
            self._check()
            QCoreApplication.processEvents()

    def _start(self) -> None:
        wish, self._wish = self._wish, None
        if wish is None:
            return
        store = self.core.store
        if store is None or store.closed:  # the window closed while a chart was wished for
            self._latest = None
            return
        diary = self.core.diary
        reader = None
        try:
            reader = None if wish.trend is not None else store.reader()
        except (StoreError, RuntimeError):  # no file to read beside it: read here, draw aside
            try:
                asked = wish
                wish = Wish(
                    wish.item_id, wish.period, wish.size, wish.ratio, wish.style, self._read_here(wish)
                )
                if self._latest is asked:
                    self._latest = wish
            except StoreError as exc:
                self.loaded.emit(Loaded(self._latest or wish, None, None, exc.user_message))
                return
            except RuntimeError:  # closed meanwhile: nobody is looking
                self._latest = None
                return

        def work() -> Loaded:
            try:
                trend = wish.trend
                if trend is None:
                    assert reader is not None
                    trend = read_trend(diary.reading_from(reader), wish.item_id, wish.period)
            except StoreError as exc:
                return Loaded(wish, None, None, exc.user_message)
            finally:
                if reader is not None:
                    reader.close()
            from liverbook.ui.widgets.chart_view import chart_image

            return Loaded(wish, trend, chart_image(trend.chart, wish.size, wish.ratio, wish.style))

        job: Job[Loaded] = Job("diary-trend", work)
        _RUNNING.add(job)
        self._running = (wish, job)
        self._poll.start()

    def _read_here(self, wish: Wish) -> Trend:
        return read_trend(self.core.diary, wish.item_id, wish.period)

    def _check(self) -> None:
        running = self._running
        if running is None or not running[1].done:
            return
        self._running = None
        self._poll.stop()
        wish, job = running
        _RUNNING.discard(job)
        try:
            result = job.result()
        except Exception:  # a bug: said in plain words, told in the log
            LOG.exception("a diary chart could not be read or drawn")
            result = Loaded(
                wish,
                None,
                None,
                translate(
                    "DiaryTrends", "This chart could not be shown. The table may still show the answers."
                ),
            )
        if result.wish is self._latest:
            self.loaded.emit(result)
        self._start()  # a newer wish that came meanwhile, if any (this one is then not shown)


def _wait_at_quit() -> None:
    """Once: before the app quits, let a drawing under way end (a thread must not draw as Qt stops)."""
    app = QCoreApplication.instance()
    if app is None or app.property("liverbook-trends-wait"):
        return
    app.setProperty("liverbook-trends-wait", True)
    app.aboutToQuit.connect(_wait_all)


def _wait_all() -> None:
    for job in list(_RUNNING):
        job.wait()
    _RUNNING.clear()
