"""Work a start leaves for later, done in worker threads so that the window never waits for it.

:class:`Job` runs one function in a daemon thread; the window's thread asks whether it is
:attr:`~Job.done` (it polls; nothing here knows Qt) and then takes its :meth:`~Job.result`, which
raises what the work raised. The store is used from one thread, so each job works on a store of its
own (:meth:`~liverbook.store.base.StoreBase.reader`), and what must be written is written back on
the window's thread when the result is taken.

:class:`DailyBackup` is the automatic backup made that way: soon after start once the window is up,
then hourly. It is never made of a store that holds nothing yet (a new one: there is nothing to
lose, and a first start should not wait for dozens of fsyncs).

:class:`RowCheck` is the check of every row of the notes file (``PRAGMA quick_check`` and
:mod:`liverbook.store.scan`) for a store opened without it (``Store.open(check_rows=False)``): with
years of data it takes most of a second, which a start no longer spends before its first page.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from liverbook.store.errors import StoreCorrupt, StoreError
from liverbook.store.store import Store

T = TypeVar("T")


class Job(Generic[T]):
    """``work()`` in a worker thread, started at once."""

    def __init__(self, name: str, work: Callable[[], T]) -> None:
        self._work = work
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._work()
        except BaseException as exc:  # noqa: BLE001 - handed to the window's thread by result()
            self._error = exc

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self) -> None:
        self._thread.join()

    def result(self) -> T:
        """What the work returned (waiting for it if need be); raises what it raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]


def _on_reader(store: Store, work: Callable[[Store], T]) -> Callable[[], T]:
    """``work`` on a reader of ``store``, made here (on the caller's thread) and closed by the worker."""
    reader = store.reader()

    def run() -> T:
        try:
            return work(reader)
        finally:
            reader.close()

    return run


class DailyBackup:
    """The automatic backup of one store, copied in a worker thread and recorded on the caller's."""

    def __init__(self, store: Store | None) -> None:
        self._store = store
        self._job: Job[object] | None = None
        self._changes = 0

    @property
    def running(self) -> bool:
        return self._job is not None

    @property
    def done(self) -> bool:
        return self._job is not None and self._job.done

    def due(self) -> int | None:
        """The change count a backup now would cover, or None: not due, or nothing to keep.
        Raises StoreError if the store cannot be read."""
        store = self._store
        if store is None or store.read_only or not store.rows_checked:
            return None  # a file not yet checked is never copied as a good backup
        changes = store.backup_due()
        if changes is None or not store.has_data():  # a new, empty store: nothing to lose
            return None
        return changes

    def start(self) -> str | None:
        """Start copying if a backup is due. A plain message if it cannot be made, else None."""
        if self._job is not None or self._store is None:
            return None
        try:
            changes = self.due()
            if changes is None:
                return None
            self._job = Job("daily-backup", _on_reader(self._store, lambda reader: reader.copy_for_backup()))
        except StoreError as exc:
            return exc.user_message
        self._changes = changes
        return None

    def finish(self) -> str | None:
        """Once :attr:`done` (or to wait for it): record the backup. A plain message if it failed."""
        job, self._job = self._job, None
        if job is None or self._store is None:
            return None
        try:
            job.result()
            self._store.backup_taken(self._changes)
        except StoreError as exc:
            return exc.user_message
        return None

    def now(self) -> str | None:
        """Take the backup here and now, if one is due (at quit). A plain message if it failed."""
        message = self.finish() if self._job is not None else None
        if message is not None or self._store is None:
            return message
        try:
            changes = self.due()
            if changes is None:
                return None
            self._store.copy_for_backup()
            self._store.backup_taken(changes)
        except StoreError as exc:
            return exc.user_message
        return None


class RowCheck:
    """The check a store opened with ``check_rows=False`` still owes, made in a worker thread."""

    def __init__(self, store: Store | None) -> None:
        self._store = store
        self._job: Job[str | None] | None = None

    @property
    def needed(self) -> bool:
        store = self._store
        return store is not None and not store.read_only and not store.rows_checked

    @property
    def running(self) -> bool:
        return self._job is not None

    @property
    def done(self) -> bool:
        return self._job is not None and self._job.done

    def start(self) -> bool:
        """Start the check if the store still needs it; True if started."""
        if self._job is not None or not self.needed or self._store is None:
            return False
        try:
            self._job = Job("row-check", _on_reader(self._store, lambda reader: reader.find_damage()))
        except StoreError:
            return False  # the file cannot be read beside the store: its own reads will find any damage
        return True

    def finish(self) -> StoreCorrupt | None:
        """Once :attr:`done` (or to wait for it): hand over what was found. Damage is set aside and
        reported as damage found while running (the store's ``on_damage``), and returned."""
        job, self._job = self._job, None
        store = self._store
        if job is None or store is None:
            return None
        try:
            problem = job.result()
        except StoreError:
            return None  # not read this time (the disk was busy...): the store's own reads go on checking
        if problem is None:
            store.rows_sound()
            return None
        return store.damage_found(problem)
