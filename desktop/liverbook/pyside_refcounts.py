"""Keep ``None``, ``True`` and ``False`` alive under PySide6 builds that drop references to them.

PySide6-Essentials 6.12.0 (the version the installers pin) on CPython before 3.12 releases one
reference to ``None`` on every call of a Qt method that returns nothing (``QLabel.setText``,
``QTimer.start``...) and one to ``True`` on every ``Signal.emit()``. From Python 3.12 these objects
are immortal and nothing happens; before, their count reaches zero after a few thousand calls (about
5,000 keystrokes in the notes pane, or a few hundred saves) and Python aborts with "Fatal Python
error: none_dealloc", losing whatever was typed since the last save.

:func:`guard` measures the leak once and, only when it is there, raises the three reference counts by
2**40, so that they cannot reach zero in any session. The objects are statically allocated and never
freed, so a large count changes nothing else. It is a no-op on Python 3.12+, other interpreters and
debug builds. Applied when the notes pane or the summary's PDF module is imported (before any
window or document exists); QtCore only, so ``--export-summary`` is covered too.
"""

from __future__ import annotations

import ctypes
import sys

MARGIN = 1 << 40
_PROBES = 16
_state: dict[str, bool] = {}


def leaks() -> bool:
    """True if calling a void Qt method or emitting a signal drops a reference to None or True."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        fired = Signal()

    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.setObjectName("probe")  # returns nothing
        probe.fired.emit()  # returns a bool
    none_after, true_after = sys.getrefcount(None), sys.getrefcount(True)
    return none_before - none_after >= _PROBES or true_before - true_after >= _PROBES


def applies() -> bool:
    """Whether the counts can be raised safely here: CPython before 3.12, a release build."""
    return (
        sys.implementation.name == "cpython"
        and sys.version_info < (3, 12)
        and not hasattr(sys, "gettotalrefcount")
    )


def guard() -> bool:
    """Make ``None``, ``True`` and ``False`` unkillable if this PySide6 leaks them; True if it did."""
    if "done" not in _state:
        _state["done"] = applies() and leaks()
        if _state["done"]:
            for constant in (None, True, False):
                # ob_refcnt is the first field of every object in a CPython release build.
                ctypes.c_ssize_t.from_address(id(constant)).value += MARGIN
    return _state["done"]
