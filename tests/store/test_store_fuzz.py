"""320 seeded random damages of a notes file: never a crash, never private text on stderr, every readable row back.

The harness is bench/fuzz_damage.py (3,000 rounds there); this runs 320 of them with a fixed seed,
each through the app's real start-up path (``open_store``) and ``--export-data`` in this process,
and every 64th through the real command line in a process of its own. Among the damages: the
notes table's root page (the new-user trial's case) and interior pages, which hide every row
beneath them from SQL; the rescue reads those rows from the pages themselves.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "fuzz_damage.py"


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("liverbook_fuzz_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_random_damage_never_crashes_and_every_readable_note_comes_back(tmp_path: Path) -> None:
    figures = _bench().run(rounds=320, seed=20261203, cli_every=64, folder=tmp_path)
    print("\n" + figures.summary())
    assert figures.problems == []
    assert figures.rounds == 320 and set(figures.kinds) == {
        "bit", "text-bit", "bytes", "truncate", "zero-page", "random-page", "root", "interior"
    }  # fmt: skip
    assert figures.crashes == 0 and figures.stderr_dirty == 0
    assert figures.offered == figures.recoverable and figures.exported == figures.recoverable
    assert figures.invented == 0, "a note was offered that the file never held"
    rescued = figures.rescued_whole + figures.rescued_damaged
    assert rescued >= figures.recoverable + figures.present // 10, "the pages gave back too little beyond SQL"
    for kind in ("root", "interior"):
        present, by_sql, by_pages = figures.by_kind[kind]
        assert by_pages == present > by_sql, f"{kind}: {by_pages} of {present} notes rescued"
    assert figures.judged_damaged >= 150, "too few damages were found for the test to mean anything"
    assert figures.cli_runs == 5
