"""The tables of the person's records (schema version 4): medicines, treatment lines, the care team,
visits and the questions taken to them, lab results, and the two Child-Pugh answers.

Dates the person gives are kept as ISO text: a loose date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)
for when a medicine or treatment started or stopped, an exact day for a visit or a blood test. A lab
value is kept exactly as typed (``1.20``, ``<2``) with its unit; nothing is converted on the way in.
Indexes serve the lists and queries the app runs (a test's results by day, visits by day), so they
stay fast with years of records. At most one contact is the one to call for urgent problems (a
partial unique index says so).
"""

from __future__ import annotations

LOOSE_DATE = "GLOB '[0-9][0-9][0-9][0-9]' OR {c} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' OR {c} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"
DAY = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"


def _loose(column: str) -> str:
    return f"CHECK ({column} IS NULL OR {column} {LOOSE_DATE.format(c=column)})"


def _flag(column: str) -> str:
    return f"{column} INTEGER NOT NULL DEFAULT 0 CHECK ({column} IN (0, 1))"


V4: tuple[str, ...] = (
    f"""CREATE TABLE medicines (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        drug_id TEXT,
        origin TEXT NOT NULL CHECK (origin IN ('prescribed', 'bought', 'herbal')),
        what_for TEXT NOT NULL DEFAULT '',
        dose TEXT NOT NULL DEFAULT '',
        how_often TEXT NOT NULL DEFAULT '',
        started TEXT {_loose("started")},
        stopped TEXT {_loose("stopped")},
        prescriber TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
    "CREATE INDEX medicines_by_position ON medicines (position)",
    f"""CREATE TABLE treatment_lines (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('surgery', 'transplant', 'ablation', 'tace', 'radioembolization',
            'radiation', 'drugs', 'other')),
        name TEXT NOT NULL DEFAULT '',
        drug_ids TEXT NOT NULL DEFAULT '',
        started TEXT {_loose("started")},
        stopped TEXT {_loose("stopped")},
        stop_reason TEXT CHECK (stop_reason IS NULL OR (stopped IS NOT NULL AND stop_reason IN
            ('finished', 'stopped-working', 'side-effects', 'my-choice', 'other'))),
        {_flag("in_trial")},
        note TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
    "CREATE INDEX treatment_lines_by_start ON treatment_lines (started)",
    f"""CREATE TABLE care_team (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        phone_day TEXT NOT NULL DEFAULT '',
        phone_after_hours TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        {_flag("urgent")},
        position INTEGER NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
    "CREATE UNIQUE INDEX care_team_one_urgent ON care_team (urgent) WHERE urgent = 1",
    f"""CREATE TABLE visits (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        on_date TEXT NOT NULL CHECK (on_date {DAY}),
        at_time TEXT NOT NULL DEFAULT '',
        contact_id INTEGER,
        with_whom TEXT NOT NULL DEFAULT '',
        what_for TEXT NOT NULL DEFAULT '',
        understood TEXT NOT NULL DEFAULT '',
        {_flag("ask_again")},
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
    "CREATE INDEX visits_by_date ON visits (on_date, at_time)",
    f"""CREATE TABLE visit_questions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        visit_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        question_id INTEGER,
        text TEXT NOT NULL,
        understood TEXT NOT NULL DEFAULT '',
        {_flag("ask_again")},
        UNIQUE (visit_id, position)
    )""",
    f"""CREATE TABLE lab_results (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        test TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        value TEXT NOT NULL,
        unit TEXT NOT NULL,
        taken_on TEXT NOT NULL CHECK (taken_on {DAY}),
        note TEXT NOT NULL DEFAULT '',
        {_flag("checked")},
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
    "CREATE INDEX lab_results_by_test ON lab_results (test, taken_on)",
    "CREATE INDEX lab_results_by_day ON lab_results (taken_on)",
    f"""CREATE TABLE liver_answers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        on_date TEXT NOT NULL CHECK (on_date {DAY}),
        ascites INTEGER CHECK (ascites IS NULL OR ascites IN (1, 2, 3)),
        encephalopathy INTEGER CHECK (encephalopathy IS NULL OR encephalopathy IN (1, 2, 3)),
        note TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
    "CREATE INDEX liver_answers_by_day ON liver_answers (on_date)",
)

# Every table of the records, in the order Delete all, export and the checks go through them.
RECORD_TABLES = (
    "medicines",
    "treatment_lines",
    "care_team",
    "visits",
    "visit_questions",
    "lab_results",
    "liver_answers",
)
