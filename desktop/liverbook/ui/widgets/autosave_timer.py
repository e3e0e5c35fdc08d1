"""The Qt driver of the autosave engine: one single-shot timer set to the engine's next due time.

The engine (:mod:`liverbook.core.autosave`) decides when to save and what to do when a save fails;
this only wakes it up on time, from the event loop, so typing is never held up.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QTimer, Slot

from liverbook.core.autosave import Autosave


class AutosaveTimer(QObject):
    """Calls ``engine.poll()`` when the engine's next save (after a pause, or a retry) is due."""

    def __init__(self, engine: Autosave, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._due)
        self._disconnect = engine.changed.connect(self._reschedule)
        self.destroyed.connect(lambda _obj=None, off=self._disconnect: off())

    @Slot()
    def _reschedule(self) -> None:
        due = self.engine.due()
        if due is None:
            self.timer.stop()
            return
        wait_ms = max(0, math.ceil((due - self.engine.clock()) * 1000))
        self.timer.start(wait_ms)

    @Slot()
    def _due(self) -> None:
        self.engine.poll()
        if self.engine.due() is not None and not self.timer.isActive():
            self._reschedule()  # woken a little early (timers are not exact): wait for the rest
