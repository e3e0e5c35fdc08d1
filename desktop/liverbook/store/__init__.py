"""The user-data store: notes, "My situation" and "My questions", kept safe in SQLite.

Pure Python (stdlib ``sqlite3``), no Qt. The GUI uses:

* :class:`Store` (``Store.open(data_dir)``), its data classes :class:`Note`, :class:`Situation`,
  :class:`MyQuestion`;
* the environment errors, all subclasses of :class:`StoreError` with a plain ``user_message``;
* :func:`restore_backup`, :func:`start_fresh`, :func:`list_backups`, :func:`every_backup` and
  :func:`describe_backup` (is this file one of our backups, and what is in it) to recover from
  :class:`StoreCorrupt` or to go back to a backup at any time; :func:`self_check` for ``--self-test``.

The JSON export format is described in :mod:`liverbook.store.exchange`.

The names are imported when first used (PEP 562), so that ``from liverbook.store import StoreError``
does not import the rescue, export and check modules behind :class:`Store`: starting the app needs
few of them before its first page is on screen.
"""

from __future__ import annotations

import importlib
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from liverbook.store.backup_check import BackupSummary, NotABackup, describe_backup, every_backup
    from liverbook.store.backups import BackupInfo, list_backups
    from liverbook.store.base import FaultHook
    from liverbook.store.errors import (
        BackupUnusable,
        ExportFailed,
        ImportRefused,
        StoreBusy,
        StoreCorrupt,
        StoreDiskFull,
        StoreError,
        StoreLocked,
        StoreReadOnly,
        StoreTooNew,
        StoreUnavailable,
        TextTooLong,
    )
    from liverbook.store.exchange import FORMAT_NAME, FORMAT_VERSION
    from liverbook.store.exchange_files import MAX_IMPORT_BYTES
    from liverbook.store.markdown import Labeler
    from liverbook.store.model import ANY_PAGE, MyQuestion, Note, Situation
    from liverbook.store.opening import db_path
    from liverbook.store.recovery import Restored
    from liverbook.store.schema import APPLICATION_ID, SCHEMA_VERSION
    from liverbook.store.selfcheck import SelfCheckFailed, self_check
    from liverbook.store.store import Store

_ERRORS = (
    "BackupUnusable ExportFailed ImportRefused StoreBusy StoreCorrupt StoreDiskFull StoreError StoreLocked "
    "StoreReadOnly StoreTooNew StoreUnavailable TextTooLong"
)
_WHERE = {
    **dict.fromkeys(_ERRORS.split(), "errors"),
    **dict.fromkeys(("BackupSummary", "NotABackup", "describe_backup", "every_backup"), "backup_check"),
    **dict.fromkeys(("BackupInfo", "list_backups"), "backups"),
    "FaultHook": "base",
    **dict.fromkeys(("FORMAT_NAME", "FORMAT_VERSION"), "exchange"),
    "MAX_IMPORT_BYTES": "exchange_files",
    "Labeler": "markdown",
    **dict.fromkeys(("ANY_PAGE", "MyQuestion", "Note", "Situation"), "model"),
    "db_path": "opening",
    "Restored": "recovery",
    **dict.fromkeys(("APPLICATION_ID", "SCHEMA_VERSION"), "schema"),
    **dict.fromkeys(("SelfCheckFailed", "self_check"), "selfcheck"),
    "Store": "store",
}


def __getattr__(name: str) -> Any:
    """Import a name of the package's API from its module the first time it is asked for (PEP 562)."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def restore_backup(data_dir: Path, backup_path: Path, now: datetime | None = None) -> Restored:
    """Put ``backup_path`` in place of the notes database (the current one is kept, never deleted).

    Close any open :class:`Store` first; open a new one afterwards. Returns what was restored and
    where the notes it replaced are kept. Raises BackupUnusable if the file is not a sound backup of
    ours (nothing changed), StoreTooNew if the notes in use are from a newer version (untouched),
    StoreUnavailable on disk errors.
    """
    from liverbook.store.lock import holding
    from liverbook.store.model import to_utc, utc_now
    from liverbook.store.recovery import restore_backup as restore

    with holding(data_dir):
        return restore(data_dir, backup_path, to_utc(now) if now else utc_now())


def start_fresh(data_dir: Path, now: datetime | None = None) -> Store:
    """Start with empty data: any existing database is renamed aside (never deleted); returns the new store."""
    from liverbook.store.lock import holding
    from liverbook.store.model import to_utc, utc_now
    from liverbook.store.recovery import start_fresh as fresh
    from liverbook.store.store import Store

    moment = to_utc(now) if now else utc_now()
    with holding(data_dir):
        fresh(data_dir, moment)
    return Store.open(data_dir)


__all__ = [
    "ANY_PAGE",
    "APPLICATION_ID",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_IMPORT_BYTES",
    "SCHEMA_VERSION",
    "BackupInfo",
    "BackupSummary",
    "BackupUnusable",
    "ExportFailed",
    "FaultHook",
    "ImportRefused",
    "Labeler",
    "MyQuestion",
    "NotABackup",
    "Note",
    "Restored",
    "SelfCheckFailed",
    "Situation",
    "Store",
    "StoreBusy",
    "StoreCorrupt",
    "StoreDiskFull",
    "StoreError",
    "StoreLocked",
    "StoreReadOnly",
    "StoreTooNew",
    "StoreUnavailable",
    "TextTooLong",
    "db_path",
    "describe_backup",
    "every_backup",
    "list_backups",
    "restore_backup",
    "self_check",
    "start_fresh",
]
