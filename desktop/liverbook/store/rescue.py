"""After damage: offer the user what could be rescued and the newest good backup, then do as they chose.

:func:`make_offer` reads what can be read of the damaged file (set aside, byte for byte, by
:mod:`liverbook.store.opening`) and of the newest good backup. :func:`recover` then puts in place:

* ``MERGE``: both, with nothing readable dropped: a note in both keeps its newer words (when the
  newer one had unreadable parts and the older differs, the older is kept too, as a note of its
  own); notes, questions and answers found in only one of them are kept;
* ``RESCUED``: only what was read from the damaged file;
* ``BACKUP``: only the backup (notes written since are missing);
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
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from liverbook.store.backups import BackupInfo, list_backups
from liverbook.store.diary_write import insert_diary
from liverbook.store.diary_model import DiaryData, DiaryPrefs
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
from liverbook.store.model import MyQuestion, Note, Situation, format_time
from liverbook.store.opening import db_path, pending_marker, remove_leftovers
from liverbook.store.records_rows import RecordsData
from liverbook.store.records_salvage import merge_records, relinked, write_records
from liverbook.store.rows import Repairs
from liverbook.store.salvage import Rescued, rescue_file
from liverbook.store.schema import migrate
from liverbook.store.wal import wal_belongs

MERGE, RESCUED, BACKUP, EMPTY = "merge", "rescued", "backup", "empty"
REPLACEMENT = "\ufffd"

Step = Callable[[str], None]
"""Called with the name of each step of :func:`recover`; the kill harness stops the process there."""


@dataclass
class Offer:
    """What the user can choose from after damage."""

    moved_to: Path | None
    rescued: Rescued
    backup: BackupInfo | None
    from_backup: Rescued | None

    @property
    def choices(self) -> list[str]:
        """The choices that make sense, the recommended one first."""
        if self.backup is not None and self.rescued.has_data:
            return [MERGE, RESCUED, BACKUP]
        if self.backup is not None:
            return [BACKUP]
        if self.rescued.has_data:
            return [RESCUED]
        return [EMPTY]


def make_offer(data_dir: Path, error: StoreCorrupt) -> Offer:
    """Read what can be read from the damaged file and from the backup the error names."""
    moved = error.moved_to
    rescued = Rescued(opened=False)
    if moved is not None and not moved.name.endswith(SIDECARS):
        rescued = rescue_file(moved, sidecar(moved, "-wal"), wal_belongs)
    backup = None
    from_backup = None
    if error.best_backup is not None:
        backup = next((b for b in list_backups(data_dir) if b.path == error.best_backup), None)
        if backup is not None:
            from_backup = rescue_file(backup.path, pages=False)
    return Offer(moved, rescued, backup, from_backup)


def _adds_nothing(text: str, to: str) -> bool:
    """True when every readable piece of ``text`` (split at U+FFFD) is already in ``to``."""
    return all(piece in to for piece in text.split(REPLACEMENT) if piece.strip())


def merge_notes(rescued: Sequence[Note], backup: Sequence[Note], repairs: Repairs | None = None) -> list[Note]:
    """Notes of both, nothing readable dropped.

    For a note in both, the newer words win (a rescued note whose date could not be read counts as
    older). The other version is kept too, as a note of its own, unless it adds nothing: the same
    text, or a damaged text whose readable pieces are all in the winner.
    """
    damaged = repairs.damaged_notes if repairs is not None else {n.id for n in rescued if REPLACEMENT in n.text}
    guessed = repairs.guessed_dates if repairs is not None else set()
    by_id = {note.id: note for note in backup}
    extra: list[Note] = []
    for note in rescued:
        other = by_id.get(note.id)
        if other is None:
            by_id[note.id] = note
            continue
        rescued_wins = note.id not in guessed and note.updated > other.updated
        if note.text == other.text:
            rescued_wins = note.id not in damaged and note.id not in guessed
        winner, loser = (note, other) if rescued_wins else (other, note)
        by_id[note.id] = winner
        loser_damaged = note.id in damaged if loser is note else False
        if loser.text != winner.text and not (loser_damaged and _adds_nothing(loser.text, winner.text)):
            extra.append(loser)
    next_id = max(by_id, default=0) + 1
    for note in extra:
        by_id[next_id] = replace(note, id=next_id)
        next_id += 1
    return sorted(by_id.values(), key=lambda n: (n.updated, n.id), reverse=True)


def merge_questions(rescued: Sequence[MyQuestion], backup: Sequence[MyQuestion]) -> list[MyQuestion]:
    """The rescued list in its order, then the backup's questions it lacks; empty answers filled in."""
    def key(q: MyQuestion) -> tuple[str, str]:
        return ("id", q.question_id) if q.question_id is not None else ("text", q.text or "")

    from_backup = {key(q): q for q in backup}
    merged = []
    for question in rescued:
        other = from_backup.pop(key(question), None)
        if other is not None and not question.answer.strip() and other.answer.strip():
            question = replace(question, answer=other.answer, answered_on=other.answered_on)
        merged.append(question)
    merged += [q for q in backup if key(q) in from_backup]
    return [replace(q, position=i) for i, q in enumerate(merged)]


