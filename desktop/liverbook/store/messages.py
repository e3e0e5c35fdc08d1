"""Plain-words messages of the store that are not tied to one error class.

The store is Qt-free, so its messages cannot go through ``QCoreApplication.translate`` here; they
are kept together in this module (and in :mod:`liverbook.store.errors`) so that they can be wrapped
for translation in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from liverbook.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from liverbook.store.salvage import Rescued


def stray_wal_message(folder: str) -> str:
    """Told when a -wal that did not belong to the notes file was set aside (in ``folder``)."""
    return (
        "A file of recent changes was found beside your notes that does not belong to them. It may "
        "come from another copy of your notes, for example from a program that syncs folders. It was "
        "not used, and was kept, unchanged, beside your notes in case it is needed. Your notes are "
        f"shown as they were last saved. The folder: {folder}"
    )


def rows_rescued_message(read: int, missing: int, repaired: bool) -> str:
    """How much of a damaged notes file could be read."""
    notes = "1 note" if read == 1 else f"{read:,} notes"
    text = f"{notes} could be read from it."
    if missing:
        text += f" {'1 note' if missing == 1 else f'{missing:,} notes'} could not be read at all."
    if repaired:
        text += " Where a few letters could not be read, they are shown as \ufffd."
    return text


def damaged_export_message(rescued: Rescued, saved: str) -> str:
    """An export or summary made from a damaged notes file: what it holds, and what to do."""
    return (
        "Your notes file is damaged. "
        + rows_rescued_message(len(rescued.notes), rescued.notes_missing, bool(rescued.repairs.texts))
        + f" {saved} Open the handbook to repair your notes: it will offer what could be read and "
        "your newest backup."
    )


NOTHING_READABLE = QT_TRANSLATE_NOOP(
    "Store",
    "Your notes file is damaged and nothing in it could be read, so nothing was saved. Please open "
    "the handbook: it keeps the damaged file aside and offers your newest backup copy.",
)
