"""The one autosave engine, on a fake clock: what a user typing, pausing, losing the disk and quitting
would see. The window drives it with a Qt timer; these tests drive it by hand."""

from __future__ import annotations

import pytest

from liverbook.core.autosave import Autosave, AutosavePolicy, SaveState
from liverbook.store import StoreCorrupt, StoreDiskFull, TextTooLong


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Disk:
    """What ``save`` writes to: the words, and a fault to raise instead when there is one."""

    def __init__(self) -> None:
        self.saved: list[str] = []
        self.typed = ""
        self.fault: Exception | None = None

    def save(self) -> None:
        if self.fault is not None:
            raise self.fault
        self.saved.append(self.typed)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def disk() -> Disk:
    return Disk()


@pytest.fixture
def engine(clock: Clock, disk: Disk) -> Autosave:
    return Autosave(disk.save, clock, AutosavePolicy(delay_s=0.5, retry_s=(2.0, 4.0, 30.0)))


def type_(engine: Autosave, disk: Disk, words: str) -> None:
    disk.typed += words
    engine.edited()


def test_nothing_is_written_while_typing_and_all_of_it_after_a_pause(
    engine: Autosave, disk: Disk, clock: Clock
) -> None:
    for letter in "scan on Monday":
        type_(engine, disk, letter)
        clock.advance(0.2)  # faster than the pause: the save keeps waiting
        engine.poll()
    assert disk.saved == [] and engine.state is SaveState.PENDING and engine.unsaved
    clock.advance(0.3)
    engine.poll()
    assert disk.saved == ["scan on Monday"] and engine.state is SaveState.SAVED and not engine.unsaved
    assert engine.due() is None


def test_the_due_time_follows_the_last_edit(engine: Autosave, disk: Disk, clock: Clock) -> None:
    type_(engine, disk, "a")
    assert engine.due() == pytest.approx(clock.now + 0.5)
    clock.advance(0.4)
    type_(engine, disk, "b")
    assert engine.due() == pytest.approx(clock.now + 0.5)


def test_leaving_the_field_or_quitting_saves_at_once(engine: Autosave, disk: Disk) -> None:
    type_(engine, disk, "before quitting")
    assert engine.flush() is True
    assert disk.saved == ["before quitting"]
    assert engine.flush() is True and disk.saved == ["before quitting"]  # nothing new: nothing written


def test_a_full_disk_keeps_the_words_says_why_and_retries_with_growing_pauses(
    engine: Autosave, disk: Disk, clock: Clock
) -> None:
    changes: list[SaveState] = []
    engine.changed.connect(lambda: changes.append(engine.state))
    disk.fault = StoreDiskFull()
    type_(engine, disk, "important words")
    assert engine.flush() is False
    assert engine.state is SaveState.FAILED and engine.unsaved and engine.retrying
    assert isinstance(engine.error, StoreDiskFull) and "full" in engine.error.user_message
    waits = []
    for _ in range(4):
        waits.append(engine.due() - clock.now)  # type: ignore[operator]
        clock.advance(waits[-1])
        engine.poll()
    assert waits == pytest.approx([2.0, 4.0, 30.0, 30.0])  # backoff, then every 30 s
    assert disk.saved == [] and engine.failures == 5
    disk.fault = None
    clock.advance(engine.due() - clock.now)  # type: ignore[operator]
    engine.poll()
    assert disk.saved == ["important words"] and engine.state is SaveState.SAVED and engine.failures == 0
    assert engine.error is None and not engine.retrying
    assert changes[0] is SaveState.PENDING and changes[-1] is SaveState.SAVED


def test_an_edit_after_a_failure_tries_again_after_the_usual_pause(
    engine: Autosave, disk: Disk, clock: Clock
) -> None:
    disk.fault = StoreDiskFull()
    type_(engine, disk, "one")
    engine.flush()
    disk.fault = None
    type_(engine, disk, " two")
    assert engine.state is SaveState.PENDING and engine.due() == pytest.approx(clock.now + 0.5)
    clock.advance(0.5)
    engine.poll()
    assert disk.saved == ["one two"]


@pytest.mark.parametrize("error", [StoreCorrupt(None, None), TextTooLong("note", 1_000_000)])
def test_what_waiting_cannot_mend_is_not_retried_by_itself(
    engine: Autosave, disk: Disk, clock: Clock, error
) -> None:  # type: ignore[no-untyped-def]
    disk.fault = error
    type_(engine, disk, "words")
    assert engine.flush() is False
    assert engine.state is SaveState.FAILED and engine.due() is None and not engine.retrying
    clock.advance(3600)
    engine.poll()
    assert disk.saved == [] and engine.unsaved  # still kept: the next edit or flush tries again
    disk.fault = None
    assert engine.flush() is True and disk.saved == ["words"]


def test_an_edit_made_while_saving_is_not_marked_saved(clock: Clock) -> None:
    typed: list[str] = []
    engine: Autosave

    def save_that_lets_the_user_type() -> None:
        typed.append("saved")
        if len(typed) == 1:
            engine.edited()  # e.g. a save that processed events

    engine = Autosave(save_that_lets_the_user_type, clock)
    engine.edited()
    assert engine.flush() is False
    assert engine.state is SaveState.PENDING and engine.due() is not None
    assert engine.flush() is True and typed == ["saved", "saved"]


def test_discarding_forgets_the_unsaved_state(engine: Autosave, disk: Disk) -> None:
    type_(engine, disk, "gone with its note")
    engine.discard()
    assert engine.state is SaveState.SAVED and engine.due() is None and engine.flush() is True
    assert disk.saved == []


def test_a_bug_in_save_is_not_taken_for_disk_trouble(engine: Autosave, disk: Disk) -> None:
    disk.fault = ValueError("a bug")
    type_(engine, disk, "x")
    with pytest.raises(ValueError):
        engine.flush()
