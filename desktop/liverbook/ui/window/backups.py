"""The daily backup while the window is open: once the window is up and free, every hour, and when it closes.

The store takes a backup only when the data changed since the last one and none was taken today,
and never of a store that holds nothing (:class:`liverbook.core.background.DailyBackup`). While the
window is open the copy is made in a worker thread (a large store takes hundreds of milliseconds and
dozens of fsyncs, which the reader should never wait for); a timer looks every few tens of
milliseconds whether it is done, and the store records it then. If one cannot be made, the status
bar says so. On closing, a backup still due is made there and then.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStatusBar

from liverbook.core.app_core import Core
from liverbook.i18n import translate

CHECK_MS = 60 * 60 * 1000
POLL_MS = 40
STATUS_MS = 15000


class Backups(QObject):
    """Asks the core for the daily backup now and then, and says when one could not be made."""

    def __init__(self, core: Core, status: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.status = status
        self.timer: QTimer | None = None
        self.stopped = False
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._look)
        if core.store is not None:
            self.timer = QTimer(self)
            self.timer.setInterval(CHECK_MS)
            self.timer.timeout.connect(self.start)
            self.timer.start()

    @property
    def running(self) -> bool:
        """True while a backup is being copied."""
        return self.core.daily_backup.running

    def start(self) -> None:
        """Start the backup in the background if one is due (the window is up: see after_start.py)."""
        if self.stopped or self.core.closed:
            return
        self._said(self.core.daily_backup.start())
        if self.core.daily_backup.running:
            self._poll.start()

    def _look(self) -> None:
        backup = self.core.daily_backup
        if not backup.running:
            self._poll.stop()
        elif backup.done:
            self._poll.stop()
            self._said(backup.finish())

    def backup_if_due(self) -> None:
        """The backup here and now if one is due (when the window closes)."""
        if self.stopped:
            return
        self._poll.stop()
        self._said(self.core.backup_if_due())

    def _said(self, problem: str | None) -> None:
        if problem is not None:
            message = translate("Backups", "The daily backup could not be made: {reason}").format(
                reason=problem
            )
            self.status.showMessage(message, STATUS_MS)

    def stop(self) -> None:
        """No more backups from this window (the window is closing)."""
        self.stopped = True
        self._poll.stop()
        if self.timer is not None:
            self.timer.stop()
