"""Helpers for tests that build the app's parts themselves: the core, as the app makes it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from liverbook.content import Handbook
    from liverbook.core.app_core import Core
    from liverbook.store import Store


def make_core(book: Handbook, data_dir: Path, store: Store | None = None, message: str = "") -> Core:
    """The app core of ``data_dir`` as the app makes it: its settings file keeps the summary choices."""
    from liverbook.core.app_core import Core
    from liverbook.settings import SettingsFile

    return Core(book, data_dir, store, message, SettingsFile(data_dir))
