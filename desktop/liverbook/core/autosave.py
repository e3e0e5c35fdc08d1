"""The one autosave engine: every editable thing the user types into is saved by it.

Notes and question answers use it now; diary entries, medicines, visits and every other record
will use it too. Its rules:

* **Never block typing.** :meth:`Autosave.edited` only notes that there is something to save and
  when: a pause (``delay_s``) after the last edit. Nothing is written while the user types.
* **Save on a pause, on leaving, on quitting.** The driver calls :meth:`Autosave.poll` when
  :meth:`Autosave.due` comes; the view calls :meth:`Autosave.flush` when the focus leaves the field,
  before it shows something else, and the window before it quits.
* **Retry with backoff on disk trouble.** A save that fails with a :class:`StoreError` keeps
  everything unsaved (the view keeps the words) and is tried again after 2, 4, 8, 15, then every
  30 seconds, and at once on the next edit or flush. An error that waiting cannot mend (a damaged
  file, a text over the limit) is not retried by itself: the next edit or flush tries again.
* **A visible state.** :attr:`Autosave.state` is saved, pending or failed (with :attr:`error`);
  ``changed`` is emitted whenever it or the due time changes, so a view can show "Saving…", "Saved"
  or why not.

The state machine is plain Python on an injectable clock (tests drive it with a fake one); the
window drives it with one Qt timer (``liverbook.ui.widgets.autosave_timer``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from liverbook.core.events import Event
from liverbook.store.errors import StoreCorrupt, StoreError, TextTooLong

Clock = Callable[[], float]  # seconds, monotonic


class SaveState(str, Enum):
    """Where an editable thing stands."""

    SAVED = "saved"  # nothing unsaved
    PENDING = "pending"  # edited: a save is due after the pause
    FAILED = "failed"  # the last save failed: the words are kept; it will be tried again


@dataclass(frozen=True)
class AutosavePolicy:
    """How long to wait: after the last edit, and between tries after a failed save."""

    delay_s: float = 0.5
    retry_s: tuple[float, ...] = (2.0, 4.0, 8.0, 15.0, 30.0)  # the last one repeats

    def retry_after(self, failures: int) -> float:
        """The wait before try number ``failures + 1`` (``failures`` >= 1)."""
        return self.retry_s[min(failures, len(self.retry_s)) - 1]


def waiting_cannot_mend(error: StoreError) -> bool:
    """True for errors that trying again later would only repeat: a damaged file, a text too long."""
    return isinstance(error, (StoreCorrupt, TextTooLong))


class Autosave:
    """Saves one editable thing through ``save`` (a function that writes what the view holds now).

    ``save`` raises :class:`StoreError` (plain ``user_message``) when the data could not be written;
    any other exception is a bug and propagates.
    """

    def __init__(
        self, save: Callable[[], object], clock: Clock = time.monotonic, policy: AutosavePolicy | None = None
    ) -> None:
        self._save = save
        self.clock = clock
        self.policy = policy or AutosavePolicy()
        self.changed: Event[[]] = Event()
        self.saved: Event[[]] = Event()  # after each successful save
        self._state = SaveState.SAVED
        self._edits = 0  # counts edits, so an edit made while saving is not marked saved
        self._due: float | None = None
        self._failures = 0
        self.error: StoreError | None = None
        # Set by the view: where its words are, in plain words ("My records > My numbers: a new
        # Bilirubin result"), and how to show them, for the window's "not saved" question on quitting.
        self.place: Callable[[], str] | None = None
        self.reveal: Callable[[], None] | None = None

    # -- what the view and the driver read ---------------------------------------------------------

    @property
    def state(self) -> SaveState:
        return self._state

    @property
    def unsaved(self) -> bool:
        """True while something typed is not yet in the store."""
        return self._state is not SaveState.SAVED

    @property
    def retrying(self) -> bool:
        """True when a save failed and another try is scheduled."""
        return self._state is SaveState.FAILED and self._due is not None

    @property
    def failures(self) -> int:
        """Failed tries since the last successful save."""
        return self._failures

    def due(self) -> float | None:
        """When (on the clock) the next save should run, or None if none is scheduled."""
        return self._due

    # -- what happens ------------------------------------------------------------------------------

    def edited(self) -> None:
        """The user changed something: save it after a pause (nothing is written now)."""
        self._edits += 1
        self._due = self.clock() + self.policy.delay_s
        self._set(SaveState.PENDING)

    def poll(self) -> None:
        """Save if a save is due by now (the driver calls this when its timer fires)."""
        if self._due is not None and self.clock() >= self._due:
            self.flush()

    def flush(self) -> bool:
        """Save now if anything is unsaved. True when nothing is left unsaved."""
        if self._state is SaveState.SAVED:
            return True
        edits = self._edits
        try:
            self._save()
        except StoreError as error:
            self.error = error
            self._failures += 1
            self._due = (
                None if waiting_cannot_mend(error) else self.clock() + self.policy.retry_after(self._failures)
            )
            self._set(SaveState.FAILED)
            return False
        self.error = None
        self._failures = 0
        if edits == self._edits:
            self._due = None
            self._set(SaveState.SAVED)
        else:  # edited while saving (a save that let events run): save again after the pause
            self._set(SaveState.PENDING)
        self.saved.emit()
        return not self.unsaved

    def discard(self) -> None:
        """Forget what is unsaved (the thing was deleted, or its words were given back elsewhere)."""
        self._due = None
        self.error = None
        self._failures = 0
        self._set(SaveState.SAVED)

    def _set(self, state: SaveState) -> None:
        self._state = state
        self.changed.emit()  # the state, or only the due time, changed