def merge_situation(rescued: Situation, backup: Situation) -> Situation:
    """The rescued situation, with what it lost (a name, a reader, tags) taken from the backup."""
    return Situation(
        rescued.tags or backup.tags,
        rescued.reader or backup.reader,
        rescued.name or backup.name,
    )


def merge_diary(rescued: DiaryData, backup: DiaryData) -> DiaryData:
    """The diary of both, nothing readable dropped.

    An entry in both keeps the version edited last (the rescued one on a tie); when that is the
    rescued one and damage cost it answers the backup still has, those answers are put back, and in
    the same version an answer whose words were damaged takes the backup's whole words. Own
    items, settings and units come from both, the rescued file's winning where they differ.
    """
    entries = {entry.id: entry for entry in backup.entries}
    for entry in rescued.entries:
        other = entries.get(entry.id)
        if other is not None and other.updated > entry.updated:
            continue
        if other is not None:
            theirs = {a.item_id: a for a in other.answers}
            same_edit = other.updated == entry.updated
            mine = tuple(
                theirs[a.item_id] if same_edit and a.item_id in theirs and REPLACEMENT in (a.text or "") else a
                for a in entry.answers
            )  # the same version of the entry: the backup's whole words beat damaged ones
            have = {a.item_id for a in mine}
            lost = tuple(a for a in other.answers if a.item_id not in have)
            entry = replace(entry, answers=tuple(sorted(mine + lost, key=lambda a: a.item_id)))
        entries[entry.id] = entry
    own = {item.id: item for item in backup.own_items}
    own.update({item.id: item for item in rescued.own_items})
    return DiaryData(
        sorted(entries.values(), key=lambda e: (e.utc, e.id)),
        sorted(own.values(), key=lambda o: (o.position, o.id)),
        {**backup.item_settings, **rescued.item_settings},
        rescued.prefs if rescued.prefs != DiaryPrefs() else backup.prefs,
    )


def _contents(
    offer: Offer, choice: str
) -> tuple[list[Note], Situation, list[MyQuestion], DiaryData, RecordsData]:
    rescued = offer.rescued
    backup = offer.from_backup or Rescued()
    if choice == RESCUED:
        return rescued.notes, rescued.situation, rescued.questions, rescued.diary, rescued.records
    if choice == BACKUP:
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
        conn.execute("UPDATE situation SET reader = ?, name = ? WHERE id = 1", (situation.reader, situation.name))
        conn.executemany("INSERT INTO situation_tags (tag) VALUES (?)", [(t,) for t in sorted(situation.tags)])
        conn.executemany(
            "INSERT INTO my_questions (question_id, text, position, answer, answered_on, asked) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (q.question_id, q.text, i, q.answer, q.answered_on.isoformat() if q.answered_on else None, int(q.asked))
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


def recover(data_dir: Path, offer: Offer, choice: str, now: datetime, step: Step = _no_step) -> None:
    """Put the chosen data in place of the damaged file (see the module's docstring for the order).

    Raises StoreUnavailable (and subclasses) when the disk refuses; the pending damage then stays,
    and the next start offers the same again.
    """
    path = db_path(data_dir)
    temp = path.with_name(path.name + ".restoring")
    try:
        ensure_private_dir(data_dir)
        with holding(data_dir):
            _recover(data_dir, path, temp, offer, choice, now, step)
    except StoreError:
        raise
    except (sqlite3.Error, OSError) as exc:
        error = classify(exc)
        if error is not None:
            raise error from exc
        raise


def _recover(data_dir: Path, path: Path, temp: Path, offer: Offer, choice: str, now: datetime, step: Step) -> None:
    remove_leftovers(data_dir)
    step("building")
    _write(temp, *_contents(offer, choice))
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
