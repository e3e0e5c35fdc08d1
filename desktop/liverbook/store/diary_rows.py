"""Diary rows as the database holds them: strictly (as the store wrote them) or as much as can be read.

The diary's counterpart of :mod:`liverbook.store.rows`. Rows are read with ``text_factory = bytes``
where damage is looked for, so every text column is decoded and checked here:

* :func:`check_diary` reads every diary row and index at start (:mod:`liverbook.store.scan`) and
  names the first problem (table, row, column; never content);
* the ``strict_*`` functions turn one row into data or raise :class:`~liverbook.store.rows.BadRow`;
* :mod:`liverbook.store.diary_salvage` rescues what can be read of a damaged file's diary.
"""

from __future__ import annotations

import math
import sqlite3
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import Any

from liverbook.store.diary_model import (
    ANSWERED_BY,
    LEVELS,
    MAX_ABS_VALUE,
    MAX_OWN_NAME_CHARS,
    MAX_PHONE_CHARS,
    MAX_TEXT_ANSWER_CHARS,
    MAX_VERSION_CHARS,
    TEMPERATURE_UNITS,
    WEIGHT_UNITS,
    Alert,
    Answer,
    DiaryPrefs,
    OwnItem,
    is_item_id,
    parse_local,
)
from liverbook.store.model import to_utc
from liverbook.store.rows import BadRow

ENTRY_SQL = "SELECT id, local, utc, answered_by, created, updated FROM diary_entries"
ANSWER_SQL = "SELECT entry_id, item_id, value, text, utc FROM diary_answers"
ALERT_SQL = "SELECT entry_id, rule_id, level, content_version, app_version, utc FROM diary_alerts"
OWN_SQL = "SELECT id, name, position, active FROM diary_own_items"
SETTING_SQL = "SELECT item_id, enabled FROM diary_item_settings"
PREF_SQL = "SELECT key, value FROM diary_prefs"
PREF_KEYS = ("temperature_unit", "weight_unit", "care_team_phone")


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, str):
        return value
    raise TypeError


def _limited(value: object, limit: int) -> str:
    text = _text(value)
    if len(text) > limit:
        raise ValueError
    return text


def _time(value: object) -> datetime:
    text = _limited(value, 40)
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError
    return to_utc(moment)


def _local(value: object) -> datetime:
    return parse_local(_text(value))


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError
    return value


def _flag(value: object) -> bool:
    if value not in (0, 1) or isinstance(value, bool):
        raise ValueError
    return bool(value)


def _ident(value: object) -> str:
    text = _text(value)
    if not is_item_id(text):
        raise ValueError
    return text


