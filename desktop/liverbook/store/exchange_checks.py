"""Checking the parts of an export file one value at a time, naming where a problem is.

Shared by :mod:`liverbook.store.exchange` and :mod:`liverbook.store.exchange_diary`. Every check
raises :class:`Refuse` with a plain description of the first problem ("note 3: 'text' is not text");
the caller turns it into :class:`~liverbook.store.errors.ImportRefused`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from liverbook.i18n import translate
from liverbook.store.model import clean_text, is_handbook_id, parse_time


class Refuse(Exception):
    """The file is refused; the message says why, for the reader. ``worded``: already a whole
    sentence in the app's language (not to be capitalised)."""

    def __init__(self, message: str, *, worded: bool = False) -> None:
        super().__init__(message)
        self.worded = worded


def not_an_export(why: str = "") -> str:
    """ "it is not a Liver Cancer Handbook export (why)." in the app's language (``why`` already is)."""
    if not why:
        return translate("Import", "it is not a Liver Cancer Handbook export.")
    return translate("Import", "it is not a Liver Cancer Handbook export ({why}).").format(why=why)


def checked_object(
    value: object, where: str, required: set[str], optional: frozenset[str] = frozenset()
) -> dict[str, Any]:
    if not isinstance(value, dict):
        if where == "the file":
            raise Refuse(
                not_an_export(translate("Import", "it does not hold the export's data")), worded=True
            )
        raise Refuse(f"{where} is not a JSON object")
    missing = sorted(required - value.keys())
    if missing:
        raise Refuse(f"{where} has no {', '.join(repr(k) for k in missing)}")
    extra = sorted(str(k) for k in value.keys() - required - optional)
    if extra:
        raise Refuse(f"{where} has unknown {', '.join(repr(k) for k in extra)}")
    return value


def checked_text(value: object, where: str, limit: int) -> str:
    if not isinstance(value, str):
        raise Refuse(f"{where} is not text")
    if len(value) > limit:
        raise Refuse(f"{where} is longer than {limit:,} characters")
    return clean_text(value, where, limit)


def checked_id(value: object, where: str, nullable: bool = False) -> str | None:
    if value is None and nullable:
        return None
    if not is_handbook_id(value):
        raise Refuse(f"{where} is not a handbook id (lowercase letters, digits and hyphens)")
    assert isinstance(value, str)
    return value


def checked_list(value: object, where: str, limit: int) -> list[Any]:
    if not isinstance(value, list):
        raise Refuse(f"{where} is not a list")
    if len(value) > limit:
        raise Refuse(f"{where} has more than {limit:,} items")
    return value


def checked_time(value: object, where: str) -> datetime:
    if isinstance(value, str) and len(value) <= 40:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            if moment.tzinfo is not None:
                return parse_time(value)
    raise Refuse(f"{where} is not a date and time like 2026-11-21T10:30:00+00:00")
