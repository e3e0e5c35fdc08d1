"""Rescuing the diary of a damaged file: every readable entry, answer, warning sign and setting.

Called by :mod:`liverbook.store.salvage` with its row reader (one pass per table, then a lookup per
id after a failure). An answer or warning sign whose entry is lost is dropped (counted); a word that
is not UTF-8 keeps its readable letters (U+FFFD for the rest); a time that cannot be read takes the
entry's other time, or the file's; nothing of a row's content reaches a message.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

from liverbook.store.diary_model import (
    ANSWERED_BY,
    MAX_OWN_NAME_CHARS,
    MAX_PHONE_CHARS,
    MAX_TEXT_ANSWER_CHARS,
    TEMPERATURE_UNITS,
    WEIGHT_UNITS,
    Answer,
    DiaryData,
    DiaryPrefs,
    Entry,
    OwnItem,
)
from liverbook.store.diary_rows import (
    ALERT_SQL,
    ANSWER_SQL,
    ENTRY_SQL,
    OWN_SQL,
    PREF_KEYS,
    PREF_SQL,
    SETTING_SQL,
    _ident,
    _local,
    _or_none,
    _text,
    _time,
    _value,
    strict_alert,
    strict_setting,
)
from liverbook.store.rows import Repairs


def _lenient_text(value: object, repairs: Repairs) -> str | None:
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            repairs.texts += 1
            return value.decode("utf-8", "replace")
    if isinstance(value, str):
        return value
    if value is None:
        return None
    repairs.fields += 1
    return None


def read_lenient(
    rows: Callable[[str, str], list[tuple[object, ...]]], fallback: datetime, repairs: Repairs
) -> DiaryData:
    """Every readable diary row. ``rows(sql, table)`` reads one table as well as it can."""
    entries: dict[int, list[Any]] = {}
    for row in rows(ENTRY_SQL, "diary_entries"):
        if not isinstance(row[0], int):
            continue
        utc, created, updated = (_or_none(_time, v) for v in (row[2], row[4], row[5]))
        local = _or_none(_local, row[1])
        if None in (utc, local, created, updated):
            repairs.fields += 1
        utc = utc or created or updated or fallback
        local = local or utc.replace(tzinfo=None, second=0, microsecond=0)
        who = _or_none(_text, row[3])
        if who not in ANSWERED_BY:
            repairs.fields += 1
            who = ANSWERED_BY[0]
        entries[row[0]] = [local, utc, who, created or utc, updated or created or utc, [], []]
    for row in rows(ANSWER_SQL, "diary_answers"):
        entry = entries.get(row[0]) if isinstance(row[0], int) else None
        item_id = _or_none(_ident, row[1])
        value = _or_none(_value, row[2])
        text = _lenient_text(row[3], repairs)
        if text is not None and len(text) > MAX_TEXT_ANSWER_CHARS:
            text = text[:MAX_TEXT_ANSWER_CHARS]
            repairs.fields += 1
        if entry is None or item_id is None or (value is None and not text):
            repairs.fields += 1
            continue
        entry[5].append(Answer(item_id, value, text or None))
    for row in rows(ALERT_SQL, "diary_alerts"):
        entry = entries.get(row[0]) if isinstance(row[0], int) else None
        converted = _or_none(strict_alert, row)
        if entry is None or converted is None:
            repairs.fields += 1
            continue
        entry[6].append(converted[1])
    data = DiaryData()
    for ident in sorted(entries):
        local, utc, who, created, updated, answers, alerts = entries[ident]
        unique = sorted(
            {a.item_id: a for a in reversed(answers)}.values(), key=lambda a: a.item_id
        )  # first of each
        data.entries.append(Entry(ident, local, utc, who, tuple(unique), tuple(alerts), created, updated))
    for row in rows(OWN_SQL, "diary_own_items"):
        own_id = row[0] if isinstance(row[0], int) else None
        name = _lenient_text(row[1], repairs)
        if own_id is None or not name:
            repairs.fields += 1
            continue
        position = row[2] if isinstance(row[2], int) and not isinstance(row[2], bool) else 1 << 30
        data.own_items.append(OwnItem(own_id, name[:MAX_OWN_NAME_CHARS], position, row[3] != 0))
    data.own_items.sort(key=lambda o: (o.position, o.id))
    for row in rows(SETTING_SQL, "diary_item_settings"):
        setting = _or_none(strict_setting, row)
        if setting is not None:
            data.item_settings[setting[0]] = setting[1]
    prefs: dict[str, str] = {}
    for row in rows(PREF_SQL, "diary_prefs"):
        key, value = _or_none(_text, row[0]), _lenient_text(row[1], repairs)
        if key in PREF_KEYS and value is not None:
            prefs[key] = value[:MAX_PHONE_CHARS]
    with contextlib.suppress(TypeError):
        candidate = DiaryPrefs(**prefs)
        if candidate.temperature_unit in TEMPERATURE_UNITS and candidate.weight_unit in WEIGHT_UNITS:
            object.__setattr__(data, "prefs", candidate)
    return data
