"""Fixtures for the diary tests: the real handbook, an open store, a clock that tests move."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from diary_helpers import MovableClock, handbook

from liverbook.content import Handbook
from liverbook.store import Store


@pytest.fixture
def book() -> Handbook:
    return handbook()


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(dt.datetime(2026, 5, 12, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))))


@pytest.fixture
def store(tmp_path: Path, clock: MovableClock) -> Iterator[Store]:
    with Store.open(tmp_path / "data", clock=clock) as opened:
        yield opened
