"""The dialogs one window has open: each opened by name from the registry (:mod:`liverbook.ui.dialogs.registry`).

A dialog that is kept (About, Keyboard shortcuts, the summary...) is made once and shown again; one
that shows data as it is now (My situation, an outside address) is made anew each time, and the old
one closed. All are closed with the window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from liverbook.ui.dialogs.registry import DialogHost, spec_for


class WindowDialogs:
    """The dialogs of one window, by name."""

    def __init__(self, host: DialogHost, parent: QWidget) -> None:
        self.host = host
        self.parent = parent
        self._open: dict[str, QWidget] = {}

    def show(self, name: str, *args: object) -> QWidget:
        """Open (or bring forward) the dialog ``name``, made with ``args`` if it is made now."""
        spec = spec_for(name)
        dialog = self.get(name)
        if dialog is not None and not spec.reuse:
            dialog.close()
            dialog = None
        if dialog is None:
            dialog = spec.build(self.host, self.parent, *args)
            self._open[name] = dialog
        dialog.show()
        if spec.reuse:
            dialog.raise_()
        if spec.activate:
            dialog.activateWindow()
        return dialog

    def get(self, name: str) -> QWidget | None:
        """The dialog ``name`` if this window made one (and it has not deleted itself since)."""
        dialog = self._open.get(name)
        return dialog if dialog is not None and isValid(dialog) else None

    def close_all(self) -> None:
        for name in list(self._open):
            dialog = self.get(name)
            if dialog is not None:
                dialog.close()
