"""The handbook's benchmarks against bare-Qt baselines, measured in the same run: ``python bench/run.py``.

Prints one table. Each figure is the median over ``--runs`` runs (7 by default) in which the app and
its baseline take turns (app, baseline, app, baseline...); the ratio is the median of the ratios of
the two in each run. Needs only Python, the app's own dependencies (the README's install) and, for
``--xcb``, Xvfb. What each row measures, and why its baseline is fair: docs/performance.md.

    python bench/run.py              # everything, 7 runs
    python bench/run.py --quick      # 3 runs and shorter typing: a quick look, not the figures to quote
    python bench/run.py --only start,pdf --runs 11
    python bench/run.py --only start --scenarios existing,large
    python bench/run.py --code ../other-checkout/desktop   # the same bench on other code (before a change)
    python bench/run.py --xcb        # a real X11 window on a virtual screen (xvfb-run), not offscreen

The headline is the first row: start-up to the first paint of an existing data folder (every start
after the first), installed-like (compiled bytecode), against a bare 6-tab QTextBrowser window
started in the same runs (bench/startup.py has every start-up scenario). The machine's load average
is printed with the table: on a shared machine, compare ratios, not milliseconds.

Qt runs on the offscreen platform (``QT_QPA_PLATFORM=offscreen``) unless ``--xcb`` is given. Child
processes run the checkout's code (``desktop/`` first on ``PYTHONPATH``) from compiled bytecode, as an
installed app does (pip compiles it at install; ``PYTHONDONTWRITEBYTECODE`` is dropped for them).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import statistics
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
if str(DESKTOP) not in sys.path:
    sys.path.insert(0, str(DESKTOP))
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from bench_common import percentile  # noqa: E402 - after the path is set
from stall_rows import stall_rows  # noqa: E402
from startup import (  # noqa: E402
    RSS_TARGETS,
    SCENARIOS,
    TARGETS,
    TITLES,
    Started as Started,
    baseline_spec as baseline_spec,
    measure_starts,
    start_once as start_once,
)

TASKS = (
    "start",
    "stalls",
    "search",
    "search100k",
    "pdf",
    "autosave",
    "typing",
    "load",
    "diary",
    "diarytab",
    "report",
)
_RERUN = "LIVERBOOK_BENCH_UNDER_XVFB"
CODE_ENV = "LIVERBOOK_BENCH_CODE"  # --code: the folder whose liverbook package the children run


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- the environment ---------------------------------------------------------------------------------


def code_dir() -> Path:
    """The folder holding the ``liverbook`` package the measured processes run (``--code``; default ``desktop/``)."""
    return Path(os.environ.get(CODE_ENV) or DESKTOP)


def child_env(platform_name: str, cache: Path | None = None) -> dict[str, str]:
    """The environment of every measured process: the app's code, compiled, on ``platform_name``.

    ``PYTHONDONTWRITEBYTECODE`` is dropped: with it, a process started from a checkout compiles every
    module of the app again at each start (about 35 ms here), which an installed app never does (pip
    writes the bytecode at install). ``cache``: the user's cache folder (``XDG_CACHE_HOME``), so the
    content cache the bench's starts write is the bench's own, not the person's running it.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    code = code_dir()
    env["PYTHONPATH"] = os.pathsep.join([str(code), *filter(None, [env.get("PYTHONPATH")])])
    env[CODE_ENV] = str(code)
    env["QT_QPA_PLATFORM"] = platform_name
    if cache is not None:
        env["XDG_CACHE_HOME"] = str(cache)
    env.pop("LIVERBOOK_CONTENT_DIR", None)
    env.pop("LIVERBOOK_DATA_DIR", None)
    return env


def compile_sources() -> None:
    """Bytecode for the app and the bench, as an installed app has (quietly; harmless if present)."""
    for folder in (code_dir() / "liverbook", BENCH):
        compileall.compile_dir(str(folder), quiet=2, force=False)


