"""Opening the user's data at start: one writer at a time, and plain words when something is wrong.

``acquire_lock`` makes sure only one copy of the app writes the notes (a lock left by a crashed run is
taken over: Qt checks whether its process still lives). ``open_store`` opens the notes database and
handles damaged, too-new or unreachable files by asking or telling the user through ``Prompts``.
When the data folder cannot be written to (a read-only disk, another user's folder), the notes are
opened read-only: shown as saved, nothing changed, with a banner saying why (``read_only_banner``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from liverbook.store import (
    Store,
    StoreCorrupt,
    StoreError,
    StoreReadOnly,
    StoreTooNew,
    list_backups,
    restore_backup,
    start_fresh,
)
from liverbook.ui.prompts import Prompts

LOCK_NAME = "liverbook.lock"


def acquire_lock(data_dir: Path) -> QLockFile | None:
    """Hold the single-writer lock of this data folder, or None if another copy of the app holds it."""
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # only a live process holds the lock; a crashed one's lock is taken over
    if lock.tryLock(200):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    # The folder cannot hold a lock file (read-only, full): carry on; the store will say what is wrong.
    return lock


def open_store(data_dir: Path, prompts: Prompts) -> tuple[Store | None, str]:
    """Open the notes store, recovering from damage with the user's consent.

    Returns the store (or None when notes cannot be used this time) and a plain message for the
    notes pane ("" when all is well).
    """
    try:
        return Store.open(data_dir), ""
    except StoreCorrupt as exc:
        return _recover(data_dir, exc, prompts)
    except StoreTooNew as exc:
        prompts.inform("Notes from a newer version", exc.user_message, problem=True)
        return None, exc.user_message
    except StoreReadOnly as exc:
        return _read_only(data_dir, exc, prompts)
    except StoreError as exc:
        prompts.inform("Your notes cannot be opened", exc.user_message, problem=True)
        return None, exc.user_message


def read_only_banner(data_dir: Path) -> str:
    """Why the notes can be read but not changed, in plain words."""
    return (
        "Read only: the folder your notes are kept in cannot be written to (it may be on a read-only "
        "disk, or belong to another user). Your notes are shown as they were saved and nothing has been "
        f"lost, but new notes and changes cannot be saved until this is fixed. The folder: {data_dir}"
    )


def _read_only(data_dir: Path, exc: StoreReadOnly, prompts: Prompts) -> tuple[Store | None, str]:
    try:
        store = Store.open_read_only(data_dir, exc)
    except StoreTooNew as newer:
        prompts.inform("Notes from a newer version", newer.user_message, problem=True)
        return None, newer.user_message
    except StoreError as again:
        prompts.inform("Your notes cannot be opened", again.user_message, problem=True)
        return None, again.user_message
    banner = read_only_banner(data_dir)
    prompts.inform("Your notes are read only", banner, problem=True)
    return store, banner


def _recover(data_dir: Path, exc: StoreCorrupt, prompts: Prompts) -> tuple[Store | None, str]:
    if exc.best_backup is not None:
        when = next((b.taken for b in list_backups(data_dir) if b.path == exc.best_backup), None)
        taken = f" from {when.astimezone():%d %B %Y at %H:%M}" if when else ""
        if prompts.confirm(
            "Your notes file was damaged",
            f"{exc.user_message}\n\nRestore the backup copy{taken}? Notes written after it may be missing; "
            "the damaged file is kept in case it can be rescued.",
            yes="Restore the backup",
            no="Start with empty notes",
            destructive=False,  # both keep the damaged file; restoring is what Enter has always done
        ):
            try:
                restore_backup(data_dir, exc.best_backup)
                return Store.open(data_dir), ""
            except StoreError as again:
                prompts.inform("The backup could not be restored", again.user_message, problem=True)
    else:
        prompts.inform("Your notes file was damaged", exc.user_message, problem=True)
    try:
        return start_fresh(data_dir), ""
    except StoreError as again:
        return None, again.user_message
