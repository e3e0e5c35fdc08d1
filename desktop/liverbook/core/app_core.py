"""The app core: everything the window and the command line do with one data folder, without Qt.

In the spirit of Dangerzone's ``logic.py``: :class:`Core` owns, for ONE data folder passed in
explicitly, the handbook, the store (or why there is none), the user's situation and what follows
from it, the notes, the search index's upkeep, the visit report's choices, and access to the diary and
the records. It tells what happens through plain-Python events (:class:`CoreEvents`); the window
adapts them to Qt signals. Nothing here blocks on the user: dialogs are the window's business.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from liverbook import __version__
from liverbook.content.model import Handbook
from liverbook.core.autosave import Autosave, AutosavePolicy
from liverbook.core.background import DailyBackup, RowCheck
from liverbook.core.data import export_files
from liverbook.core.events import Event
from liverbook.core.index_sources import sources_for
from liverbook.core.index_upkeep import SearchUpkeep
from liverbook.core.notes import Notes
from liverbook.core.preferences import MemoryPreferences, Preferences
from liverbook.core.situation import ForYou
from liverbook.i18n import translate
from liverbook.store.errors import StoreCorrupt, StoreError
from liverbook.store.model import MyQuestion, Note, Situation
from liverbook.store.store import Store

if TYPE_CHECKING:  # imported where first used (the report and the diary are not needed to start)
    from liverbook.diary.service import Diary
    from liverbook.store.recovery import Restored
    from liverbook.store.rescue import Offer
    from liverbook.summary.report import Report
    from liverbook.summary.report_choices import ReportChoices


class NotSavedFirst(StoreError):
    """Words being typed could not be saved before the data was to be replaced: nothing was changed."""


CHOICES_KEY = "report/choices"  # liverbook.summary.report_choices.SETTINGS_KEY: where the choices are kept


class CoreEvents:
    """What the core tells its listeners (the window, the search index), on the caller's thread."""

    def __init__(self, notes: Notes) -> None:
        self.note_saved: Event[[Note]] = notes.saved
        self.note_removed: Event[[int]] = notes.removed
        self.answer_saved: Event[[MyQuestion]] = Event()
        self.situation_changed: Event[[ForYou]] = Event()
        self.diary_changed: Event[[int]] = Event()  # an entry's id, or 0 when many changed
        self.records_changed: Event[[str]] = Event()  # the kind of record: "medicine", "visit"...
        self.data_replaced: Event[[]] = Event()  # an import, delete-all or restore: read everything again
        self.damaged: Event[[StoreCorrupt]] = Event()  # found while running: the file is set aside


