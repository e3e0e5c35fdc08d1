"""Errors of the user-data store.

Two kinds of failure are kept apart:

* Environment errors (:class:`StoreError` and its subclasses): the disk is full, the folder is
  read-only, the file is damaged or was written by a newer version. They are not bugs. Each carries a
  plain-English ``user_message`` that the GUI can show as it is; whatever the user was typing must be
  kept by the caller so they can try again.
* Bugs (``ValueError``, ``TypeError``, ``sqlite3.ProgrammingError``, ``sqlite3.IntegrityError``...):
  these are left to propagate so they are logged and fixed.

:func:`classify` turns a ``sqlite3.Error`` or ``OSError`` into an environment error, or returns None
when the error is a bug.
"""

from __future__ import annotations

import errno
import sqlite3
from datetime import datetime
from pathlib import Path

from liverbook.i18n import QT_TRANSLATE_NOOP, translate

# SQLite primary result codes (https://www.sqlite.org/rescode.html).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_NOMEM = 7
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26

DAMAGE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, UnicodeDecodeError)
"""What reading a damaged file can raise: SQLite's own errors, and UnicodeDecodeError when SQLite's
message quotes bytes of the file that are not UTF-8 ("malformed database schema (...)"), which
Python's sqlite3 then fails to decode (found by bench/fuzz_damage.py: 8 random bytes in a name)."""


class StoreError(Exception):
    """Base of every environment error of the store; ``user_message`` is for the user.

    The store runs before and without Qt, so its words are kept as texts marked for translation
    (context "Store") and put into the reader's language each time ``user_message`` is read; a
    message a caller wrote itself (already in the reader's language) is shown as it was given.
    """

    default_message = QT_TRANSLATE_NOOP("Store", "Your notes could not be read or saved.")

    def __init__(
        self, user_message: str | None = None, *, detail: str = "", values: dict[str, str] | None = None
    ) -> None:
        self.text = user_message or self.default_message
        self.values = values or {}
        self.detail = detail
        english = self.text.format(**self.values) if self.values else self.text
        super().__init__(f"{english} ({detail})" if detail else english)

    @property
    def user_message(self) -> str:
        text = translate("Store", self.text)
        return text.format(**self.values) if self.values else text


class StoreUnavailable(StoreError):
    """The store cannot be written or read right now; saved data is safe, try again later."""

    default_message = QT_TRANSLATE_NOOP(
        "Store",
        "Your notes could not be saved just now. Nothing you saved before has been lost. Please try again.",
    )


class StoreDiskFull(StoreUnavailable):
    """The disk (or the user's quota) is full."""

    default_message = QT_TRANSLATE_NOOP(
        "Store",
        "Your notes could not be saved because the disk is full. Nothing you saved before has been lost. "
        "Please free some space on the disk and try again; what you typed is still here.",
    )


class StoreReadOnly(StoreUnavailable):
    """The data folder or file cannot be written (read-only disk, permissions)."""

    default_message = QT_TRANSLATE_NOOP(
        "Store",
        "Your notes could not be saved because the folder they are kept in cannot be written to "
        "(it may be read-only, or belong to another user). Nothing you saved before has been lost.",
    )


class StoreBusy(StoreUnavailable):
    """Another program (most likely a second copy of the handbook) holds the notes file."""

    default_message = QT_TRANSLATE_NOOP(
        "Store",
        "Your notes are being used by another copy of the handbook. Close the other copy and try again. "
        "Nothing you saved before has been lost.",
    )


class StoreLocked(StoreBusy):
    """Another copy of the handbook holds the writer lock of this data folder; nothing was changed."""

    def __init__(self, since: datetime | None, *, detail: str = "") -> None:
        if since is None:
            text = QT_TRANSLATE_NOOP(
                "Store",
                "Your notes are open in another copy of the Liver Cancer Handbook. Please close that "
                "copy and try again. Nothing has been changed.",
            )
            super().__init__(text, detail=detail)
            return
        text = QT_TRANSLATE_NOOP(
            "Store",
            "Your notes are open in another copy of the Liver Cancer Handbook (opened on {day} at "
            "{time}). Please close that copy and try again. Nothing has been changed.",
        )
        local = since.astimezone()
        super().__init__(text, detail=detail, values={"day": f"{local:%d %B}", "time": f"{local:%H:%M}"})


