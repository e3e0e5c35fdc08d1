"""Plain-Python observer events: what the core tells the window (and anyone else listening).

An :class:`Event` is declared with the arguments its handlers take, ``Event[[Note]]``, and
``emit`` calls every handler in the order they were connected, on the caller's thread. The window
adapts the core's events to Qt signals (``liverbook.ui.window.core_signals``), so that a handler
that belongs to a widget ends with the widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, ParamSpec

P = ParamSpec("P")


class Event(Generic[P]):
    """Something that happened, with the handlers to call when it does."""

    def __init__(self) -> None:
        self._handlers: list[Callable[P, object]] = []

    def connect(self, handler: Callable[P, object]) -> Callable[[], None]:
        """Call ``handler`` on each emit; returns a function that disconnects it again."""
        self._handlers.append(handler)

        def disconnect() -> None:
            self.disconnect(handler)

        return disconnect

    def disconnect(self, handler: Callable[P, object]) -> None:
        """Stop calling ``handler`` (nothing happens if it is not connected)."""
        if handler in self._handlers:
            self._handlers.remove(handler)

    def emit(self, *args: P.args, **kwargs: P.kwargs) -> None:
        """Call every handler (a handler connected or disconnected meanwhile takes effect next time)."""
        for handler in list(self._handlers):
            handler(*args, **kwargs)

    def __len__(self) -> int:
        return len(self._handlers)
