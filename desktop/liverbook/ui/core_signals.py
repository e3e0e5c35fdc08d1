"""The core's plain-Python events as Qt signals, so that a widget's handler ends with the widget.

One :class:`CoreSignals` per core (:func:`signals_of`). Widgets connect to its signals as to any Qt
signal; when a widget is deleted, Qt drops its connections, and the core never calls into a
deleted widget.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Signal

from liverbook.core.app_core import Core

_BRIDGES: WeakKeyDictionary[Core, CoreSignals] = WeakKeyDictionary()


class CoreSignals(QObject):
    """Each event of :class:`~liverbook.core.app_core.CoreEvents`, as a Qt signal of the same name."""

    note_saved = Signal(object)  # Note
    note_removed = Signal(int)
    answer_saved = Signal(object)  # MyQuestion
    situation_changed = Signal(object)  # ForYou
    diary_changed = Signal(int)
    records_changed = Signal(str)
    data_replaced = Signal()
    damaged = Signal(object)  # StoreCorrupt: damage found while running, the file already set aside

    def __init__(self, core: Core) -> None:
        super().__init__()
        events = core.events
        events.note_saved.connect(self.note_saved.emit)
        events.note_removed.connect(self.note_removed.emit)
        events.answer_saved.connect(self.answer_saved.emit)
        events.situation_changed.connect(self.situation_changed.emit)
        events.diary_changed.connect(self.diary_changed.emit)
        events.records_changed.connect(self.records_changed.emit)
        events.data_replaced.connect(self.data_replaced.emit)
        events.damaged.connect(self.damaged.emit)


def signals_of(core: Core) -> CoreSignals:
    """The Qt signals of this core's events (made on first use; they live as long as the core)."""
    bridge = _BRIDGES.get(core)
    if bridge is None:
        bridge = CoreSignals(core)
        _BRIDGES[core] = bridge
    return bridge
