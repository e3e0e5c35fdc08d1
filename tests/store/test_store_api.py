"""The data API of the store: notes, "My situation" and "My questions"."""

from __future__ import annotations

from datetime import date, timezone
from pathlib import Path

import pytest
from store_helpers import FakeClock, reopen_snapshot, snapshot

from liverbook.store import ANY_PAGE, MyQuestion, Note, Situation, Store, TextTooLong
from liverbook.store.model import MAX_NOTE_CHARS


def test_note_round_trip_and_durability(store: Store, data_dir: Path, clock: FakeClock) -> None:
    note = store.add_note("Take the tablets with food", page_id="sorafenib")
    assert note.page_id == "sorafenib" and note.created == note.updated == clock.now
    assert note.created.tzinfo == timezone.utc
    assert store.get_note(note.id) == note
    clock.advance(minutes=5)
    changed = store.update_note(note.id, "Take the tablets with food, twice a day")
    assert changed.created == note.created and changed.updated == clock.now
    # A returned call is durable: another connection sees it at once.
    with Store.open(data_dir) as other:
        assert other.get_note(note.id) == changed


def test_text_is_kept_exactly(store: Store) -> None:
    texts = [
        "<script>alert(1)</script><img src='file:///etc/passwd'>",
        "# not a heading\n\n* not a list\n[link](page:x)",
        "tab\tnul\x00cr\r\nend  ",
        "émoji \U0001f600 ✓ 漢字 עברית",
        "",
        "x" * 100_000,
    ]
    for text in texts:
        assert store.get_note(store.add_note(text).id).text == text  # type: ignore[union-attr]


def test_lone_surrogates_are_replaced_not_refused(store: Store) -> None:
    # Text from a GUI toolkit can carry half of a surrogate pair; the note must still be saved.
    note = store.add_note("a\ud83d\ude00b\ud800c")
    assert note.text == "a\U0001f600b\ufffdc"
    assert store.get_note(note.id) == note


def test_too_long_is_refused_in_plain_words(store: Store) -> None:
    with pytest.raises(TextTooLong) as caught:
        store.add_note("x" * (MAX_NOTE_CHARS + 1))
    assert "too long" in caught.value.user_message
    assert store.list_notes() == []