def load_average() -> str:
    """The machine's load average over 1, 5 and 15 minutes (how busy it was while measuring)."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def machine(platform_name: str) -> dict[str, str]:
    """CPU, cores, OS, Python, Qt and PySide6 versions, and the Qt platform plugin."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6
    from PySide6 import QtCore

    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "qt": QtCore.qVersion(),
        "pyside6": PySide6.__version__,
        "platform": platform_name,
    }


# -- the in-process measurements (bench/measures.py in a child process) --------------------------------


def worker(task: str, runs: int, notes: int, chars: int, env: dict[str, str]) -> dict[str, object]:
    command = [
        sys.executable,
        str(BENCH / "measures.py"),
        task,
        "--runs",
        str(runs),
        "--notes",
        str(notes),
        "--chars",
        str(chars),
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise RuntimeError(
            f"bench/measures.py {task} failed (exit {result.returncode}):\n{result.stderr[-3000:]}"
        )
    return json.loads(result.stdout.strip().splitlines()[-1])


# -- the table ------------------------------------------------------------------------------------------


@dataclass
class Row:
    what: str
    app: float
    base: float | None
    ratio: float | None
    target: str = ""
    met: bool | None = None
    unit: str = "ms"


def med(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def ratios(app: list[float], base: list[float]) -> float:
    return med([a / b for a, b in zip(app, base, strict=True) if b > 0])


def pair(
    what: str,
    app: list[float],
    base: list[float],
    target: str = "",
    check: Callable[[float, float], bool] | None = None,
    unit: str = "ms",
) -> Row:
    a, b, r = med(app), med(base), ratios(app, base)
    return Row(what, a, b, r, target, None if check is None else check(a, r), unit)


def rows_for(results: dict[str, dict[str, object]], notes: int) -> list[Row]:
    rows: list[Row] = []
    if "start" in results:
        for scenario, s in results["start"].items():  # type: ignore[assignment]
            limit = TARGETS.get(scenario)
            rows.append(
                pair(
                    TITLES[scenario],
                    s["app_paint"],
                    s["base_paint"],
                    f"<= {limit}x" if limit else "",
                    (lambda a, r, limit=limit: r <= limit) if limit else None,
                )
            )
            if scenario == "existing":
                rows.append(pair("  same, until the process has exited", s["app_wall"], s["base_wall"]))
            if s.get("app_cpu"):
                rows.append(pair("  processor time to first paint", s["app_cpu"], s["base_cpu"]))
            rss = RSS_TARGETS.get(scenario)
            rows.append(
                pair(
                    "  peak RSS",
                    s["app_rss"],
                    s["base_rss"],
                    f"<= {rss}x" if rss else "",
                    (lambda a, r, rss=rss: r <= rss) if rss else None,
                    unit="MB",
                )
            )
    if "stalls" in results:
        rows += stall_rows(results["stalls"]["runs"], pair)  # type: ignore[arg-type]
    if "search100k" in results and "search" in results:
        for q, name in ((0.5, "p50"), (0.95, "p95")):
            big = [percentile(run["app"], q) for run in results["search100k"]["runs"]]
            small = [percentile(run["app"], q) for run in results["search"]["runs"]]
            rows.append(
                pair(
                    f"Search, per keystroke {name}, 100,000 notes vs 10,000",
                    big,
                    small,
                    "<= 1.25x (flat)" if name == "p95" else "",
                    (lambda a, r: r <= 1.25) if name == "p95" else None,
                )
            )
    if "search" in results:
        runs = results["search"]["runs"]
        for q, name in ((0.5, "p50"), (0.95, "p95")):
            app = [percentile(run["app"], q) for run in runs]
            base = [percentile(run["base"], q) for run in runs]
            check = (lambda a, r: r <= 1.0) if name == "p95" else None
            rows.append(
                pair(
                    f"Search, per keystroke {name} ({notes:,} notes)",
                    app,
                    base,
                    "<= 1.0x (naive)" if name == "p95" else "",
                    check,
                )
            )
        first: list[dict[str, float]] = results["search"]["first_keystroke"]  # type: ignore[assignment]
        stall = med([f["idle_stall"] for f in first])
        rows.append(
            Row("  first keystroke, once the index is built", med([f["first"] for f in first]), None, None)
        )
        rows.append(
            Row(
                "  longest UI stall while the index builds (background)",
                stall,
                None,
                None,
                "<= 16 ms",
                stall <= 16.0,
            )
        )
        rows.append(
            Row(
                "    of which on the window's thread (the worker reads the notes)",
                med([f["list_notes"] for f in first]),
                None,
                None,
            )
        )
        rows.append(
            Row(
                "  index built in the foreground (a search before it is ready)",
                med([f["foreground"] for f in first]),
                None,
                None,
            )
        )
    if "pdf" in results:
        runs = results["pdf"]["runs"]
        pages = int(runs[0]["pages"])
        rows.append(
            pair(
                f"Summary PDF, full, {pages} pages",
                [r["app"] for r in runs],
                [r["base"] for r in runs],
                "<= 150 ms and <= 1.5x",
                lambda a, r: a <= 150 and r <= 1.5,
            )
        )
    if "autosave" in results:
        runs = results["autosave"]["runs"]
        for key, name in (("typical", f"a note among {notes:,}"), ("big", "a 1 MB note")):
            rows.append(
                pair(
                    f"Autosave: Store.update_note, {name}",
                    [r[f"store_{key}"] for r in runs],
                    [r[f"base_{key}"] for r in runs],
                )
            )
            rows.append(
                pair(
                    f"Autosave: NotesPane.flush, {name}",
                    [r[f"flush_{key}"] for r in runs],
                    [r[f"base_{key}"] for r in runs],
                )
            )
    if "typing" in results:
        runs = results["typing"]["runs"]
        for key, name in (("new", "a new note"), ("typical", "a note among them"), ("big", "the 1 MB note")):
            rows.append(
                pair(
                    f"Longest UI stall typing, {name}",
                    [r[key]["app"] for r in runs],
                    [r[key]["base"] for r in runs],
                    "<= 16 ms",
                    lambda a, r: a <= 16.0,
                )
            )
    if "load" in results:
        runs = results["load"]["runs"]
        for key, name in (("c", "C YAML parser"), ("pure", "pure-Python YAML")):
            rows.append(
                pair(f"Content load, {name}", [r[key]["app"] for r in runs], [r[key]["base"] for r in runs])
            )
        if "cached" in runs[0]["c"]:
            rows.append(
                pair(
                    "Content load at start, from the content cache",
                    [r["c"]["cached"] for r in runs],
                    [r["c"]["base"] for r in runs],
                )
            )
    if "diary" in results:
        runs = results["diary"]["runs"]
        for key, what in (("open", "Store.open + first screen"), ("reads", "first screen, store open")):
            rows.append(
                pair(
                    f"Diary: {what}, 5 years vs 3 months daily",
                    [r[f"{key}_full"] for r in runs],
                    [r[f"{key}_recent"] for r in runs],
                    "<= 1.25x" if key == "reads" else "",
                    (lambda a, r: r <= 1.25) if key == "reads" else None,
                )
            )
            rows.append(
                pair(
                    f"Diary: {what}, 5 years vs no diary",
                    [r[f"{key}_full"] for r in runs],
                    [r[f"{key}_empty"] for r in runs],
                )
            )
        rows.append(
            pair(
                "Diary check-in: judged + saved (21 answers), 5 years",
                [r["save"] for r in runs],
                [r["save_base"] for r in runs],
                "<= 16 ms",
                lambda a, r: a <= 16.0,
            )
        )
    if "diarytab" in results:
        runs = results["diarytab"]["runs"]
        tab = [r["tab_full"] for r in runs]
        rows.append(
            pair("Diary tab shown, its 3 pages painted: 5 years daily", tab, [r["tab_base"] for r in runs])
        )
        rows.append(
            pair(
                "Diary tab shown, its 3 pages painted: no diary",
                [r["tab_empty"] for r in runs],
                [r["tab_base2"] for r in runs],
            )
        )
        rows.append(
            pair(
                "Diary tab: 5 years vs 3 months daily",
                tab,
                [r["tab_recent"] for r in runs],
                "<= 1.25x",
                lambda a, r: r <= 1.25,
            )
        )
        rows.append(pair("Diary tab: 5 years vs no diary", tab, [r["tab_empty"] for r in runs]))
        rows.append(
            pair(
                "Check-in Done on the window's thread (21 answers, 5 years)",
                [r["save"] for r in runs],
                [r["save_base"] for r in runs],
                "<= 100 ms",
                lambda a, r: a <= 100.0,
            )
        )
    if "report" in results:
        runs = results["report"]["runs"]
        pages = int(runs[0]["pages"])
        rows.append(
            pair(
                f"Visit report PDF: 2 years of diary + {notes:,} notes, {pages:,} pages",
                [r["app"] for r in runs],
                [r["base"] for r in runs],
                "<= 1.0x",
                lambda a, r: r <= 1.0,
            )
        )
        rows.append(
            Row(
                "  of which reading the store and building the HTML",
                med([r["built"] for r in runs]),
                None,
                None,
            )
        )
    return rows


BASELINES = {
    "Start": "bare QMainWindow, 6 QTextBrowser tabs, same page",
    "  peak RSS": "the bare window, same runs",
    "  processor": "the bare window, same runs",
    "Search, per keystroke p50, 100": "the same searches with 10,000 notes",
    "Search, per keystroke p95, 100": "the same searches with 10,000 notes",
    "Search": "QLineEdit + naive substring scan",
    "Stall": "the same in bare Qt (see bench/stalls.py)",
    "  first": "",
    "Summary": "QTextDocument.print_ to QPdfWriter",
    "Autosave": "plain sqlite3 UPDATE, same settings",
    "Longest": "bare QPlainTextEdit, same keys",
    "Content": "yaml.load of the same files",
    "Diary:": "the same code, fewer years (or none)",
    "Diary tab shown": "bare QTabWidget + QLabel, QListView of 50, QWidget",
    "Diary tab:": "the same window, fewer years (or none)",
    "Check-in Done": "bare QDialog + plain sqlite3 INSERTs",
    "Diary check-in": "plain sqlite3 INSERTs, same settings",
    "Visit report": "QTextDocument.print_ of the same HTML to QPdfWriter",
}


def baseline_name(what: str) -> str:
    for prefix, name in BASELINES.items():
        if what.startswith(prefix):
            return name
    return ""


def format_table(rows: list[Row]) -> str:
    def num(value: float | None, unit: str) -> str:
        if value is None:
            return "-"
        return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"

    header = ("Measure", "App", "Baseline", "Ratio", "Target", "Met", "Baseline is")
    lines = [header]
    for row in rows:
        met = "" if row.met is None else ("yes" if row.met else "NO")
        ratio = "-" if row.ratio is None else f"{row.ratio:.2f}x"
        lines.append(
            (
                row.what,
                num(row.app, row.unit),
                num(row.base, row.unit),
                ratio,
                row.target,
                met,
                baseline_name(row.what),
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for n, line in enumerate(lines):
        cells = [
            c.ljust(w) if i in (0, 4, 5, 6) else c.rjust(w)
            for i, (c, w) in enumerate(zip(line, widths, strict=False))
        ]
        out.append("| " + " | ".join(cells) + " |")
        if n == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


# -- main ---------------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--runs", type=int, default=None, help="runs of each measurement (default 7; --quick 3)"
    )
    parser.add_argument("--quick", action="store_true", help="3 runs and less typing: a quick look")
    parser.add_argument("--notes", type=int, default=10_000, help="notes in the store (default 10,000)")
    parser.add_argument("--only", default=",".join(TASKS), help=f"comma-separated, from: {', '.join(TASKS)}")
    parser.add_argument(
        "--xcb", action="store_true", help="use X11 (under xvfb-run when there is no display)"
    )
    parser.add_argument("--json", metavar="FILE", help="also write every raw figure to FILE")
    parser.add_argument(
        "--scenarios",
        default=",".join(SCENARIOS),
        help=f"start-up scenarios, comma-separated, from: {', '.join(SCENARIOS)}",
    )
    parser.add_argument(
        "--huge-notes", type=int, default=100_000, help="notes in the 'huge' start scenario (default 100,000)"
    )
    parser.add_argument(
        "--code",
        metavar="DIR",
        help="run the liverbook package in DIR (a checkout's desktop/ folder), e.g. to measure before a change",
    )
    args = parser.parse_args(argv)
    scenarios = [s.strip() for s in args.scenarios.split(",") if s.strip()]
    if sorted(set(scenarios) - set(SCENARIOS)):
        parser.error(f"unknown scenario(s) in {args.scenarios}")
    if args.code:
        os.environ[CODE_ENV] = str(Path(args.code).resolve())
    tasks = [t.strip() for t in args.only.split(",") if t.strip()]
    unknown = sorted(set(tasks) - set(TASKS))
    if unknown:
        parser.error(f"unknown measurement(s): {', '.join(unknown)}")
    runs = args.runs or (3 if args.quick else 7)
    chars = 12 if args.quick else 24

    platform_name = "offscreen"
    if args.xcb:
        platform_name = "xcb"
        if not os.environ.get("DISPLAY") and not os.environ.get(_RERUN):
            xvfb = shutil.which("xvfb-run")
            if xvfb is None:
                parser.error("--xcb needs a display or xvfb-run (Debian: apt-get install xvfb xauth)")
            command = [
                xvfb,
                "-a",
                "-s",
                "-screen 0 1920x1080x24",
                sys.executable,
                __file__,
                *(argv or sys.argv[1:]),
            ]
            return subprocess.call(command, env={**os.environ, _RERUN: "1"})
    os.environ["QT_QPA_PLATFORM"] = platform_name
    compile_sources()
    info = machine(platform_name)

    results: dict[str, dict[str, object]] = {}
    began = time.monotonic()
    load_before = load_average()
    with tempfile.TemporaryDirectory(prefix="liverbook-bench-") as folder:
        work = Path(folder)
        env = child_env(platform_name, cache=work / "cache")
        for task in tasks:
            log(f"{task}: {runs} runs...")
            if task == "start":
                results[task] = measure_starts(  # type: ignore[assignment]
                    runs, env, work, scenarios, args.notes, args.huge_notes, log
                )
            else:
                results[task] = worker(task, runs, args.notes, chars, env)
    rows = rows_for(results, args.notes)
    print(
        f"liverbook bench: {runs} interleaved runs each, medians; {info['cpu']}, {info['cores']} cores, "
        f"{info['os']}, Python {info['python']}, Qt {info['qt']}, PySide6 {info['pyside6']}, "
        f"platform {info['platform']}; {time.monotonic() - began:.0f} s; "
        f"load average {load_before} at the start, {load_average()} at the end"
    )
    print(format_table(rows))
    print(NOTES)
    if args.json:
        raw = {"machine": info, "runs": runs, "load": [load_before, load_average()], "results": results}
        Path(args.json).write_text(json.dumps(raw, indent=1))
    return 0


NOTES = """
Start-up rows: each start is a new process running compiled bytecode, as an installed app does (pip
compiles it at install). This environment sets PYTHONDONTWRITEBYTECODE=1, with which a checkout or an
editable install compiles the whole app again at every start (about 35 ms here): the bench drops it
for the processes it measures and compiles the code first, so that the figures are an installed
copy's. "Existing data folder" is every start after the first (the headline); "first run" makes a new
data folder each time. The large store: 10,000 notes, 5 years of daily diary (1,826 check-ins of 21
answers), 200 lab results, 50 medicines and 50 visits (bench/large_store.py). A ratio is the median of
the per-run ratios app/bare, each pair started one after the other. "Processor time" is what the
process had used by its first paint (time.process_time(), all threads): on a busy machine it moves
far less than the time on the clock, which includes waiting for a processor."""


if __name__ == "__main__":
    sys.exit(main())
