"""The diary service a window drives: check in, see the advice, edit, read trends and warning signs."""

from __future__ import annotations

import datetime as dt

import pytest
from diary_helpers import MovableClock

from liverbook.content import Handbook
from liverbook.diary.advice import as_text
from liverbook.diary.items import AnswerProblem, by_id, parse_number_answer
from liverbook.diary.service import Diary, moment
from liverbook.store import Store
from liverbook.store.diary_model import Answer, DiaryPrefs

IMMUNO = frozenset({"immunotherapy"})


@pytest.fixture
def diary(store: Store, book: Handbook, clock: MovableClock) -> Diary:
    return Diary(store, book, clock=clock, app_version="9.9.9")


def test_a_quiet_check_in_saves_and_says_nothing(diary: Diary, clock: MovableClock) -> None:
    done = diary.check_in([Answer("pain", 0), Answer("temperature", 36.8)], "patient", IMMUNO)
    assert done.advice is None and done.fired == ()
    assert done.entry.local == dt.datetime(2026, 5, 12, 9, 0) and done.entry.utc == dt.datetime(
        2026, 5, 12, 7, 0, tzinfo=dt.timezone.utc
    )
    assert diary.store.latest_entries(1) == [done.entry]


def test_a_go_now_rule_is_never_silent_and_says_the_app_contacts_no_one(diary: Diary) -> None:
    done = diary.check_in([Answer("confusion", 1), Answer("other-bleeding", 1)], "carer", frozenset())
    advice = done.advice
    assert advice is not None and advice.urgent and advice.level == "go-now"
    assert advice.title == "Get help now" and "emergency" in advice.action
    assert [r.rule_id for r in advice.reasons] == ["confusion", "small-bleeding"]
    assert advice.reasons[0].page_title.startswith("Confusion")
    assert "does not contact anyone" in advice.no_contact
    assert "not saved your care team's number" in advice.phone
    assert [(a.rule_id, a.level, a.content_version, a.app_version) for a in done.entry.alerts] == [
        ("confusion", "go-now", "2026-12-03", "9.9.9"),
        ("small-bleeding", "next-visit", "2026-12-03", "9.9.9"),
    ]
    text = as_text(advice)
    assert "Get help now" in text and "Read more:" in text


def test_the_care_teams_number_is_shown_when_saved(diary: Diary) -> None:
    diary.store.set_diary_prefs(DiaryPrefs(care_team_phone="555-0100"))
    advice = diary.check_in([Answer("temperature", 38.1)], "patient", IMMUNO).advice
    assert (
        advice is not None
        and advice.level == "call-today"
        and advice.phone == "Your care team's number: 555-0100"
    )


def test_history_makes_new_new_and_editing_judges_again(diary: Diary, clock: MovableClock) -> None:
    first = diary.check_in([Answer("rash", 0)], "patient", IMMUNO)
    clock.advance(days=1)
    second = diary.check_in([Answer("rash", 1)], "patient", IMMUNO)
    assert [r.id for r in second.fired] == ["rash-on-immunotherapy"]
    clock.advance(days=1)
    third = diary.check_in([Answer("rash", 1)], "patient", IMMUNO)
    assert third.fired == ()  # the team was called about it yesterday
    edited = diary.edit(first.entry.id, [Answer("rash", 1)], "patient", IMMUNO, first.entry.local)
    assert [r.id for r in edited.fired] == ["rash-on-immunotherapy"]  # nothing before it
    assert diary.store.get_entry(first.entry.id).alerts[0].rule_id == "rash-on-immunotherapy"  # type: ignore[union-attr]


def test_trends_and_warning_signs_for_the_visit_report(diary: Diary, clock: MovableClock) -> None:
    for day in range(20):
        diary.check_in([Answer("pain", 6 if day in (15, 16) else 2 + day % 2)], "patient", frozenset())
        clock.advance(days=1)
    clock.advance(days=-1)
    assert diary.summary("pain", "2w") == "Pain: mostly 2 to 3, rose to 6 on 27 and 28 May."
    assert len(diary.table("pain", "2w")) == 14 and len(diary.table("pain", "all")) == 20
    chart = diary.chart("pain", "2w")
    assert (
        chart.start == dt.date(2026, 5, 18) and chart.end == dt.date(2026, 5, 31) and len(chart.points) == 14
    )
    signs = diary.warnings_since(None)
    assert [(w.local.date().isoformat(), w.rule_id) for w in signs] == [("2026-05-12", "new-pain")]
    assert (
        signs[0].reason.startswith("Pain that is new") and signs[0].level_title == "Call your care team today"
    )
    assert diary.chart("pain", "all").warnings == (dt.date(2026, 5, 12),)
    assert diary.chart("temperature", "all").warnings == ()  # a pain warning is not a temperature one


