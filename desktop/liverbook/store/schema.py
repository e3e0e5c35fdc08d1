"""Database schema and its migrations.

``PRAGMA user_version`` holds the schema version, ``PRAGMA application_id`` marks the file as ours.
Version N is reached from N-1 by ``MIGRATIONS[N]``; a new database is built by running every step
from 0, so a fresh database and a migrated one cannot drift apart. Each step runs in one
transaction together with its ``user_version`` change: it happens whole or not at all.

History (never edit a released step; add a new one and a fixture in tests/store/fixtures/):

1. notes, situation, situation_tags, my_questions (position, answer).
2. my_questions.answered_on and .asked; indexes on notes; meta table with a change counter that
   drives automatic backups and a random ``db_id``.
3. "My diary": diary_entries (local wall-clock time and UTC), diary_answers (one row per item
   answered, with the entry's UTC time copied so that an item's series is one index range),
   diary_alerts (the triage rules that fired, with the rule's content version), diary_own_items,
   diary_item_settings (items turned on or off) and diary_prefs (units, the care team's number).
   Ids of items are handbook ids (content items) or ``own-N`` (the reader's own items).
4. The person's records (:mod:`liverbook.store.records_schema`): medicines, treatment_lines,
   care_team (at most one urgent), visits and visit_questions, lab_results (values as typed, with
   their unit), liver_answers (the two Child-Pugh answers); indexes for each list and query.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from liverbook.store import records_schema

APPLICATION_ID = 0x4C565242  # "LVRB"; fits a signed 32-bit integer as SQLite requires
SCHEMA_VERSION = 4

_V1 = (
    """CREATE TABLE notes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        text TEXT NOT NULL,
        page_id TEXT,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
    """CREATE TABLE situation (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        reader TEXT,
        name TEXT NOT NULL DEFAULT ''
    )""",
    "INSERT INTO situation (id, reader, name) VALUES (1, NULL, '')",
    "CREATE TABLE situation_tags (tag TEXT PRIMARY KEY) WITHOUT ROWID",
    """CREATE TABLE my_questions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        question_id TEXT UNIQUE,
        text TEXT,
        position INTEGER NOT NULL,
        answer TEXT NOT NULL DEFAULT '',
        CHECK ((question_id IS NULL) <> (text IS NULL))
    )""",
)

_V2 = (
    "ALTER TABLE my_questions ADD COLUMN answered_on TEXT",
    "ALTER TABLE my_questions ADD COLUMN asked INTEGER NOT NULL DEFAULT 0 CHECK (asked IN (0, 1))",
    "CREATE INDEX notes_by_updated ON notes (updated)",
    "CREATE INDEX notes_by_page ON notes (page_id, updated)",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
    # changes starts at 1 so that a migrated database gets its first automatic backup; db_id tells
    # this database from any other, so that a -wal file of another database is recognised.
    "INSERT INTO meta (key, value) VALUES ('changes', 1), ('backed_up_changes', 0), ('db_id', abs(random()))",
)

_V3 = (
    """CREATE TABLE diary_entries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        local TEXT NOT NULL,
        utc TEXT NOT NULL,
        answered_by TEXT NOT NULL CHECK (answered_by IN ('patient', 'carer')),
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
    "CREATE INDEX diary_entries_by_time ON diary_entries (utc)",
    """CREATE TABLE diary_answers (
        entry_id INTEGER NOT NULL,
        item_id TEXT NOT NULL,
        value REAL,
        text TEXT,
        utc TEXT NOT NULL,
        PRIMARY KEY (entry_id, item_id),
        CHECK (value IS NOT NULL OR text IS NOT NULL)
    ) WITHOUT ROWID""",
    "CREATE INDEX diary_answers_by_item ON diary_answers (item_id, utc)",
    """CREATE TABLE diary_alerts (
        entry_id INTEGER NOT NULL,
        rule_id TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('go-now', 'call-today', 'next-visit')),
        content_version TEXT NOT NULL,
        app_version TEXT NOT NULL,
        utc TEXT NOT NULL,
        PRIMARY KEY (entry_id, rule_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX diary_alerts_by_time ON diary_alerts (utc)",
    """CREATE TABLE diary_own_items (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    )""",
    """CREATE TABLE diary_item_settings (
        item_id TEXT PRIMARY KEY,
        enabled INTEGER NOT NULL CHECK (enabled IN (0, 1))
    ) WITHOUT ROWID""",
    "CREATE TABLE diary_prefs (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
)

MIGRATIONS: dict[int, tuple[str, ...]] = {1: _V1, 2: _V2, 3: _V3, 4: records_schema.V4}

StepHook = Callable[[int], None]


def read_versions(conn: sqlite3.Connection) -> tuple[int, int]:
    """``(application_id, user_version)`` of an open database."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return app_id, version


def migrate(
    conn: sqlite3.Connection,
    current: int,
    target: int = SCHEMA_VERSION,
    before_commit: StepHook | None = None,
) -> None:
    """Bring a database from ``current`` to ``target``, one transaction per step.

    ``conn`` must be in autocommit mode (``isolation_level=None``). ``before_commit`` is called with
    the step's version just before it commits (tests use it to fail a step half-way). On any error
    the step is rolled back and the error propagates; earlier steps stay committed, which is a
    consistent older version.
    """
    if not 0 <= current <= target <= SCHEMA_VERSION:
        raise ValueError(f"cannot migrate from {current} to {target}")
    for version in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            if version == 1:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
            conn.execute(f"PRAGMA user_version = {version:d}")
            if before_commit is not None:
                before_commit(version)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
