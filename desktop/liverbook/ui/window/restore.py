"""File > Restore a backup copy…: put back any backup, after saying what it is; and what a backup is called.

Every backup in the data folder is listed with when it was made, why and what it holds; a backup
kept elsewhere can be chosen as a file (and one chosen in File > Import my data… comes here too).
A file is put back only after :func:`liverbook.store.describe_backup` has said it is a whole backup
of this handbook: "This is a backup of your handbook from 3 December 2026 at 12:51, with 3 notes."
The question defaults to keeping the data as it is (Enter and Escape change nothing). Afterwards the
user is told what was done and where what they had before is kept: a backup copy they can put back
the same way, or the damaged file, set aside. Nothing is ever deleted.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from liverbook.core.app_core import Core
from liverbook.i18n import translate
from liverbook.store import BackupSummary, NotABackup, StoreError, describe_backup, every_backup
from liverbook.store.backup_check import DAMAGED, IN_USE, MISSING, NOT_OURS, TOO_NEW
from liverbook.store.backups import backups_dir
from liverbook.ui import backup_words as words
from liverbook.ui.prompts import Prompts

if TYPE_CHECKING:  # putting a backup back (store.recovery) is imported when it is done
    from liverbook.store import Restored

KEEP, FILE = "keep", "file"


def why_not(problem: NotABackup) -> str:
    """Why a file cannot be put back, in plain words; nothing was changed."""
    reason = {
        NOT_OURS: translate(
            "Restore", "{name} is not a backup copy of the Liver Cancer Handbook, so it cannot be put back."
        ),
        TOO_NEW: translate(
            "Restore",
            "{name} was made by a newer version of the Liver Cancer Handbook. This version cannot read it.",
        ),
        IN_USE: translate(
            "Restore", "{name} is the notes file the handbook is using now, not a backup copy."
        ),
        MISSING: translate("Restore", "{name} could not be found, or it is a folder, not a file."),
    }.get(problem.reason, translate("Restore", "{name} is damaged, so it cannot be put back as it is."))
    return reason.format(name=problem.path.name) + " " + translate("Restore", "Nothing has been changed.")


def kept_message(backup: Path | None, data_dir: Path) -> str:
    """Where the data that was just replaced is kept (a backup copy), and how to get it back."""
    if backup is None:
        return translate("Restore", "There was nothing to keep: the handbook held no data of yours.")
    summary = describe_backup(backup)
    made = summary.taken if isinstance(summary, BackupSummary) else None
    text = (
        translate("Restore", "What you had before is kept as a new backup copy, from {when}.").format(
            when=words.when(made)
        )
        if made is not None
        else translate("Restore", "What you had before is kept as a new backup copy.")
    )
    return (
        text
        + " "
        + translate(
            "Restore",
            "To go back to it, choose File > Restore a backup copy… and pick it.\n\nThe backup copies are in this folder:\n{folder}",
        ).format(folder=backups_dir(data_dir))
    )


class RestoreActions:
    """File > Restore a backup copy…"""

    def __init__(self, core: Core, prompts: Prompts, parent: QObject) -> None:
        self.core = core
        self.prompts = prompts
        self.action = QAction(translate("Restore", "&Restore a backup copy…"), parent)
        self.action.triggered.connect(self.choose)
        self.action.setEnabled(core.can_write)

    def choose(self) -> bool:
        """List every backup (and a file kept elsewhere); put back the one chosen. True if one was."""
        if not self.core.can_write:
            return False
        found = every_backup(self.core.data_dir)
        options: list[tuple[Path | str, tuple[str, str]]] = [
            (
                KEEP,
                (translate("Restore", "Keep my data as it is"), translate("Restore", "Nothing is changed.")),
            ),
            *((b.path, (words.title(b), words.description(b))) for b in found),
            (
                FILE,
                (
                    translate("Restore", "Choose a backup file…"),
                    translate(
                        "Restore",
                        "A backup copy kept somewhere else, for example copied from another computer.",
                    ),
                ),
            ),
        ]
        message = (
            translate(
                "Restore",
                "Choose the copy to put back. What you have now is kept as a backup copy first, so you can come back to it.",
            )
            if found
            else translate(
                "Restore",
                "There are no backup copies in the handbook's folder yet. The handbook makes one each day you use it.",
            )
        )
        index = self.prompts.choose(
            translate("Restore", "Restore a backup copy"), message, [label for _, label in options], 0
        )
        picked = options[max(0, min(index, len(options) - 1))][0]
        if picked == KEEP:
            return False
        if picked == FILE:
            path = self.prompts.open_path(
                translate("Restore", "Choose a backup copy"),
                backups_dir(self.core.data_dir),
                translate("Restore", "Handbook backup copies (*.sqlite3)"),
            )
            return path is not None and self.restore_file(path)
        assert isinstance(picked, Path)
        return self.restore_file(picked)

    def restore_file(self, path: Path) -> bool:
        """Say what ``path`` is, ask, put it back and say what was done. True if it was put back."""
        prompts = self.prompts
        try:
            summary = describe_backup(path, self.core.data_dir)
        except OSError as exc:
            prompts.inform(
                translate("Restore", "Not put back"),
                translate("Restore", "{name} could not be read ({why}). Nothing has been changed.").format(
                    name=path.name, why=exc.strerror or exc
                ),
                problem=True,
            )
            return False
        except sqlite3.Error:  # the disk's errors, met while reading it: nothing was changed
            summary = NotABackup(path, DAMAGED)
        if isinstance(summary, NotABackup):
            prompts.inform(
                translate("Restore", "This file cannot be put back"), why_not(summary), problem=True
            )
            return False
        when = words.when(summary.taken)
        if not prompts.confirm(
            translate("Restore", "Put back the backup copy from {when}?").format(when=when),
            translate("Restore", "This is a backup of your handbook from {when}, with {holds}.").format(
                when=when, holds=words.holds(summary)
            )
            + "\n\n"
            + translate(
                "Restore",
                "Putting it back replaces the notes, situation, questions, diary and records you have now with the "
                "ones in it. What you have now is kept as a backup copy first, so it is not lost: you can put it "
                "back the same way.",
            ),
            yes=translate("Restore", "Put back this copy"),
            no=translate("Restore", "Keep my data as it is"),
        ):
            return False
        try:
            restored = self.core.restore_backup(path)
        except StoreError as exc:
            prompts.inform(translate("Restore", "Not put back"), exc.user_message, problem=True)
            return False
        prompts.inform(translate("Restore", "Backup copy put back"), self.done_message(restored))
        return True

    def done_message(self, restored: Restored) -> str:
        """What was put back, and where what it replaced is kept."""
        backup = restored.backup
        text = translate(
            "Restore", "Your handbook now has the data of the backup copy from {when}: {holds}."
        ).format(when=words.when(backup.taken), holds=words.holds(backup))
        if restored.kept_damaged and restored.kept is not None:
            return (
                text
                + "\n\n"
                + translate(
                    "Restore", "Your damaged notes file was kept, unchanged, in this folder:\n{folder}"
                ).format(folder=words.folder_of(restored.kept))
            )
        return text + "\n\n" + kept_message(restored.kept, self.core.data_dir)
