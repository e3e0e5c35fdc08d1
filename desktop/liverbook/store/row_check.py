"""The check a store opened without it still owes: ``PRAGMA quick_check`` and every row, later.

``Store.open(check_rows=False)`` checks only the file's header and versions, so that a window can
show its first page without reading years of data first (most of a second for 100,000 notes). The
window then runs :meth:`RowCheckMixin.find_damage` on a :meth:`~liverbook.store.base.StoreBase.reader`
in a worker thread (it reads a snapshot; the window's store goes on being used) and, back on its
own thread, hands what was found to :meth:`RowCheckMixin.damage_found`: the file is set aside and
reported exactly as damage found by a read while the app runs, which the window answers with the
same offer as at start (what could be read, every backup). Nothing typed meanwhile is lost: it is
in the file set aside, which the rescue reads, and what the editors still hold is saved after.
"""

from __future__ import annotations

from liverbook.store.base import StoreBase
from liverbook.store.errors import DAMAGE_ERRORS, StoreCorrupt, describe, is_environmental
from liverbook.store.opening import find_damage
from liverbook.store.schema import read_versions


class RowCheckMixin(StoreBase):
    """Finding damage after opening, and handing it over."""

    def find_damage(self) -> str | None:
        """What ``quick_check`` and the check of every row find wrong, described without content;
        None when the file is sound. Raises StoreError if it could not be read for a reason of the
        environment. For a reader in another thread; the store it was made from is not touched."""
        conn = self._db()
        try:
            _, version = read_versions(conn)
            return find_damage(conn, version)
        except DAMAGE_ERRORS as exc:
            if not is_environmental(exc):
                return describe(exc)
            self._environment_error(exc)
            raise

    def damage_found(self, detail: str) -> StoreCorrupt:
        """The check found damage (``detail``, from :meth:`find_damage`): set the file aside and report
        it as damage found while running (every later call raises the StoreCorrupt returned)."""
        self.rows_checked = True
        return self._set_damaged(detail)

    def rows_sound(self) -> None:
        """The check found nothing wrong."""
        self.rows_checked = True

    @property
    def found_damage(self) -> StoreCorrupt | None:
        """The damage found while running (the file is set aside) until the store is reopened, or None."""
        return self._damaged
