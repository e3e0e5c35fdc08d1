"""SIGKILL the recovery of a damaged notes file 24 times: each kill leaves the damage pending or the recovery done.

The harness is bench/kill_recovery.py (200 kills there). Half the kills land at a chosen step of the
file-system work (each rename, delete, fsync and file opening, just before and just after it), half
at a random moment. After each, a start must either report the damage again, offering the same
rescued notes, or find the recovery complete; and finishing it must give exactly the notes an
uninterrupted recovery gives. Never an empty store without a word; the damaged file always kept.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "kill_recovery.py"


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("liverbook_kill_recovery_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kills_during_recovery_leave_the_old_state_or_the_new(tmp_path: Path) -> None:
    figures = _bench().run(kills=24, seed=11, folder=tmp_path)
    print("\n" + figures.summary())
    assert figures.problems == []
    assert figures.kills == 24 and figures.at_a_step >= 10
    assert figures.found_pending >= 5 and figures.found_recovered >= 3