class StoreTooNew(StoreError):
    """The notes file was written by a newer version of the handbook; it was left untouched."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        self.found_version = found
        self.supported_version = supported
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Store",
                "Your notes were saved by a newer version of the Liver Cancer Handbook. "
                "This version cannot read them, and has not changed them. Please install the newer version.",
            ),
            detail=f"{path}: schema version {found}, this program supports up to {supported}",
        )


class StoreCorrupt(StoreError):
    """The notes file was damaged. It was moved aside (never deleted) and a backup may be offered.

    Attributes:
        moved_to: where the damaged file now is, or None if there was nothing to move.
        best_backup: the newest automatic backup that passed a check, or None.
    """

    def __init__(self, moved_to: Path | None, best_backup: Path | None, *, detail: str = "") -> None:
        self.moved_to = moved_to
        self.best_backup = best_backup
        super().__init__(_DAMAGED, detail=detail)

    @property
    def user_message(self) -> str:
        parts = [translate("Store", _DAMAGED)]
        if self.moved_to is not None:
            parts.append(translate("Store", _KEPT_IN).format(folder=self.moved_to.parent))
        parts.append(translate("Store", _BACKUP if self.best_backup else _NO_BACKUP))
        return " ".join(parts)


_DAMAGED = QT_TRANSLATE_NOOP("Store", "Your notes file was damaged and could not be read.")
_KEPT_IN = QT_TRANSLATE_NOOP("Store", "It has been kept, unchanged, in this folder: {folder}.")
_BACKUP = QT_TRANSLATE_NOOP("Store", "A backup copy from earlier is available and can be restored.")
_NO_BACKUP = QT_TRANSLATE_NOOP("Store", "No usable backup copy was found.")


class BackupUnusable(StoreError):
    """A backup chosen for restoring could not be used; nothing was changed."""

    default_message = QT_TRANSLATE_NOOP(
        "Store", "This backup copy cannot be used: it is damaged or not a handbook notes file."
    )


class TextTooLong(StoreError):
    """A text is over the store's size limit; nothing was saved, the caller keeps the text."""

    def __init__(self, what: str, limit: int) -> None:
        super().__init__(
            f"This {what} is too long to save (the limit is {limit:,} characters). "
            "Please split it into smaller parts; what you typed is still here.",
            detail=f"{what} over {limit} characters",
        )


class ImportRefused(StoreError):
    """An import file was refused before anything was changed; the message names the problem."""

    def __init__(self, problem: str) -> None:
        message = translate("Import", "This file cannot be imported: {problem} Nothing has been changed.")
        super().__init__(message.format(problem=problem), detail=problem)


class ExportFailed(StoreUnavailable):
    """Writing an export file failed; the store itself was not affected."""

    default_message = QT_TRANSLATE_NOOP(
        "Store", "The export could not be written. Your notes in the handbook are not affected."
    )


def _code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+
    return code & 0xFF if isinstance(code, int) else None


def is_corruption(exc: BaseException) -> bool:
    """True if ``exc`` says the database file is damaged or is not a database."""
    if isinstance(exc, UnicodeDecodeError):
        return True  # SQLite's message quoted damaged bytes (see DAMAGE_ERRORS)
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = _code(exc)
    if code is not None:
        return code in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def describe(exc: BaseException) -> str:
    """What went wrong, for an error's ``detail``, with no content of the user's data in it.

    Python's sqlite3 puts the undecodable text itself into its message ("Could not decode to UTF-8
    column 'text' with text '...'"): that part is cut off. Other messages are SQLite's own or the
    OS's, which name no row content.
    """
    if isinstance(exc, sqlite3.Error):
        text = str(exc)
        cut = text.find(" with text ")
        return "SQLite: " + (text[:cut] if cut != -1 else text)
    if isinstance(exc, UnicodeError):
        return "text that is not UTF-8"
    if isinstance(exc, OSError):
        return (
            f"{exc.strerror or type(exc).__name__} ({exc.filename})"
            if exc.filename
            else str(exc.strerror or exc)
        )
    return type(exc).__name__


def is_environmental(exc: BaseException) -> bool:
    """True for errors of the computer (disk full, I/O, busy, permissions), not of the file's content."""
    return not is_corruption(exc) and classify(exc) is not None


def classify(exc: BaseException) -> StoreUnavailable | None:
    """Map an OS or SQLite error to an environment error, or None if it is a bug.

    Corruption is not handled here (see :func:`is_corruption`): it needs the file moved aside.
    """
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return StoreDiskFull(detail=describe(exc))
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StoreReadOnly(detail=describe(exc))
        return StoreUnavailable(detail=describe(exc))
    if not isinstance(exc, sqlite3.OperationalError):
        return None
    code = _code(exc)
    text = str(exc).lower()
    if code == _SQLITE_FULL or "disk is full" in text:
        return StoreDiskFull(detail=describe(exc))
    if code in (_SQLITE_READONLY, _SQLITE_PERM) or "readonly" in text or "read-only" in text:
        return StoreReadOnly(detail=describe(exc))
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return StoreBusy(detail=describe(exc))
    if (
        code in (_SQLITE_IOERR, _SQLITE_CANTOPEN, _SQLITE_NOMEM)
        or "disk i/o" in text
        or "unable to open" in text
    ):
        return StoreUnavailable(detail=describe(exc))
    return None
