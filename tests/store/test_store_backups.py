"""Automatic backups (at most daily, 7 daily + 4 weekly kept) and the choice of the best backup."""

from __future__ import annotations

import itertools
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

from store_helpers import FakeClock, pragma

from liverbook.store import Store, db_path, list_backups
from liverbook.store.backups import AUTO, KEEP_SAFETY, BackupInfo, backups_to_keep, best_backup

START = datetime(2026, 1, 1, 20, 0, tzinfo=timezone.utc)  # a Thursday


def test_backup_only_when_changed_and_at_most_daily(store: Store, data_dir: Path, clock: FakeClock) -> None:
    first = store.maybe_backup()
    assert first is not None  # a new store counts as changed once
    assert store.maybe_backup() is None  # nothing changed since
    store.add_note("changed")
    assert store.maybe_backup() is None  # same day
    clock.advance(days=1)
    second = store.maybe_backup()
    assert second is not None and second != first
    clock.advance(days=1)
    assert store.maybe_backup() is None  # nothing changed since yesterday
    assert pragma(second, "quick_check") == "ok"
    assert pragma(second, "journal_mode") == "delete"  # self-contained, no -wal needed
    with Store.open(second.parent.parent / "restored-check") as _:
        pass
    assert [b.kind for b in list_backups(data_dir)] == [AUTO, AUTO]


def test_backup_holds_the_data(store: Store, data_dir: Path, tmp_path: Path) -> None:
    store.add_note("in the backup")
    backup = store.maybe_backup()
    assert backup is not None
    copy = tmp_path / "copy"
    copy.mkdir()
    db_path(copy).write_bytes(backup.read_bytes())
    with Store.open(copy) as restored:
        assert [n.text for n in restored.list_notes()] == ["in the backup"]


def test_rotation_keeps_7_daily_and_4_weekly(store: Store, data_dir: Path, clock: FakeClock) -> None:
    clock.now = START
    for day in range(70):
        store.add_note(f"day {day}")
        assert store.maybe_backup(START + timedelta(days=day)) is not None
    kept = sorted(b.taken.date() for b in list_backups(data_dir, AUTO))
    last = (START + timedelta(days=69)).date()
    daily = [last - timedelta(days=i) for i in range(7)]
    assert kept[-7:] == sorted(daily)
    weekly = kept[:-7]
    assert len(weekly) == 4
    # Newest backup of each of the 4 ISO weeks before the dailies: Sundays, one week apart.
    assert all(d.isoweekday() == 7 for d in weekly)
    assert [(b - a).days for a, b in itertools.pairwise(weekly)] == [7, 7, 7]
    assert weekly[-1] < daily[-1] and weekly[-1].isocalendar()[1] != daily[-1].isocalendar()[1]


def test_rotation_rule_with_gaps() -> None:
    def info(day: int, hour: int = 12) -> BackupInfo:
        taken = START + timedelta(days=day, hours=hour - 20)
        return BackupInfo(Path(f"b{day}-{hour}"), AUTO, taken)

    # Two backups on one day (only the newest counts), and long gaps between some days.
    infos = sorted(
        [info(d) for d in (0, 1, 9, 20, 30, 45, 46, 47, 60)] + [info(60, 8)], key=lambda i: i.taken
    )
    infos.reverse()
    kept = backups_to_keep(infos, keep_daily=3, keep_weekly=2)
    # Daily: days 60, 47, 46 (day 60's 08:00 backup is older than its 12:00 one). Weekly: day 45
    # (Sunday of the week before day 46's) and day 30, the newest of the week before that one.
    assert kept == {Path("b60-12"), Path("b47-12"), Path("b46-12"), Path("b45-12"), Path("b30-12")}


def test_safety_copies_are_limited(store: Store, data_dir: Path, clock: FakeClock) -> None:
    for _ in range(KEEP_SAFETY + 3):
        clock.advance(minutes=1)
        store.add_note("x")
        store.delete_all()
    store.add_note("y")
    store.maybe_backup()  # rotation runs after an automatic backup
    safety = [b for b in list_backups(data_dir) if b.kind != AUTO]
    assert len(safety) == KEEP_SAFETY
    assert all(b.kind == "before-delete-all" for b in safety)


def test_best_backup_skips_damaged_ones(store: Store, data_dir: Path, clock: FakeClock) -> None:
    store.add_note("good")
    good = store.maybe_backup()
    clock.advance(days=1)
    store.add_note("newer")
    newest = store.maybe_backup()
    assert good is not None and newest is not None
    assert best_backup(data_dir) == newest
    with open(newest, "r+b") as handle:
        handle.seek(4096)
        handle.write(os.urandom(8192))
    assert best_backup(data_dir) == good
    good.write_bytes(b"")
    assert best_backup(data_dir) is None