def test_times_are_kept_as_written_and_in_utc() -> None:
    summer = dt.datetime(2026, 7, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    assert moment(summer) == (
        dt.datetime(2026, 7, 1, 9, 30),
        dt.datetime(2026, 7, 1, 13, 30, tzinfo=dt.timezone.utc),
    )
    local, utc = moment(dt.datetime(2026, 7, 1, 9, 30))  # a naive time the reader picked: the computer's zone
    assert local == dt.datetime(2026, 7, 1, 9, 30) and utc.tzinfo is dt.timezone.utc


def test_what_is_typed_becomes_the_stored_si_value(diary: Diary) -> None:
    items = by_id(diary.items(frozenset()))
    f = DiaryPrefs("fahrenheit", "lb")
    assert parse_number_answer(items["temperature"], "100.4", f) == 38.0
    assert parse_number_answer(items["weight"], "154,3", f) == pytest.approx(69.989, abs=1e-3)
    assert parse_number_answer(items["diarrhea"], "4", DiaryPrefs()) == 4.0
    for typed, words in (
        ("hot", "Please write a number"),
        ("120", "between 86.0 °F and 113.0 °F"),
        ("2.5", "Please write a number"),
    ):
        with pytest.raises(AnswerProblem) as caught:
            parse_number_answer(items["diarrhea" if typed == "2.5" else "temperature"], typed, f)
        assert words in caught.value.message


def test_items_follow_the_situation_until_the_reader_chooses(diary: Diary) -> None:
    asked = {i.id for i in diary.asked(frozenset())}
    assert "pain" in asked and "sore-hands-feet" not in asked and "rash" not in asked
    assert "sore-hands-feet" in {i.id for i in diary.asked({"targeted-therapy"})}
    diary.store.set_item_enabled("pain", False)
    diary.store.add_own_item("Hiccups")
    items = diary.asked(frozenset())
    assert "pain" not in {i.id for i in items} and items[-1].label == "Hiccups" and items[-1].own


def test_words_for_the_readable_copy(diary: Diary) -> None:
    diary.store.set_diary_prefs(DiaryPrefs("fahrenheit", "kg"))
    assert diary.answer_text(Answer("temperature", 38.0)) == "100.4 °F"
    assert diary.answer_text(Answer("pain", 4, "ribs")) == "4: ribs"
    assert (
        diary.answer_text(Answer("belly-swelling", 3))
        == "Growing fast, or so big it is hard to breathe or eat"
    )
    assert diary.answer_text(Answer("gone-item", 2)) == "2"
    assert diary.label("diary-item", "pain") == "Pain" and diary.label("diary-item", "gone") == "gone"
    assert diary.label("diary-rule", "confusion").startswith("Confusion")


def test_the_readable_copy_of_an_export_says_diary_answers_in_words(tmp_path, book: Handbook) -> None:  # type: ignore[no-untyped-def]
    from liverbook.data_commands import export_data

    data_dir = tmp_path / "data"
    with Store.open(data_dir) as store:
        store.set_diary_prefs(DiaryPrefs("fahrenheit", "kg"))
        Diary(store, book).check_in(
            [Answer("temperature", 38.0), Answer("yellow-skin", 1)], "carer", frozenset()
        )
    code, message = export_data(data_dir, tmp_path / "mine.json", book)
    assert code == 0, message
    md = (tmp_path / "mine.md").read_text(encoding="utf-8")
    assert "- Temperature: 100.4 °F" in md and "answered by a carer" in md
    assert "- Yellow skin or yellow whites of the eyes: Yes, it came on slowly" in md
    assert "Warning sign (go-now): Yellow skin or eyes together with a fever" in md


def test_the_words_written_in_the_diary_are_there_for_search(diary: Diary) -> None:
    diary.check_in(
        [Answer("pain", 3, "under the right ribs"), Answer("note", None, "Écho on Monday")],
        "patient",
        frozenset(),
    )
    diary.check_in([Answer("pain", 2)], "patient", frozenset())
    assert [(t.item_label, t.words) for t in diary.texts()] == [
        ("Anything else", "Écho on Monday"),
        ("Pain", "under the right ribs"),
    ]
