"""Every triage rule of the handbook, at its boundary: it fires there, and not just below.

Each case is (answers now, situation tags, earlier answers as {days before: answers}). Values are in
stored terms: SI units, 0 to 10, a level's position (0 for the first level), 1 for yes. A rule in
content/diary/triage.yaml without cases here fails the last test, so no rule goes untested.
"""

from __future__ import annotations

import datetime as dt

import pytest
from diary_helpers import T0, entry, handbook

from liverbook.diary import units
from liverbook.diary.triage import ListHistory, evaluate

F = units.FAHRENHEIT
Case = tuple[dict[str, float], frozenset[str], dict[float, dict[str, float]]]
NONE: frozenset[str] = frozenset()
IMMUNO = frozenset({"immunotherapy", "stage-4"})
TARGETED = frozenset({"targeted-therapy"})

# rule id -> (cases where it fires, cases where it must not)
CASES: dict[str, tuple[list[Case], list[Case]]] = {
    "gut-bleeding": ([({"black-stools": 1}, NONE, {})], [({"black-stools": 0}, NONE, {})]),
    "bleeding-will-not-stop": ([({"other-bleeding": 2}, NONE, {})], [({"other-bleeding": 1}, NONE, {})]),
    "confusion": ([({"confusion": 1}, NONE, {})], [({"confusion": 0}, NONE, {})]),
    "sudden-yellowing": ([({"yellow-skin": 2}, NONE, {})], [({"yellow-skin": 1}, NONE, {})]),
    "yellowing-with-fever": (
        [
            ({"yellow-skin": 1, "temperature": 38.0}, NONE, {}),
            ({"yellow-skin": 1, "temperature": units.to_si("100.4", F)}, NONE, {}),
        ],
        [
            ({"yellow-skin": 1, "temperature": 37.9}, NONE, {}),
            ({"yellow-skin": 0, "temperature": 39.0}, NONE, {}),
            ({"yellow-skin": 1, "temperature": units.to_si("100.3", F)}, NONE, {}),
        ],
    ),
    "fever-with-swollen-belly": (
        [({"belly-swelling": 1, "temperature": 38.0}, NONE, {})],
        [
            ({"belly-swelling": 1, "temperature": 37.9}, NONE, {}),
            ({"belly-swelling": 0, "temperature": 38.5}, NONE, {}),
        ],
    ),
    "sudden-breathing-trouble": ([({"breathlessness": 3}, NONE, {})], [({"breathlessness": 2}, NONE, {})]),
    "cannot-keep-anything-down": ([({"vomiting": 3}, NONE, {})], [({"vomiting": 2}, NONE, {})]),
    "fever-during-treatment": (
        [
            ({"temperature": 38.0}, IMMUNO, {}),
            ({"temperature": 38.0}, frozenset({"chemotherapy"}), {}),
            ({"temperature": units.to_si("100.4", F)}, IMMUNO, {}),
            ({"temperature": 38.0}, NONE, {}),
        ],  # no treatment said at all: told, to be safe
        [
            ({"temperature": 37.9}, IMMUNO, {}),
            ({"temperature": units.to_si("100.3", F)}, IMMUNO, {}),
            ({"temperature": 38.5}, frozenset({"surgery"}), {}),
        ],  # only surgery: not during drug treatment
    ),
    "slow-yellowing": ([({"yellow-skin": 1}, NONE, {})], [({"yellow-skin": 0}, NONE, {})]),
    "thinking-changes": ([({"thinking-changes": 1}, NONE, {})], [({"thinking-changes": 0}, NONE, {})]),
    "belly-growing-fast": ([({"belly-swelling": 3}, NONE, {})], [({"belly-swelling": 2}, NONE, {})]),
    "one-swollen-leg": ([({"leg-swelling": 2}, NONE, {})], [({"leg-swelling": 1}, NONE, {})]),
    "new-pain": (
        [({"pain": 1}, NONE, {1: {"pain": 0}}), ({"pain": 4}, NONE, {})],  # no earlier answer: new
        [({"pain": 0}, NONE, {1: {"pain": 0}}), ({"pain": 3}, NONE, {1: {"pain": 1}})],
    ),
    "nausea-stops-eating": ([({"nausea": 2}, NONE, {})], [({"nausea": 1}, NONE, {})]),
    "diarrhea-four-or-more": ([({"diarrhea": 4}, NONE, {})], [({"diarrhea": 3}, NONE, {})]),
    "diarrhea-on-immunotherapy": (
        [({"diarrhea": 1}, IMMUNO, {})],
        [({"diarrhea": 0}, IMMUNO, {}), ({"diarrhea": 1}, TARGETED, {})],
    ),
    "rash-on-immunotherapy": (
        [({"rash": 1}, IMMUNO, {2: {"rash": 0}})],
        [({"rash": 1}, IMMUNO, {2: {"rash": 1}}), ({"rash": 1}, NONE, {}), ({"rash": 0}, IMMUNO, {})],
    ),
    "itching-on-immunotherapy": (
        [({"itching": 1}, IMMUNO, {1: {"itching": 0}})],
        [({"itching": 0}, IMMUNO, {}), ({"itching": 2}, IMMUNO, {1: {"itching": 1}})],
    ),
    "cough-on-immunotherapy": (
        [({"cough": 1}, IMMUNO, {1: {"cough": 0}}), ({"cough": 2}, IMMUNO, {1: {"cough": 1}})],  # new, worse
        [({"cough": 1}, IMMUNO, {1: {"cough": 1}}), ({"cough": 0}, IMMUNO, {}), ({"cough": 3}, NONE, {})],
    ),
    "very-tired-on-immunotherapy": (
        [({"tiredness": 3}, IMMUNO, {})],
        [({"tiredness": 2}, IMMUNO, {}), ({"tiredness": 4}, NONE, {})],
    ),
    "sore-hands-feet-on-targeted-therapy": (
        [({"sore-hands-feet": 1}, TARGETED, {3: {"sore-hands-feet": 0}})],
        [
            ({"sore-hands-feet": 0}, TARGETED, {}),
            ({"sore-hands-feet": 2}, NONE, {}),
            ({"sore-hands-feet": 2}, TARGETED, {3: {"sore-hands-feet": 2}}),
        ],
    ),
    "small-bleeding": ([({"other-bleeding": 1}, NONE, {})], [({"other-bleeding": 0}, NONE, {})]),
    "low-mood-two-weeks": (
        [
            ({"low-mood": 3}, NONE, {d: {"low-mood": 3} for d in (14, 10, 7, 3, 1)}),
            ({"low-mood": 4}, NONE, {d: {"low-mood": 3} for d in (20, 14, 7)}),
        ],
        [
            ({"low-mood": 3}, NONE, {d: {"low-mood": 3} for d in (13, 7, 1)}),  # only 13 days so far
            (
                {"low-mood": 3},
                NONE,
                {14: {"low-mood": 3}, 7: {"low-mood": 2}, 1: {"low-mood": 3}},
            ),  # one day less often
            ({"low-mood": 2}, NONE, {d: {"low-mood": 3} for d in (14, 7, 1)}),
        ],
    ),
}


