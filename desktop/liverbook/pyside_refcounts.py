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
debug builds. Applied once, at app start, before any window or document exists: by
``liverbook.ui.app.create_application`` (the window, ``--self-test``) and by
``liverbook.summary.export.ensure_gui_application`` (``--export-summary``). QtCore only.

Measured again with PySide6-Essentials 6.12.0 on CPython 3.11.7: still needed (each void Qt call
dropped one reference to None: 1,000 calls, 1,000 references).
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
