"""Migrations from every past schema version, using stored databases in fixtures/."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from store_helpers import FIXTURES, pragma, snapshot

from liverbook.store import SCHEMA_VERSION, Store, StoreDiskFull, db_path, list_backups
from liverbook.store.schema import MIGRATIONS

VERSIONS = list(range(1, SCHEMA_VERSION + 1))


def _install(version: int, data_dir: Path) -> Path:
    data_dir.mkdir(mode=0o700)
    target = db_path(data_dir)
    shutil.copy(FIXTURES / f"notes-v{version}.sqlite3", target)
    return target


def _schema(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        return [(t, n, " ".join((s or "").split())) for t, n, s in rows]
    finally:
        conn.close()


def test_every_schema_version_has_a_fixture() -> None:
    assert sorted(MIGRATIONS) == VERSIONS
    for version in VERSIONS:
        path = FIXTURES / f"notes-v{version}.sqlite3"
        assert path.exists(), f"run tests/store/fixtures/make_fixtures.py for version {version}"
        assert pragma(path, "user_version", immutable=True) == version
    assert sorted(p.name for p in FIXTURES.iterdir() if "sqlite3" in p.name) == [
        f"notes-v{version}.sqlite3" for version in VERSIONS
    ], "fixtures must be opened only through copies"


@pytest.mark.parametrize("version", VERSIONS)
def test_fixture_opens_with_its_data(version: int, data_dir: Path) -> None:
    _install(version, data_dir)
    with Store.open(data_dir) as store:
        notes = store.list_notes()
        assert [n.id for n in notes] == [5, 2, 1]
        assert notes[1].text == "Ask about <b>TACE</b>\nsecond line ✓ \U0001f600"
        assert notes[1].page_id == "child-pugh-score" and notes[2].page_id is None
        assert str(notes[1].created) == "2025-01-06 08:30:00+00:00"
        situation = store.get_situation()
        assert (situation.tags, situation.reader, situation.name) == (
            frozenset({"stage-3", "child-pugh-a"}),
            "caregiver",
            "Alex",
        )
        questions = store.list_my_questions()
        assert [(q.question_id, q.text) for q in questions] == [
            (None, "Can I keep working?"),
            ("what-stage", None),
        ]
        assert questions[1].answer == "Stage 3, the doctor said."
        if version >= 2:
            assert (questions[1].asked, questions[1].answered_on) == (True, date(2025, 1, 10))
        else:
            assert (questions[1].asked, questions[1].answered_on) == (False, None)
        # The migrated store works normally.
        store.add_note("after migration")
        assert store.maybe_backup() is not None  # a migrated database counts as changed
    assert pragma(db_path(data_dir), "user_version") == SCHEMA_VERSION
    before = [b for b in list_backups(data_dir) if b.kind == "before-migration"]
    if version < SCHEMA_VERSION:
        assert len(before) == 1 and pragma(before[0].path, "user_version") == version
        assert pragma(before[0].path, "quick_check") == "ok"
    else:
        assert before == []


@pytest.mark.parametrize("version", VERSIONS)
def test_migrated_schema_equals_new_schema(version: int, data_dir: Path, tmp_path: Path) -> None:
    _install(version, data_dir)
    Store.open(data_dir).close()
    Store.open(tmp_path / "fresh").close()
    assert _schema(db_path(data_dir)) == _schema(db_path(tmp_path / "fresh"))


@pytest.mark.parametrize("version", VERSIONS[:-1])
def test_failed_migration_step_changes_nothing(version: int, data_dir: Path) -> None:
    path = _install(version, data_dir)

    def full_disk(step: int) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    with pytest.raises(StoreDiskFull):
        Store.open(data_dir, migration_hook=full_disk)
    assert pragma(path, "user_version") == version
    assert pragma(path, "integrity_check") == "ok"
    with Store.open(data_dir) as store:  # later, with room on the disk
        assert len(store.list_notes()) == 3
        migrated = snapshot(store)
    assert migrated["notes"][0]["id"] == 5


@pytest.mark.parametrize("version", VERSIONS[:-1])
def test_bug_in_migration_propagates_and_rolls_back(version: int, data_dir: Path) -> None:
    path = _install(version, data_dir)

    def bug(step: int) -> None:
        raise ZeroDivisionError("a bug")

    with pytest.raises(ZeroDivisionError):
        Store.open(data_dir, migration_hook=bug)
    assert pragma(path, "user_version") == version
