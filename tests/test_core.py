"""The app core without a window: one data folder's situation, notes, answers, search, visit report and data.

Everything here is what the window and the command line both rely on; no Qt is needed (the
layering test checks that the core imports none).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from liverbook.core.answers import AnswerDrafts
from liverbook.core.app_core import Core
from liverbook.core.keys import MY_QUESTIONS, EntryKey, EntryKind
from liverbook.core.preferences import MemoryPreferences
from liverbook.core.situation import for_you_pages, situation_tags
from liverbook.diary.service import Diary
from liverbook.records.model import Medicine
from liverbook.store import MyQuestion, Situation, Store, StoreDiskFull
from liverbook.store.diary_model import Answer
from liverbook.summary.report_choices import ReportChoices


@pytest.fixture
def core(handbook, data_dir: Path):  # type: ignore[no-untyped-def]
    opened = Core(handbook, data_dir, Store.open(data_dir), prefs=MemoryPreferences())
    yield opened
    opened.close()


def heard(event) -> list[object]:  # type: ignore[no-untyped-def]
    got: list[object] = []
    event.connect(lambda *args: got.append(args[0] if len(args) == 1 else args))
    return got


def found(core: Core, words: str) -> list[tuple[str, object]]:
    return [(r.kind, r.key) for r in core.search.search(words)]


# -- keys and the situation rule ----------------------------------------------------------------------


def test_entry_keys_are_written_as_the_settings_file_keeps_them() -> None:
    for key in (
        EntryKey.page("tace"),
        EntryKey.topic("treatment"),
        EntryKey.term("ascites"),
        MY_QUESTIONS,
        EntryKey.intro("my-handbook"),
    ):
        assert EntryKey.parse(str(key)) == key
    assert str(EntryKey.page("tace")) == "page:tace" and str(MY_QUESTIONS) == "mine"
    for text in ("", "page:", "tace", "nonsense:x", "mine:x", None, 3):
        assert EntryKey.parse(text) is None, text
    assert EntryKey.page("tace").kind is EntryKind.PAGE


def test_the_situation_marks_the_pages_that_apply_to_it_and_to_the_reader(handbook) -> None:  # type: ignore[no-untyped-def]
    situation = Situation(frozenset({"stage-4"}), "caregiver", "Sam")
    assert situation_tags(situation) == {"stage-4", "caregiver"}
    pages = for_you_pages(handbook, situation)
    assert pages == tuple(handbook.pages_for({"stage-4", "caregiver"}))
    assert for_you_pages(handbook, Situation(frozenset({"stage-4"}))) != pages  # the reader counts


def test_a_new_situation_is_saved_and_told(core: Core) -> None:
    told = heard(core.events.situation_changed)
    core.set_situation(Situation(frozenset({"stage-4"}), "patient", "Sam"))
    assert core.store is not None and core.store.get_situation().name == "Sam"
    assert len(told) == 1 and told[0] is core.for_you
    assert core.for_you.page_ids == {p.id for p in core.book.pages_for({"stage-4", "patient"})}


def test_a_situation_that_cannot_be_saved_still_applies_and_says_why(core: Core, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def full(_situation: Situation) -> None:
        raise StoreDiskFull()

    monkeypatch.setattr(core.store, "set_situation", full)
    with pytest.raises(StoreDiskFull):
        core.set_situation(Situation(frozenset({"stage-4"})))
    assert core.situation.tags == {"stage-4"}


# -- notes ----------------------------------------------------------------------------------------------


def test_notes_are_saved_with_an_event_and_read_a_page_at_a_time(core: Core) -> None:
    saved, removed = heard(core.events.note_saved), heard(core.events.note_removed)
    assert core.notes.save(None, "   ", None) is None and saved == []  # no words: no note
    first = core.notes.save(None, "Écho du foie", "tace")
    assert first is not None and saved == [first]
    second = core.notes.save(None, "second", None)
    assert second is not None
    changed = core.notes.save(first.id, "Écho du foie, lundi", "tace")
    assert changed is not None and changed.id == first.id
    assert [n.id for n in core.notes.page(0, 10)] == [first.id, second.id]  # the last changed first
    assert [n.id for n in core.notes.page(1, 10)] == [second.id]
    assert [n.text for n in core.notes.page(0, 10, "echo")] == ["Écho du foie, lundi"]  # accents ignored
    gone = core.notes.delete(second.id)
    assert removed == [second.id] and core.notes.get(second.id) is None
    core.notes.restore(gone)
    assert core.notes.get(second.id) is not None and saved[-1].id == second.id


def test_paging_reads_every_note_once_in_order(core: Core) -> None:
    assert core.store is not None
    made = [core.store.add_note(f"note {n}") for n in range(45)]
    seen = [n.id for offset in range(0, 50, 10) for n in core.notes.page(offset, 10)]
    assert sorted(seen) == sorted(n.id for n in made) and len(seen) == 45


# -- answers, summary, autosave ------------------------------------------------------------------------


def test_an_answer_saved_through_the_core_is_told(core: Core) -> None:
    assert core.store is not None
    mine = core.store.add_own_question("Can I travel?")
    told = heard(core.events.answer_saved)
    core.save_answer(mine.id, "Yes, with care.", dt.date(2026, 5, 1))
    assert [q.answer for q in told] == ["Yes, with care."]  # type: ignore[attr-defined]


def test_the_visit_report_uses_the_choices_saved_in_the_same_folder(core: Core) -> None:
    assert core.store is not None
    core.store.add_note("bring the scan letter")
    assert core.report_choices() == ReportChoices()
    assert (
        "bring the scan letter" not in core.visit_report(today=dt.date(2026, 5, 1)).html
    )  # notes: off by default
    core.save_report_choices(ReportChoices(notes=True, paper="a4"))
    assert core.prefs.get("report/choices") is not None
    assert core.report_choices() == ReportChoices(notes=True, paper="a4")
    report = core.visit_report(today=dt.date(2026, 5, 1))
    assert "notes" in report.parts and "bring the scan letter" in report.html
    assert "notes" not in core.visit_report(ReportChoices(), today=dt.date(2026, 5, 1)).parts


def test_flush_all_saves_every_autosave_and_says_if_any_could_not(core: Core) -> None:
    written: list[str] = []
    good = core.autosave(lambda: written.append("good"))
    bad = core.autosave(lambda: (_ for _ in ()).throw(StoreDiskFull()))
    good.edited()
    bad.edited()
    assert core.flush_all() is False and written == ["good"]
    core.forget_autosave(bad)
    assert core.flush_all() is True


def test_words_typed_for_rows_the_backup_put_back_lacks_are_kept_as_new_rows(core: Core) -> None:
    """A backup put back under the typing (as after damage found while open): every save still lands,
    as a new row where its row is gone: answers, notes and diary entries."""
    store = core.store
    assert store is not None
    first = store.add_curated_question("what-stage")
    store.set_answer(first.id, "Stage 4, the doctor thinks.", dt.date(2026, 3, 1))
    backup = store.maybe_backup()
    assert backup is not None
    store.remove_my_question(first.id)
    travel = store.add_own_question("Can I travel?")
    hurt = store.add_own_question("Will it hurt?")
    again = store.add_curated_question("what-stage")  # taken off, then ticked again: a new id
    note = store.add_note("typed today")
    entry = core.diary.check_in([Answer("pain", 3)], "patient", frozenset()).entry
    drafts = AnswerDrafts()  # typed, not yet saved; newest id first, so a put-back reuses an old id
    drafts.put(hurt, "Not much.", None)
    drafts.put(travel, "Yes, with a letter.", dt.date(2026, 5, 1))
    drafts.put(again, "Stage 4, confirmed by the scan.", None)
    saved: list[MyQuestion] = []
    engine = core.autosave(lambda: drafts.save(core.save_answer, saved))
    engine.edited()
    told = heard(core.events.answer_saved)

    store.restore_backup(backup)  # none of these questions in it, the handbook one under another id
    assert engine.flush() and len(told) == 3
    kept = {q.text or q.question_id: (q.answer, q.answered_on) for q in store.list_my_questions()}
    assert kept == {
        "Will it hurt?": ("Not much.", None),
        "Can I travel?": ("Yes, with a letter.", dt.date(2026, 5, 1)),
        # the same handbook question: its words and the new ones, both kept
        "what-stage": ("Stage 4, the doctor thinks.\n\nStage 4, confirmed by the scan.", dt.date(2026, 3, 1)),
    }
    assert drafts.moved == {hurt.id: travel.id, travel.id: hurt.id, again.id: first.id}  # ids reused
    assert len(drafts) == 0 and not engine.unsaved
    # A note typed when its note went away is saved as a new note.
    renewed = core.notes.save(note.id, "typed today, and more", None)
    assert renewed is not None and [n.text for n in store.list_notes()] == ["typed today, and more"]
    # A diary entry being changed when it went away is saved as a new check-in, at the time chosen.
    changed = core.diary.edit(entry.id, [Answer("pain", 5)], "carer", frozenset(), entry.local)
    assert [(e.local, e.answered_by, e.answers) for e in store.entries_between()] == [
        (entry.local, "carer", (Answer("pain", 5),))
    ]
    assert changed.entry.id == store.entries_between()[0].id


# -- the data as a whole ---------------------------------------------------------------------------------


def test_import_and_delete_all_say_which_backup_keeps_the_old_data(core: Core, tmp_path: Path) -> None:
    assert core.store is not None
    core.store.add_note("before the export")
    core.set_situation(Situation(frozenset({"stage-4"})))
    copy = core.export_data(tmp_path / "mine.json")
    assert copy.exists() and (tmp_path / "mine.json").exists()
    core.store.add_note("after the export")
    core.set_situation(Situation())
    replaced = heard(core.events.data_replaced)
    backup = core.import_data(tmp_path / "mine.json")
    assert backup is not None and backup.is_file() and "before-import" in backup.name
    assert replaced == [()] or len(replaced) == 1
    assert core.situation.tags == {"stage-4"}  # read again from the imported data
    assert [n.text for n in core.store.list_notes()] == ["before the export"]
    kept = core.delete_all()
    assert kept.is_file() and core.store.list_notes() == [] and core.situation == Situation()


def test_a_read_only_core_shows_the_data_and_changes_nothing(handbook, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(data_dir) as store:
        store.add_note("kept as it was")
    before = (data_dir / "notes.sqlite3").read_bytes()
    core = Core.read_only(handbook, data_dir)
    try:
        assert not core.can_write and [n.text for n in core.notes.page(0, 10)] == ["kept as it was"]
    finally:
        core.close()
    assert (data_dir / "notes.sqlite3").read_bytes() == before


# -- search ------------------------------------------------------------------------------------------------


def test_search_finds_notes_diary_words_and_records(core: Core) -> None:
    assert core.store is not None
    note = core.store.add_note("Ask about the zanzibar trip")
    diary = Diary(core.store, core.book)
    entry = diary.check_in([Answer("pain", 3, "quixotic ache under the ribs")], "patient", frozenset()).entry
    medicine = core.store.add_medicine(Medicine(0, "Sorafenib", note="taken with the walrus breakfast"))
    assert found(core, "zanzibar") == [("note", note.id)]
    assert found(core, "quixotic") == [("diary", entry.id)]
    assert found(core, "walrus") == [("record", f"medicine:{medicine.id}")]


def test_the_index_follows_the_core_events(core: Core) -> None:
    assert core.store is not None
    core.search.index  # noqa: B018 - built now
    note = core.notes.save(None, "narwhal", None)
    assert note is not None and found(core, "narwhal") == [("note", note.id)]
    core.notes.save(note.id, "beluga", None)
    assert found(core, "narwhal") == [] and found(core, "beluga") == [("note", note.id)]
    core.notes.delete(note.id)
    assert found(core, "beluga") == []
    entry = (
        Diary(core.store, core.book).check_in([Answer("note", None, "okapi")], "patient", frozenset()).entry
    )
    core.diary_changed(entry.id)
    assert found(core, "okapi") == [("diary", entry.id)]
    core.store.add_medicine(Medicine(0, "Lactulose", note="with the tapir"))
    core.records_changed("medicine")
    assert [kind for kind, _ in found(core, "tapir")] == ["record"]


def test_the_background_build_reads_in_its_own_thread_and_misses_nothing(core: Core) -> None:
    assert core.store is not None
    core.store.add_note("written before the build: axolotl")
    assert core.search.build_in_background() is True
    assert core.search.building and not core.search.build_in_background()
    core.notes.save(None, "written during the build: pangolin", None)
    assert [k for k, _ in found(core, "axolotl")] == ["note"]
    assert [k for k, _ in found(core, "pangolin")] == ["note"]
    assert core.search.built and not core.search.building


def test_an_import_rebuilds_the_index(core: Core, tmp_path: Path) -> None:
    assert core.store is not None
    core.store.add_note("capybara")
    core.export_data(tmp_path / "a.json")
    core.store.add_note("wombat")
    core.search.index  # noqa: B018
    core.import_data(tmp_path / "a.json")
    assert found(core, "wombat") == [] and len(found(core, "capybara")) == 1
