"""'My diary' in the store: check-ins with their answers and fired triage rules, own items, settings.

Every write is one short transaction (a check-in of 25 answers is one ``BEGIN IMMEDIATE`` ...
``COMMIT``). Every read the diary's views make is an index range whose cost does not grow with
the years of entries kept: the latest entries (``diary_entries_by_time``), one item's answers over
a period (``diary_answers_by_item``, which holds each answer's time), the previous answer to an item
(the same index, newest first, one row), the warning signs since a date (``diary_alerts_by_time``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from liverbook.store.diary_settings import DiarySettingsMixin
from liverbook.store.lazy import LazyModule
from liverbook.store.model import check_id, format_time, parse_time
from liverbook.store.rows import BadRow

if TYPE_CHECKING:  # the diary's models and rows are imported when the diary is first read or written
    from liverbook.store import diary_model, diary_rows, diary_write
    from liverbook.store.diary_model import Alert, AlertRecord, Answer, DiaryData, Entry, NewEntry, Point
else:
    diary_model = LazyModule("liverbook.store.diary_model")
    diary_rows = LazyModule("liverbook.store.diary_rows")
    diary_write = LazyModule("liverbook.store.diary_write")

_CHUNK = 500  # ids per IN (...) list


class DiaryMixin(DiarySettingsMixin):
    """The "My diary" part of :class:`~liverbook.store.store.Store`."""

    # -- entries --------------------------------------------------------------------------------------

    def add_entry(self, entry: NewEntry, alerts: Sequence[Alert] = ()) -> Entry:
        """Save a check-in and the triage rules that fired for it, in one transaction."""
        entry = diary_model.check_entry(entry)
        checked = diary_write.checked_alerts(alerts)
        now, utc = format_time(self._now()), format_time(entry.utc)
        with self._writing():
            cursor = self._exec(
                "INSERT INTO diary_entries (local, utc, answered_by, created, updated) VALUES (?, ?, ?, ?, ?)",
                (diary_model.local_text(entry.local), utc, entry.answered_by, now, now),
            )
            entry_id = cursor.lastrowid
            assert entry_id is not None
            diary_write.insert_answers(self._exec, entry_id, utc, entry.answers)
            diary_write.insert_alerts(self._exec, entry_id, utc, checked)
        stamp = parse_time(now)
        return diary_model.Entry(
            entry_id,
            entry.local,
            parse_time(utc),
            entry.answered_by,
            _sorted(entry.answers),
            tuple(checked),
            stamp,
            stamp,
        )

    def update_entry(self, entry_id: int, entry: NewEntry, alerts: Sequence[Alert] = ()) -> Entry:
        """Put new answers, time and fired rules in place of an entry's (KeyError if there is none)."""
        entry = diary_model.check_entry(entry)
        checked = diary_write.checked_alerts(alerts)
        now, utc = format_time(self._now()), format_time(entry.utc)
        with self._writing():
            cursor = self._exec(
                "UPDATE diary_entries SET local = ?, utc = ?, answered_by = ?, updated = ? WHERE id = ?",
                (diary_model.local_text(entry.local), utc, entry.answered_by, now, entry_id),
            )
            if cursor.rowcount != 1:
                raise KeyError(f"no diary entry {entry_id}")
            self._exec("DELETE FROM diary_answers WHERE entry_id = ?", (entry_id,))
            self._exec("DELETE FROM diary_alerts WHERE entry_id = ?", (entry_id,))
            diary_write.insert_answers(self._exec, entry_id, utc, entry.answers)
            diary_write.insert_alerts(self._exec, entry_id, utc, checked)
            changed = self._entries(f"{diary_rows.ENTRY_SQL} WHERE id = ?", (entry_id,))[0]
        return changed

    def delete_entry(self, entry_id: int) -> Entry:
        """Delete an entry (answers and fired rules with it) and return it for :meth:`restore_entry`."""
        with self._writing():
            found = self._entries(f"{diary_rows.ENTRY_SQL} WHERE id = ?", (entry_id,))
            if not found:
                raise KeyError(f"no diary entry {entry_id}")
            for table, column in (
                ("diary_answers", "entry_id"),
                ("diary_alerts", "entry_id"),
                ("diary_entries", "id"),
            ):
                self._exec(f"DELETE FROM {table} WHERE {column} = ?", (entry_id,))
        return found[0]

    def restore_entry(self, entry: Entry) -> Entry:
        """Undo a delete: put the entry back with its id (a new id if that one is taken) and dates."""
        diary_model.check_entry(
            diary_model.NewEntry(entry.local, entry.utc, entry.answered_by, entry.answers)
        )
        alerts = diary_write.checked_alerts(entry.alerts)
        with self._writing():
            taken = self._exec("SELECT 1 FROM diary_entries WHERE id = ?", (entry.id,)).fetchone() is not None
            cursor = self._exec(
                "INSERT INTO diary_entries (id, local, utc, answered_by, created, updated) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    None if taken else entry.id,
                    diary_model.local_text(entry.local),
                    format_time(entry.utc),
                    entry.answered_by,
                    format_time(entry.created),
                    format_time(entry.updated),
                ),
            )
            entry_id = cursor.lastrowid
            assert entry_id is not None
            diary_write.insert_answers(self._exec, entry_id, format_time(entry.utc), entry.answers)
            diary_write.insert_alerts(self._exec, entry_id, format_time(entry.utc), alerts)
            restored = self._entries(f"{diary_rows.ENTRY_SQL} WHERE id = ?", (entry_id,))[0]
        return restored

    def get_entry(self, entry_id: int) -> Entry | None:
        with self._reading():
            found = self._entries(f"{diary_rows.ENTRY_SQL} WHERE id = ?", (entry_id,))
        return found[0] if found else None

    def latest_entries(self, limit: int = 20, before: datetime | None = None) -> list[Entry]:
        """The ``limit`` newest entries (before ``before``, to page back), newest first."""
        where, params = ("", ()) if before is None else (" WHERE utc < ?", (format_time(before),))
        with self._reading():
            return self._entries(
                f"{diary_rows.ENTRY_SQL}{where} ORDER BY utc DESC, id DESC LIMIT ?", (*params, int(limit))
            )

    def entries_between(self, start: datetime | None = None, end: datetime | None = None) -> list[Entry]:
        """Entries with ``start <= utc < end`` (either end open), oldest first."""
        where, params = _range("utc", start, end)
        with self._reading():
            return self._entries(f"{diary_rows.ENTRY_SQL}{where} ORDER BY utc, id", params)

    def count_entries(self) -> int:
        with self._reading():
            return int(self._exec("SELECT count(*) FROM diary_entries").fetchone()[0])

    def _entries(self, sql: str, params: tuple[object, ...]) -> list[Entry]:
        rows = [diary_rows.strict_entry(row) for row in self._exec(sql, params).fetchall()]
        answers: dict[int, list[Answer]] = {row[0]: [] for row in rows}
        alerts: dict[int, list[Alert]] = {row[0]: [] for row in rows}
        ids = sorted(answers)
        chunks: list[tuple[str, tuple[int, ...]]]
        if len(ids) > _CHUNK:  # many entries: one range scan instead of long IN lists
            chunks = [(" WHERE entry_id BETWEEN ? AND ?", (ids[0], ids[-1]))]
        else:
            chunks = [(f" WHERE entry_id IN ({','.join('?' * len(ids))})", tuple(ids))] if ids else []
        for where, chunk in chunks:
            for row in self._exec(diary_rows.ANSWER_SQL + where, chunk):
                entry_id, answer, _ = diary_rows.strict_answer(row)
                if entry_id in answers:
                    answers[entry_id].append(answer)
            for row in self._exec(diary_rows.ALERT_SQL + where, chunk):
                entry_id, alert = diary_rows.strict_alert(row)
                if entry_id in alerts:
                    alerts[entry_id].append(alert)
        return [
            diary_model.Entry(
                ident, local, utc, who, _sorted(answers[ident]), tuple(alerts[ident]), created, updated
            )
            for ident, local, utc, who, created, updated in rows
        ]

    # -- series and history (for trends and triage) --------------------------------------------------

    def series(self, item_id: str, start: datetime | None = None, end: datetime | None = None) -> list[Point]:
        """Every answer to one item with ``start <= utc < end``, oldest first."""
        where, params = _range("a.utc", start, end)
        sql = (
            "SELECT a.entry_id, e.utc, e.local, a.value, a.text FROM diary_answers AS a "
            "INDEXED BY diary_answers_by_item JOIN diary_entries AS e ON e.id = a.entry_id "
            f"WHERE a.item_id = ?{where.replace(' WHERE', ' AND')} ORDER BY a.utc, a.entry_id"
        )
        with self._reading():
            return [self._point(row) for row in self._exec(sql, (check_id(item_id, "item_id"), *params))]

    def previous_answer(
        self, item_id: str, before: datetime, exclude_entry: int | None = None
    ) -> Point | None:
        """The newest answer to ``item_id`` strictly before ``before`` (not from ``exclude_entry``)."""
        sql = (
            "SELECT a.entry_id, e.utc, e.local, a.value, a.text FROM diary_answers AS a "
            "INDEXED BY diary_answers_by_item JOIN diary_entries AS e ON e.id = a.entry_id "
            "WHERE a.item_id = ? AND a.utc < ? AND a.entry_id IS NOT ? ORDER BY a.utc DESC, a.entry_id DESC LIMIT 1"
        )
        with self._reading():
            row = self._exec(
                sql, (check_id(item_id, "item_id"), format_time(before), exclude_entry)
            ).fetchone()
            return None if row is None else self._point(row)

    def _point(self, row: tuple[Any, ...]) -> Point:
        """A series row (times from the entry), checked: damage found here is damage, never a crash."""
        entry_id, utc, local, value, text = row
        column = "utc"
        try:
            point = diary_model.Point(entry_id, parse_time(utc), diary_model.parse_local(local), value, text)
            column = "value"
            if value is not None and (
                type(value) is not float
                or not -diary_model.MAX_ABS_VALUE <= value <= diary_model.MAX_ABS_VALUE
            ):
                raise ValueError
            column = "text"
            if text is not None and type(text) is not str or value is None and text is None:
                raise ValueError
        except (ValueError, TypeError, OverflowError):
            raise BadRow("diary_answers", entry_id, column) from None
        return point

    def alerts_since(self, since: datetime | None = None) -> list[AlertRecord]:
        """Triage rules that fired for entries at or after ``since``, oldest first."""
        where, params = _range("a.utc", since, None)
        sql = (
            f"SELECT a.entry_id, a.rule_id, a.level, a.content_version, a.app_version, a.utc, e.local "
            f"FROM diary_alerts AS a INDEXED BY diary_alerts_by_time JOIN diary_entries AS e ON e.id = a.entry_id{where} "
            "ORDER BY a.utc, a.entry_id, a.rule_id"
        )
        with self._reading():
            out = []
            for row in self._exec(sql, params):
                entry_id, alert = diary_rows.strict_alert(row[:6])
                try:
                    out.append(
                        diary_model.AlertRecord(
                            entry_id, parse_time(row[5]), datetime.fromisoformat(row[6]), alert
                        )
                    )
                except (ValueError, TypeError):
                    raise BadRow("diary_entries", entry_id, "local") from None
            return out

    # -- everything at once ---------------------------------------------------------------------------

    def diary_data(self) -> DiaryData:
        """The whole diary (for export)."""
        with self._reading():
            return diary_model.DiaryData(
                self.entries_between(), self.list_own_items(), self.item_settings(), self.get_diary_prefs()
            )


def _sorted(answers: Iterable[Answer]) -> tuple[Answer, ...]:
    return tuple(sorted(answers, key=lambda a: a.item_id))


def _range(column: str, start: datetime | None, end: datetime | None) -> tuple[str, tuple[object, ...]]:
    parts, params = [], []
    if start is not None:
        parts.append(f"{column} >= ?")
        params.append(format_time(start))
    if end is not None:
        parts.append(f"{column} < ?")
        params.append(format_time(end))
    return (" WHERE " + " AND ".join(parts) if parts else "", tuple(params))
