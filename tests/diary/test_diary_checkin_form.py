"""What the check-in form saves, and what the diary's screens say after it (no Qt, no window)."""

from __future__ import annotations

import datetime as dt

import pytest
from diary_helpers import MovableClock

from liverbook.content import Handbook
from liverbook.diary.after_check_in import acknowledgement, advice_to_show, entry_line, phone_line
from liverbook.diary.checkin_form import (
    Draft,
    answers_of,
    draft_of,
    is_recent,
    kept_answers,
    who_answers_first,
)
from liverbook.diary.service import Diary
from liverbook.records.model import Contact
from liverbook.store import Store
from liverbook.store.diary_model import Answer, DiaryPrefs

US = DiaryPrefs("fahrenheit", "lb")


@pytest.fixture
def diary(store: Store, book: Handbook, clock: MovableClock) -> Diary:
    return Diary(store, book, clock=clock, app_version="9.9.9")


def test_a_draft_becomes_answers_in_stored_units(diary: Diary) -> None:
    items = diary.asked(frozenset())
    draft = Draft(
        choices={"pain": 6.0, "tiredness": 2.0, "confusion": 1.0},
        words={"pain": " right side ", "note": "Slept badly."},
        typed={"weight": "154.3", "temperature": "100,4", "diarrhea": ""},
    )
    answers, problems = answers_of(items, draft, US)
    assert problems == {}
    got = {a.item_id: a for a in answers}
    assert got["pain"] == Answer("pain", 6.0, "right side")
    assert got["tiredness"] == Answer("tiredness", 2.0) and got["confusion"] == Answer("confusion", 1.0)
    assert got["weight"].value == pytest.approx(69.989, abs=0.001)  # 154.3 lb in kg
    assert got["temperature"].value == pytest.approx(38.0)  # 100.4 °F is 38.0 °C exactly
    assert got["note"] == Answer("note", None, "Slept badly.")
    assert "diarrhea" not in got  # left empty: not answered
    assert [a.item_id for a in answers] == [i.id for i in items if i.id in got]  # in check-in order


def test_a_number_that_cannot_be_saved_says_why_and_the_rest_is_saved(diary: Diary) -> None:
    items = diary.asked(frozenset())
    answers, problems = answers_of(
        items, Draft(choices={"pain": 2.0}, typed={"weight": "abc", "temperature": "200"}), DiaryPrefs()
    )
    assert [a.item_id for a in answers] == ["pain"]
    assert problems["weight"] == "Please write a number, such as 68.5."
    assert problems["temperature"].startswith(
        "Please check the number: it should be between 30.0 °C and 45.0 °C"
    )


def test_an_entry_comes_back_as_typed_in_the_readers_units(diary: Diary) -> None:
    items = diary.items(frozenset())
    done = diary.check_in(
        [
            Answer("weight", 69.98859),
            Answer("temperature", 38.0),
            Answer("pain", 4.0, "back"),
            Answer("gone-item", 1.0),
        ],
        "carer",
        frozenset(),
    )
    draft = draft_of(done.entry, items, US)
    assert draft.answered_by == "carer"
    assert draft.typed == {"weight": "154.3", "temperature": "100.4"}
    assert draft.choices == {"pain": 4.0} and draft.words == {"pain": "back"}
    again, problems = answers_of(items, draft, US)
    assert problems == {} and {a.item_id for a in again} == {"weight", "temperature", "pain"}
    assert kept_answers(done.entry, items) == [Answer("gone-item", 1.0)]  # an edit keeps what it cannot show


def test_who_answers_first_follows_the_last_check_in_then_the_situation(diary: Diary) -> None:
    assert who_answers_first(None, None) == "patient"
    assert who_answers_first("caregiver", None) == "carer"
    done = diary.check_in([Answer("pain", 1.0)], "patient", frozenset())
    assert who_answers_first("caregiver", done.entry) == "patient"


def test_the_number_to_call_prefers_the_urgent_contact_of_my_records(diary: Diary, store: Store) -> None:
    prefs = DiaryPrefs(care_team_phone="555-0100")
    assert phone_line(None, DiaryPrefs()) == (
        "You have not saved your care team's number yet. You can add it in the diary's settings."
    )
    assert phone_line(None, prefs) == "Your care team's number: 555-0100"
    nurse = Contact(0, "Liver nurse line", phone_day="555-0111", phone_after_hours="555-0199", urgent=True)
    assert phone_line(nurse, prefs) == "Call Liver nurse line. After hours: 555-0199. Daytime: 555-0111."
    assert phone_line(Contact(0, "Dr Lee", phone_day="555-0123"), prefs) == "Call Dr Lee: 555-0123"
    assert phone_line(Contact(0, "Dr Lee"), prefs) == "Your care team's number: 555-0100"
    assert (
        phone_line(Contact(0, "Dr Lee"), DiaryPrefs())
        == "Call Dr Lee. Their phone number is not in My records yet."
    )
    store.add_contact(nurse)
    done = diary.check_in([Answer("black-stools", 1.0)], "patient", frozenset())
    advice = advice_to_show(done.entry, None, diary.book, store)
    assert (
        advice is not None
        and advice.urgent
        and advice.phone.startswith("Call Liver nurse line. After hours: 555-0199.")
    )


def test_the_advice_stays_until_read_and_comes_back_when_the_entry_changes(
    diary: Diary, clock: MovableClock
) -> None:
    done = diary.check_in([Answer("temperature", 38.3)], "patient", frozenset({"immunotherapy"}))
    book, store = diary.book, diary.store
    shown = advice_to_show(done.entry, None, book, store)
    assert shown is not None and shown.level == "call-today" and "does not contact anyone" in shown.no_contact
    read = acknowledgement(done.entry)
    assert advice_to_show(done.entry, read, book, store) is None
    clock.advance(minutes=5)
    changed = diary.edit(
        done.entry.id,
        [Answer("temperature", 38.3), Answer("black-stools", 1.0)],
        "patient",
        frozenset({"immunotherapy"}),
        done.entry.local,
    ).entry
    again = advice_to_show(changed, read, book, store)
    assert again is not None and again.urgent  # new answers: the new advice is shown
    clock.advance(days=3)
    quiet = diary.check_in([Answer("pain", 0.0), Answer("temperature", 36.8)], "patient", frozenset()).entry
    assert advice_to_show(quiet, None, book, store) is None
    assert is_recent(quiet, clock.now) and not is_recent(quiet, clock.now + dt.timedelta(days=4))


def test_an_entry_in_one_line(diary: Diary) -> None:
    done = diary.check_in(
        [Answer("black-stools", 1.0), Answer("pain", 2.0)],
        "carer",
        frozenset(),
        when=dt.datetime(2026, 5, 12, 8, 35),
    )
    assert entry_line(done.entry) == "Tue 12 May 2026, 08:35 · Carer · 2 answers · \u26a0 Get help now"
