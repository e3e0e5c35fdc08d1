"""The settings file of a data folder (window layout, theme, text size, summary choices), through Qt.

QtCore only. :func:`open_settings` gives the QSettings the window uses; :class:`SettingsFile` gives
the same file to the app core as its :class:`~liverbook.core.preferences.Preferences`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from liverbook import paths


def open_settings(data_dir: Path) -> QSettings:
    """The settings of this data folder (``settings.ini`` in it, private to the user)."""
    return QSettings(str(paths.settings_file(data_dir)), QSettings.Format.IniFormat)


class SettingsFile:
    """A data folder's settings file as the core's preferences: text values, saved at once."""

    def __init__(self, data_dir: Path) -> None:
        self.qsettings = open_settings(data_dir)

    def get(self, key: str) -> str | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, str) else None

    def put(self, key: str, value: str) -> None:
        self.qsettings.setValue(key, value)
        self.qsettings.sync()
