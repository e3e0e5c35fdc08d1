"""Writing diary rows: shared by the store's own writes, an import, and the rescue of a damaged file.

Every function takes ``execute`` (a connection's ``execute`` or the store's ``_exec``) and runs inside
the caller's transaction; the data must have been checked (:mod:`liverbook.store.diary_model`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from liverbook.store.diary_model import (
    MAX_ALERTS,
    Alert,
    Answer,
    DiaryData,
    DiaryPrefs,
    check_alert,
    local_text,
)
from liverbook.store.model import format_time

Execute = Callable[..., Any]
"""``execute(sql, params)``: a connection's execute or the store's ``_exec``."""


def insert_diary(execute: Execute, data: DiaryData) -> None:
    """Write checked diary data into empty diary tables (inside the caller's transaction)."""
    for entry in data.entries:
        execute(
            "INSERT INTO diary_entries (id, local, utc, answered_by, created, updated) VALUES (?, ?, ?, ?, ?, ?)",
            (
                entry.id,
                local_text(entry.local),
                format_time(entry.utc),
                entry.answered_by,
                format_time(entry.created),
                format_time(entry.updated),
            ),
        )
        insert_answers(execute, entry.id, format_time(entry.utc), entry.answers)
        insert_alerts(execute, entry.id, format_time(entry.utc), entry.alerts)
    for position, own in enumerate(data.own_items):
        execute(
            "INSERT INTO diary_own_items (id, name, position, active) VALUES (?, ?, ?, ?)",
            (own.id, own.name, position, int(own.active)),
        )
    for item_id, enabled in sorted(data.item_settings.items()):
        execute("INSERT INTO diary_item_settings (item_id, enabled) VALUES (?, ?)", (item_id, int(enabled)))
    write_prefs(execute, data.prefs)


def insert_answers(execute: Execute, entry_id: int, utc: str, answers: Iterable[Answer]) -> None:
    for answer in answers:
        execute(
            "INSERT INTO diary_answers (entry_id, item_id, value, text, utc) VALUES (?, ?, ?, ?, ?)",
            (entry_id, answer.item_id, answer.value, answer.text, utc),
        )


def insert_alerts(execute: Execute, entry_id: int, utc: str, alerts: Iterable[Alert]) -> None:
    for alert in alerts:
        execute(
            "INSERT INTO diary_alerts (entry_id, rule_id, level, content_version, app_version, utc) VALUES (?, ?, ?, ?, ?, ?)",
            (entry_id, alert.rule_id, alert.level, alert.content_version, alert.app_version, utc),
        )


def write_prefs(execute: Execute, prefs: DiaryPrefs) -> None:
    execute("DELETE FROM diary_prefs")
    defaults = DiaryPrefs()
    for key in ("temperature_unit", "weight_unit", "care_team_phone"):
        value = getattr(prefs, key)
        if value != getattr(defaults, key):
            execute("INSERT INTO diary_prefs (key, value) VALUES (?, ?)", (key, value))


def checked_alerts(alerts: Sequence[Alert]) -> list[Alert]:
    if len(alerts) > MAX_ALERTS:
        raise ValueError(f"more than {MAX_ALERTS} alerts")
    checked = [check_alert(a) for a in alerts]
    if len({a.rule_id for a in checked}) != len(checked):
        raise ValueError("a rule is recorded twice for one entry")
    return checked
