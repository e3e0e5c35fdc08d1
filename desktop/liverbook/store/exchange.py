"""Export and import of all user data as one JSON file.

Format ``liverbook-user-data``, version 2
=========================================

A UTF-8 JSON object (an export is written without a byte-order mark; one is accepted on import)::

    {
      "format": "liverbook-user-data",      // required, exactly this
      "version": 2,                         // required, integer; newer versions are refused
      "exported_at": "2026-11-21T05:54:42.123456+00:00",   // optional, ISO 8601
      "app_version": "0.1.0",               // optional, the handbook version that wrote it
      "notes": [                            // required, at most 100,000, newest first
        {"id": 12,                          // integer >= 1, unique
         "text": "Ask about the scan",      // plain text, at most 1,000,000 characters
         "page_id": "child-pugh-score",     // a handbook page id, or null for a general note
         "created": "2026-11-20T09:00:00.000000+00:00",  // ISO 8601 date and time with offset
         "updated": "2026-11-21T10:30:00.000000+00:00"}
      ],
      "situation": {                        // required
        "tags": ["stage-4", "immunotherapy"],   // handbook tag ids, unique, at most 200
        "reader": "patient",                // a handbook tag id, or null
        "name": "Sam"                       // at most 200 characters; may be ""
      },
      "questions": [                        // required, at most 1,000, in the user's order
        {"question_id": "what-stage",       // a handbook question id, or null ...
         "text": null,                      // ... or the user's own words (exactly one of the two)
         "answer": "",                      // at most 100,000 characters
         "answered_on": "2026-11-21",       // YYYY-MM-DD or null
         "asked": true}
      ],
      "diary": {                            // required in version 2; absent in version 1
        "prefs": {"temperature_unit": "celsius",   // or "fahrenheit"
                  "weight_unit": "kg",             // or "lb"
                  "care_team_phone": ""},          // at most 100 characters
        "item_settings": {"cough": true},   // item id -> turned on (true) or off (false)
        "own_items": [                      // at most 200, in the reader's order
          {"id": 1, "name": "Cramps", "active": true}],   // answered as item "own-1"
        "entries": [                        // at most 20,000, oldest first
          {"id": 7,                         // integer >= 1, unique
           "local": "2026-05-12T08:30",     // wall-clock time where it was written
           "utc": "2026-05-12T07:30:00.000000+00:00",  // the same moment in UTC
           "answered_by": "patient",        // or "carer"
           "created": "...", "updated": "...",          // ISO 8601 with offset
           "answers": [                     // at most 300, one per item
             {"item": "pain", "value": 3, "text": "lower back"},  // value: number or null;
             {"item": "note", "value": null, "text": "Slept badly"}],  // text: words or null
           "alerts": [                      // triage rules that fired, as they stood then
             {"rule": "new-pain", "level": "call-today",  // go-now, call-today, next-visit
              "content_version": "2026-12-03", "app_version": "0.1.0"}]}
        ]
      }
    }

Answer values are in the diary's stored terms: 0 to 10 for a scale, the position of a level
(0 for the first), 1 or 0 for yes or no, degrees Celsius and kilograms for temperature and weight.
A version 1 file (no ``diary``) imports with an empty diary.

Ids are lowercase letters, digits and hyphens, at most 100 characters. Keys other than those above
are refused, as are files over 20 MB, text that is not UTF-8, JSON with repeated keys, NaN or
Infinity, and files with more objects and lists than an export can hold (checked before parsing).
Importing replaces all user data (after a backup); ids of notes are kept, question ids are
new. Ids of handbook pages, tags and questions are not checked against the handbook here: the app
shows unknown ones as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import liverbook
from liverbook.i18n import translate
from liverbook.store.diary_model import DiaryData
from liverbook.store.errors import ImportRefused
from liverbook.store.exchange_checks import (
    Refuse as _Refuse,
    checked_id as _id,
    checked_list as _list,
    checked_object as _object,
    checked_text as _text,
    checked_time as _time,
    not_an_export,
)
from liverbook.store.exchange_diary import build_diary, parse_diary
from liverbook.store.exchange_records import build_records, parse_records
from liverbook.store.model import (
    MAX_ANSWER_CHARS,
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    MAX_QUESTION_CHARS,
    MAX_TAGS,
    MyQuestion,
    Note,
    Situation,
    format_time,
)
from liverbook.store.records_rows import RecordsData

FORMAT_NAME = "liverbook-user-data"
FORMAT_VERSION = 2
MAX_NOTES = 100_000
MAX_QUESTIONS = 1_000
_MAX_NOTE_ID = 2**63 - 1


@dataclass(frozen=True)
class Parsed:
    """Checked content of an export, ready to be written."""

    notes: list[Note]
    situation: Situation
    questions: list[MyQuestion]
    diary: DiaryData
    records: RecordsData


def build(
    notes: list[Note],
    situation: Situation,
    questions: list[MyQuestion],
    now: datetime,
    diary: DiaryData | None = None,
    records: RecordsData | None = None,
) -> dict[str, Any]:
    """The export dict of the given data."""
    places = {q.id: i for i, q in enumerate(questions)}
    exported = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": format_time(now),
        "app_version": liverbook.__version__,
        "notes": [
            {
                "id": n.id,
                "text": n.text,
                "page_id": n.page_id,
                "created": format_time(n.created),
                "updated": format_time(n.updated),
            }
            for n in notes
        ],
        "situation": {"tags": sorted(situation.tags), "reader": situation.reader, "name": situation.name},
        "questions": [
            {
                "question_id": q.question_id,
                "text": q.text,
                "answer": q.answer,
                "answered_on": q.answered_on.isoformat() if q.answered_on else None,
                "asked": q.asked,
            }
            for q in questions
        ],
        "diary": build_diary(diary or DiaryData()),
    }
    if records:  # optional: a file without records reads as it did before the records existed
        exported["records"] = build_records(records, places)
    return exported


def _note(value: object, where: str) -> Note:
    item = _object(value, where, {"id", "text", "page_id", "created", "updated"})
    note_id = item["id"]
    if not isinstance(note_id, int) or isinstance(note_id, bool) or not 1 <= note_id <= _MAX_NOTE_ID:
        raise _Refuse(f"{where}: 'id' is not a whole number of 1 or more")
    text = _text(item["text"], f"{where}: 'text'", MAX_NOTE_CHARS)
    page_id = _id(item["page_id"], f"{where}: 'page_id'", nullable=True)
    created = _time(item["created"], f"{where}: 'created'")
    updated = _time(item["updated"], f"{where}: 'updated'")
    return Note(note_id, text, page_id, created, updated)


def _situation(value: object) -> Situation:
    item = _object(value, "'situation'", {"tags", "reader", "name"})
    tags = [_id(tag, "a tag in 'situation'") for tag in _list(item["tags"], "'situation': 'tags'", MAX_TAGS)]
    if len(set(tags)) != len(tags):
        raise _Refuse("'situation': 'tags' has the same tag twice")
    reader = _id(item["reader"], "'situation': 'reader'", nullable=True)
    name = _text(item["name"], "'situation': 'name'", MAX_NAME_CHARS)
    return Situation(frozenset(t for t in tags if t is not None), reader, name)


def _question(value: object, where: str, position: int) -> MyQuestion:
    item = _object(value, where, {"question_id", "text", "answer", "answered_on", "asked"})
    question_id = _id(item["question_id"], f"{where}: 'question_id'", nullable=True)
    text = None if item["text"] is None else _text(item["text"], f"{where}: 'text'", MAX_QUESTION_CHARS)
    if (question_id is None) == (text is None):
        raise _Refuse(f"{where} needs exactly one of 'question_id' and 'text'")
    if text is not None and not text.strip():
        raise _Refuse(f"{where}: 'text' is blank")
    answer = _text(item["answer"], f"{where}: 'answer'", MAX_ANSWER_CHARS)
    answered_on = None
    if item["answered_on"] is not None:
        raw = item["answered_on"]
        try:
            answered_on = date.fromisoformat(raw) if isinstance(raw, str) and len(raw) == 10 else None
        except ValueError:
            pass
        if answered_on is None:
            raise _Refuse(f"{where}: 'answered_on' is not a date like 2026-11-21")
    if not isinstance(item["asked"], bool):
        raise _Refuse(f"{where}: 'asked' is not true or false")
    return MyQuestion(0, question_id, text, position, answer, answered_on, item["asked"])


def parse(data: object) -> Parsed:
    """Check an export dict completely; raise ImportRefused naming the first problem found."""
    try:
        if isinstance(data, dict) and "format" not in data:
            raise _Refuse(not_an_export(translate("Import", "it has no 'format' saying so")), worded=True)
        top = _object(
            data,
            "the file",
            {"format", "version", "notes", "situation", "questions"},
            frozenset({"exported_at", "app_version", "diary", "records"}),
        )
        if top["format"] != FORMAT_NAME:
            raise _Refuse(
                not_an_export(translate("Import", "its 'format' is not 'liverbook-user-data'")), worded=True
            )
        version = top["version"]
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise _Refuse("its 'version' is not a whole number of 1 or more")
        if version > FORMAT_VERSION:
            raise _Refuse(
                translate(
                    "Import",
                    "it was made by a newer version of the handbook (format version {found}; this version "
                    "reads up to {known}). Please update the handbook and try again.",
                ).format(found=version, known=FORMAT_VERSION),
                worded=True,
            )
        notes = [_note(v, f"note {i + 1}") for i, v in enumerate(_list(top["notes"], "'notes'", MAX_NOTES))]
        ids = [n.id for n in notes]
        if len(set(ids)) != len(ids):
            raise _Refuse("two notes have the same 'id'")
        situation = _situation(top["situation"])
        questions = [
            _question(v, f"question {i + 1}", i)
            for i, v in enumerate(_list(top["questions"], "'questions'", MAX_QUESTIONS))
        ]
        curated = [q.question_id for q in questions if q.question_id is not None]
        if len(set(curated)) != len(curated):
            raise _Refuse("the same handbook question is on the list twice")
        if version >= 2 and "diary" not in top:
            raise _Refuse("the file has no 'diary'")
        if version == 1 and "diary" in top:
            raise _Refuse("the file has unknown 'diary'")
        diary = parse_diary(top["diary"]) if version >= 2 else DiaryData()
        if version == 1 and "records" in top:
            raise _Refuse("the file has unknown 'records'")
        records = parse_records(top["records"], len(questions)) if "records" in top else RecordsData()
    except _Refuse as problem:
        message = str(problem)
        said = problem.worded or message.startswith("it ")
        first = message if said else message[0].upper() + message[1:]
        raise ImportRefused(first + ("" if message.endswith(".") else ".")) from None
    return Parsed(notes, situation, questions, diary, records)
