"""Plain data kept by the store (notes, "My situation", "My questions") and their limits.

Timestamps are timezone-aware UTC ``datetime`` values in Python and ISO 8601 strings in the
database and in exports (``2026-11-21T05:54:42.123456+00:00``). Answer dates are ``date`` values,
stored as ``YYYY-MM-DD``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from enum import Enum

from liverbook.store.errors import TextTooLong

MAX_NOTE_CHARS = 1_000_000
MAX_QUESTION_CHARS = 10_000
MAX_ANSWER_CHARS = 100_000
MAX_NAME_CHARS = 200
MAX_ID_CHARS = 100
MAX_TAGS = 200

# Handbook ids: lowercase letters, digits and hyphens (docs/content-format.md).
_ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class AnyPage(Enum):
    """Type of :data:`ANY_PAGE`."""

    ANY = "any"


ANY_PAGE = AnyPage.ANY
"""``list_notes(page_id=ANY_PAGE)`` lists notes of every page and general notes (the default)."""


@dataclass(frozen=True)
class Note:
    """A note: plain text, never interpreted. ``page_id`` None means a general note."""

    id: int
    text: str
    page_id: str | None
    created: datetime
    updated: datetime


@dataclass(frozen=True)
class Situation:
    """The user's "My situation": handbook tag ids, the reader tag (``patient``/``caregiver``) and a name."""

    tags: frozenset[str] = frozenset()
    reader: str | None = None
    name: str = ""


@dataclass(frozen=True)
class MyQuestion:
    """A question on the user's list: a curated one (``question_id``) or their own (``text``)."""

    id: int
    question_id: str | None
    text: str | None
    position: int
    answer: str
    answered_on: date | None
    asked: bool


def is_handbook_id(value: object) -> bool:
    """True if ``value`` is a well-formed handbook id (``child-pugh-a``)."""
    return isinstance(value, str) and len(value) <= MAX_ID_CHARS and _ID_RE.fullmatch(value) is not None


def check_id(value: object, what: str) -> str:
    """Return ``value`` if it is a handbook id, else raise ValueError (a caller's bug)."""
    if not is_handbook_id(value):
        raise ValueError(f"{what} is not a handbook id: {value!r}")
    assert isinstance(value, str)
    return value


def clean_text(value: object, what: str, limit: int) -> str:
    """Check a user text and make it storable without changing what the user sees.

    Raises TypeError for a non-str (a bug) and :class:`TextTooLong` past ``limit``. Lone surrogates,
    which cannot be stored as UTF-8, are replaced by U+FFFD rather than losing the whole text.
    """
    if not isinstance(value, str):
        raise TypeError(f"{what} must be str, not {type(value).__name__}")
    if len(value) > limit:
        raise TextTooLong(what, limit)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        # Join surrogate pairs split in two code points, replace lone halves.
        value = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return value


def utc_now() -> datetime:
    """The current time, UTC, aware."""
    return datetime.now(timezone.utc)


def to_utc(moment: datetime) -> datetime:
    """``moment`` in UTC; a naive value is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def format_time(moment: datetime) -> str:
    """ISO 8601 UTC text with microseconds, so that text order is time order."""
    return to_utc(moment).isoformat(timespec="microseconds")


def parse_time(text: str) -> datetime:
    """Inverse of :func:`format_time` (accepts any ISO 8601 time with an offset, or naive UTC)."""
    return to_utc(datetime.fromisoformat(text))
