"""The table rows of bench/stalls.py's figures (``bench/run.py``): each action's longest stall and its bare-Qt baseline."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import Any

# (key, baseline key, what the row says); every stall's target is 16 ms (one frame at 60 Hz).
STALLS = (
    ("later", "later_base", "Stall: after start (row check, backup, index), large store"),
    ("tab_first", "tab_first_base", "Stall: switching to a tab the first time (built then)"),
    ("tab_again", "tab_again_base", "Stall: switching tabs again"),
    ("note", "typing_base", "Stall: typing a note (saves at each pause), large store"),
    ("answer", "typing_base", "Stall: typing an answer in My questions"),
    ("checkin", "checkin_base", "Stall: saving a diary check-in (21 answers), 5 years"),
    ("chart", "chart_base", "Stall: a 5-year chart shown (read and drawn aside)"),
)


def stall_rows(runs: list[dict[str, float]], pair: Callable[..., Any]) -> list[Any]:
    """One row per action measured in ``runs`` (bench/stalls.py's figures), made by bench/run.py's ``pair``."""
    rows = []
    for key, base, what in STALLS:
        if runs and key in runs[0]:
            rows.append(
                pair(
                    what,
                    [r[key] for r in runs],
                    [r[base] for r in runs],
                    "<= 16 ms",
                    lambda a, r: a <= 16.0,
                )
            )
    if runs and "later_ms" in runs[0]:
        took = statistics.median(r["later_ms"] for r in runs)
        rows[0].what += f" ({took / 1000:.1f} s)"
    return rows
