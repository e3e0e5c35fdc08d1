"""Every dialog of the app, opened in a window: from the dialog registry, so a new dialog is covered
by the screen-fit, key-binding and theme-switching tests without anyone listing it here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from liverbook.ui.window.main_window import MainWindow

# Dialogs that must be in the registry (it may hold more: they are tested too).
KNOWN = {"about", "choice", "confirm", "outside_link", "shortcuts", "situation", "visit_report", "welcome"}


def open_every_dialog(window: MainWindow) -> list[QWidget]:
    """Open each registered dialog in ``window`` (with its sample arguments); the dialogs, by name."""
    from liverbook.ui.dialogs.registry import every_dialog

    specs = every_dialog()
    names = {spec.name for spec in specs}
    assert names >= KNOWN, f"missing from the dialog registry: {sorted(KNOWN - names)}"
    return [window.show_dialog(spec.name, *spec.sample) for spec in specs]
