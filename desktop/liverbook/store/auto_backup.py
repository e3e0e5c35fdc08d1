"""The automatic daily backup, in three steps that let the copy be made away from the window's thread.

:meth:`AutoBackupMixin.maybe_backup` does it all at once. A window that must not wait for the copy
(a large store takes hundreds of milliseconds and dozens of fsyncs) splits it: :meth:`backup_due`
on its own store says whether one is due and which change it would cover; :meth:`copy_for_backup`
makes the copy, also on a :meth:`~liverbook.store.base.StoreBase.reader` in a worker thread (it
reads a snapshot; nothing in the notes file is written); :meth:`backup_taken` back on the window's
store records it and rotates the old ones (7 daily, 4 weekly: :func:`liverbook.store.backups.rotate`).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from liverbook.store.backups import AUTO, list_backups, make_backup, rotate
from liverbook.store.base import StoreBase
from liverbook.store.errors import StoreUnavailable, describe
from liverbook.store.model import to_utc


class AutoBackupMixin(StoreBase):
    """The daily backup: due, copied, recorded."""

    def backup_due(self, now: datetime | None = None) -> int | None:
        """The change count a backup taken now would cover, if the automatic backup is due (else None).

        Due when the data changed since the last automatic backup and none was taken today (UTC).
        Never on a read-only store: nothing can be written to the folder, and its data is unchanged.
        """
        if self.read_only:
            return None
        moment = to_utc(now) if now is not None else self._now()
        with self._reading():
            values = dict(self._exec("SELECT key, value FROM meta").fetchall())
        if values["changes"] == values["backed_up_changes"]:
            return None
        newest = list_backups(self._data_dir, AUTO)
        if newest and newest[0].taken.date() == moment.date():
            return None
        return int(values["changes"])

    def copy_for_backup(self, kind: str = AUTO, now: datetime | None = None) -> Path:
        """Copy the data into the backups folder (checked, fsynced, then named); return the new file.

        Works on a reader in another thread. Raises StoreUnavailable (or its subclasses) on failure;
        the data itself is not affected.
        """
        moment = to_utc(now) if now is not None else self._now()
        try:
            return make_backup(self._db(), self._data_dir, kind, moment)
        except (sqlite3.Error, OSError) as exc:
            self._environment_error(exc)
            raise

    def backup_taken(self, changes: int) -> None:
        """Record that the automatic backup covers the data up to ``changes``, then rotate the old ones."""
        with self._writing(count_change=False):
            self._exec("UPDATE meta SET value = ? WHERE key = 'backed_up_changes'", (changes,))
        try:
            rotate(self._data_dir)
        except OSError as exc:
            raise StoreUnavailable(detail=f"rotating backups: {describe(exc)}") from exc

    def maybe_backup(self, now: datetime | None = None) -> Path | None:
        """Take the automatic backup if data changed since the last one and none was taken today (UTC).

        Call it at start-up and now and then (e.g. hourly, on quit). Returns the new backup or None.
        Rotation then keeps 7 daily and 4 weekly backups. Raises StoreUnavailable on failure (the
        data itself is not affected; it is fine to log it and carry on).
        """
        changes = self.backup_due(now)
        if changes is None:
            return None
        path = self.copy_for_backup(AUTO, now)
        self.backup_taken(changes)
        return path
