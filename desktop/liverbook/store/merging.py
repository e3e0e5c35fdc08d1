"""Merging what was rescued from a damaged file with a backup: nothing readable is dropped.

Used by :func:`liverbook.store.rescue.recover` for the "keep both" choice. Notes: the newer words
win, and the other version is kept as a note of its own unless it adds nothing. Questions: the
rescued list, then what only the backup has. The situation: the rescued one, with what it lost taken
from the backup. The diary: each entry's last edit, with answers lost to damage put back. (The
records' merge lives with their rescue, in :mod:`liverbook.store.records_salvage`.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from liverbook.store.diary_model import DiaryData, DiaryPrefs
from liverbook.store.model import MyQuestion, Note, Situation
from liverbook.store.rows import Repairs

REPLACEMENT = "\ufffd"


def _adds_nothing(text: str, to: str) -> bool:
    """True when every readable piece of ``text`` (split at U+FFFD) is already in ``to``."""
    return all(piece in to for piece in text.split(REPLACEMENT) if piece.strip())


def merge_notes(
    rescued: Sequence[Note], backup: Sequence[Note], repairs: Repairs | None = None
) -> list[Note]:
    """Notes of both, nothing readable dropped.

    For a note in both, the newer words win (a rescued note whose date could not be read counts as
    older). The other version is kept too, as a note of its own, unless it adds nothing: the same
    text, or a damaged text whose readable pieces are all in the winner.
    """
    damaged = (
        repairs.damaged_notes if repairs is not None else {n.id for n in rescued if REPLACEMENT in n.text}
    )
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
                theirs[a.item_id]
                if same_edit and a.item_id in theirs and REPLACEMENT in (a.text or "")
                else a
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
