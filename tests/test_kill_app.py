"""The short version of bench/kill_test.py: SIGKILL the real notes pane while it autosaves, 20 times.

Each writer is the app's notes pane on the offscreen platform, started as the app starts (lock,
``open_store``), typed into with key events, saving through its own debounce timer. After each kill
the store must open without damage, pass ``PRAGMA integrity_check``, and hold every note whose save
the pane had reported. The 200-kill run, and the store-only mode, are ``python bench/kill_test.py``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "kill_test.py"


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("liverbook_kill_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_twenty_kills_of_the_autosaving_notes_pane(tmp_path: Path) -> None:
    figures = _bench().run(mode="app", kills=20, workers=2, seed=8, max_life=1.5, folder=tmp_path)
    print("\n" + figures.summary())
    assert figures.problems == []
    assert figures.kills == 20 and figures.kills_after_open >= 15
    assert figures.acks >= 3, "too few saves were acknowledged for the test to mean anything"
    assert figures.lost == 0 and figures.integrity_failures == 0 and figures.damaged_reports == 0
