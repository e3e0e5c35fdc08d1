"""Page 1 of the visit report as it will print, drawn off the window's thread.

"Prepare for a visit" asks for a new picture whenever a choice or the data changes; a quarter of a
second after the last such change, a worker thread reads the data through a store of its own
(``Store.reader()``, as the search index does), builds the report and draws page 1 with
:func:`~liverbook.summary.report_pdf.preview_image`. Typing, ticking and scrolling never wait for
it: one drawing runs at a time, and a wish made meanwhile is drawn when it ends (what it was
drawing by then is dropped). Where there is no second store to read (a read-only folder keeps its
data in memory), the data is read on the window's thread and only the drawing is done aside.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from PySide6.QtGui import QImage

from liverbook.core.app_core import Core
from liverbook.i18n import translate
from liverbook.store.errors import StoreError
from liverbook.summary.report_choices import ReportChoices
from liverbook.summary.report_data import ReportData

LOG = logging.getLogger(__name__)
DELAY_MS = 250  # after the last change: ticking three boxes in a row draws once


@dataclass(frozen=True)
class PreviewResult:
    """A drawing of page 1 and what is known of the report's length; or why there is none."""

    image: QImage | None
    pages: int = 0
    exact: bool = False  # True: the pages were counted; False: estimated (a long report)
    warning: str | None = None  # what to say before making a report this long
    problem: str = ""  # why page 1 could not be drawn, in plain words


@dataclass(frozen=True)
class _Job:
    number: int
    choices: ReportChoices
    width_px: int
    today: dt.date
    marked_pages: int
    reader: object | None  # a store of the worker's own, closed there
    data: ReportData | None  # or the data, read already


class _Worker(QThread):
    """One drawing, in a thread of Qt's own (the text layout and the PDF writer want an event
    dispatcher in the thread that makes them)."""

    def __init__(self, job: _Job, draw: Callable[[_Job], None]) -> None:
        super().__init__()
        self.job = job
        self._draw = draw

    def run(self) -> None:
        self._draw(self.job)


class ReportPreviewer(QObject):
    """Draws page 1 of the report as chosen, a moment after the last wish, one drawing at a time."""

    drawn = Signal(object)  # a PreviewResult, on the window's thread
    started = Signal()  # a drawing began (the dialog may fade the old picture)
    _finished = Signal(int, object)  # from the worker thread: (job number, PreviewResult)

    def __init__(self, core: Core, parent: QObject | None = None, delay_ms: int = DELAY_MS) -> None:
        super().__init__(parent)
        self.core = core
        self.result: PreviewResult | None = None
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._start)
        self._wish: tuple[ReportChoices, int, dt.date] | None = None
        self._wish_number = 0
        self._running: _Worker | None = None
        self._finished.connect(self._done)

    @property
    def busy(self) -> bool:
        """True while a wish waits or is being drawn."""
        return self._running is not None or self._timer.isActive()

    def request(self, choices: ReportChoices, width_px: int, today: dt.date) -> None:
        """Draw page 1 of the report as ``choices`` make it on ``today``, ``width_px`` wide, in a moment."""
        self._wish = (choices, max(200, width_px), today)
        self._wish_number += 1
        self._timer.start()

    def stop(self) -> None:
        """Forget any wish and wait for a drawing under way to end (before the dialog goes)."""
        self._timer.stop()
        self._wish = None
        if self._running is not None:
            self._running.wait()

    def wait(self, timeout_s: float = 30.0) -> PreviewResult | None:
        """Wait until the last wish is drawn (tests and scripts); its result."""
        import time

        end = time.monotonic() + timeout_s
        while self.busy and time.monotonic() < end:
            if self._timer.isActive():
                self._timer.stop()
                self._start()
            if self._running is not None:
                self._running.wait(max(1, int((end - time.monotonic()) * 1000)))
            QCoreApplication.processEvents()
        return self.result

    # -- the worker ------------------------------------------------------------------------------------
    def _start(self) -> None:
        if self._running is not None or self._wish is None:
            return  # the drawing under way starts the next when it ends
        choices, width, today = self._wish
        reader, data = None, None
        store = self.core.store
        if store is not None:
            try:
                reader = store.reader()
            except (StoreError, RuntimeError):  # no file to read beside it: read here, draw aside
                from liverbook.summary.report_plan import gather_for

                try:
                    data = gather_for(store, self.core.book, choices, today, self.core.english_book)
                except StoreError as exc:
                    self._show(PreviewResult(None, problem=exc.user_message))
                    return
        job = _Job(self._wish_number, choices, width, today, len(self.core.for_you.pages), reader, data)
        self._running = _Worker(job, self._run)
        self.started.emit()
        self._running.start(QThread.Priority.LowPriority)

    def _run(self, job: _Job) -> None:
        from liverbook.summary.report_pdf import preview_image
        from liverbook.summary.report_plan import gather_for, plan_preview

        book = self.core.book
        try:
            data = (
                job.data
                if job.data is not None
                else gather_for(job.reader, book, job.choices, job.today, self.core.english_book)
            )
            plan = plan_preview(book, data, job.choices, today=job.today, marked_pages=job.marked_pages)
            image, count = preview_image(plan.report, job.choices.paper, 0, job.width_px)
            result = PreviewResult(image, count if plan.whole else plan.estimate, plan.whole, plan.warning)
        except StoreError as exc:
            result = PreviewResult(None, problem=exc.user_message)
        except Exception:  # a bug: said in plain words (printing still tries), told in the log
            LOG.exception("page 1 of the visit report could not be drawn")
            result = PreviewResult(
                None,
                problem=translate(
                    "ReportPreview",
                    "Page 1 could not be drawn here. You can still print the report or save it as a PDF.",
                ),
            )
        finally:
            close = getattr(job.reader, "close", None)
            if close is not None:
                close()
        self._finished.emit(job.number, result)

    def _done(self, number: int, result: PreviewResult) -> None:
        running = self._running
        if running is not None and running.job.number == number:
            running.wait()
            running.deleteLater()
            self._running = None
        if number == self._wish_number:
            self._show(result)
        elif self._wish is not None and not self._timer.isActive():
            self._start()  # a wish came while this was drawn: draw that now

    def _show(self, result: PreviewResult) -> None:
        self.result = result
        self.drawn.emit(result)
