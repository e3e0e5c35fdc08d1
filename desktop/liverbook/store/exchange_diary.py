"""The ``diary`` part of an export (format version 2): built from, and checked into, :class:`DiaryData`.

See :mod:`liverbook.store.exchange` for the whole format. Version 1 files have no ``diary``; they
import with an empty diary.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from liverbook.store.diary_model import (
    ANSWERED_BY,
    LEVELS,
    MAX_ALERTS,
    MAX_ANSWERS,
    MAX_OWN_ITEMS,
    MAX_OWN_NAME_CHARS,
    MAX_PHONE_CHARS,
    MAX_TEXT_ANSWER_CHARS,
    MAX_VERSION_CHARS,
    TEMPERATURE_UNITS,
    WEIGHT_UNITS,
    Alert,
    Answer,
    DiaryData,
    DiaryPrefs,
    Entry,
    OwnItem,
    check_value,
    local_text,
    parse_local,
)
from liverbook.store.exchange_checks import (
    Refuse,
    checked_id,
    checked_list,
    checked_object,
    checked_text,
    checked_time,
)
from liverbook.store.model import format_time

MAX_ENTRIES = 20_000
MAX_TOTAL_ANSWERS = 500_000
MAX_TOTAL_ALERTS = 100_000
# Objects and lists a diary can hold: its own, three per entry, one per answer, alert and own item.
MAX_CONTAINERS = 5 + 3 * MAX_ENTRIES + MAX_TOTAL_ANSWERS + MAX_TOTAL_ALERTS + MAX_OWN_ITEMS
_MAX_ID = 2**63 - 1


def build_diary(data: DiaryData) -> dict[str, Any]:
    """The ``diary`` object of an export."""
    return {
        "prefs": {
            "temperature_unit": data.prefs.temperature_unit,
            "weight_unit": data.prefs.weight_unit,
            "care_team_phone": data.prefs.care_team_phone,
        },
        "item_settings": dict(sorted(data.item_settings.items())),
        "own_items": [{"id": o.id, "name": o.name, "active": o.active} for o in data.own_items],
        "entries": [
            {
                "id": e.id,
                "local": local_text(e.local),
                "utc": format_time(e.utc),
                "answered_by": e.answered_by,
                "created": format_time(e.created),
                "updated": format_time(e.updated),
                "answers": [{"item": a.item_id, "value": a.value, "text": a.text} for a in e.answers],
                "alerts": [
                    {
                        "rule": a.rule_id,
                        "level": a.level,
                        "content_version": a.content_version,
                        "app_version": a.app_version,
                    }
                    for a in e.alerts
                ],
            }
            for e in data.entries
        ],
    }


def _whole(value: object, where: str, low: int = 1) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= _MAX_ID:
        raise Refuse(f"{where} is not a whole number of {low} or more")
    return value


def _choice(value: object, where: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise Refuse(f"{where} is not one of {', '.join(choices)}")
    assert isinstance(value, str)
    return value


def _local(value: object, where: str) -> datetime:
    try:
        if isinstance(value, str):
            return parse_local(value)
    except ValueError:
        pass
    raise Refuse(f"{where} is not a local date and time like 2026-11-21T10:30")


def _answer(value: object, where: str) -> Answer:
    item = checked_object(value, where, {"item", "value", "text"})
    item_id = checked_id(item["item"], f"{where}: 'item'")
    number = item["value"]
    try:
        number = check_value(number, where)
    except (TypeError, ValueError):
        raise Refuse(f"{where}: 'value' is not a number (or null)") from None
    text = (
        None
        if item["text"] is None
        else checked_text(item["text"], f"{where}: 'text'", MAX_TEXT_ANSWER_CHARS)
    )
    if number is None and text is None:
        raise Refuse(f"{where} has neither a value nor words")
    assert item_id is not None
    return Answer(item_id, number, text)


def _alert(value: object, where: str) -> Alert:
    item = checked_object(value, where, {"rule", "level", "content_version", "app_version"})
    rule = checked_id(item["rule"], f"{where}: 'rule'")
    level = _choice(item["level"], f"{where}: 'level'", LEVELS)
    versions = [
        checked_text(item[k], f"{where}: '{k}'", MAX_VERSION_CHARS)
        for k in ("content_version", "app_version")
    ]
    if not all(versions):
        raise Refuse(f"{where}: a version is empty")
    assert rule is not None
    return Alert(rule, level, versions[0], versions[1])


def _entry(value: object, where: str, counts: list[int]) -> Entry:
    item = checked_object(
        value, where, {"id", "local", "utc", "answered_by", "created", "updated", "answers", "alerts"}
    )
    answers = [
        _answer(v, f"{where}, answer {n + 1}")
        for n, v in enumerate(checked_list(item["answers"], f"{where}: 'answers'", MAX_ANSWERS))
    ]
    if len({a.item_id for a in answers}) != len(answers):
        raise Refuse(f"{where} answers the same item twice")
    alerts = [
        _alert(v, f"{where}, warning {n + 1}")
        for n, v in enumerate(checked_list(item["alerts"], f"{where}: 'alerts'", MAX_ALERTS))
    ]
    if len({a.rule_id for a in alerts}) != len(alerts):
        raise Refuse(f"{where} records the same warning twice")
    counts[0] += len(answers)
    counts[1] += len(alerts)
    if counts[0] > MAX_TOTAL_ANSWERS or counts[1] > MAX_TOTAL_ALERTS:
        raise Refuse(
            f"the diary holds more than {MAX_TOTAL_ANSWERS:,} answers or {MAX_TOTAL_ALERTS:,} warnings"
        )
    return Entry(
        _whole(item["id"], f"{where}: 'id'"),
        _local(item["local"], f"{where}: 'local'"),
        checked_time(item["utc"], f"{where}: 'utc'"),
        _choice(item["answered_by"], f"{where}: 'answered_by'", ANSWERED_BY),
        tuple(sorted(answers, key=lambda a: a.item_id)),
        tuple(alerts),
        checked_time(item["created"], f"{where}: 'created'"),
        checked_time(item["updated"], f"{where}: 'updated'"),
    )


def parse_diary(value: object) -> DiaryData:
    """Check the ``diary`` object of a version 2 export; raise Refuse naming the first problem."""
    top = checked_object(value, "'diary'", {"prefs", "item_settings", "own_items", "entries"})
    prefs_in = checked_object(
        top["prefs"], "'diary': 'prefs'", {"temperature_unit", "weight_unit", "care_team_phone"}
    )
    prefs = DiaryPrefs(
        _choice(prefs_in["temperature_unit"], "'diary': 'temperature_unit'", TEMPERATURE_UNITS),
        _choice(prefs_in["weight_unit"], "'diary': 'weight_unit'", WEIGHT_UNITS),
        checked_text(prefs_in["care_team_phone"], "'diary': 'care_team_phone'", MAX_PHONE_CHARS),
    )
    settings_in = top["item_settings"]
    if not isinstance(settings_in, dict) or len(settings_in) > MAX_ANSWERS:
        raise Refuse(f"'diary': 'item_settings' is not an object of at most {MAX_ANSWERS} items")
    settings: dict[str, bool] = {}
    for key, enabled in settings_in.items():
        item_id = checked_id(key, "an item in 'diary': 'item_settings'")
        if not isinstance(enabled, bool) or item_id is None:
            raise Refuse("'diary': 'item_settings' holds a value that is not true or false")
        settings[item_id] = enabled
    own_items = []
    for n, raw in enumerate(checked_list(top["own_items"], "'diary': 'own_items'", MAX_OWN_ITEMS)):
        where = f"own item {n + 1}"
        item = checked_object(raw, where, {"id", "name", "active"})
        name = checked_text(item["name"], f"{where}: 'name'", MAX_OWN_NAME_CHARS).strip()
        if not name or not isinstance(item["active"], bool):
            raise Refuse(f"{where} has no name, or 'active' is not true or false")
        own_items.append(OwnItem(_whole(item["id"], f"{where}: 'id'"), name, n, item["active"]))
    if len({o.id for o in own_items}) != len(own_items):
        raise Refuse("two own items have the same 'id'")
    counts = [0, 0]
    entries = [
        _entry(v, f"diary entry {n + 1}", counts)
        for n, v in enumerate(checked_list(top["entries"], "'diary': 'entries'", MAX_ENTRIES))
    ]
    if len({e.id for e in entries}) != len(entries):
        raise Refuse("two diary entries have the same 'id'")
    entries.sort(key=lambda e: (e.utc, e.id))
    return DiaryData(entries, own_items, settings, prefs)
