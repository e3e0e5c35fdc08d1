"""Where the core keeps small preferences (the visit report's choices): a key-value store it is given.

The app keeps them in its settings file (``liverbook.settings`` adapts Qt's QSettings to
:class:`Preferences`); tests and scripts can use :class:`MemoryPreferences`.
"""

from __future__ import annotations

from typing import Protocol


class Preferences(Protocol):
    """Text values by key, kept between runs."""

    def get(self, key: str) -> str | None:
        """The value saved under ``key``, or None if there is none (or it is not text)."""
        ...

    def put(self, key: str, value: str) -> None:
        """Save ``value`` under ``key`` (on disk before returning, where there is a disk)."""
        ...


class MemoryPreferences:
    """Preferences kept in memory only."""

    def __init__(self, values: dict[str, str] | None = None) -> None:
        self.values: dict[str, str] = dict(values or {})

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def put(self, key: str, value: str) -> None:
        self.values[key] = value