class Core:
    """One data folder's handbook and user data, for a window or a command.

    ``store`` is the open store, or None when the data cannot be used this time (``store_message``
    then says why, in plain words). ``prefs`` keeps the visit report's choices (in memory if not given).
    """

    def __init__(
        self,
        book: Handbook,
        data_dir: Path,
        store: Store | None = None,
        store_message: str = "",
        prefs: Preferences | None = None,
    ) -> None:
        self.book = book
        self.data_dir = data_dir
        self.store = store
        self.store_message = store_message
        self.prefs: Preferences = prefs if prefs is not None else MemoryPreferences()
        self.notes = Notes(store)
        self.events = CoreEvents(self.notes)
        if store is not None and not store.read_only:  # before anything is read: damage may be found
            store.on_damage = self.events.damaged.emit
        self.search = SearchUpkeep(book, store, sources_for(book))
        self.daily_backup = DailyBackup(store)  # started by the window once it is up; see backup_if_due
        self.row_check = RowCheck(store)  # for a store opened with check_rows=False: once the window is up
        self._autosaves: list[Autosave] = []
        self._diary: Diary | None = None
        self._example: bool | None = None
        self._for_you = ForYou.of(book, self._read_situation())
        # How to load the English handbook (the window loads it through its content cache); read
        # once, when a visit report first wants page 1 in English too.
        self.english_loader: Callable[[], Handbook] | None = None
        self._english_book: Handbook | None = None
        self._english_lock = threading.Lock()
        self.closed = False
        events = self.events
        events.note_saved.connect(lambda note: self.search.changed("notes", note.id))
        events.note_removed.connect(lambda note_id: self.search.removed("notes", note_id))
        events.diary_changed.connect(self._diary_changed)
        events.records_changed.connect(lambda _kind: self.search.table_changed("records"))
        events.data_replaced.connect(self.search.replaced)

    @classmethod
    def read_only(cls, book: Handbook, data_dir: Path, prefs: Preferences | None = None) -> Core:
        """The data as saved, without changing anything in the folder (for exports and the visit report).

        Raises StoreError when it cannot be read at all; a damaged file gives what can be read of it
        (``store.rescued`` says how much).
        """
        return cls(book, data_dir, Store.open_read_only(data_dir, None), prefs=prefs)

    # -- the store ----------------------------------------------------------------------------------

    @property
    def can_write(self) -> bool:
        """True when the user's data can be changed (a store, not read-only)."""
        return self.store is not None and not self.store.read_only

    @property
    def is_example(self) -> bool:
        """True when this folder holds the made-up example person's data (``--example``): every view says so."""
        if self._example is None:
            try:
                self._example = self.store is not None and self.store.is_example
            except StoreError:
                self._example = False
        return self._example

    @property
    def diary(self) -> Diary:
        """The diary service of this store (the diary GUI drives it; call :meth:`diary_changed` after a change)."""
        assert self.store is not None, "no store: check core.store first"
        if self._diary is None:
            from liverbook.diary.service import Diary

            self._diary = Diary(self.store, self.book)
        return self._diary

    def diary_changed(self, entry_id: int = 0) -> None:
        """Tell the core that a diary entry (0: several) was saved, edited, deleted or given back."""
        self.events.diary_changed.emit(entry_id)

    def records_changed(self, kind: str) -> None:
        """Tell the core that a record ("medicine", "treatment", "contact", "visit", "lab") changed."""
        self.events.records_changed.emit(kind)

    def _diary_changed(self, entry_id: int) -> None:
        if entry_id:
            self.search.changed("diary", entry_id)
        else:
            self.search.table_changed("diary")

    # -- the situation --------------------------------------------------------------------------------

    def _read_situation(self) -> Situation:
        if self.store is None:
            return Situation()
        try:
            return self.store.get_situation()
        except StoreError:
            return Situation()

    @property
    def situation(self) -> Situation:
        return self._for_you.situation

    @property
    def for_you(self) -> ForYou:
        """The situation's tags and the pages marked "For you"."""
        return self._for_you

    def set_situation(self, situation: Situation, save: bool = True) -> None:
        """Use this situation (the pages "For you" follow at once) and save it.

        If saving fails the situation is still used for this session, and the StoreError is raised
        for the window to say so.
        """
        error: StoreError | None = None
        if save and self.store is not None:
            try:
                self.store.set_situation(situation)
            except StoreError as exc:
                error = exc
        self._for_you = ForYou.of(self.book, situation)
        self.events.situation_changed.emit(self._for_you)
        if error is not None:
            raise error

    def reload_situation(self) -> None:
        """Read the situation from the store again (after an import or delete-all)."""
        self.set_situation(self._read_situation(), save=False)

    # -- answers --------------------------------------------------------------------------------------

    def save_answer(
        self, my_id: int, answer: str, answered_on: dt.date | None, typed_for: MyQuestion | None = None
    ) -> MyQuestion:
        """Write the answer to one of the user's questions. Without ``typed_for``, KeyError if it is no
        longer on the list; with it (the question as it was shown), a question the data put back does
        not have is put back on the list with the answer: the question returned has its new id."""
        assert self.store is not None, "no store to save to"
        saved = self.store.set_answer(my_id, answer, answered_on, typed_for)
        self.events.answer_saved.emit(saved)
        return saved

    # -- autosave ---------------------------------------------------------------------------------------

    def autosave(self, save: Callable[[], object], policy: AutosavePolicy | None = None) -> Autosave:
        """A new autosave for something the user types into (``save`` writes it), flushed by :meth:`flush_all`."""
        engine = Autosave(save, policy=policy)
        self._autosaves.append(engine)
        return engine

    def forget_autosave(self, engine: Autosave) -> None:
        """The view that typed into it is gone."""
        if engine in self._autosaves:
            self._autosaves.remove(engine)

    def flush_all(self) -> bool:
        """Save everything the user typed, everywhere. True when nothing is left unsaved."""
        results = [engine.flush() for engine in self._autosaves]
        return all(results)

    def unsaved(self) -> list[Autosave]:
        """What is still unsaved (after :meth:`flush_all` failed): each says its ``place`` if it can."""
        return [engine for engine in self._autosaves if engine.unsaved]

    def _saved_first(self) -> None:
        """Before the data is replaced: save everything typed, or stop (:class:`NotSavedFirst`), so
        that no word typed is left out of the backup of the data replaced or saved into the wrong data."""
        if self.flush_all():
            return
        why = next((e.error.user_message for e in self._autosaves if e.unsaved and e.error), "")
        raise NotSavedFirst(
            (why + "\n\n" if why else "")
            + translate(
                "Core",
                "What you were typing could not be saved first, so nothing was changed: your data is as it "
                "was, and your words are still where you typed them. Please try again once they are saved.",
            )
        )

    # -- the visit report --------------------------------------------------------------------------------

    def report_choices(self) -> ReportChoices:
        """The visit report's choices made last time (defaults for any missing or unreadable)."""
        from liverbook.summary.report_choices import ReportChoices

        return ReportChoices.from_json(self.prefs.get(CHOICES_KEY) or "")

    def save_report_choices(self, choices: ReportChoices) -> None:
        self.prefs.put(CHOICES_KEY, choices.to_json())

    def english_book(self) -> Handbook:
        """The handbook in English (the handbook itself when it is in English); from any thread."""
        if self.book.locale == "en":
            return self.book
        with self._english_lock:
            if self._english_book is None:
                if self.english_loader is not None:
                    self._english_book = self.english_loader()
                else:
                    from liverbook import paths
                    from liverbook.content import load_handbook

                    self._english_book = load_handbook(paths.content_dir())
            return self._english_book

    def visit_report(self, choices: ReportChoices | None = None, today: dt.date | None = None) -> Report:
        """The visit report as chosen (default: the saved choices), from the data as it is now
        (everything typed is saved first). Raises StoreError when the data cannot be read."""
        from liverbook.summary.report import build_report
        from liverbook.summary.report_plan import gather_for

        self.flush_all()
        choices = choices or self.report_choices()
        today = today or dt.date.today()
        data = gather_for(self.store, self.book, choices, today, self.english_book)
        return build_report(self.book, data, choices, today=today, version=__version__)

    # -- the data as a whole ---------------------------------------------------------------------------

    def backup_if_due(self) -> str | None:
        """Take the daily backup here and now if one is due (never of a store holding nothing); a plain
        message if it could not be made, else None. The window starts it in a worker thread instead
        (``daily_backup.start()``) while it is open, and calls this when it closes."""
        if self.store is None or self.closed:
            return None
        return self.daily_backup.now()

    def _writable(self) -> Store:
        assert self.store is not None, "no store: check core.store first"
        return self.store

    def export_data(self, target: Path) -> Path:
        """Everything typed is saved, then exported to ``target`` with a readable copy (returned)."""
        self.flush_all()
        return export_files(self._writable(), self.book, target)

    def import_data(self, source: Path) -> Path | None:
        """Replace the data with an export file's; the backup of the data replaced (None: there was none).
        Raises :class:`NotSavedFirst` (nothing changed) when what is being typed cannot be saved first."""
        self._saved_first()
        backup = self._writable().import_from_file(source)
        self._replaced()
        return backup

    def delete_all(self) -> Path:
        """Delete all the user's data after a backup; the backup's path."""
        self.flush_all()
        backup = self._writable().delete_all()
        self._replaced()
        return backup

    def restore_backup(self, backup: Path) -> Restored:
        """Put a backup in place of the data (what was typed is saved first, and kept with the
        rest as a backup); what was done and where the data it replaced is kept. Raises
        :class:`NotSavedFirst` (nothing changed) when what is being typed cannot be saved first."""
        self._saved_first()
        restored = self._writable().restore_backup(backup)
        self._replaced()
        return restored

    def recover_damage(self, offer: Offer, choice: str, backup: Path | None = None) -> None:
        """After damage found while running (``events.damaged``): put the user's choice in place
        (:func:`liverbook.store.rescue.recover`), go on with it, and save what was typed meanwhile."""
        from liverbook.store.model import utc_now
        from liverbook.store.rescue import recover

        store = self._writable()
        recover(self.data_dir, offer, choice, utc_now(), backup=backup)
        store.reopen()
        self._replaced()
        self.flush_all()

    def _replaced(self) -> None:
        self._diary = None
        self.events.data_replaced.emit()
        self.reload_situation()

    def close(self) -> None:
        """Stop the search index's worker and close the store (idempotent)."""
        if self.closed:
            return
        self.closed = True
        self.search.close()
        self.row_check.finish()  # a check under way is waited for (damage found is set aside)
        self.daily_backup.finish()  # a copy under way is finished and recorded
        if self.store is not None:
            self.store.close()
