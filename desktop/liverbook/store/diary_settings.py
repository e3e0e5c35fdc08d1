"""The diary's settings in the store: the reader's own items, items turned on or off, units and the
care team's phone number; and the diary as a whole (export, delete all, the example marker)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from liverbook.store.base import StoreBase
from liverbook.store.lazy import LazyModule
from liverbook.store.model import check_id, clean_text

if TYPE_CHECKING:  # the diary's models and rows are imported when the diary is first read or written
    from liverbook.store import diary_model, diary_rows, diary_write
    from liverbook.store.diary_model import DiaryPrefs, OwnItem
else:
    diary_model = LazyModule("liverbook.store.diary_model")
    diary_rows = LazyModule("liverbook.store.diary_rows")
    diary_write = LazyModule("liverbook.store.diary_write")


class DiarySettingsMixin(StoreBase):
    """Own items, item settings, preferences of :class:`~liverbook.store.store.Store`."""

    # -- own items, settings, preferences -------------------------------------------------------------

    def list_own_items(self) -> list[OwnItem]:
        """The reader's own items in their order, those no longer asked included."""
        with self._reading():
            return [
                diary_rows.strict_own(row)
                for row in self._exec(f"{diary_rows.OWN_SQL} ORDER BY position, id")
            ]

    def add_own_item(self, name: str) -> OwnItem:
        """Add an item of the reader's own (a 0 to 10 scale) at the end. ValueError if blank."""
        name = clean_text(name, "an own item's name", diary_model.MAX_OWN_NAME_CHARS).strip()
        if not name:
            raise ValueError("an own item needs a name")
        with self._writing():
            count = int(self._exec("SELECT count(*) FROM diary_own_items").fetchone()[0])
            if count >= diary_model.MAX_OWN_ITEMS:
                raise ValueError(f"at most {diary_model.MAX_OWN_ITEMS} own items")
            cursor = self._exec("INSERT INTO diary_own_items (name, position) VALUES (?, ?)", (name, count))
            assert cursor.lastrowid is not None
        return diary_model.OwnItem(cursor.lastrowid, name, count, True)

    def update_own_item(self, own_id: int, name: str | None = None, active: bool | None = None) -> OwnItem:
        """Rename an own item, or stop (or start again) asking it; its past answers are kept."""
        with self._writing():
            row = self._exec(f"{diary_rows.OWN_SQL} WHERE id = ?", (own_id,)).fetchone()
            if row is None:
                raise KeyError(f"no own item {own_id}")
            item = diary_rows.strict_own(row)
            if name is not None:
                name = clean_text(name, "an own item's name", diary_model.MAX_OWN_NAME_CHARS).strip()
                if not name:
                    raise ValueError("an own item needs a name")
            new = diary_model.OwnItem(
                own_id, name or item.name, item.position, item.active if active is None else bool(active)
            )
            self._exec(
                "UPDATE diary_own_items SET name = ?, active = ? WHERE id = ?",
                (new.name, int(new.active), own_id),
            )
        return new

    def item_settings(self) -> dict[str, bool]:
        """Items the reader turned on or off (an item not listed follows its content default)."""
        with self._reading():
            return dict(diary_rows.strict_setting(row) for row in self._exec(diary_rows.SETTING_SQL))

    def set_item_enabled(self, item_id: str, enabled: bool | None) -> None:
        """Turn an item on or off for the check-in; None goes back to the content's default."""
        check_id(item_id, "item_id")
        with self._writing():
            if enabled is None:
                self._exec("DELETE FROM diary_item_settings WHERE item_id = ?", (item_id,))
            else:
                self._exec(
                    "INSERT INTO diary_item_settings (item_id, enabled) VALUES (?, ?) "
                    "ON CONFLICT (item_id) DO UPDATE SET enabled = excluded.enabled",
                    (item_id, int(bool(enabled))),
                )

    def get_diary_prefs(self) -> DiaryPrefs:
        with self._reading():
            return diary_rows.strict_prefs(self._exec(diary_rows.PREF_SQL).fetchall())

    def set_diary_prefs(self, prefs: DiaryPrefs) -> DiaryPrefs:
        prefs = diary_model.check_prefs(prefs)
        with self._writing():
            diary_write.write_prefs(self._exec, prefs)
        return prefs

    def _clear_diary(self) -> None:
        for table in (
            "diary_answers",
            "diary_alerts",
            "diary_entries",
            "diary_own_items",
            "diary_item_settings",
            "diary_prefs",
        ):
            self._exec(f"DELETE FROM {table}")

    def mark_example(self) -> None:
        """Mark this store as the made-up example person's (every view can then say so)."""
        with self._writing(count_change=False):
            self._exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('example', 1)")

    @property
    def is_example(self) -> bool:
        """True for the made-up example person's data (:mod:`liverbook.diary.example`)."""
        with self._reading():
            row = self._exec("SELECT value FROM meta WHERE key = 'example'").fetchone()
        return row is not None and row[0] == 1
