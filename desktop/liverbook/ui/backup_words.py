"""How a backup is named to the user: when it was taken, what kind of copy it is, what it holds.

One place for these words, so the damage dialog at start and File > Restore a backup… say the same
thing about the same file: "the backup copy from 3 December 2026 at 12:51 (taken just before you
deleted all your data), with 12 notes". Never a file name: the folder is named where the user may
want to open it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from liverbook.i18n import translate
from liverbook.store import BackupSummary


def when(moment: datetime) -> str:
    """A moment in the user's own time zone, in words: "3 December 2026 at 12:51"."""
    local = moment.astimezone()
    return translate("Backups", "{day} {month} {year} at {time}").format(
        day=local.day, month=month_name(local.month), year=local.year, time=local.strftime("%H:%M")
    )


def month_name(month: int) -> str:
    names = (
        translate("Backups", "January"),
        translate("Backups", "February"),
        translate("Backups", "March"),
        translate("Backups", "April"),
        translate("Backups", "May"),
        translate("Backups", "June"),
        translate("Backups", "July"),
        translate("Backups", "August"),
        translate("Backups", "September"),
        translate("Backups", "October"),
        translate("Backups", "November"),
        translate("Backups", "December"),
    )
    return names[month - 1]


def notes_count(number: int) -> str:
    if number == 0:
        return translate("Backups", "no notes")
    return (
        translate("Backups", "1 note")
        if number == 1
        else translate("Backups", "{n} notes").format(n=f"{number:,}")
    )


def kind_words(kind: str | None) -> str:
    """What made the copy, as the start of a sentence."""
    return {
        "auto": translate("Backups", "A daily copy, made by the handbook"),
        "before-import": translate("Backups", "Made just before you imported a file"),
        "before-delete-all": translate("Backups", "Made just before you deleted all your data"),
        "before-restore": translate("Backups", "Made just before a backup was put back"),
        "before-migration": translate("Backups", "Made just before the handbook was updated"),
    }.get(kind or "", translate("Backups", "A copy of your handbook's data"))


def holds(summary: BackupSummary) -> str:
    """What is in it: "12 notes, 3 questions and 40 diary entries" (only what there is)."""
    parts = [notes_count(summary.notes)]
    if summary.questions:
        parts.append(
            translate("Backups", "1 question")
            if summary.questions == 1
            else translate("Backups", "{n} questions").format(n=summary.questions)
        )
    if summary.diary_entries:
        parts.append(
            translate("Backups", "1 diary entry")
            if summary.diary_entries == 1
            else translate("Backups", "{n} diary entries").format(n=summary.diary_entries)
        )
    if len(parts) == 1:
        return parts[0]
    return translate("Backups", "{list} and {last}").format(list=", ".join(parts[:-1]), last=parts[-1])


def title(summary: BackupSummary) -> str:
    """A backup's name in a list: "The backup copy from 3 December 2026 at 12:51"."""
    return translate("Backups", "The backup copy from {when}").format(when=when(summary.taken))


def description(summary: BackupSummary) -> str:
    """One line under its name: "Made just before you deleted all your data, with 12 notes."."""
    return translate("Backups", "{kind}, with {holds}.").format(
        kind=kind_words(summary.kind), holds=holds(summary)
    )


def folder_of(path: Path) -> Path:
    """The folder a file is in, to name to the user instead of the file."""
    return path.parent
