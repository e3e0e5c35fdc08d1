"""The example person's records: a medicines list, two treatment lines, a care team, three visits and six
months of lab results that tell the same story as their diary and their "My situation"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from liverbook.diary.example import make_example
from liverbook.records.labs import scores_now, series
from liverbook.records.medicines import cautions_for, signs_for
from liverbook.records.situation import suggested_tags
from liverbook.records.visits import next_visit
from liverbook.store import Store

TODAY = dt.date(2026, 5, 20)


def test_the_example_person_has_every_kind_of_record(tmp_path: Path, handbook) -> None:  # type: ignore[no-untyped-def]
    folder = make_example(tmp_path / "example", handbook, today=TODAY)
    with Store.open(folder) as store:
        medicines = store.list_medicines()
        assert len(medicines) == 7 and sum(m.current(TODAY) for m in medicines) == 6
        lines = store.list_treatment_lines()
        assert [line.kind for line in lines] == ["tace", "drugs"]
        assert lines[0].stop_reason == "stopped-working" and lines[1].current(TODAY)
        assert len(store.list_contacts()) == 3 and store.urgent_contact().phone_after_hours.startswith(
            "555-0100"
        )  # type: ignore[union-attr]
        visits = store.list_visits()
        assert len(visits) == 3 and next_visit(visits, TODAY).on == TODAY + dt.timedelta(days=7)  # type: ignore[union-attr]
        assert any(q.ask_again for v in visits for q in v.questions)
        results = store.list_lab_results()
        assert results[0].taken_on >= TODAY - dt.timedelta(days=183) and results[-1].taken_on < TODAY
        assert {r.test_id for r in results} == {
            "bilirubin",
            "albumin",
            "inr",
            "platelets",
            "creatinine",
            "sodium",
            "afp",
        }
        liver = store.latest_liver_answers()
        situation = store.get_situation()
        records = handbook.records
        cp, albi = scores_now(records, results, liver)
        # bilirubin 2.1 mg/dL (2) + albumin 3.0 g/dL (2) + INR 1.4 (1) + fluid kept down (2) + confusion
        # kept under control (2) = 9: class B, as the example's "My situation" says.
        assert cp is not None and (cp.shown, cp.band) == ("9", "B") and "child-pugh-b" in situation.tags
        assert albi is not None and albi.band == "2"
        afp = series(records, results, "afp")[0]
        assert max(afp.points, key=lambda p: p.number).on == TODAY - dt.timedelta(
            days=115
        )  # it fell after the drips began
        bilirubin = series(records, results, "bilirubin")
        assert (
            len(bilirubin) == 1 and len(bilirubin[0].points) == 10
        )  # the µmol/L letter joins the mg/dL series
        signs = {s.item.id for s in signs_for(records, medicines, TODAY, lines)}
        assert {"bevacizumab-emergency", "immunotherapy-emergency", "confusion-emergency"} <= signs
        cautions = {c.item.id for c in cautions_for(records, medicines)}
        assert {
            "acetaminophen",
            "bought-medicines",
            "herbs-and-supplements",
            "alcohol",
            "confusion-triggers",
        } <= cautions
        suggested = {s.tag for s in suggested_tags(handbook, lines, situation.tags, TODAY)}
        assert suggested == {"embolization", "targeted-therapy"}  # shown to the person, never applied
        assert all("(example)" in m.note for m in medicines if m.note)


def test_the_diary_is_shown_beside_the_child_pugh_questions_not_used_as_their_answers(
    tmp_path: Path, handbook
) -> None:  # type: ignore[no-untyped-def]
    from liverbook.records.liver_answers import diary_reminders, reminder_line

    folder = make_example(tmp_path / "example", handbook, today=TODAY)
    with Store.open(folder) as store:
        belly, confusion = diary_reminders(store, handbook)
    assert belly is not None and confusion is not None
    assert reminder_line(belly).startswith("Your diary of ") and belly.item == "Swollen belly"
    assert belly.answer == "clearly bigger"  # the diary's own words for its level, not a Child-Pugh answer
    assert confusion.answer in ("yes", "no")
    with Store.open(tmp_path / "empty") as empty:
        assert diary_reminders(empty, handbook) == (None, None)