def fired(case: Case) -> set[str]:
    values, tags, earlier = case
    history = ListHistory(
        entry(n + 1, T0 - dt.timedelta(days=days), answers)
        for n, (days, answers) in enumerate(earlier.items())
    )
    return {rule.id for rule in evaluate(handbook().triage_rules, values, T0, tags, history)}


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_fires_at_its_boundary(rule_id: str) -> None:
    for case in CASES[rule_id][0]:
        assert rule_id in fired(case), case


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_does_not_fire_just_below(rule_id: str) -> None:
    for case in CASES[rule_id][1]:
        assert rule_id not in fired(case), case


def test_every_rule_in_the_handbook_is_tested_here() -> None:
    assert sorted(rule.id for rule in handbook().triage_rules) == sorted(CASES)


def test_an_empty_check_in_fires_nothing() -> None:
    assert fired(({}, IMMUNO, {})) == set()
    assert (
        fired(
            (
                {name: 0.0 for name in ("pain", "confusion", "black-stools", "temperature")}
                | {"temperature": 36.8},
                IMMUNO,
                {1: {"pain": 0}},
            )
        )
        == set()
    )


def test_go_now_comes_first_when_several_rules_fire() -> None:
    rules = evaluate(
        handbook().triage_rules, {"confusion": 1, "thinking-changes": 1, "other-bleeding": 1}, T0, NONE
    )
    assert [r.level for r in rules] == ["go-now", "call-today", "next-visit"]
