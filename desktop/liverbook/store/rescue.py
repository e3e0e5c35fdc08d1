"""After damage: offer the user what could be rescued and every good backup, then do as they chose.

:func:`make_offer` reads what can be read of the damaged file (set aside, byte for byte, by
:mod:`liverbook.store.opening`), lists every backup that can be restored (automatic ones and the
copies taken before an import, a delete-all, an update or a restore, each with how many notes it
holds) and reads the newest good automatic backup, the one a merge uses. :func:`recover` then puts
in place:

* ``MERGE``: the rescued rows and the newest automatic backup, with nothing readable dropped: a note
  in both keeps its newer words (when the newer one had unreadable parts and the older differs, the
  older is kept too, as a note of its own); notes, questions and answers found in only one of them
  are kept. (Never a copy taken before a delete-all or an import: what the user chose to remove
  must not come back uninvited.)
* ``RESCUED``: only what was read from the damaged file;
* ``BACKUP``: only a backup, the one the user chose from the list (notes written since are missing);
* ``EMPTY``: nothing (when there is nothing to rescue and no backup).

Crash-safe: the new database is built as ``notes.sqlite3.restoring`` (removed at the next start if
the process dies before it is complete), fsynced and renamed into place; only then is the
"recovery pending" marker removed. A kill at any moment leaves either the pending damage (the next
start asks again, with the same offer) or the recovered file.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from liverbook.store.backup_check import BackupSummary, every_backup
from liverbook.store.backups import AUTO, BackupInfo
from liverbook.store.diary_model import DiaryData
from liverbook.store.diary_write import insert_diary
from liverbook.store.errors import StoreCorrupt, StoreError, classify
from liverbook.store.files import (
    FILE_MODE,
    SIDECARS,
    chmod_quietly,
    ensure_private_dir,
    fsync_dir,
    fsync_file,
    move_aside,
    private_umask,
    sidecar,
)
from liverbook.store.lock import holding
from liverbook.store.merging import merge_diary, merge_notes, merge_questions, merge_situation
from liverbook.store.model import MyQuestion, Note, Situation, format_time
from liverbook.store.opening import db_path, pending_marker, remove_leftovers
from liverbook.store.records_rows import RecordsData
from liverbook.store.records_salvage import merge_records, relinked, write_records
from liverbook.store.salvage import Rescued, rescue_file
from liverbook.store.schema import migrate
from liverbook.store.wal import wal_belongs

MERGE, RESCUED, BACKUP, EMPTY = "merge", "rescued", "backup", "empty"

Step = Callable[[str], None]
"""Called with the name of each step of :func:`recover`; the kill harness stops the process there."""


@dataclass
class Offer:
    """What the user can choose from after damage.

    ``backup`` and ``from_backup``: the newest good automatic backup and what it holds (what a merge
    uses); ``backups``: every backup that can be restored, newest first, that one among them.
    """

    moved_to: Path | None
    rescued: Rescued
    backup: BackupInfo | None
    from_backup: Rescued | None
    backups: list[BackupSummary] = field(default_factory=list)

    @property
    def choices(self) -> list[str]:
        """The choices that make sense, the recommended one first (``BACKUP``: any of ``backups``)."""
        any_backup = self.backup is not None or bool(self.backups)
        if self.backup is not None and self.rescued.has_data:
            return [MERGE, RESCUED, BACKUP]
        if any_backup and self.rescued.has_data:
            return [RESCUED, BACKUP]
        if any_backup:
            return [BACKUP]
        if self.rescued.has_data:
            return [RESCUED]
        return [EMPTY]

    def backup_rows(self, chosen: Path | None) -> Rescued:
        """What the backup at ``chosen`` holds (None: the automatic one a merge uses, else the newest)."""
        if self.backup is not None and chosen in (None, self.backup.path) and self.from_backup is not None:
            return self.from_backup
        if chosen is None:
            chosen = self.backups[0].path if self.backups else None
        if chosen is None:
            return Rescued()
        if chosen not in {b.path for b in self.backups}:
            raise ValueError("only a backup that was offered can be used")
        return rescue_file(chosen, pages=False)


def make_offer(data_dir: Path, error: StoreCorrupt) -> Offer:
    """Read what can be read from the damaged file, list every good backup, read the newest automatic one."""
    moved = error.moved_to
    rescued = Rescued(opened=False)
    if moved is not None and not moved.name.endswith(SIDECARS):
        rescued = rescue_file(moved, sidecar(moved, "-wal"), wal_belongs)
    backups = every_backup(data_dir)
    newest_auto = next((b for b in backups if b.kind == AUTO), None)
    backup = None
    from_backup = None
    if newest_auto is not None:
        backup = BackupInfo(newest_auto.path, AUTO, newest_auto.taken)
        from_backup = rescue_file(backup.path, pages=False)
    return Offer(moved, rescued, backup, from_backup, backups)


def _contents(
    offer: Offer, choice: str, chosen: Path | None = None
) -> tuple[list[Note], Situation, list[MyQuestion], DiaryData, RecordsData]:
    rescued = offer.rescued
    backup = offer.from_backup or Rescued()
    if choice == RESCUED:
        return rescued.notes, rescued.situation, rescued.questions, rescued.diary, rescued.records
    if choice == BACKUP:
        backup = offer.backup_rows(chosen)
        return backup.notes, backup.situation, backup.questions, backup.diary, backup.records
    if choice == MERGE:
        return (
            merge_notes(rescued.notes, backup.notes, rescued.repairs),
            merge_situation(rescued.situation, backup.situation),
            merge_questions(rescued.questions, backup.questions),
            merge_diary(rescued.diary, backup.diary),
            merge_records(rescued.records, backup.records),
        )
    return [], Situation(), [], DiaryData(), RecordsData()


def _write(
    path: Path,
    notes: Sequence[Note],
    situation: Situation,
    questions: Sequence[MyQuestion],
    diary: DiaryData,
    records: RecordsData,
) -> None:
    with private_umask():
        conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = FULL")
        migrate(conn, 0)
        write_rows(conn, notes, situation, questions, diary, records)
        conn.execute("PRAGMA journal_mode = WAL")  # as the store opens it: no switch (and -journal) later
    finally:
        conn.close()  # checkpoints and removes the -wal: the file is whole on its own


def write_rows(
    conn: sqlite3.Connection,
    notes: Sequence[Note],
    situation: Situation,
    questions: Sequence[MyQuestion],
    diary: DiaryData | None = None,
    records: RecordsData | None = None,
) -> None:
    """Fill a new, empty database (at the current schema) with the given data, in one transaction.

    A visit question linked to a My questions entry stays linked to it (by the entry's old id); a
    link to an entry that is not among ``questions`` is dropped, its words kept.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(
            "INSERT INTO notes (id, text, page_id, created, updated) VALUES (?, ?, ?, ?, ?)",
            [(n.id, n.text, n.page_id, format_time(n.created), format_time(n.updated)) for n in notes],
        )
        conn.execute(
            "UPDATE situation SET reader = ?, name = ? WHERE id = 1", (situation.reader, situation.name)
        )
        conn.executemany(
            "INSERT INTO situation_tags (tag) VALUES (?)", [(t,) for t in sorted(situation.tags)]
        )
        conn.executemany(
            "INSERT INTO my_questions (question_id, text, position, answer, answered_on, asked) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    q.question_id,
                    q.text,
                    i,
                    q.answer,
                    q.answered_on.isoformat() if q.answered_on else None,
                    int(q.asked),
                )
                for i, q in enumerate(questions)
            ],
        )
        if diary is not None:
            insert_diary(conn.execute, diary)
        if records:
            new_ids = [row[0] for row in conn.execute("SELECT id FROM my_questions ORDER BY position, id")]
            renumbered: dict[int, int] = {}
            for question, new_id in zip(questions, new_ids, strict=True):
                renumbered.setdefault(question.id, new_id)  # the first (the rescued one) keeps the link
            write_records(conn, relinked(records, renumbered), format_time(datetime.now(timezone.utc)))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _no_step(name: str) -> None:
    pass


