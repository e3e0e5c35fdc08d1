"""The same open store over a notes file that was put back: after a recovery, or a backup restored.

The window and its views keep one :class:`~liverbook.store.store.Store` for the whole session.
When the notes file is replaced while the app runs (damage found and recovered, or File > Restore a
backup copy…), :meth:`PuttingBackMixin.reopen` connects that same object to the new file, so every
view can simply read again (the core's ``data_replaced``), and :meth:`PuttingBackMixin.restore_backup`
does the whole restore: what was typed is already saved (the caller flushes), the notes are closed,
the backup is put in place (:func:`liverbook.store.recovery.restore_backup`: the notes replaced are
kept as a backup, a damaged file is kept aside), and the store opens the result.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from liverbook.store.base import StoreBase, _lock_if_possible
from liverbook.store.errors import StoreError, StoreReadOnly
from liverbook.store.lock import holding
from liverbook.store.opening import open_database

if TYPE_CHECKING:  # the restore (and the backup checks behind it) is imported when first used
    from liverbook.store.recovery import Restored


class PuttingBackMixin(StoreBase):
    """Reopening after the notes file was put back, and restoring a backup in place."""

    def reopen(self) -> None:
        """Open the notes file again (after a recovery or a restore put a new one in place).

        Raises StoreCorrupt, StoreTooNew or StoreUnavailable as :meth:`open` does; the store then
        stays closed (each call says why) and may be reopened later.
        """
        if self._read_only or self._other_thread:
            raise StoreReadOnly(detail="a read-only store cannot be reopened")
        self.close()
        lock = _lock_if_possible(self._data_dir)
        notices: list[str] = []
        try:
            conn = open_database(self._data_dir, self._now(), None, notices)
        except BaseException:
            if lock is not None:
                lock.unlock()
            raise
        self._conn = conn
        self._lock = lock
        self._closed = False
        self._damaged = None
        self.rows_checked = True  # opened with every check
        self.notices = notices

    def restore_backup(self, backup: Path) -> Restored:
        """Put ``backup`` in place of these notes and go on with it; what was done, and where the notes it replaced are.

        Raises BackupUnusable (nothing changed; the store goes on as before), StoreTooNew, or
        StoreUnavailable (the store then goes on with whatever the disk holds).
        """
        if self._read_only or self._other_thread:
            raise StoreReadOnly(detail="the notes were opened read-only")
        from liverbook.store.recovery import restore_backup as restore_file

        damaged = self._damaged
        with holding(self._data_dir):  # no other writer between closing and reopening
            self.close()
            try:
                restored = restore_file(self._data_dir, backup, self._now())
            except BaseException:
                if damaged is None:  # go on as before; damaged notes stay as they were (set aside)
                    with contextlib.suppress(StoreError):
                        self.reopen()
                raise
            self.reopen()
        return restored
