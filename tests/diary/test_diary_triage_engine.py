"""The triage engine's semantics, with rules made in code: what each part of the condition language means."""

from __future__ import annotations

import datetime as dt

import pytest
from diary_helpers import T0, entry

from liverbook.content.diary_model import AllOf, AnyOf, ItemTest, Not, SituationTest, TriageRule
from liverbook.diary.triage import ListHistory, NoHistory, alerts_for, evaluate, items_tested
from liverbook.store import Store
from liverbook.store.diary_model import Answer, NewEntry

DAY = dt.timedelta(days=1)


def rule(when: object, level: str = "call-today", rule_id: str = "r") -> TriageRule:
    return TriageRule(rule_id, level, when, "reason", "when-to-call", ("src",), dt.date(2026, 12, 3))  # type: ignore[arg-type]


def fires(
    when: object, values: dict[str, float | None], tags: frozenset[str] = frozenset(), history: object = None
) -> bool:
    return bool(evaluate([rule(when)], values, T0, tags, history))  # type: ignore[arg-type]


def test_an_unanswered_item_never_passes_and_not_of_it_does() -> None:
    test = ItemTest("pain", at_least=0.0)
    assert not fires(test, {})
    assert not fires(test, {"pain": None})
    assert fires(Not(test), {})
    assert fires(test, {"pain": 0.0})


def test_comparisons_allow_for_float_rounding_only() -> None:
    assert fires(ItemTest("temperature", at_least=38.0), {"temperature": 38.0 - 1e-12})
    assert not fires(ItemTest("temperature", at_least=38.0), {"temperature": 37.99})
    assert fires(ItemTest("weight", at_most=50.0), {"weight": 50.0 + 1e-12})
    assert fires(ItemTest("yellow", equals=2.0), {"yellow": 2.0}) and not fires(
        ItemTest("yellow", equals=2.0), {"yellow": 1.0}
    )


def test_situation_all_any_and_not() -> None:
    on = SituationTest(("immunotherapy", "chemotherapy"))
    assert fires(on, {}, frozenset({"chemotherapy"})) and not fires(on, {}, frozenset({"surgery"}))
    both = AllOf((ItemTest("a", at_least=1.0), on))
    assert fires(both, {"a": 1.0}, frozenset({"immunotherapy"})) and not fires(both, {"a": 1.0})
    either = AnyOf((ItemTest("a", at_least=1.0), ItemTest("b", at_least=1.0)))
    assert fires(either, {"b": 5.0}) and not fires(either, {"a": 0.0, "b": 0.0})


def test_since_last_compares_with_the_previous_answer_only() -> None:
    history = ListHistory(
        [
            entry(1, T0 - 9 * DAY, {"cough": 0}),
            entry(2, T0 - 2 * DAY, {"cough": 2}),
            entry(3, T0 - DAY, {"pain": 5}),
        ]
    )
    new = ItemTest("cough", at_least=1.0, since_last="new")
    worse = ItemTest("cough", at_least=1.0, since_last="worse")
    either = ItemTest("cough", at_least=1.0, since_last="new-or-worse")
    assert not fires(new, {"cough": 3.0}, history=history)  # 2 days ago it already passed
    assert fires(worse, {"cough": 3.0}, history=history) and not fires(worse, {"cough": 2.0}, history=history)
    assert fires(either, {"cough": 3.0}, history=history)
    assert fires(new, {"cough": 1.0}, history=NoHistory())  # nothing earlier: new, to be safe


def test_rise_by_within_days_uses_the_lowest_answer_of_the_window() -> None:
    test = ItemTest("weight", rise_by=2.0, within_days=3)
    history = ListHistory(
        [
            entry(1, T0 - 4 * DAY, {"weight": 60.0}),
            entry(2, T0 - 3 * DAY, {"weight": 70.0}),
            entry(3, T0 - DAY, {"weight": 71.0}),
        ]
    )
    assert fires(test, {"weight": 72.0}, history=history)  # 72 - 70 (exactly 3 days ago counts)
    assert not fires(test, {"weight": 71.9}, history=history)
    assert not fires(test, {"weight": 90.0}, history=NoHistory())  # no earlier weight: no rise known


def test_for_days_needs_the_whole_run_to_pass() -> None:
    test = ItemTest("mood", at_least=3.0, for_days=14)
    run = [entry(n, T0 - d * DAY, {"mood": 3}) for n, d in enumerate((14, 9, 2), 1)]
    assert fires(test, {"mood": 3.0}, history=ListHistory(run))
    assert not fires(test, {"mood": 3.0}, history=ListHistory(run[1:]))  # started 9 days ago
    broken = [*run, entry(9, T0 - 5 * DAY, {"mood": None})]
    assert fires(
        test, {"mood": 3.0}, history=ListHistory(broken)
    )  # an entry that did not answer it is no break
    lower = [*run, entry(9, T0 - 5 * DAY, {"mood": 1})]
    assert not fires(test, {"mood": 3.0}, history=ListHistory(lower))


def test_the_entry_being_edited_is_not_its_own_history() -> None:
    entries = [entry(1, T0 - DAY, {"rash": 0}), entry(2, T0, {"rash": 1})]
    new_rash = ItemTest("rash", equals=1.0, since_last="new")
    assert fires(new_rash, {"rash": 1.0}, history=ListHistory(entries, exclude_entry=2))


def test_results_are_most_urgent_first_and_recorded_with_their_version() -> None:
    rules = [
        rule(ItemTest("a", at_least=0.0), "next-visit", "later"),
        rule(ItemTest("a", at_least=0.0), "go-now", "now"),
    ]
    met = evaluate(rules, {"a": 1.0}, T0, frozenset())
    assert [r.id for r in met] == ["now", "later"]
    assert [(a.rule_id, a.level, a.content_version, a.app_version) for a in alerts_for(met, "9.9")] == [
        ("now", "go-now", "2026-12-03", "9.9"),
        ("later", "next-visit", "2026-12-03", "9.9"),
    ]
    assert items_tested(AllOf((ItemTest("a"), Not(ItemTest("b")), SituationTest(("x",))))) == {"a", "b"}


def test_a_naive_moment_is_a_bug() -> None:
    with pytest.raises(ValueError):
        evaluate([], {}, T0.replace(tzinfo=None), frozenset())


def test_store_history_sees_what_list_history_sees(store: Store) -> None:
    from liverbook.diary.service import StoreHistory

    made = []
    for _n, (days, value) in enumerate(((10, 1.0), (3, 2.0), (1, 4.0))):
        at = T0 - days * DAY
        made.append(
            store.add_entry(NewEntry(at.replace(tzinfo=None), at, "patient", (Answer("pain", value),)))
        )
    mine, theirs = (
        StoreHistory(store, exclude_entry=made[-1].id),
        ListHistory(made, exclude_entry=made[-1].id),
    )
    for start in (T0 - 11 * DAY, T0 - 3 * DAY, T0 - DAY):
        assert [p.value for p in mine.answers("pain", start, T0)] == [
            p.value for p in theirs.answers("pain", start, T0)
        ]
    assert mine.last_before("pain", T0).value == theirs.last_before("pain", T0).value == 2.0  # type: ignore[union-attr]
    assert StoreHistory(store).last_before("pain", T0).value == 4.0  # type: ignore[union-attr]
