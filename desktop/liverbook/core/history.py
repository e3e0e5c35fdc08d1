"""Where the reader has been: Back and Forward, as in a web browser.

A place is a tab, the entry shown in it, how far down it was scrolled and where the keyboard was
(so Back after following citation [3] returns to the citation, and Tab goes on from it). The
window records the place it leaves at each jump (a link or citation followed, a search result or
section opened, a tab chosen from the Go menu); Back returns there, Forward goes again.
No Qt: the window reads and restores places, this keeps them.
"""

from __future__ import annotations

from dataclasses import dataclass

from liverbook.core.keys import EntryKey

MAX_PLACES = 100


@dataclass(frozen=True)
class Place:
    """A place in the handbook: a tab, its entry (if any), the scroll and the keyboard's position
    (with the selection it had: a link reached with Tab)."""

    tab_id: str
    key: EntryKey | None
    scroll: int = 0
    cursor: int = 0
    anchor: int = -1  # the other end of a selection (a link reached with Tab is selected); -1: none

    def same_entry(self, other: Place) -> bool:
        return (self.tab_id, self.key) == (other.tab_id, other.key)


class History:
    """The places behind (Back) and ahead (Forward) of where the reader is."""

    def __init__(self) -> None:
        self._behind: list[Place] = []
        self._ahead: list[Place] = []

    def can_go_back(self) -> bool:
        return bool(self._behind)

    def can_go_forward(self) -> bool:
        return bool(self._ahead)

    def leaving(self, here: Place) -> None:
        """The reader jumps away from ``here``: remember it; what was ahead is forgotten."""
        if not self._behind or self._behind[-1] != here:
            self._behind.append(here)
            del self._behind[:-MAX_PLACES]
        self._ahead.clear()

    def back(self, here: Place) -> Place | None:
        """The place to go back to (``here`` is kept for Forward); None when there is none."""
        if not self._behind:
            return None
        self._ahead.append(here)
        return self._behind.pop()

    def forward(self, here: Place) -> Place | None:
        """The place to go forward to (``here`` is kept for Back); None when there is none."""
        if not self._ahead:
            return None
        self._behind.append(here)
        return self._ahead.pop()