def test_bad_arguments_are_bugs(store: Store) -> None:
    with pytest.raises(ValueError):
        store.add_note("x", page_id="../../etc/passwd")
    with pytest.raises(TypeError):
        store.add_note(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        store.update_note(999, "x")
    with pytest.raises(KeyError):
        store.delete_note(999)
    assert store.get_note(999) is None


def test_delete_and_undo_keep_id_and_dates(store: Store, clock: FakeClock) -> None:
    first = store.add_note("one")
    clock.advance(seconds=1)
    second = store.add_note("two")
    deleted = store.delete_note(first.id)
    assert deleted == first and store.get_note(first.id) is None
    clock.advance(seconds=1)
    third = store.add_note("three")
    assert third.id > second.id  # ids of deleted notes are never reused
    assert store.restore_note(deleted) == first
    assert store.get_note(first.id) == first
    # Restoring twice does not overwrite: the copy gets a new id, nothing is lost.
    again = store.restore_note(deleted)
    assert again.id not in (first.id, second.id, third.id) and again.text == "one"


def test_list_notes_order_and_filters(store: Store, clock: FakeClock) -> None:
    general = store.add_note("General ÉCHO")
    clock.advance(seconds=1)
    on_page = store.add_note("About the page", page_id="ascites")
    clock.advance(seconds=1)
    other = store.add_note("Other page, écho", page_id="tace")
    clock.advance(seconds=1)
    general = store.update_note(general.id, "General ÉCHO, edited")
    assert [n.id for n in store.list_notes()] == [general.id, other.id, on_page.id]
    assert store.list_notes(page_id=ANY_PAGE) == store.list_notes()
    assert store.list_notes(page_id=None) == [general]
    assert store.list_notes(page_id="ascites") == [on_page]
    assert store.list_notes(page_id="nothing-here") == []
    assert [n.id for n in store.list_notes(text_filter="écho")] == [general.id, other.id]
    assert store.list_notes(page_id="tace", text_filter="ECHO") == [other]
    assert store.list_notes(text_filter="   ") == store.list_notes()


def test_situation(store: Store, data_dir: Path) -> None:
    assert store.get_situation() == Situation(frozenset(), None, "")
    wanted = Situation(frozenset({"stage-4", "child-pugh-a", "immunotherapy"}), "patient", "Sam O'Neil")
    store.set_situation(wanted)
    assert store.get_situation() == wanted
    store.set_situation(Situation(frozenset({"stage-3"}), None, ""))
    assert store.get_situation() == Situation(frozenset({"stage-3"}), None, "")
    with pytest.raises(ValueError):
        store.set_situation(Situation(frozenset({"Stage 4"}), None, ""))
    with pytest.raises(TextTooLong):
        store.set_situation(Situation(frozenset(), None, "n" * 201))
    assert reopen_snapshot(data_dir)["situation"] == {"tags": ["stage-3"], "reader": None, "name": ""}


def _order(store: Store) -> list[str]:
    return [q.question_id or q.text or "" for q in store.list_my_questions()]


def test_questions_add_move_remove(store: Store) -> None:
    a = store.add_curated_question("what-stage")
    assert a == MyQuestion(a.id, "what-stage", None, 0, "", None, False)
    assert store.add_curated_question("what-stage") == a  # already on the list
    b = store.add_own_question("Can I drive?")
    c = store.add_curated_question("side-effects")
    assert _order(store) == ["what-stage", "Can I drive?", "side-effects"]
    store.move_my_question(c.id, 0)
    assert _order(store) == ["side-effects", "what-stage", "Can I drive?"]
    store.move_my_question(c.id, 99)
    assert _order(store) == ["what-stage", "Can I drive?", "side-effects"]
    store.reorder_my_questions([b.id, c.id, a.id])
    assert _order(store) == ["Can I drive?", "side-effects", "what-stage"]
    assert [q.position for q in store.list_my_questions()] == [0, 1, 2]
    with pytest.raises(ValueError):
        store.reorder_my_questions([b.id, c.id])
    removed = store.remove_my_question(c.id)
    assert _order(store) == ["Can I drive?", "what-stage"]
    assert [q.position for q in store.list_my_questions()] == [0, 1]
    restored = store.restore_my_question(removed)
    assert _order(store) == ["Can I drive?", "side-effects", "what-stage"]
    assert restored.question_id == "side-effects"
    with pytest.raises(KeyError):
        store.remove_my_question(12345)
    with pytest.raises(ValueError):
        store.add_own_question("   ")
    with pytest.raises(ValueError):
        store.add_curated_question("Not An Id")


def test_questions_answer_and_asked(store: Store, data_dir: Path) -> None:
    q = store.add_own_question("How long will the treatment take?")
    answered = store.set_answer(q.id, "About 3 months.\nThen a scan.", date(2026, 3, 1))
    assert (answered.answer, answered.answered_on) == ("About 3 months.\nThen a scan.", date(2026, 3, 1))
    assert store.set_asked(q.id, True).asked is True
    edited = store.update_own_question(q.id, "How long will it take?")
    assert edited.text == "How long will it take?" and edited.asked and edited.answer.startswith("About")
    curated = store.add_curated_question("what-stage")
    with pytest.raises(ValueError):
        store.update_own_question(curated.id, "changed words")
    with Store.open(data_dir) as other:
        assert other.list_my_questions() == store.list_my_questions()
    assert store.set_answer(q.id, "", None).answered_on is None


def test_get_note_returns_frozen_dataclass(store: Store) -> None:
    note = store.add_note("x")
    assert isinstance(note, Note)
    with pytest.raises(AttributeError):
        note.text = "y"  # type: ignore[misc]


def test_closed_store_refuses(data_dir: Path) -> None:
    opened = Store.open(data_dir)
    opened.close()
    opened.close()
    with pytest.raises(RuntimeError):
        opened.add_note("x")


def test_snapshot_survives_reopen(store: Store, data_dir: Path) -> None:
    from store_helpers import fill

    fill(store)
    assert reopen_snapshot(data_dir) == snapshot(store)