def _value(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError
    number = float(value)
    if not math.isfinite(number) or abs(number) > MAX_ABS_VALUE:
        raise ValueError
    return number


def _strict(
    table: str,
    row: tuple[object, ...],
    columns: tuple[str, ...],
    convert: tuple[Callable[[object], Any], ...],
) -> list[Any]:
    values: list[Any] = []
    for index, (column, func) in enumerate(zip(columns, convert, strict=False)):
        try:
            values.append(func(row[index]))
        except (ValueError, TypeError, OverflowError, UnicodeDecodeError):
            raise BadRow(table, row[0], column) from None
    return values


def strict_entry(row: tuple[object, ...]) -> tuple[int, datetime, datetime, str, datetime, datetime]:
    """``(id, local, utc, answered_by, created, updated)`` of an entry row, or BadRow."""
    ident, local, utc, who, created, updated = _strict(
        "diary_entries",
        row,
        ("id", "local", "utc", "answered_by", "created", "updated"),
        (_int, _local, _time, _text, _time, _time),
    )
    if who not in ANSWERED_BY:
        raise BadRow("diary_entries", ident, "answered_by")
    return ident, local, utc, who, created, updated


def strict_answer(row: tuple[object, ...]) -> tuple[int, Answer, str]:
    """``(entry_id, answer, utc text)`` of an answer row, or BadRow."""
    entry_id, item_id, value, text, utc = _strict(
        "diary_answers",
        row,
        ("entry_id", "item_id", "value", "text", "utc"),
        (_int, _ident, _value, lambda v: None if v is None else _limited(v, MAX_TEXT_ANSWER_CHARS), _time),
    )
    if value is None and text is None:
        raise BadRow("diary_answers", entry_id, "value")
    return (
        entry_id,
        Answer(item_id, value, text),
        row[4].decode("ascii", "replace") if isinstance(row[4], bytes) else str(row[4]),
    )


def strict_alert(row: tuple[object, ...]) -> tuple[int, Alert]:
    entry_id, rule_id, level, version, app, _ = _strict(
        "diary_alerts",
        row,
        ("entry_id", "rule_id", "level", "content_version", "app_version", "utc"),
        (
            _int,
            _ident,
            _text,
            lambda v: _limited(v, MAX_VERSION_CHARS),
            lambda v: _limited(v, MAX_VERSION_CHARS),
            _time,
        ),
    )
    if level not in LEVELS:
        raise BadRow("diary_alerts", entry_id, "level")
    return entry_id, Alert(rule_id, level, version, app)


def strict_own(row: tuple[object, ...]) -> OwnItem:
    ident, name, position, active = _strict(
        "diary_own_items",
        row,
        ("id", "name", "position", "active"),
        (_int, lambda v: _limited(v, MAX_OWN_NAME_CHARS), _int, _flag),
    )
    return OwnItem(ident, name, position, active)


def strict_setting(row: tuple[object, ...]) -> tuple[str, bool]:
    item_id, enabled = _strict("diary_item_settings", row, ("item_id", "enabled"), (_ident, _flag))
    return item_id, enabled


def strict_prefs(rows: list[tuple[object, ...]]) -> DiaryPrefs:
    values: dict[str, str] = {}
    for row in rows:
        key, value = _strict(
            "diary_prefs", row, ("key", "value"), (_text, lambda v: _limited(v, MAX_PHONE_CHARS))
        )
        values[key] = value
    prefs = DiaryPrefs(**{k: v for k, v in values.items() if k in PREF_KEYS})
    if prefs.temperature_unit not in TEMPERATURE_UNITS:
        raise BadRow("diary_prefs", None, "temperature_unit")
    if prefs.weight_unit not in WEIGHT_UNITS:
        raise BadRow("diary_prefs", None, "weight_unit")
    return prefs


def _or_none(func: Callable[[Any], Any], value: object) -> Any:
    try:
        return func(value)
    except (ValueError, TypeError, OverflowError, UnicodeDecodeError):
        return None


# -- the check at start ------------------------------------------------------------------------------


# Every answer that is not as the store writes it, found by SQLite itself in one pass (about 8 ms for five
# years of daily check-ins, against 120 ms read row by row in Python): its entry is missing or has
# another time; its value is not a number within limits (SQLite orders text and blobs above every
# number); its item id or words are not text (numbers order below text, blobs above it); or it is
# empty. Comparisons, not typeof(): they cost a third as much.
_BAD_ANSWER = (
    "FROM diary_answers AS a NOT INDEXED LEFT JOIN diary_entries AS e ON e.id = a.entry_id "
    f"WHERE e.utc IS NOT a.utc OR a.value > {MAX_ABS_VALUE:.0f} OR a.value < -{MAX_ABS_VALUE:.0f} "
    "OR a.item_id < '' OR a.item_id >= x'' OR a.text < '' OR a.text >= x'' OR (a.value IS NULL AND a.text IS NULL)"
)
_INDEX_SUMS = "SELECT count(*), total(entry_id) FROM diary_answers"


def _check_entries(conn: sqlite3.Connection) -> dict[int, object]:
    """Check every entry (inlined: one row a day, at each start); return each entry's UTC text."""
    entries: dict[int, object] = {}
    good_times: set[object] = set()
    for row in conn.execute(ENTRY_SQL):
        ident, local, utc, who, created, updated = row
        column = "id"
        try:
            if type(ident) is not int:
                raise TypeError
            column = "local"
            if type(local) is not bytes or len(local) != 16:
                raise ValueError
            datetime.fromisoformat(local.decode("ascii"))
            for _column, value in (("utc", utc), ("created", created), ("updated", updated)):
                if value not in good_times:
                    _time(value)
                    good_times.add(value)
            column = "answered_by"
            if who not in (b"patient", b"carer"):
                raise ValueError
        except (ValueError, TypeError, UnicodeDecodeError, OverflowError):
            raise BadRow("diary_entries", ident, column) from None
        entries[ident] = utc
    return entries


def check_diary(conn: sqlite3.Connection) -> str | None:
    """The first diary row or index not as the store wrote it, described without content; or None.

    ``conn`` reads text as bytes. Raises BadRow (the caller reports it) or sqlite3 errors. Entries,
    warning signs and settings are read row by row; answers, a row a day per item, are checked by
    SQLite in one pass (:data:`_BAD_ANSWER`), their item ids once each, and their words (the few
    rows that have any) decoded. An index key that differs from its row is caught by the sums of
    :data:`_INDEX_SUMS` when it changes a count or an entry id; any other is harmless: the
    diary reads an answer's time from its entry, never from the index.
    """
    entries = _check_entries(conn)
    if Counter(conn.execute("SELECT id, utc FROM diary_entries INDEXED BY diary_entries_by_time")) != Counter(
        entries.items()
    ):
        return "the index diary_entries_by_time does not match the diary"
    bad = conn.execute(
        f"SELECT a.entry_id, a.item_id, a.value, a.text, a.utc, e.utc {_BAD_ANSWER} LIMIT 1"
    ).fetchone()
    if bad is not None:
        entry_id, item_id, value, text, utc, entry_utc = bad
        if utc != entry_utc:
            column = "utc"
        elif value is None and text is None or value is not None and _or_none(_value, value) is None:
            column = "value"
        else:
            column = "item_id" if type(item_id) is not bytes else "text"
        raise BadRow("diary_answers", entry_id if type(entry_id) is int else None, column)
    for (item_id,) in conn.execute("SELECT DISTINCT item_id FROM diary_answers NOT INDEXED"):
        if _or_none(_ident, item_id) is None:
            raise BadRow("diary_answers", None, "item_id")
    for entry_id, text in conn.execute(
        "SELECT entry_id, text FROM diary_answers NOT INDEXED WHERE text IS NOT NULL"
    ):
        if _or_none(lambda v: _limited(v, MAX_TEXT_ANSWER_CHARS), text) is None:
            raise BadRow("diary_answers", entry_id, "text")
    indexed = conn.execute(f"{_INDEX_SUMS} INDEXED BY diary_answers_by_item").fetchone()
    if indexed != conn.execute(f"{_INDEX_SUMS} NOT INDEXED").fetchone():
        return "the index diary_answers_by_item does not match the diary"
    for row in conn.execute(ALERT_SQL):
        entry_id, _ = strict_alert(row)
        if entry_id not in entries:
            raise BadRow("diary_alerts", entry_id, "entry_id")
    for row in conn.execute(OWN_SQL):
        strict_own(row)
    for row in conn.execute(SETTING_SQL):
        strict_setting(row)
    strict_prefs(conn.execute(PREF_SQL).fetchall())
    return None
