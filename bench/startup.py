"""Start-up to first paint, against the bare window, in the same runs (``bench/run.py``'s "start" rows).

Each start is a new process, timed from just before it is spawned to the first paint of the page
text (the app's ``--exit-after-paint`` and ``bench/baseline_window.py`` both print that moment on
the monotonic clock), and its peak RSS (``bench/launch.py``). The scenarios:

* ``existing``: the headline. An existing data folder with an empty store, started once before the
  runs (as every start after the first is): the fair figure for a person opening the app.
* ``first``: a new data folder at every start (the very first start: the store is created).
* ``large``: an existing folder with the large store (``bench/large_store.py``: 10,000 notes, five
  years of daily diary, 200 lab results, 50 medicines and visits).
* ``huge``: an existing folder with 100,000 notes.

In every run each scenario's start is followed by a start of the bare window, so each ratio is
taken from two starts made one after the other, and the runs go round the scenarios in turn
(existing, bare, first, bare, large, bare...): load on the machine falls on all of them alike.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DESKTOP = ROOT / "desktop"

PAINTED = re.compile(r"first page painted at monotonic ([0-9.]+)(?: cpu ([0-9.]+))?")
LAUNCHED = re.compile(r"launched at monotonic ([0-9.]+) exit (-?[0-9]+) maxrss_kb ([0-9]+)")

SCENARIOS = ("existing", "first", "large", "huge")
TITLES = {
    "existing": "Start to first paint, existing data folder (empty store)",
    "first": "Start to first paint, first run (new data folder)",
    "large": "Start to first paint, large store",
    "huge": "Start to first paint, 100,000 notes",
}
TARGETS = {"existing": 1.3, "first": 1.5, "large": 1.35, "huge": 1.5}
RSS_TARGETS = {"large": 1.3}


@dataclass
class Started:
    paint_ms: float  # process start to the first paint of the page text
    wall_ms: float  # process start to its end (quitting included)
    rss_kb: int  # peak resident set size of the process (wait4's ru_maxrss)
    cpu_ms: float = float("nan")  # processor time the process had used by its first paint (all threads)


def baseline_spec(folder: Path) -> Path:
    """What the bare window shows: the app's first page as HTML, its style sheet, fonts, tabs, size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from liverbook import paths
    from liverbook.content import TABS, load_handbook
    from liverbook.render import page_html
    from liverbook.ui.app import BASE_POINT_SIZE
    from liverbook.ui.appearance import themes
    from liverbook.ui.views.entries import GLOSSARY, MY_HANDBOOK

    book = load_handbook(paths.content_dir())
    first = book.pages_in_tab(TABS[0][0])[0]
    spec = {
        "html": page_html(book, first),
        "css": themes.reading_stylesheet(themes.THEMES[themes.LIGHT]),
        "fonts": [str(p) for p in sorted(paths.resource("fonts").glob("*.ttf"))],
        "tabs": [title for _, title in (*TABS, MY_HANDBOOK, GLOSSARY)],
        "point_size": BASE_POINT_SIZE,
        "width": 1200,
        "height": 780,
    }
    path = folder / "baseline-spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def start_once(command: Sequence[str], env: dict[str, str]) -> Started:
    """Start ``command`` (through bench/launch.py, so that its peak RSS is its own), wait for it, and read
    when it painted (from its output) and its peak RSS."""
    with tempfile.TemporaryFile() as out:
        launcher = [sys.executable, str(BENCH / "launch.py"), *command]
        process = subprocess.Popen(launcher, stdout=out, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        process.wait()
        end = time.monotonic()
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    found = PAINTED.search(text)
    launched = LAUNCHED.search(text)
    if process.returncode != 0 or found is None or launched is None:
        raise RuntimeError(f"{' '.join(command)} failed (exit {process.returncode}): {text[-500:]}")
    begin = float(launched.group(1))
    cpu = float(found.group(2)) * 1000 if found.group(2) else float("nan")
    return Started((float(found.group(1)) - begin) * 1000, (end - begin) * 1000, int(launched.group(3)), cpu)


def _fill(data: Path, scenario: str, env: dict[str, str], large_notes: int, huge_notes: int) -> None:
    """Fill ``data`` for ``scenario`` in a child process (this one stays small: see bench/launch.py)."""
    if scenario == "large":
        call = (
            f"from large_store import make_large_store; make_large_store(Path({str(data)!r}), {large_notes})"
        )
    else:
        call = f"from bench_common import make_store; make_store(Path({str(data)!r}), {huge_notes})"
    where = [str(BENCH), env.get("LIVERBOOK_BENCH_CODE") or str(DESKTOP)]
    code = f"import sys; sys.path[:0] = {where!r}; from pathlib import Path; {call}"
    subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True)


def _app_command(data: Path) -> list[str]:
    return [sys.executable, "-m", "liverbook", "--exit-after-paint", "--data-dir", str(data)]


def prepare(
    scenario: str, work: Path, env: dict[str, str], large_notes: int = 10_000, huge_notes: int = 100_000
) -> Callable[[], list[str]]:
    """The command that starts the app in ``scenario`` (a new one for each start), its folder made."""
    if scenario == "first":

        def fresh() -> list[str]:
            return _app_command(Path(tempfile.mkdtemp(prefix="data-", dir=work)))

        return fresh
    data = work / f"data-{scenario}"
    data.mkdir()
    if scenario in ("large", "huge"):
        _fill(data, scenario, env, large_notes, huge_notes)
    command = _app_command(data)
    start_once(command, env)  # the first start of the day on this folder (its daily backup, if any)
    return lambda: command


def measure_starts(
    runs: int,
    env: dict[str, str],
    work: Path,
    scenarios: Sequence[str] = SCENARIOS,
    large_notes: int = 10_000,
    huge_notes: int = 100_000,
    log: Callable[[str], None] = print,
) -> dict[str, dict[str, list[float]]]:
    """Per scenario: ``app_paint``, ``base_paint``, ``app_wall``, ``base_wall``, ``app_cpu``, ``base_cpu``
    (ms), ``app_rss``, ``base_rss`` (MB)."""
    spec = baseline_spec(work)
    base_cmd = [sys.executable, str(BENCH / "baseline_window.py"), str(spec)]
    commands = {}
    for scenario in scenarios:
        log(f"  preparing {scenario}...")
        commands[scenario] = prepare(scenario, work, env, large_notes, huge_notes)
    start_once(commands[scenarios[0]](), env)  # warm-up (not counted): files in the page cache
    start_once(base_cmd, env)
    keys = ("app_paint", "base_paint", "app_wall", "base_wall", "app_rss", "base_rss", "app_cpu", "base_cpu")
    out: dict[str, dict[str, list[float]]] = {s: {k: [] for k in keys} for s in scenarios}
    for n in range(runs):
        for scenario in scenarios:
            app = start_once(commands[scenario](), env)
            base = start_once(base_cmd, env)
            got = out[scenario]
            for who, started in (("app", app), ("base", base)):
                got[f"{who}_paint"].append(started.paint_ms)
                got[f"{who}_wall"].append(started.wall_ms)
                got[f"{who}_rss"].append(started.rss_kb / 1024)
                got[f"{who}_cpu"].append(started.cpu_ms)
            log(
                f"  run {n + 1}/{runs} {scenario}: app {app.paint_ms:.0f} ms {app.rss_kb / 1024:.0f} MB, "
                f"bare {base.paint_ms:.0f} ms {base.rss_kb / 1024:.0f} MB"
            )
    return out
