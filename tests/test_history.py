"""Back and Forward, as in a web browser (no screen needed)."""

from __future__ import annotations

from liverbook.core.history import History, Place
from liverbook.core.keys import EntryKey

A = Place("stages", EntryKey.page("staging"), scroll=120, cursor=40)
B = Place("stages", EntryKey.page("staging"), scroll=900, cursor=800)  # the same page, at its sources
C = Place("treatments", EntryKey.page("immunotherapy"))


def test_back_returns_to_each_place_left_and_forward_goes_again() -> None:
    history = History()
    assert not history.can_go_back() and history.back(A) is None
    history.leaving(A)  # citation [3] followed: A -> B
    history.leaving(B)  # a page link followed: B -> C
    assert history.back(C) == B and history.back(B) == A
    assert not history.can_go_back() and history.can_go_forward()
    assert history.forward(A) == B and history.forward(B) == C
    assert not history.can_go_forward()


def test_a_new_jump_forgets_what_was_ahead() -> None:
    history = History()
    history.leaving(A)
    assert history.back(C) == A
    history.leaving(A)
    assert not history.can_go_forward()
    assert history.back(B) == A and not history.can_go_back()


def test_history_is_bounded() -> None:
    history = History()
    for n in range(500):
        history.leaving(Place("stages", EntryKey.page(f"p{n}")))
    count = 0
    here = C
    while (place := history.back(here)) is not None:
        here, count = place, count + 1
    assert count == 100 and here.key == EntryKey.page("p400")