def recover(
    data_dir: Path,
    offer: Offer,
    choice: str,
    now: datetime,
    step: Step = _no_step,
    backup: Path | None = None,
) -> None:
    """Put the chosen data in place of the damaged file (see the module's docstring for the order).

    ``backup``: with ``BACKUP``, which of ``offer.backups`` (None: the newest automatic one, or the
    newest of all). Raises StoreUnavailable (and subclasses) when the disk refuses; the pending
    damage then stays, and the next start offers the same again.
    """
    path = db_path(data_dir)
    temp = path.with_name(path.name + ".restoring")
    try:
        ensure_private_dir(data_dir)
        with holding(data_dir):
            _recover(data_dir, path, temp, _contents(offer, choice, backup), now, step)
    except StoreError:
        raise
    except (sqlite3.Error, OSError) as exc:
        error = classify(exc)
        if error is not None:
            raise error from exc
        raise


def _recover(
    data_dir: Path,
    path: Path,
    temp: Path,
    contents: tuple[list[Note], Situation, list[MyQuestion], DiaryData, RecordsData],
    now: datetime,
    step: Step,
) -> None:
    remove_leftovers(data_dir)
    step("building")
    _write(temp, *contents)
    chmod_quietly(temp, FILE_MODE)
    fsync_file(temp)
    step("built")
    if path.exists() or any(sidecar(path, s).exists() for s in SIDECARS):
        move_aside(path, "replaced", now)  # never expected while damage is pending; never deleted
        step("moved-existing")
    os.replace(temp, path)
    step("renamed")
    fsync_dir(data_dir)
    step("synced")
    pending_marker(data_dir).unlink(missing_ok=True)
    fsync_dir(data_dir)
    step("done")
