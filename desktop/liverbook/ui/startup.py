"""Opening the user's data at start: one writer at a time, and plain words when something is wrong.

``acquire_lock`` makes sure only one copy of the app writes the notes (the store's writer lock, also
taken by ``--import-data``: a crashed copy's lock is released by the system). ``open_store`` opens the notes database and
handles damaged, too-new or unreachable files by asking or telling the user through ``Prompts``.
After damage the user is told what could be read and offered the rescued notes and the newest good
backup (keep both, merged; only one; or, with nothing to rescue, empty notes): see
:mod:`liverbook.store.rescue`. When the data folder cannot be written to (a read-only disk,
another user's folder) or the disk is full, the notes are opened read-only: shown as saved,
nothing changed, with a banner saying why (``read_only_banner``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from liverbook.i18n import translate
from liverbook.store import (
    Store,
    StoreCorrupt,
    StoreDiskFull,
    StoreError,
    StoreLocked,
    StoreReadOnly,
    StoreTooNew,
)
from liverbook.store.lock import WriterLock, acquire, acquire_nothing
from liverbook.store.model import utc_now
from liverbook.ui import backup_words as words
from liverbook.ui.prompts import Prompts

if TYPE_CHECKING:  # the rescue is imported when damage is found, not at every start
    from liverbook.store.rescue import Offer


def acquire_lock(data_dir: Path) -> WriterLock | None:
    """Hold the single-writer lock of this data folder, or None if another copy of the app holds it.

    The store's own lock (:mod:`liverbook.store.lock`): the same one ``--import-data`` and every
    other writer take. The system releases it when a process ends, however it ends, so a crashed
    copy never locks the user out, and a reused process id never does either.
    """
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # the store will say what is wrong with the folder
    try:
        return acquire(data_dir, exclusive=True)
    except StoreLocked:
        return None
    except OSError:
        return acquire_nothing(data_dir)


def open_store(data_dir: Path, prompts: Prompts, check_rows: bool = True) -> tuple[Store | None, str]:
    """Open the notes store, recovering from damage with the user's consent.

    Returns the store (or None when notes cannot be used this time) and a plain message for the
    notes pane ("" when all is well). ``check_rows`` False: ``quick_check`` and the check of every
    row are left for the window to run once it is up (``core.row_check``); damage found then is
    offered back exactly as damage found at any time while the window is open.
    """
    try:
        store = Store.open(data_dir, check_rows=check_rows)
    except StoreCorrupt as exc:
        return _recover(data_dir, exc, prompts)
    except StoreTooNew as exc:
        prompts.inform(translate("Recovery", "Notes from a newer version"), exc.user_message, problem=True)
        return None, exc.user_message
    except (StoreReadOnly, StoreDiskFull) as exc:
        return _read_only(data_dir, exc, prompts)
    except StoreError as exc:
        prompts.inform(translate("Recovery", "Your notes cannot be opened"), exc.user_message, problem=True)
        return None, exc.user_message
    for notice in store.notices:
        prompts.inform(translate("Recovery", "About your notes"), notice, problem=True)
    return store, ""


def read_only_banner(data_dir: Path, disk_full: bool = False) -> str:
    """Why the notes can be read but not changed, in plain words."""
    if disk_full:
        return translate(
            "Recovery",
            "Read only: the disk your notes are kept on is full. Your notes are shown as they were saved "
            "and nothing has been lost, but new notes and changes cannot be saved. Please free some space "
            "on the disk, then close the handbook and open it again. The folder: {folder}",
        ).format(folder=data_dir)
    return translate(
        "Recovery",
        "Read only: the folder your notes are kept in cannot be written to (it may be on a read-only "
        "disk, or belong to another user). Your notes are shown as they were saved and nothing has been "
        "lost, but new notes and changes cannot be saved until this is fixed. The folder: {folder}",
    ).format(folder=data_dir)


def _read_only(
    data_dir: Path, exc: StoreReadOnly | StoreDiskFull, prompts: Prompts
) -> tuple[Store | None, str]:
    try:
        store = Store.open_read_only(data_dir, exc)
    except StoreTooNew as newer:
        prompts.inform(translate("Recovery", "Notes from a newer version"), newer.user_message, problem=True)
        return None, newer.user_message
    except StoreError as again:
        prompts.inform(translate("Recovery", "Your notes cannot be opened"), again.user_message, problem=True)
        return None, again.user_message
    banner = read_only_banner(data_dir, disk_full=isinstance(exc, StoreDiskFull))
    prompts.inform(translate("Recovery", "Your notes are read only"), banner, problem=True)
    return store, banner


def _count(number: int) -> str:
    return (
        translate("Recovery", "1 note")
        if number == 1
        else translate("Recovery", "{n} notes").format(n=f"{number:,}")
    )


def describe_damage(offer: Offer, while_open: bool = False) -> str:
    """What was found, in plain words: the file kept aside (its folder), what could be read, the backups."""
    if while_open:
        first = translate(
            "Recovery",
            "The handbook found damage in your notes file while it was open, so it cannot go on using it as it is.",
        )
    else:
        first = translate("Recovery", "Your notes file was damaged, so the handbook cannot use it as it is.")
    lines = [first]
    if offer.moved_to is not None:
        lines.append(
            translate(
                "Recovery",
                "The damaged file has been kept, unchanged, in case it can be rescued later. It is in this folder:\n{folder}",
            ).format(folder=words.folder_of(offer.moved_to))
        )
    rescued = offer.rescued
    if rescued.has_data:
        line = translate("Recovery", "{count} could be read from it.").format(
            count=_count(len(rescued.notes))
        )
        if rescued.notes_missing:
            line += " " + translate("Recovery", "{count} could not be read at all.").format(
                count=_count(rescued.notes_missing)
            )
        if rescued.repairs.texts:
            line += " " + translate(
                "Recovery", "Where a few letters could not be read, they are shown as \ufffd."
            )
        lines.append(line)
    elif offer.moved_to is not None:
        lines.append(translate("Recovery", "Nothing in it could be read."))
    if len(offer.backups) == 1:
        only = offer.backups[0]
        lines.append(
            translate("Recovery", "There is also a backup copy from {when}, with {holds}.").format(
                when=words.when(only.taken), holds=words.holds(only)
            )
        )
    elif offer.backups:
        lines.append(
            translate("Recovery", "There are also {n} backup copies. The newest is from {when}.").format(
                n=len(offer.backups), when=words.when(offer.backups[0].taken)
            )
        )
    else:
        lines.append(translate("Recovery", "No usable backup copy was found."))
    return "\n\n".join(lines)


Choice = tuple[str, Path | None]
"""A choice in the damage dialog: MERGE, RESCUED, EMPTY, or BACKUP with the backup it puts back."""


def damage_choices(offer: Offer) -> list[tuple[Choice, tuple[str, str]]]:
    """The choices after damage, the recommended one first, each with its label and what it does.

    Every backup is offered, newest first; "Keep both" merges with the newest daily copy.
    """
    from liverbook.store.rescue import BACKUP, EMPTY, MERGE, RESCUED

    found: list[tuple[Choice, tuple[str, str]]] = []
    kinds = offer.choices
    if MERGE in kinds and offer.backup is not None:
        merged_with = next((b for b in offer.backups if b.path == offer.backup.path), None)
        holding = words.holds(merged_with) if merged_with is not None else ""
        found.append(
            (
                (MERGE, None),
                (
                    translate("Recovery", "Keep both (recommended)"),
                    translate(
                        "Recovery",
                        "Keep every note that could be read, and add what is only in the backup copy from {when} "
                        "({holds}). Where a note is in both, the newer words are kept.",
                    ).format(when=words.when(offer.backup.taken), holds=holding),
                ),
            )
        )
    if RESCUED in kinds:
        found.append(
            (
                (RESCUED, None),
                (
                    translate("Recovery", "Keep only what could be read"),
                    translate(
                        "Recovery", "Use what could be read from the damaged file. No backup copy is used."
                    ),
                ),
            )
        )
    if BACKUP in kinds:
        for backup in offer.backups:
            found.append(
                (
                    (BACKUP, backup.path),
                    (
                        translate("Recovery", "Use the backup copy from {when}").format(
                            when=words.when(backup.taken)
                        ),
                        words.description(backup)
                        + " "
                        + translate("Recovery", "Anything written after {when} will be missing.").format(
                            when=words.when(backup.taken)
                        ),
                    ),
                )
            )
    if not offer.rescued.has_data:
        found.append(
            (
                (EMPTY, None),
                (
                    translate("Recovery", "Start with empty notes"),
                    translate(
                        "Recovery",
                        "Start again with no notes. The damaged file is kept in case it can be rescued.",
                    ),
                ),
            )
        )
    return found


def ask_what_to_do(offer: Offer, prompts: Prompts, while_open: bool = False) -> Choice:
    """Tell what was found and ask what to put in place (only tell, when there is one choice)."""
    from liverbook.store.rescue import EMPTY, RESCUED

    title = damage_title()
    options = damage_choices(offer)
    message = describe_damage(offer, while_open)
    if len(options) == 1:
        then = {
            RESCUED: translate(
                "Recovery", "The notes that could be read are kept, and you can go on using the handbook."
            ),
            EMPTY: translate("Recovery", "The handbook starts with empty notes."),
        }.get(options[0][0][0], "")
        prompts.inform(title, f"{message}\n\n{then}", problem=True)
        return options[0][0]
    index = prompts.choose(
        title,
        message + "\n\n" + translate("Recovery", "What would you like to do?"),
        [o[1] for o in options],
        0,
    )
    return options[max(0, min(index, len(options) - 1))][0]


def damage_title() -> str:
    return translate("Recovery", "Your notes file was damaged")


def not_repaired(why: str) -> str:
    """Said when the chosen recovery could not be done (the disk refused): nothing is lost."""
    return translate(
        "Recovery",
        "Your notes could not be repaired just now: {why} Nothing has been lost; the handbook will offer this again next time.",
    ).format(why=why)


def _recover(data_dir: Path, exc: StoreCorrupt, prompts: Prompts) -> tuple[Store | None, str]:
    from liverbook.store.rescue import make_offer, recover

    offer = make_offer(data_dir, exc)
    choice, backup = ask_what_to_do(offer, prompts)
    try:
        recover(data_dir, offer, choice, utc_now(), backup=backup)
        return Store.open(data_dir), ""
    except StoreError as again:
        text = not_repaired(again.user_message)
        prompts.inform(damage_title(), text, problem=True)
        return None, text
