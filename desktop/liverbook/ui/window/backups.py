"""The daily backup while the window is open: soon after start, every hour, and when it closes.

The store takes a backup only when the data changed since the last one and none was taken today
(:meth:`liverbook.store.Store.maybe_backup`); if one cannot be made, the status bar says so.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStatusBar

from liverbook.core.app_core import Core
from liverbook.i18n import translate

CHECK_MS = 60 * 60 * 1000
STATUS_MS = 15000


class Backups(QObject):
    """Asks the core for the daily backup now and then."""

    def __init__(self, core: Core, status: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.status = status
        self.timer: QTimer | None = None
        self.stopped = False
        if core.store is not None:
            self.timer = QTimer(self)
            self.timer.setInterval(CHECK_MS)
            self.timer.timeout.connect(self.backup_if_due)
            self.timer.start()
            QTimer.singleShot(0, self.backup_if_due)

    def backup_if_due(self) -> None:
        if self.stopped:
            return
        problem = self.core.backup_if_due()
        if problem is not None:
            message = translate("Backups", "The daily backup could not be made: {reason}").format(
                reason=problem
            )
            self.status.showMessage(message, STATUS_MS)

    def stop(self) -> None:
        """No more backups from this window (the window is closing)."""
        self.stopped = True
        if self.timer is not None:
            self.timer.stop()
