"""Damage found while the handbook is open: the same offer as at start, then the window reads everything again.

The store sets the damaged file aside the moment a read or a save finds damage, and the core says so
(``damaged``). Once the event loop is free (never inside the call that failed), this asks what to
put in place, as at start (:func:`liverbook.ui.startup.ask_what_to_do`: what could be read, every
backup), the core puts it in place and goes on with it, and every view reads again
(``data_replaced``): the notes list shows the notes that came back, and words typed meanwhile are
saved into them. Until then the notes pane keeps what is on screen and says why it cannot save.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from liverbook.core.app_core import Core
from liverbook.i18n import translate
from liverbook.store import StoreCorrupt, StoreError
from liverbook.ui import backup_words as words
from liverbook.ui.core_signals import signals_of
from liverbook.ui.prompts import Prompts
from liverbook.ui.startup import ask_what_to_do, damage_title, not_repaired


class DamageWatch(QObject):
    """Offers the recovery when the core says the notes file was found damaged."""

    def __init__(self, core: Core, prompts: Prompts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.prompts = prompts
        self.pending: StoreCorrupt | None = None
        self.asking = False
        signals_of(core).damaged.connect(self._found)
        if core.store is not None and core.store.found_damage is not None:  # found before this watched
            self._found(core.store.found_damage)

    def _found(self, error: StoreCorrupt) -> None:
        if self.pending is None:
            self.pending = error
            QTimer.singleShot(0, self.offer)

    def offer(self) -> bool:
        """Ask what to put in place of the damaged file and do it; True when the notes are usable again."""
        error, self.pending = self.pending, None
        if error is None or self.asking or self.core.closed:
            return False
        self.asking = True
        try:
            from liverbook.store.rescue import make_offer  # imported when damage is found

            offer = make_offer(self.core.data_dir, error)
            choice, backup = ask_what_to_do(offer, self.prompts, while_open=True)
            try:
                self.core.recover_damage(offer, choice, backup)
            except StoreError as again:
                self.prompts.inform(damage_title(), not_repaired(again.user_message), problem=True)
                return False
        finally:
            self.asking = False
        message = translate("Damage", "Your handbook can be used again.")
        try:
            count = self.core.store.count_notes() if self.core.store is not None else 0
            message += " " + translate("Damage", "It now has {count}.").format(count=words.notes_count(count))
        except StoreError:
            pass  # said by the notes pane
        if offer.moved_to is not None:
            message += "\n\n" + translate(
                "Damage", "The damaged file is kept, unchanged, in this folder:\n{folder}"
            ).format(folder=words.folder_of(offer.moved_to))
        self.prompts.inform(translate("Damage", "Your notes are usable again"), message)
        return True
